"""What a Monte Carlo run gives: every sampled input and metric, and their statistics.

Conventions of the statistics (all over the iterations of one run):

- A metric's values exclude the iterations where it has none (NaN: the engine refused the
  iteration, or e.g. an IRR does not exist); :meth:`MonteCarloResult.missing` counts those.
  Mean, standard deviation (sample, ``ddof = 1``), percentiles, histogram and CDF are over the
  values there are.
- ``P5 … P95`` are percentiles in the statistical sense: P90 is the value that 90 % of the
  iterations with a value are at or below (not the value "exceeded with 90 % probability" of
  energy-yield studies). They are ``numpy.percentile`` with linear interpolation between the
  sorted values.
- A hurdle is missed in an iteration when its metric is on the wrong side of the threshold
  (``below``: strictly below it; ``above``: strictly above it) **or has no value there**: an
  iteration that cannot show it clears a hurdle counts as missing it. Its probability is missed
  iterations / all iterations.
- Drivers: the Spearman rank correlation of each input with the metric (ties get average
  ranks), over the iterations where the metric has a value; each input's share of the variance
  is its squared rank correlation divided by the sum of all inputs' squared rank correlations.
  That share is the usual "contribution to variance" approximation: exact for independent
  inputs acting monotonically and additively, indicative otherwise (correlated inputs share
  credit). An input that takes one value has no rank correlation and is reported with 0.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from pppmodeler.analysis.settings import Hurdle, MonteCarlo
from pppmodeler.core.metrics import UNITS

PERCENTILES = (5, 10, 50, 90, 95)
"""The percentiles every summary reports, as ``P5``, ``P10``... (see the module's convention)."""


@dataclass(frozen=True)
class MonteCarloResult:
    """The iterations of a run: ``inputs[path]`` and ``metrics[name]`` have shape ``(n,)``.

    ``settings`` are those run (``iterations`` and ``seed`` as used, so a result can be
    reproduced); ``inputs`` are the values as the model took them (clipped, whole numbers
    rounded); ``metrics`` holds every metric of ``UNITS``, NaN where missing, and ``status``
    why (``"ok"`` where there is a value); ``errors[i]`` is the message that stopped iteration
    ``i`` (None where it was evaluated); ``notes`` are things the analyst should know about the
    sampling (inputs that do not vary, correlations that could not be imposed).
    """

    settings: MonteCarlo
    inputs: dict
    metrics: dict
    status: dict
    errors: list
    notes: tuple = ()

    @property
    def n(self) -> int:
        return len(self.errors)

    def refused(self) -> np.ndarray:
        """Whether the engine refused each iteration, shape ``(n,)``."""
        return np.array([e is not None for e in self.errors], dtype=bool)

    def refusals(self) -> list[tuple[object, int]]:
        """The distinct messages that stopped iterations, each with how many it stopped, most
        frequent first (a message is a ``guardrails.Message``: ``.text(lang)`` translates it)."""
        counts: dict[str, list] = {}
        for e in self.errors:
            if e is not None:
                counts.setdefault(str(e), [e, 0])[1] += 1
        return sorted(((m, c) for m, c in counts.values()), key=lambda mc: -mc[1])

    def values(self, name: str) -> np.ndarray:
        """The values of a metric where it has one (NaN dropped)."""
        v = self.metrics[name]
        return v[~np.isnan(v)]

    def missing(self, name: str) -> int:
        """How many iterations have no value of the metric."""
        return int(np.isnan(self.metrics[name]).sum())

    def mean(self, name: str) -> float:
        v = self.values(name)
        return float(v.mean()) if v.size else float("nan")

    def std(self, name: str) -> float:
        """Sample standard deviation (``ddof = 1``); NaN with fewer than two values."""
        v = self.values(name)
        return float(v.std(ddof=1)) if v.size > 1 else float("nan")

    def percentiles(self, name: str) -> dict[str, float]:
        """``{"P5": …, "P10": …, "P50": …, "P90": …, "P95": …}``; NaN when no iteration has a
        value."""
        v = self.values(name)
        found = np.percentile(v, PERCENTILES) if v.size else np.full(len(PERCENTILES), np.nan)
        return {f"P{p}": float(x) for p, x in zip(PERCENTILES, found)}

    def histogram(self, name: str, bins: int = 40) -> tuple[np.ndarray, np.ndarray]:
        """``(counts, edges)`` of the values (``numpy.histogram``: ``bins`` equal bins from the
        smallest to the largest value; ``bins + 1`` edges)."""
        return np.histogram(self.values(name), bins=bins)

    def cdf(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """``(x, p)``: the sorted values and the share of values at or below each, ``k / m``
        for the k-th of m values (the empirical CDF, a step at each value)."""
        x = np.sort(self.values(name))
        return x, np.arange(1, x.size + 1) / x.size

    def missed(self, hurdle: Hurdle) -> np.ndarray:
        """Whether each iteration misses ``hurdle`` (no value counts as missed), ``(n,)``."""
        v = self.metrics[hurdle.metric]
        with np.errstate(invalid="ignore"):
            wrong_side = v < hurdle.threshold if hurdle.side == "below" \
                else v > hurdle.threshold
        return wrong_side | np.isnan(v)

    def probability_missed(self, hurdle: Hurdle) -> float:
        """The share of all iterations that miss ``hurdle``."""
        return float(self.missed(hurdle).mean())

    def hurdles(self) -> list[tuple[Hurdle, float]]:
        """Each hurdle of the settings with its probability of being missed."""
        return [(h, self.probability_missed(h)) for h in self.settings.hurdles]

    def drivers(self, name: str) -> pd.DataFrame:
        """The inputs by how much they drive the metric: rows indexed by path, columns
        ``rank_correlation`` and ``share`` (of variance; see the module's convention), largest
        share first."""
        ok = ~np.isnan(self.metrics[name])
        paths = list(self.inputs)
        rho = np.zeros(len(paths))
        if ok.sum() > 1 and paths:
            x = np.column_stack([ranks(self.inputs[p][ok]) for p in paths])
            y = ranks(self.metrics[name][ok])
            x -= x.mean(axis=0)
            y -= y.mean()
            scale = np.sqrt((x * x).sum(axis=0) * (y * y).sum())
            # An input (or metric) that takes one value has no ranks to correlate: 0.
            with np.errstate(invalid="ignore", divide="ignore"):
                rho = np.where(scale > 0, (x * y[:, None]).sum(axis=0) / scale, 0.0)
        total = float((rho ** 2).sum())
        share = rho ** 2 / total if total > 0 else np.zeros_like(rho)
        out = pd.DataFrame({"rank_correlation": rho, "share": share}, index=paths)
        out.index.name = "path"
        return out.sort_values("share", ascending=False, kind="stable")


def ranks(x: np.ndarray) -> np.ndarray:
    """The ranks of ``x`` (n,) from 1, ties given the average of the ranks they share (as in
    Spearman's coefficient). Written here rather than taken from ``scipy.stats``, whose import
    costs the desktop most of a second at start-up."""
    order = np.argsort(x, kind="stable")
    xs = x[order]
    first = np.r_[True, xs[1:] != xs[:-1]]
    starts = np.flatnonzero(first)
    ends = np.r_[starts[1:], xs.size]
    out = np.empty(x.size)
    out[order] = ((starts + ends + 1) / 2)[np.cumsum(first) - 1]
    return out


def table(result: MonteCarloResult, metrics: tuple[str, ...] = tuple(UNITS)) -> pd.DataFrame:
    """Metrics (rows) by ``mean``, ``sd``, ``P5`` … ``P95`` and ``missing`` (the count of
    iterations without a value), for the command line and the report."""
    rows = {m: {"mean": result.mean(m), "sd": result.std(m), **result.percentiles(m),
                "missing": result.missing(m)} for m in metrics}
    return pd.DataFrame.from_dict(rows, orient="index")
