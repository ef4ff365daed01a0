"""Errors the core raises for inputs it cannot evaluate.

Each carries the input path it is about, so every surface can say what and where.
"""

from __future__ import annotations


class InputError(ValueError):
    """An input the engine cannot evaluate, with the path of the input (``financing.rate``)."""

    def __init__(self, path: str, message: str):
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message
