"""The vehicle's Monte Carlo: portfolio factors shared by its properties, evaluated in blocks.

What a run does (settings: :class:`.terms.MonteCarlo`, conventions stated there):

1. The vehicle is evaluated once as entered (:func:`.evaluate.evaluate_vehicle`): every holding
   that cannot be used is named at once, and the base case gives the calendar years (the
   factors move no dates).
2. The factors are drawn once, up front (:func:`draw`: iterations × 6 numbers, from
   :mod:`pppmodeler.analysis.sampling` and :mod:`~pppmodeler.analysis.correlation`); each
   property's idiosyncratic noise comes from its own stream, read by the block that needs it
   (:func:`.blocks.noise`).
3. The holdings × iterations are cut into blocks (:func:`plan`): a block is one stacking
   group's slice of at most :data:`HOLDINGS_PER_BLOCK` holdings (:mod:`.stacking`) × a slice
   of iterations, stacked into one engine batch of ``k × m`` rows (about :data:`ENGINE_ROWS`;
   a larger ``block_rows`` puts several such batches in one block) and evaluated by
   :func:`.blocks.evaluate_block`, which returns the sums over its holdings of the
   consolidation's annual lines, ``(m, Y)`` each, and its holdings' own metrics ``(k, m)``.
   Memory is bounded by an engine batch (rows × periods × lines), never by holdings ×
   iterations: a block's result is ~35 lines × m × Y numbers.
4. The sums are added up per iteration, in the order of the holdings slices whatever order
   the blocks finish in, and the vehicle's own waterfall and metrics
   (:func:`.consolidation.vehicle_level`) run once on them for all iterations.

Reproducibility: the same settings and seed give the same numbers to the last digit whatever
``block_rows`` and ``workers`` are: samples are drawn before any evaluation, engine batches and
holdings slices are cut the same way whatever the block size (:data:`ENGINE_ROWS`,
:data:`HOLDINGS_PER_BLOCK`), and the slices' sums are always added in the same order. Against
:func:`.evaluate.evaluate_vehicle` of the same inputs, the numbers agree to rounding (1e-12
relative or better): that evaluation adds its holdings in another order, and its batches hold
other rows.

Parallelism: a block is a pure top-level function of plain picklable data, so blocks run in
this process (``workers=1``, or when there are too few rows to pay for starting processes,
:data:`POOL_MIN_ROWS`) or in a :class:`concurrent.futures.ProcessPoolExecutor` started with
the *spawn* method on every platform (as Windows and macOS require; a frozen application must
call ``multiprocessing.freeze_support()`` first thing in its entry point). At most two blocks
per worker are in flight, so the parent holds few block results at a time. The same blocks
could be handed to Dask: ``dask.delayed(evaluate_block)(block)`` for each block of
:func:`plan`, each result given to :meth:`Fold.add` as it comes (in any order: it adds them up
slice by slice, so the digits are the same), then :func:`finish`.

After each block ``progress(fraction_done, "vehicle_montecarlo")`` is called; it may raise to
cancel: nothing more is submitted, pending blocks are cancelled, the pool is shut down (the
blocks already running finish first) and the exception propagates to the caller.
"""

from __future__ import annotations

import multiprocessing
import os
from contextlib import closing, contextmanager
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Callable, Iterable

import numpy as np
import pandas as pd

from pppmodeler.analysis import correlation, distributions, sampling
from pppmodeler.analysis.cases import oks
from pppmodeler.analysis.distributions import SettingsError
from pppmodeler.analysis.montecarlo import check_sampling, correlation_pairs
from pppmodeler.analysis.mcresult import MonteCarloResult, table
from pppmodeler.analysis.settings import SIDES
from pppmodeler.core.inputs import Model
from pppmodeler.i18n.messages import Phrase, either

from . import stacking
from .blocks import Block, BlockResult, evaluate_block, with_cpi, with_points
from .consolidation import FLOWS, HOLDING_METRICS, STOCKS, UNIT_SIZE, VehicleResults, \
    vehicle_level
from .evaluate import evaluate_vehicle, holding_label, holding_model, included
from .terms import FACTORS, METRICS, MULTIPLIERS, Factors, MonteCarlo, Vehicle

WHERE = "montecarlo"
ENGINE_ROWS = 3_000
"""Engine rows (holdings × iterations) per engine batch: ~0.2–0.4 s and ~100 MB, enough rows
for the engine's vectorisation to pay, few enough for a cancel to be felt at once. Fixed, like
:data:`HOLDINGS_PER_BLOCK`: the engine's iterative solvers (debt sizing, IRR) run until every
row of a batch has converged, so a row's last digits depend on the rows it shares a batch with;
batches are cut the same way whatever the block size."""
BLOCK_ROWS = ENGINE_ROWS
"""Default engine rows per block (a block holds whole engine batches of one holdings slice)."""
HOLDINGS_PER_BLOCK = 256
"""The most holdings of one stacking group in a block. Fixed by the vehicle, not by
``block_rows``: the order in which holdings are added must not depend on the block size."""
POOL_MIN_ROWS = 20_000
"""Below this many engine rows (~4 s of work) a run stays in this process: starting spawned
workers (each imports numpy, scipy and the engine) costs about a second."""


@dataclass(frozen=True)
class VehicleMonteCarloResult(MonteCarloResult):
    """A vehicle run, with the statistics of :class:`~pppmodeler.analysis.mcresult.
    MonteCarloResult` (percentiles, mean, hurdles, drivers...) on the vehicle's metrics.

    ``inputs[factor]`` ``(n,)`` the factor values drawn (multipliers, or points);
    ``metrics[name]`` ``(n,)`` the vehicle metrics (:data:`.consolidation.UNITS`), NaN where
    an iteration was refused (``errors[i]`` says which holding and why) or the metric has no
    value (``status``); ``years`` ``(Y,)``; ``lines[name]`` ``(n, Y)`` the vehicle's own
    lines and ``properties[name]`` ``(n, Y)`` the sums of its properties' annual lines;
    ``holdings`` one row per included holding (who it is); ``holding_metrics[name]``
    ``(H, n)`` each holding's own metrics (:data:`.consolidation.HOLDING_METRICS`, money in the
    vehicle's unit); ``base`` the vehicle as entered; ``workers`` and ``blocks`` how it ran.
    """

    years: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=int))
    lines: dict = field(default_factory=dict)
    properties: dict = field(default_factory=dict)
    holdings: pd.DataFrame = field(default_factory=pd.DataFrame)
    holding_metrics: dict = field(default_factory=dict)
    base: VehicleResults | None = None
    workers: int = 1
    blocks: int = 0

    def table(self) -> pd.DataFrame:
        """Vehicle metrics (rows) by mean, sd, P5 … P95 and missing."""
        return table(self, METRICS)

    def holding(self, i: int) -> MonteCarloResult:
        """Holding ``i`` (its row in ``holdings``) as a run of its own: its metrics across the
        vehicle's iterations, with the same statistics and the factors as drivers."""
        return MonteCarloResult(replace(self.settings, hurdles=[]), self.inputs,
                                {m: v[i] for m, v in self.holding_metrics.items()},
                                {m: oks(self.n) for m in self.holding_metrics}, self.errors,
                                self.notes)

    def ranking(self, metric: str = "equity_irr") -> pd.DataFrame:
        """One row per included holding: who it is and the ``mean``, ``sd``, ``P5`` … ``P95``
        and ``missing`` of its ``metric``, sorted by P5 (the worst outcomes first)."""
        rows = [table(self.holding(i), (metric,)) for i in range(len(self.holdings))]
        if not rows:
            return pd.DataFrame(columns=list(self.holdings.columns)
                                + list(table(self, ("district_gain",)).columns))
        stats = pd.concat(rows, ignore_index=True)
        out = pd.concat([self.holdings.reset_index(drop=True), stats], axis=1)
        return out.sort_values("P5", kind="stable")


def run(vehicle: Vehicle, settings: MonteCarlo | None = None, *, folder: Path | None = None,
        iterations: int | None = None, seed: int | None = None, workers: int | None = None,
        block_rows: int = BLOCK_ROWS,
        progress: Callable[[float, str], None] | None = None) -> VehicleMonteCarloResult:
    """The Monte Carlo of ``vehicle`` under ``settings`` (``vehicle.montecarlo`` by default;
    ``iterations`` and ``seed`` replace theirs when given). ``workers``: processes to use
    (None: one per CPU when the run is large enough, see the module). Raises
    :class:`SettingsError` for settings that cannot run and
    :class:`.evaluate.VehicleError` for holdings that cannot be used."""
    settings = vehicle.montecarlo if settings is None else settings
    settings = replace(settings,
                       iterations=settings.iterations if iterations is None else iterations,
                       seed=settings.seed if seed is None else seed)
    if not isinstance(block_rows, int) or block_rows < 1:
        raise ValueError(f"block_rows must be a whole number of 1 or more, got {block_rows!r}")
    factors, notes = draw(settings)
    base = evaluate_vehicle(vehicle, folder=folder)
    chosen = included(vehicle)
    models = [holding_model(h, folder) for _, h in chosen]
    blocks, members = plan(vehicle, models, factors, settings, base.years, block_rows)
    rows = sum(b.k * b.m for b in blocks)
    workers = _workers(workers, rows, len(blocks))
    fold = Fold(settings.iterations, base.years, len(chosen))
    done = 0
    # closing() shuts a pool down at once when progress raises to cancel
    with closing(_evaluated(blocks, workers)) as finished:
        for block, result in finished:
            fold.add(result, members[block.index], block.part)
            done += block.k * block.m
            if progress is not None:
                progress(done / rows, "vehicle_montecarlo")
    metrics, status, lines = finish(vehicle, fold, factors, base.years)
    holdings = pd.DataFrame([{"code": h.code, "name": holding_label(h, i), "kind": h.kind,
                              "comuna": h.comuna} for i, h in chosen],
                            columns=["code", "name", "kind", "comuna"])
    return VehicleMonteCarloResult(settings, factors, metrics, status, fold.errors,
                                   tuple(notes), base.years, lines, fold.sums, holdings,
                                   fold.holding_metrics, base, workers, len(blocks))


def draw(settings: MonteCarlo) -> tuple[dict[str, np.ndarray], list[str]]:
    """The factor values ``{factor: (n,)}`` of every iteration, in :data:`.terms.FACTORS`
    order (multipliers below 0 taken as 0), and notes for the analyst."""
    pairs = _checked(settings)
    n, k = settings.iterations, len(FACTORS)
    target = correlation.target_matrix(k, pairs) if pairs else None
    u = sampling.sample(n, k, settings.sampling, settings.seed, target)
    values = {}
    for j, name in enumerate(FACTORS):
        drawn = distributions.inverse_cdf(_distribution(settings, name), u[:, j])
        values[name] = np.maximum(drawn, 0.0) if name in MULTIPLIERS else drawn
    fixed = [name for name in FACTORS
             if distributions.is_point_mass(_distribution(settings, name))]
    notes = []
    if fixed:
        notes.append(Phrase("vmontecarlo.note.fixed_factors", where=f"{WHERE}.factors",
                            factors=Labels(Factors, fixed)))
    if target is not None and n <= k:
        notes.append(Phrase("vmontecarlo.note.correlations_too_few",
                            where=f"{WHERE}.correlations",
                            correlations=Labels(MonteCarlo, ("correlations",)), n=n, k=k))
    return values, notes


def without_uncertainty(settings: MonteCarlo) -> bool:
    """True when nothing in ``settings`` varies from one iteration to the next: every factor
    is a point mass (the defaults) and the properties have no noise of their own, so every
    iteration is the same vehicle."""
    return not settings.idiosyncratic_sd > 0 and all(
        distributions.is_point_mass(_distribution(settings, name)) for name in FACTORS)


class Labels(str):
    """The declared labels of fields ``names`` of dataclass ``cls`` (``Precio de los ingresos
    (×), IPC (+ puntos)``), for a note's reader rather than the fields' code names: a ``str``
    in English, like a :class:`Phrase`, said in another language by :meth:`text`."""

    def __new__(cls, declared: type, names) -> "Labels":
        self = super().__new__(cls, _labels(declared, names, "en"))
        self.declared, self.names = declared, tuple(names)
        return self

    def text(self, lang: str) -> str:
        return _labels(self.declared, self.names, lang)

    def __reduce__(self):
        return Labels, (self.declared, self.names)


def _labels(declared: type, names, lang: str) -> str:
    label = {f.name: f.metadata.get(lang, f.metadata["en"]) for f in fields(declared)}
    return ", ".join(label[name] for name in names)


def _distribution(settings: MonteCarlo, name: str):
    return getattr(settings.factors, name).distribution(name)


def check(settings: MonteCarlo) -> None:
    """:class:`SettingsError` saying what and where when ``settings`` cannot run."""
    _checked(settings)


def _checked(settings: MonteCarlo) -> list[tuple[int, int, float]]:
    """The checks of :func:`check`; returns the correlations as factor positions."""
    check_sampling(settings, WHERE)
    if not settings.idiosyncratic_sd >= 0:
        raise SettingsError(f"{WHERE}.idiosyncratic_sd", Phrase(
            "analysis.error.negative", value=repr(settings.idiosyncratic_sd)))
    for name in FACTORS:
        distributions.check(_distribution(settings, name), f"{WHERE}.factors.{name}")

    def find(name: str, where: str) -> int:
        if name not in FACTORS:
            raise SettingsError(where, Phrase("analysis.error.unknown_factor", name=repr(name),
                                              factors=", ".join(FACTORS)))
        return FACTORS.index(name)

    out = correlation_pairs(settings.correlations, list(FACTORS), find, WHERE)
    for j, h in enumerate(settings.hurdles):
        where = f"{WHERE}.hurdles[{j}]"
        if h.metric not in METRICS:
            raise SettingsError(where, Phrase("analysis.error.unknown_vehicle_metric",
                                              metric=repr(h.metric)))
        if h.side not in SIDES:
            raise SettingsError(where, Phrase("analysis.error.side", sides=either(SIDES),
                                              value=repr(h.side)))
    return out


def plan(vehicle: Vehicle, models: list[Model], factors: dict, settings: MonteCarlo,
         years: np.ndarray, block_rows: int = BLOCK_ROWS) -> tuple[list[Block], list[list[int]]]:
    """The blocks of a run, in the order they are best evaluated (by first iteration, then by
    holdings slice), and for each block (by ``index``) its holdings' rows among the included
    holdings. ``models`` are the included holdings' models, in order."""
    chosen = included(vehicle)
    unit = UNIT_SIZE[vehicle.setup.currency_unit]
    n = settings.iterations
    blocks, members = [], []
    parts = [group[s:s + HOLDINGS_PER_BLOCK] for group in stacking.groups(models)
             for s in range(0, len(group), HOLDINGS_PER_BLOCK)]
    for part, rows in enumerate(parts):
        stacked = stacking.stack([models[r] for r in rows])
        scale = UNIT_SIZE[models[rows[0]].property.currency_unit] / unit
        chunk = max(1, ENGINE_ROWS // len(rows))
        m = chunk * max(1, block_rows // (len(rows) * chunk))    # whole engine batches
        for start in range(0, n, m):
            stop = min(start + m, n)
            blocks.append(Block(
                index=len(blocks), part=part, model=stacked,
                labels=tuple(holding_label(chosen[r][1], chosen[r][0]) for r in rows),
                positions=tuple(chosen[r][0] for r in rows), scale=scale, start=start,
                stop=stop, chunk=chunk, factors={f: v[start:stop] for f, v in factors.items()},
                seed=settings.seed, idiosyncratic_sd=float(settings.idiosyncratic_sd),
                years=years))
            members.append(list(rows))
    blocks.sort(key=lambda b: (b.start, b.part))
    return blocks, members


class Fold:
    """The sums of a run's blocks, added per iteration in the order of the holdings slices
    (``part``) whatever order the blocks arrive in: a block waits until every earlier slice
    has been added for its iterations."""

    def __init__(self, n: int, years: np.ndarray, holdings: int):
        self.sums = {name: np.zeros((n, years.size)) for name in FLOWS + STOCKS}
        self.holding_metrics = {name: np.full((holdings, n), np.nan)
                                for name in HOLDING_METRICS}
        self.errors: list = [None] * n
        self._next = np.zeros(n, dtype=int)     # the slice each iteration adds next
        self._waiting: list[tuple[int, BlockResult]] = []

    def add(self, result: BlockResult, members: list[int], part: int) -> None:
        """Take one block's result; ``members`` its holdings' rows, ``part`` its slice."""
        for name, values in result.holdings.items():
            self.holding_metrics[name][members, result.start:result.stop] = values
        self._waiting.append((part, result))
        added = True
        while added:
            added = False
            for item in list(self._waiting):
                part, waiting = item
                if np.all(self._next[waiting.start:waiting.stop] == part):
                    self._add(waiting)
                    self._next[waiting.start:waiting.stop] += 1
                    self._waiting.remove(item)
                    added = True

    def _add(self, result: BlockResult) -> None:
        rows = slice(result.start, result.stop)
        for name, total in self.sums.items():
            total[rows] += result.sums[name]
        for j, error in enumerate(result.errors):
            if error is not None and self.errors[result.start + j] is None:
                self.errors[result.start + j] = error


def finish(vehicle: Vehicle, fold: Fold, factors: dict, years: np.ndarray):
    """``(metrics, status, lines)`` of the vehicle itself for every iteration, from the folded
    sums, its CPI path moved by the ``cpi`` factor and its debt rate by the ``interest_rate``
    one; refused iterations have no metrics."""
    moved = replace(vehicle, setup=with_cpi(vehicle.setup, factors["cpi"]),
                    capital=with_points(vehicle.capital, "debt_rate", factors["interest_rate"]))
    lines, metrics, codes = vehicle_level(moved, fold.sums, years)
    refused = np.array([e is not None for e in fold.errors], dtype=bool)
    n = refused.size
    # items that no factor moves (structuring costs, say) come out as one row: give each
    # iteration its own
    lines = {name: np.array(np.broadcast_to(line, (n, years.size))) for name, line in
             lines.items()}
    status = {}
    for name in METRICS:
        metrics[name] = np.where(refused, np.nan, metrics[name])
        given = codes.get(name)
        ok = oks(n) if given is None else given.astype(object)
        status[name] = np.where(refused, "refused", ok)
    return metrics, status, lines


def _workers(wanted: int | None, rows: int, blocks: int) -> int:
    if wanted is not None:
        if not isinstance(wanted, int) or wanted < 1:
            raise ValueError(f"workers must be a whole number of 1 or more, got {wanted!r}")
        return min(wanted, max(blocks, 1))
    if rows < POOL_MIN_ROWS or blocks < 2:
        return 1
    return max(1, min(os.cpu_count() or 1, blocks))


THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS",
                    "VECLIB_MAXIMUM_THREADS")


@contextmanager
def _one_thread_each():
    """Spawned workers get one BLAS thread each (unless the user chose otherwise): several
    workers each running as many BLAS threads as there are CPUs slow one another down, and
    the engine's products are too small to gain from threads. The libraries read these
    variables when they load, hence the environment of the spawn, restored afterwards."""
    saved = {name: os.environ.get(name) for name in THREAD_VARIABLES}
    for name, value in saved.items():
        if value is None:
            os.environ[name] = "1"
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)


def _evaluated(blocks: list[Block], workers: int) -> Iterable[tuple[Block, BlockResult]]:
    """``(block, result)`` as each block is done: in order in this process, as they finish
    in a pool. Closing the generator early (a cancel) cancels what is pending."""
    if workers == 1:
        for block in blocks:
            yield block, evaluate_block(block)
        return
    queue = iter(blocks)
    pending: dict = {}
    executor = ProcessPoolExecutor(max_workers=workers,
                                   mp_context=multiprocessing.get_context("spawn"))
    try:
        def submit() -> None:
            block = next(queue, None)
            if block is not None:
                pending[executor.submit(evaluate_block, block)] = block

        # the workers are spawned by the first submissions and inherit this environment
        with _one_thread_each():
            for _ in range(2 * workers):   # two in flight per worker: none idles between blocks
                submit()
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                block = pending.pop(future)
                yield block, future.result()
                submit()
    finally:
        for future in pending:
            future.cancel()
        executor.shutdown(wait=True, cancel_futures=True)


__all__ = ["BLOCK_ROWS", "ENGINE_ROWS", "HOLDINGS_PER_BLOCK", "POOL_MIN_ROWS", "Fold", "SettingsError",
           "Labels", "VehicleMonteCarloResult", "check", "draw", "finish", "plan", "run",
           "without_uncertainty"]
