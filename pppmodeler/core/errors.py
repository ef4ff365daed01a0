"""Errors the core raises for inputs it cannot evaluate.

Each carries the input path it is about and a key of the message catalogue
(``pppmodeler.i18n``) with its values, so every surface can say what and where, in Spanish or
English.
"""

from __future__ import annotations

from ..i18n import tr


class InputError(ValueError):
    """An input the engine cannot evaluate: its path (``financing.rate``), a catalogue key
    (``input.*``) and the values the message needs."""

    def __init__(self, path: str, key: str, **values):
        self.path, self.key, self.values = path, key, values
        super().__init__(f"{path}: {tr(key, 'en', **values)}")
