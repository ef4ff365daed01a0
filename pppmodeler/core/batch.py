"""Broadcasting helpers: every numeric input may carry an iterations axis.

A scalar input is a float or an array of shape ``(n,)``; the engine works on columns of
shape ``(n, 1)`` that broadcast against period arrays of shape ``(n, T)``.
"""

from __future__ import annotations

from typing import Any

import numpy as np


def col(x: Any) -> np.ndarray:
    """An input as a float column of shape ``(n, 1)`` (``n`` = 1 for a plain number)."""
    a = np.asarray(x, dtype=float)
    return a.reshape(-1, 1)


def seq(items: list) -> np.ndarray:
    """A list input (ramp-up, CPI path, schedule) as a float array of shape ``(n, k)``."""
    if not items:
        return np.zeros((1, 0))
    cols = np.broadcast_arrays(*[np.asarray(v, dtype=float).reshape(-1) for v in items])
    return np.stack(cols, axis=-1)


def iterations(obj: Any) -> int:
    """Number of iterations ``n`` a model carries: the length of its array-valued inputs."""
    n = 1
    stack = [obj]
    while stack:
        o = stack.pop()
        if hasattr(o, "__dataclass_fields__"):
            stack.extend(vars(o).values())
        elif isinstance(o, list):
            stack.extend(o)
        elif isinstance(o, np.ndarray) and o.ndim and o.size != 1:
            if n not in (1, o.size):
                raise ValueError(f"inputs carry {n} and {o.size} iterations")
            n = o.size
    return n
