"""The uniforms of a Monte Carlo run: one column per input, one row per iteration.

Everything random in a run comes from one ``numpy.random.default_rng(seed)``, drawn in a fixed
order (the uniforms, then the permutations of the rank correlation), so the same seed, number of
iterations and inputs give the same samples to the last digit, on any machine with the same
numpy. The uniforms are then turned into input values by
:func:`pppmodeler.analysis.distributions.inverse_cdf`.

Methods:

- ``latin_hypercube``: each input's (0, 1) is cut into ``n`` equal strata and every stratum holds
  exactly one iteration, at a uniform point inside it; the strata are shuffled independently for
  each input. The marginal of each input is covered evenly, so percentiles settle with fewer
  iterations than with plain random sampling.
- ``random``: independent uniforms.

Uniforms are kept at least 2⁻⁵³ away from 0 and 1, where normal and lognormal inverse CDFs are
infinite. Rank correlations are imposed afterwards by reordering
(:mod:`pppmodeler.analysis.correlation`), which keeps the strata.
"""

from __future__ import annotations

import numpy as np

from pppmodeler.analysis.correlation import iman_conover

_EDGE = 2.0 ** -53


def uniforms(n: int, k: int, method: str, rng: np.random.Generator) -> np.ndarray:
    """``(n, k)`` uniforms in (0, 1) by ``method`` (``latin_hypercube`` or ``random``)."""
    if method == "latin_hypercube":
        strata = rng.permuted(np.repeat(np.arange(n)[None, :], k, axis=0), axis=1).T
        u = (strata + rng.random((n, k))) / n
    elif method == "random":
        u = rng.random((n, k))
    else:
        raise ValueError(f"unknown sampling method {method!r}; use latin_hypercube or random")
    return np.clip(u, _EDGE, 1 - _EDGE)


def sample(n: int, k: int, method: str, seed: int, target: np.ndarray | None = None
           ) -> np.ndarray:
    """``(n, k)`` uniforms from ``seed``, with the rank correlations ``target`` (k, k) imposed
    when given (an identity target is skipped: the inputs stay independent as drawn)."""
    rng = np.random.default_rng(seed)
    u = uniforms(n, k, method, rng)
    if target is not None and not np.array_equal(target, np.eye(k)):
        u = iman_conover(u, target, rng)
    return u
