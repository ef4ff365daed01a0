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


def gather(parts: list[tuple[np.ndarray, Any]], n: int) -> Any:
    """One object of ``n`` iterations from ``(rows, part)`` pairs that cover each iteration
    once, each part as :func:`take` cuts it."""
    if len(parts) == 1:
        return parts[0][1]
    order = np.argsort(np.concatenate([rows for rows, _ in parts]), kind="stable")
    return _joined([part for _, part in parts], [rows.size for rows, _ in parts], order)


def _joined(values: list, sizes: list[int], order: np.ndarray) -> Any:
    first = values[0]
    if hasattr(first, "__dataclass_fields__"):
        return replace(first, **{name: _joined([getattr(v, name) for v in values], sizes, order)
                                 for name in first.__dataclass_fields__})
    if isinstance(first, tuple):
        return tuple(_joined(list(v), sizes, order) for v in zip(*values))
    if isinstance(first, np.ndarray) and first.ndim == 2:
        return np.concatenate([np.broadcast_to(v, (m, v.shape[1]))
                               for v, m in zip(values, sizes)])[order]
    return first
