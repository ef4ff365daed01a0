"""Rank correlations between sampled inputs, imposed by Iman–Conover.

Iman and Conover (1982), "A distribution-free approach to inducing rank correlation among input
variables": the columns of a sample are reordered, never changed, so each input keeps exactly
the values its distribution gave (a Latin hypercube keeps one value per stratum) and only their
pairing across inputs changes.

Convention: the targets are Spearman rank correlations. The method builds van der Waerden scores
Φ⁻¹(i / (n + 1)), permutes each column at random, removes the sample's own correlation (Cholesky
of its correlation matrix) and gives it the target's (Cholesky of the target), then reorders each
input to the ranks of its column. Because the scores are normal, the Pearson correlation given to
them is r = 2 sin(π ρ / 6) for a target rank correlation ρ (the rank correlation of a bivariate
normal with correlation r is (6 / π) arcsin(r / 2)); without this step a target of 0.5 would come
out about 0.48. Inputs without a target correlation are driven to a rank correlation near 0.

The target matrix must be positive definite: rank correlations entered pair by pair may
contradict each other (A–B 0.9 and B–C 0.9 leave no room for A–C = −0.9). Such a matrix is
refused with a message, not repaired: a repaired matrix would change correlations the analyst
entered without them seeing which.
"""

from __future__ import annotations

import numpy as np
from scipy.special import ndtri

from pppmodeler.i18n.messages import Phrase


class NotPositiveDefinite(ValueError):
    """Rank correlations that contradict each other; ``involved`` are the positions of the
    inputs that carry the contradiction (the largest parts of the eigenvector of the smallest
    eigenvalue) and ``smallest`` that eigenvalue."""

    def __init__(self, smallest: float, involved: list[int]):
        self.smallest = smallest
        self.involved = involved
        super().__init__(Phrase("analysis.error.not_positive_definite", smallest=smallest))


def target_matrix(k: int, pairs: list[tuple[int, int, float]]) -> np.ndarray:
    """The ``(k, k)`` rank correlation matrix with 1 on the diagonal, ``rho`` at ``(i, j)`` and
    ``(j, i)`` for each pair, 0 elsewhere; :class:`NotPositiveDefinite` if it is not."""
    target = np.eye(k)
    for i, j, rho in pairs:
        target[i, j] = target[j, i] = rho
    _cholesky(target)
    return target


def _cholesky(matrix: np.ndarray) -> np.ndarray:
    try:
        return np.linalg.cholesky(matrix)
    except np.linalg.LinAlgError:
        values, vectors = np.linalg.eigh(matrix)
        weight = np.abs(vectors[:, 0])
        raise NotPositiveDefinite(float(values[0]),
                                  [int(i) for i in np.flatnonzero(weight > 0.3)]) from None


def iman_conover(u: np.ndarray, target: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """The columns of ``u`` (n, k) reordered so that their rank correlations approach
    ``target`` (k, k). With ``n <= k`` the sample cannot carry a correlation matrix of full
    rank and ``u`` is returned as it is."""
    n, k = u.shape
    if n <= k:
        return u
    scores = ndtri(np.arange(1, n + 1) / (n + 1))
    s = rng.permuted(np.repeat(scores[:, None], k, axis=1), axis=0)
    pearson = 2 * np.sin(np.pi * target / 6)
    np.fill_diagonal(pearson, 1.0)
    # s -> s F^-T P^T: F F^T is the scores' own correlation, P P^T the one they should have.
    own = np.linalg.cholesky(np.corrcoef(s, rowvar=False))
    wanted = _cholesky(pearson)
    t = np.linalg.solve(own, s.T).T @ wanted.T
    # The row holding the i-th smallest of t's column gets the i-th smallest of u's column.
    out = np.empty_like(u)
    np.put_along_axis(out, _order(t), np.sort(u, axis=0), axis=0)
    return out


def _order(t: np.ndarray) -> np.ndarray:
    """The rows of each column of ``t`` in increasing order, ties in the order of the rows.

    Without ties the order is unique, so the default sort (several times faster than the
    stable one on floats) gives it; the stable sort is only needed where ties are found."""
    order = np.argsort(t, axis=0)
    if (np.diff(np.take_along_axis(t, order, axis=0), axis=0) > 0).all():
        return order
    return np.argsort(t, axis=0, kind="stable")
