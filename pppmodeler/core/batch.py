"""Broadcasting helpers: every numeric input may carry an iterations axis.

A scalar input is a float or an array of shape ``(n,)``; the engine works on columns of
shape ``(n, 1)`` that broadcast against period arrays of shape ``(n, T)``.
"""

from __future__ import annotations

from dataclasses import replace
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


def take(obj: Any, rows: np.ndarray, n: int) -> Any:
    """An object of ``n`` iterations for the iterations ``rows`` only: a 2-D array with ``n``
    rows, or a dataclass or tuple of such (nested ones included).

    Every 2-D array with ``n`` rows is cut; a row shared by all iterations (shape ``(1, k)``)
    and anything else is kept as it is.
    """
    if hasattr(obj, "__dataclass_fields__"):
        return replace(obj, **{name: take(getattr(obj, name), rows, n)
                               for name in obj.__dataclass_fields__})
    if isinstance(obj, tuple):
        return tuple(take(v, rows, n) for v in obj)
    if isinstance(obj, np.ndarray) and obj.ndim == 2 and obj.shape[0] == n:
        return obj[rows]
    return obj


def blank(obj: Any, n: int) -> Any:
    """An object shaped like ``obj`` for ``n`` iterations, its arrays not yet filled in: each
    2-D array has ``n`` uninitialised rows (see :func:`put`); anything else is kept."""
    if hasattr(obj, "__dataclass_fields__"):
        return replace(obj, **{name: blank(getattr(obj, name), n)
                               for name in obj.__dataclass_fields__})
    if isinstance(obj, tuple):
        return tuple(blank(v, n) for v in obj)
    if isinstance(obj, np.ndarray) and obj.ndim == 2:
        return np.empty((n, obj.shape[1]), dtype=obj.dtype)
    return obj


def put(target: Any, rows: np.ndarray, part: Any) -> None:
    """Write ``part`` (as :func:`take` cuts it) into the iterations ``rows`` of ``target``."""
    if hasattr(target, "__dataclass_fields__"):
        for name in target.__dataclass_fields__:
            put(getattr(target, name), rows, getattr(part, name))
    elif isinstance(target, tuple):
        for t, p in zip(target, part):
            put(t, rows, p)
    elif isinstance(target, np.ndarray) and target.ndim == 2:
        target[rows] = part
