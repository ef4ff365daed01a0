"""One block of a vehicle Monte Carlo: some holdings × some iterations, evaluated as one batch.

A block is plain data (:class:`Block`: a stacked model, the holdings' labels and positions, the
factor values of its iterations, the vehicle's calendar years) and :func:`evaluate_block` is a
pure top-level function of it, so a block runs the same in this process, in a
``ProcessPoolExecutor`` worker started by *spawn* (Windows, macOS) or on a Dask worker.

Rows of the engine batch are holding-major: row ``h * m + j`` is holding ``h`` of the block in
iteration ``j`` of the block. A block returns only the **sums over its holdings** of the
consolidated annual lines, ``(m, Y)`` each (:data:`.consolidation.FLOWS` and ``STOCKS``), and
each holding's headline metrics ``(k, m)``: never the per-holding period arrays, which for a
whole vehicle run would need gigabytes.

How the factors enter a property's model (``m`` iterations; ``price`` and the idiosyncratic
``noise`` are multipliers, ``cpi`` and ``rate`` are points added):

- revenue lines, except ``percent_of_line`` ones (they follow their base line already, so
  scaling them too would count the factor twice): ``base_value × price × noise`` and
  ``stabilised_occupancy × occupancy``;
- every cost line's ``value × opex`` (a percent-of-revenue cost's fraction too, so that all
  operating costs move together);
- every capex item's ``amount × capex`` (its lifecycle replacements follow the amount);
- every year of ``macro.cpi`` ``+ cpi``; ``financing.rate + rate``.

Each value is then clipped to its input's valid range (:mod:`pppmodeler.core.inputs`), as every
analysis does: an occupancy stops at 1, an interest rate at 0.

The idiosyncratic noise of a holding is lognormal with mean 1 and standard deviation
``idiosyncratic_sd``, from its own random stream keyed by ``(seed, its position in
vehicle.holdings)`` and read at the block's iterations only (:func:`noise`), so it does not
depend on how the run is cut into blocks nor on which other holdings are included.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

import numpy as np
from scipy.special import ndtri

from pppmodeler.core.inputs import Model
from pppmodeler.core.metrics import UNITS as METRIC_UNITS
from pppmodeler.core.results import ModelError, evaluate
from pppmodeler.core.specs import spec_of

from .consolidation import FLOWS, HOLDING_METRICS, STOCKS, annual_lines

NOISE_STREAM = 1
"""Second word of the idiosyncratic streams' seeds (the factors use the plain seed)."""
_EDGE = 2.0 ** -53


@dataclass(frozen=True)
class Block:
    """What one block evaluates.

    ``model``: the block's ``k`` holdings stacked into one model (:func:`.stacking.stack`; a
    numeric input is a number or an array ``(k,)``); ``labels`` and ``positions`` name them
    (positions in ``vehicle.holdings``); ``scale`` converts their currency unit to the
    vehicle's; ``start``/``stop`` are the block's iterations of the run, evaluated ``chunk``
    iterations (``k × chunk`` rows) per engine batch from iteration ``start``, a multiple of
    ``chunk`` (the last digits of the engine's iterative solvers depend on which rows share a
    batch, so batches are the same whatever the block size); ``factors[name]``
    ``(m,)`` the factor values of those iterations; ``seed`` and ``idiosyncratic_sd`` give the
    noise; ``years`` the vehicle's calendar years; ``index`` the block's place in the run and
    ``part`` the number of its holdings slice (the order in which slices are added up).
    """

    index: int
    part: int
    model: Model
    labels: tuple
    positions: tuple
    scale: float
    start: int
    stop: int
    chunk: int
    factors: dict
    seed: int
    idiosyncratic_sd: float
    years: np.ndarray

    @property
    def k(self) -> int:
        return len(self.labels)

    @property
    def m(self) -> int:
        return self.stop - self.start


@dataclass
class BlockResult:
    """``sums[name]`` ``(m, Y)``: the sum over the block's holdings of each consolidated annual
    line (vehicle currency); ``holdings[name]`` ``(k, m)``: each holding's own metrics
    (:data:`.consolidation.HOLDING_METRICS`, money in the vehicle's unit); ``errors[j]``: why
    iteration ``j`` of the block could not be evaluated (None where it was; its sums are then
    incomplete and the run gives it no vehicle metrics)."""

    index: int
    start: int
    stop: int
    sums: dict
    holdings: dict
    errors: list


def noise(seed: int, position: int, start: int, stop: int, sd: float) -> np.ndarray:
    """``(stop − start,)`` idiosyncratic multipliers of the holding at ``position`` for the
    iterations ``start … stop − 1``: lognormal, mean 1, standard deviation ``sd``.

    Iteration ``i`` takes the ``i``-th uniform of the holding's PCG64 stream: each double
    consumes exactly one 64-bit output, so the stream is advanced to ``start`` rather than
    drawn from the beginning, and any cut of the iterations gives the same numbers.
    """
    if sd == 0:
        return np.ones(stop - start)
    generator = np.random.PCG64(np.random.SeedSequence([seed, NOISE_STREAM, position]))
    generator.advance(start)
    u = np.clip(np.random.Generator(generator).random(stop - start), _EDGE, 1 - _EDGE)
    sigma2 = np.log1p(sd * sd)
    return np.exp(np.sqrt(sigma2) * ndtri(u) - sigma2 / 2)


def evaluate_block(block: Block) -> BlockResult:
    """The sums and holding metrics of one block (see the module)."""
    k, m = block.k, block.m
    noises = np.stack([noise(block.seed, p, block.start, block.stop, block.idiosyncratic_sd)
                       for p in block.positions])                                 # (k, m)
    sums = {name: np.zeros((m, block.years.size)) for name in FLOWS + STOCKS}
    holdings = {name: np.full((k, m), np.nan) for name in HOLDING_METRICS}
    errors: list = [None] * m
    pending = [np.arange(first, min(first + block.chunk, m))
               for first in range(0, m, block.chunk)][::-1]
    while pending:   # a refused batch is halved until the refused iterations are found
        cols = pending.pop()
        try:
            results = evaluate(with_factors(block.model, k, {f: v[cols] for f, v in
                                                             block.factors.items()},
                                            noises[:, cols]))
        except ModelError as refused:
            if cols.size > 1:
                half = cols.size // 2
                pending.extend((cols[half:], cols[:half]))
            else:
                errors[int(cols[0])] = _who(block, cols, noises, refused)
            continue
        # annual_lines is linear: the holdings' period lines are summed first (they share the
        # block's grid), one after the other in order, so the digits do not depend on how
        # the iterations are cut
        summed = {}
        for name in FLOWS + STOCKS:
            per_holding = results.lines[name].reshape(k, cols.size, -1)
            acc = per_holding[0].copy()
            for h in range(1, k):
                acc += per_holding[h]
            summed[name] = acc
        for name, line in annual_lines(summed, results.grid.year, block.years,
                                       block.scale).items():
            sums[name][cols] = line
        for name in HOLDING_METRICS:
            scale = block.scale if METRIC_UNITS[name] == "money" else 1.0
            holdings[name][:, cols] = results.metrics[name].value.reshape(k, cols.size) * scale
    return BlockResult(block.index, block.start, block.stop, sums, holdings, errors)


def _who(block: Block, cols: np.ndarray, noises: np.ndarray, refused: ModelError) -> str:
    """The refusal of one iteration, naming the first holding the engine refuses in it."""
    factors = {f: v[cols] for f, v in block.factors.items()}
    for h, label in enumerate(block.labels):
        alone = _row(block.model, h, block.k)
        try:
            evaluate(with_factors(alone, 1, factors, noises[[h]][:, cols]))
        except ModelError as exc:
            return f"{label}: " + "; ".join(f"{msg.path}: {msg.text('en')}"
                                            for msg in exc.messages)
    return "; ".join(f"{msg.path}: {msg.text('en')}" for msg in refused.messages)


def _row(obj: Any, h: int, k: int) -> Any:
    """Holding ``h`` of a stacked model of ``k`` holdings."""
    return _mapped(obj, lambda v: v[h] if isinstance(v, np.ndarray) and v.shape == (k,) else v)


def _mapped(obj: Any, function) -> Any:
    """``obj`` with ``function`` applied to every number (numbers in lists included)."""
    if hasattr(obj, "__dataclass_fields__"):
        return replace(obj, **{f.name: _mapped(getattr(obj, f.name), function)
                               for f in fields(obj)})
    if isinstance(obj, list):
        return [_mapped(v, function) for v in obj]
    if isinstance(obj, (float, int, np.ndarray)) and not isinstance(obj, bool):
        return function(obj)
    return obj


def with_factors(stacked: Model, k: int, factors: dict, noises: np.ndarray) -> Model:
    """The model of ``k`` stacked holdings × ``m`` iterations (rows holding-major) with the
    factors ``{name: (m,)}`` and the noise ``(k, m)`` applied (see the module)."""
    m = next(iter(factors.values())).size
    # each holding's numbers repeated over its m iterations; numbers all holdings share stay
    # plain numbers
    model = _mapped(stacked, lambda v: np.repeat(v, m) if isinstance(v, np.ndarray)
                    and v.shape == (k,) and k > 1 else v)
    each = {name: np.tile(np.asarray(v, dtype=float), k) for name, v in factors.items()}
    price = each["revenue_price"] * noises.reshape(-1)
    revenues = [ln if ln.kind == "percent_of_line" else
                _set(ln, base_value=ln.base_value * price,
                     stabilised_occupancy=ln.stabilised_occupancy * each["occupancy"])
                for ln in model.revenues]
    costs = [_set(ln, value=ln.value * each["opex"]) for ln in model.costs]
    capex = [_set(item, amount=item.amount * each["capex"]) for item in model.capex]
    macro = with_cpi(model.macro, each["cpi"])
    financing = with_points(model.financing, "rate", each["interest_rate"])
    return replace(model, revenues=revenues, costs=costs, capex=capex, macro=macro,
                   financing=financing)


def with_cpi(obj: Any, points: np.ndarray) -> Any:
    """``obj`` (a model's ``macro`` or a vehicle's ``setup``) with ``points`` added to every
    year of its ``cpi`` path, clipped to the valid range."""
    return _set(obj, cpi=[c + points for c in obj.cpi])


def with_points(obj: Any, name: str, points: np.ndarray) -> Any:
    """``obj`` with ``points`` added to its rate ``name`` (a model's ``financing.rate``, a
    vehicle's ``capital.debt_rate``), clipped to the valid range."""
    return _set(obj, **{name: getattr(obj, name) + points})


def _set(obj: Any, **values: Any) -> Any:
    """``obj`` with ``values`` clipped to the valid range of each field (lists item by item)."""
    declared = {f.name: f for f in fields(obj)}
    out = {}
    for name, value in values.items():
        spec = spec_of(declared[name])
        spec = spec.element if spec.kind == "list" else spec
        lo = -np.inf if spec.lo is None else spec.lo
        hi = np.inf if spec.hi is None else spec.hi
        out[name] = ([np.clip(v, lo, hi) for v in value] if isinstance(value, list)
                     else np.clip(value, lo, hi))
    return replace(obj, **out)
