"""A Monte Carlo run: sample the inputs, evaluate them in chunks, keep every metric.

:func:`run` checks the settings (:class:`~pppmodeler.analysis.settings.MonteCarlo`) against the
model, draws every uniform up front (:func:`uniforms`: iterations × inputs numbers, cheap even
for a million iterations) and evaluates the iterations ``chunk`` at a time, each chunk turning
its uniforms into inputs (:func:`values_at`) and evaluating them with
:func:`pppmodeler.analysis.cases.evaluate_cases`, so memory stays bounded by the chunk (the
engine holds ``chunk × periods`` numbers per line) whatever the number of iterations. Because
the samples are drawn before any evaluation and turned into inputs value by value, the chunk
size changes nothing in the numbers.

After each chunk ``progress(fraction_done, "montecarlo")`` is called; it may raise any
exception to cancel, which stops the run there and propagates to the caller.

Iterations the engine refuses (a sampled combination that breaks a rule) have no metric values
(NaN) and keep the message that stopped them; the others keep their numbers. What is done with
the metrics (percentiles, hurdles, drivers) is in :mod:`pppmodeler.analysis.mcresult`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import replace

import numpy as np

from pppmodeler.analysis import correlation, distributions, sampling
from pppmodeler.analysis.base import check_metric, numeric_input
from pppmodeler.analysis.cases import Cases, evaluate_cases, input_values
from pppmodeler.analysis.distributions import SettingsError
from pppmodeler.analysis.mcresult import MonteCarloResult, table
from pppmodeler.analysis.settings import MAX_ITERATIONS, SAMPLINGS, SIDES, MonteCarlo
from pppmodeler.core.inputs import Model
from pppmodeler.core.metrics import UNITS
from pppmodeler.i18n.messages import Phrase, either, phrase_of

WHERE = "analyses.montecarlo"

CHUNK = 5_000
"""Iterations per evaluation: ~0.2 s and ~115 MB on the samples, so a cancel is felt within a
second and 100,000 iterations peak near 300 MB; smaller chunks pay the costs of an evaluation
that do not grow with its iterations more often (2,000 takes a third longer in all)."""


def run(model: Model, settings: MonteCarlo, *, iterations: int | None = None,
        seed: int | None = None, chunk: int = CHUNK, workers: int | None = None,
        progress: Callable[[float, str], None] | None = None) -> MonteCarloResult:
    """The Monte Carlo analysis of ``model``; ``iterations`` and ``seed`` replace those of
    ``settings`` when given. :class:`SettingsError` when the settings cannot be run.

    Chunks are evaluated on ``workers`` threads (one per CPU by default): numpy does most of
    an evaluation without holding the interpreter lock, so two chunks on two cores take little
    more than one. Each chunk's numbers do not depend on the others, so neither the number of
    workers nor the order in which chunks finish changes a digit. At most ``workers`` chunks
    are in memory at once; after a cancel (``progress`` raising) no chunk starts and the
    running ones are left to finish."""
    settings = replace(settings,
                       iterations=settings.iterations if iterations is None else iterations,
                       seed=settings.seed if seed is None else seed)
    if not isinstance(chunk, int) or chunk < 1:
        raise ValueError(f"chunk: the iterations per evaluation must be a whole number of 1 "
                         f"or more, got {chunk!r}")
    u, notes = uniforms(model, settings)
    n = settings.iterations
    inputs = {d.path: np.empty(n) for d in settings.distributions}
    out = Cases.blank(n, UNITS)
    chunks = [slice(start, min(start + chunk, n)) for start in range(0, n, chunk)]
    threads = max(1, min(workers or os.cpu_count() or 1, len(chunks)))

    def evaluate_chunk(rows: slice):
        # The inverse CDFs are taken value by value, so a chunk's share of them (most of the
        # sampling's time) runs on its thread with the same digits.
        drawn = values_at(model, settings, u[rows])
        return rows, drawn, evaluate_cases(model, drawn)

    done = 0
    with ThreadPoolExecutor(threads) as pool:
        futures = [pool.submit(evaluate_chunk, rows) for rows in chunks]
        try:
            for future in as_completed(futures):
                rows, drawn, cases = future.result()
                for path, v in drawn.items():
                    inputs[path][rows] = v
                out.put(rows, cases)
                done += rows.stop - rows.start
                if progress is not None:
                    progress(done / n, "montecarlo")
        except BaseException:
            for future in futures:
                future.cancel()
            raise
    return MonteCarloResult(settings, inputs, out.values, out.status, out.errors,
                            tuple(notes))


def draw(model: Model, settings: MonteCarlo) -> tuple[dict[str, np.ndarray], list[str]]:
    """The sampled inputs ``{path: (n,)}`` as the model takes them (clipped to each input's
    valid range, whole numbers rounded), in the order of the distributions, and the notes of
    :func:`uniforms`."""
    u, notes = uniforms(model, settings)
    return values_at(model, settings, u), notes


def uniforms(model: Model, settings: MonteCarlo) -> tuple[np.ndarray, list[str]]:
    """The ``(n, k)`` uniforms of the run, one column per distribution, with the sampling
    method and the rank correlations imposed, and notes on what the analyst should know
    (inputs that do not vary, discrete weights that do not add up to 1 and are taken as
    proportions, a correlation that could not be imposed)."""
    pairs = _checked(model, settings)
    dists = settings.distributions
    n, k = settings.iterations, len(dists)
    target = correlation.target_matrix(k, pairs) if pairs else None
    u = sampling.sample(n, k, settings.sampling, settings.seed, target)
    notes = [Phrase("montecarlo.note.point_mass", where=f"{WHERE}.distributions[{j}]",
                    path=d.path) for j, d in enumerate(dists) if distributions.is_point_mass(d)]
    notes += [Phrase("montecarlo.note.weights", where=f"{WHERE}.distributions[{j}]",
                     path=d.path, total=round(sum(d.weights), 6))
              for j, d in enumerate(dists)
              if d.kind == "discrete" and d.weights and abs(sum(d.weights) - 1) > 1e-9]
    if target is not None and n <= k:
        notes.append(Phrase("montecarlo.note.too_few", where=f"{WHERE}.correlations", n=n,
                            k=k))
    return u, notes


def values_at(model: Model, settings: MonteCarlo, u: np.ndarray) -> dict[str, np.ndarray]:
    """The inputs ``{path: (m,)}`` at the ``(m, k)`` uniforms ``u`` (rows of
    :func:`uniforms`), as the model takes them."""
    return {d.path: input_values(model, d.path, distributions.inverse_cdf(d, u[:, j]))
            for j, d in enumerate(settings.distributions)}


def check(model: Model, settings: MonteCarlo) -> None:
    """:class:`SettingsError` saying what and where when ``settings`` cannot run on ``model``."""
    _checked(model, settings)


def check_sampling(settings, where: str) -> None:
    """The iterations, seed and sampling method of a run (property or vehicle)."""
    if not isinstance(settings.iterations, int) or not 1 <= settings.iterations <= MAX_ITERATIONS:
        raise SettingsError(f"{where}.iterations", Phrase(
            "analysis.error.iterations", most=MAX_ITERATIONS, value=repr(settings.iterations)))
    if not isinstance(settings.seed, int) or not 0 <= settings.seed < 2 ** 32:
        raise SettingsError(f"{where}.seed", Phrase("analysis.error.seed",
                                                    value=repr(settings.seed)))
    if settings.sampling not in SAMPLINGS:
        raise SettingsError(f"{where}.sampling", Phrase(
            "analysis.error.sampling", method=repr(settings.sampling), methods=either(SAMPLINGS)))


def correlation_pairs(correlations: list, names: list[str],
                      position: Callable[[str, str], int], where: str
                      ) -> list[tuple[int, int, float]]:
    """``correlations`` as ``(i, j, rank)`` between the ``names`` of what varies, where
    ``position(name, where)`` finds one (or raises); refuses self, repeated, out-of-range and
    contradictory correlations, naming where."""
    pairs: dict[frozenset, int] = {}
    out = []
    for c, corr in enumerate(correlations):
        at = f"{where}.correlations[{c}]"
        i, j = (position(name, at) for name in (corr.first, corr.second))
        if i == j:
            raise SettingsError(at, Phrase("analysis.error.self_correlation", path=corr.first))
        if not -1 < corr.rank < 1:
            raise SettingsError(at, Phrase("analysis.error.rank", rank=corr.rank))
        key = frozenset((i, j))
        if key in pairs:
            raise SettingsError(at, Phrase("analysis.error.correlated_twice", first=corr.first,
                                           second=corr.second,
                                           other=f"{where}.correlations[{pairs[key]}]"))
        pairs[key] = c
        out.append((i, j, float(corr.rank)))
    try:
        correlation.target_matrix(len(names), out)
    except correlation.NotPositiveDefinite as problem:
        involved = ", ".join(names[i] for i in problem.involved)
        raise SettingsError(f"{where}.correlations", Phrase(
            "analysis.error.contradiction", problem=phrase_of(problem),
            involved=involved)) from None
    return out


def _checked(model: Model, settings: MonteCarlo) -> list[tuple[int, int, float]]:
    """The checks of :func:`check`; returns the correlations as positions (see ``_pairs``)."""
    check_sampling(settings, WHERE)
    if not settings.distributions:
        raise SettingsError(f"{WHERE}.distributions", Phrase("analysis.error.no_distributions"))
    canonical = _canonical_paths(model, settings)
    for j, d in enumerate(settings.distributions):
        distributions.check(d, f"{WHERE}.distributions[{j}]")
    pairs = _pairs(model, settings, canonical)
    for j, h in enumerate(settings.hurdles):
        where = f"{WHERE}.hurdles[{j}]"
        check_metric(h.metric, where)
        if h.side not in SIDES:
            raise SettingsError(where, Phrase("analysis.error.side", sides=either(SIDES),
                                              value=repr(h.side)))
    return pairs


def _canonical_paths(model: Model, settings: MonteCarlo) -> list[str]:
    """The canonical path of each distribution's input; refuses a path that is not a numeric
    input of ``model`` and two distributions on the same input."""
    seen: dict[str, int] = {}
    for j, d in enumerate(settings.distributions):
        where = f"{WHERE}.distributions[{j}]"
        path = numeric_input(model, d.path, where)
        if path in seen:
            raise SettingsError(where, Phrase("analysis.error.distributed_twice", path=d.path,
                                              other=f"{WHERE}.distributions[{seen[path]}]"))
        seen[path] = j
    return list(seen)


def _pairs(model: Model, settings: MonteCarlo, canonical: list[str]
           ) -> list[tuple[int, int, float]]:
    """The correlations as ``(i, j, rank)``, positions among the distributions whose canonical
    paths are ``canonical``."""
    position = {p: j for j, p in enumerate(canonical)}

    def find(path: str, where: str) -> int:
        found = numeric_input(model, path, where)
        if found not in position:
            raise SettingsError(where, Phrase("analysis.error.not_distributed", path=path))
        return position[found]

    return correlation_pairs(settings.correlations,
                             [d.path for d in settings.distributions], find, WHERE)


__all__ = ["CHUNK", "MonteCarloResult", "SettingsError", "check", "draw", "run", "table",
           "uniforms", "values_at"]
