"""Screen many properties at once: a first concession model of each, evaluated in batches.

:func:`screen` gives each property the bundled sample of its kind scaled to its area (the rule
is in :mod:`.scaling`) and evaluates all the properties of one kind in one vectorised
evaluation (:func:`pppmodeler.analysis.cases.evaluate_cases`): 3,520 properties are three
evaluations. The engine refuses a batch as a whole when one property breaks a rule; the batch
is then split in halves until the properties that cannot be evaluated are found, and those get
a ``problem`` and no metrics while every other property keeps its numbers.

The result is a :class:`pandas.DataFrame` with one row per property, in the order given:
identity (``row``, ``code``, ``name``, ``kind``, ``comuna``, ``area_m2``, ``template``), the
metrics of :data:`METRICS` (amounts in the template's ``unit``, rates as fractions; NaN where a
metric has no value, e.g. an IRR that does not exist), ``target_equity_irr`` and ``viable``
(equity IRR ≥ target), a rank per :data:`RANKED` metric (1 = best, highest first, ties share
the best rank, no rank without a value) and ``rank`` (by the metric chosen), and ``problem``
(empty when all went well). :func:`select` filters it by kind, comuna and viability;
:func:`ranked` sorts it.

Location premium: with ``price_elasticity`` e > 0 the price of each property's revenue lines
is multiplied by (v ÷ v̄)^e, where v is its cadastral value per m² and v̄ the median of v over
the screened properties of its kind (:func:`price_index`); a property without a cadastral value
keeps the template's prices. With e = 0 (the default) the prices are the template's and every
property of one kind has the template's IRRs (see :mod:`.scaling`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence

import numpy as np
import pandas as pd

from pppmodeler.analysis.cases import evaluate_cases
from pppmodeler.i18n.messages import Phrase, Wording

from .records import InventoryRecord, key
from .scaling import Template, scaled_inputs, templates_by_kind

METRICS = ("project_irr", "equity_irr", "project_npv", "equity_npv", "district_npv",
           "min_dscr", "peak_funding", "payback_years")
RANKED = ("project_npv", "equity_irr", "district_npv")
# A batch whose balance sheet is off by more than this share of its assets is reported.
BALANCE_TOLERANCE = 1e-6


def price_index(records: Sequence[InventoryRecord], elasticity: float) -> np.ndarray:
    """The location premium of each record, (v ÷ median v of its kind)^elasticity, where v is
    the cadastral value per m²; 1 where it has no cadastral value or the elasticity is 0."""
    out = np.ones(len(records))
    if not elasticity:
        return out
    per_m2 = np.array([(r.cadastral_value or 0.0) / r.area_m2 if _valid_area(r.area_m2)
                       else 0.0 for r in records])
    kinds = np.array([r.kind for r in records])
    for kind in set(kinds):
        valued = (kinds == kind) & (per_m2 > 0)
        if valued.any():
            out[valued] = (per_m2[valued] / np.median(per_m2[valued])) ** elasticity
    return out


def screen(records: Sequence[InventoryRecord], templates: dict[str, Template] | None = None,
           target_equity_irr: float | None = None, price_elasticity: float = 0.0,
           rank_by: str = "project_npv",
           progress: Callable[[float, str], None] | None = None) -> pd.DataFrame:
    """One row per record with its metrics, ranks, viability and problem (see the module).

    ``templates`` by kind (the bundled samples by default); ``target_equity_irr`` for
    ``viable`` (each template's ``valuation.target_equity_irr`` by default); ``rank_by`` one of
    :data:`RANKED`; ``progress(fraction, what)`` is called after each batch and may raise to
    cancel.
    """
    if rank_by not in RANKED:
        raise ValueError(f"rank_by must be one of {', '.join(RANKED)}, not {rank_by!r}")
    templates = templates_by_kind() if templates is None else templates
    table = _identity(records, templates)
    prices = price_index(records, price_elasticity)
    batches = {kind: np.flatnonzero((table["kind"] == kind).to_numpy() & (table["problem"] == ""))
               for kind in templates}
    for done, (kind, rows) in enumerate(batches.items(), start=1):
        if rows.size:
            _evaluate_batch(table, rows, templates[kind], prices[rows], target_equity_irr)
        if progress is not None:
            progress(done / len(batches), kind)
    table["viable"] = (table["equity_irr"] >= table["target_equity_irr"]).fillna(False)
    for name in RANKED:
        table[f"rank_{name}"] = table[name].rank(method="min", ascending=False).astype("Int64")
    table["rank"] = table[f"rank_{rank_by}"]
    return table[[c for c in table.columns if c != "problem"] + ["problem"]]


def _valid_area(area: object) -> bool:
    return isinstance(area, (int, float)) and math.isfinite(area) and area > 0


def _identity(records: Sequence[InventoryRecord], templates: dict[str, Template]
              ) -> pd.DataFrame:
    """The identity columns, empty metrics, and the problems found before evaluating."""
    table = pd.DataFrame({
        "row": [r.row for r in records], "code": [r.label for r in records],
        "name": [r.name for r in records], "kind": [r.kind for r in records],
        "comuna": [r.comuna for r in records],
        "area_m2": np.array([r.area_m2 if _valid_area(r.area_m2) else np.nan
                             for r in records], dtype=float),
        "template": [templates[r.kind].name if r.kind in templates else "" for r in records],
        "unit": [templates[r.kind].model.property.currency_unit if r.kind in templates else ""
                 for r in records],
    })
    for name in METRICS + ("target_equity_irr",):
        table[name] = np.nan
    table["problem"] = [_before(r, templates) for r in records]
    return table


def _before(record: InventoryRecord, templates: dict[str, Template]) -> str:
    """Why a record cannot be screened at all ("" when it can)."""
    if record.kind not in templates:
        return Phrase("screening.problem.no_template", kind=repr(record.kind),
                      templates=", ".join(sorted(templates)))
    if not _valid_area(record.area_m2):
        return Phrase("screening.problem.area", area=repr(record.area_m2))
    return ""


def _evaluate_batch(table: pd.DataFrame, rows: np.ndarray, template: Template,
                    prices: np.ndarray, target: float | None) -> None:
    """Evaluate the properties at ``rows`` of ``table`` on ``template`` in one batch."""
    areas = table["area_m2"].to_numpy()[rows]
    cases = evaluate_cases(template.model, scaled_inputs(template, areas, prices),
                           METRICS + ("balance_check",))
    columns = [table.columns.get_loc(name) for name in METRICS]
    table.iloc[rows, columns] = np.column_stack([cases.values[name] for name in METRICS])
    table.iloc[rows, table.columns.get_loc("target_equity_irr")] = (
        template.model.valuation.target_equity_irr if target is None else target)
    problems = [_after(cases, i) for i in range(rows.size)]
    table.iloc[rows, table.columns.get_loc("problem")] = problems


def _after(cases, i: int) -> str:
    """What went wrong with case ``i`` of an evaluated batch ("" when nothing did)."""
    error = cases.errors[i]
    if error is not None:
        return Phrase("screening.problem.refused", where=f"{error.path}: " if error.path
                      else "", error=Wording(error))
    imbalance = cases.values["balance_check"][i]
    scale = max(1.0, abs(cases.values["peak_funding"][i]))
    if not abs(imbalance) <= BALANCE_TOLERANCE * scale:
        return Phrase("screening.problem.unbalanced", difference=imbalance)
    status = cases.status["equity_irr"][i]
    if status != "ok":
        return Phrase("screening.problem.no_irr", status=Phrase(f"status.{status}"))
    return ""


def select(table: pd.DataFrame, kinds: Iterable[str] | None = None,
           comunas: Iterable[str] | None = None, viable_only: bool = False) -> pd.DataFrame:
    """The rows of a :func:`screen` table of the given kinds and comunas, viable ones only if
    asked. A comuna matches by its name or number, without regard to case or accents
    ("10", "la candelaria" and "10 - La Candelaria" all match "10 - La Candelaria")."""
    keep = np.ones(len(table), dtype=bool)
    if kinds is not None:
        keep &= table["kind"].isin(list(kinds)).to_numpy()
    if comunas is not None:
        wanted = [key(c) for c in comunas]
        keep &= np.array([_comuna_matches(key(c), wanted) for c in table["comuna"]], dtype=bool)
    if viable_only:
        keep &= table["viable"].to_numpy(dtype=bool)
    return table[keep]


def _comuna_matches(comuna: str, wanted: list[str]) -> bool:
    number, _, name = comuna.partition(" ")
    return any(w in (comuna, name, number, number.lstrip("0")) for w in wanted)


def ranked(table: pd.DataFrame, by: str = "project_npv") -> pd.DataFrame:
    """The table sorted by the rank of ``by`` (one of :data:`RANKED`), unranked rows last."""
    if by not in RANKED:
        raise ValueError(f"by must be one of {', '.join(RANKED)}, not {by!r}")
    return table.sort_values(f"rank_{by}", kind="stable", na_position="last")
