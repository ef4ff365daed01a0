"""Checks in plain words: legal rules, inputs that make no sense, results that need attention.

Each check yields a ``Message`` naming the input it is about (a ``paths`` path) and a catalogue
key of ``pppmodeler.i18n``. Errors stop the evaluation (the inputs cannot be computed as
given); warnings are shown beside the results. Nothing is ever fixed silently. Errors about
numbers hold iteration by iteration: :func:`input_errors` tells each iteration of a batch the
first error it would give evaluated alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..i18n import CATALOGUE, DEFAULT_LANGUAGE, tr
from .batch import col
from .inputs import Model


@dataclass(frozen=True)
class Message:
    level: str            # "error" or "warning"
    code: str             # catalogue key
    path: str             # the input it is about ("" for the model as a whole)
    values: dict = field(default_factory=dict)
    share: float = 1.0    # share of iterations it applies to

    def text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        prefix = tr("share_of_iterations", lang, share=self.share) if self.share < 1 else ""
        # A value that is itself a catalogue key (a metric's name, a status) is translated too.
        values = {k: tr(v, lang) if isinstance(v, str) and v in CATALOGUE else v
                  for k, v in self.values.items()}
        return prefix + tr(self.code, lang, **values)

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{self.level}: {where}{self.text('en')}"


def _hi(x) -> float:
    return float(np.max(x))


def _lo(x) -> float:
    return float(np.min(x))


class _Found(list):
    """The messages of one check pass, with the two ways of adding one.

    An error that only some iterations break is given with ``where``, their mask (n, 1), and
    its values as columns: the message shows the first of them, and ``errors`` keeps the mask
    and columns so that :func:`input_errors` can tell each iteration its own."""

    def __init__(self):
        super().__init__()
        self.errors: list[tuple[Message, np.ndarray | None, dict]] = []

    def error(self, code: str, path: str, where: np.ndarray | None = None, **values) -> None:
        if where is None:
            message = Message("error", code, path, values)
        elif where.any():
            i = _first(where)
            message = Message("error", code, path, {k: _at(v, i) for k, v in values.items()})
        else:
            return
        self.append(message)
        self.errors.append((message, where, values))

    def warn(self, code: str, path: str, **values) -> None:
        self.append(Message("warning", code, path, values))


def check_inputs(model: Model) -> list[Message]:
    """Errors and warnings about the inputs, before evaluating them."""
    return list(_check(model))


def input_errors(model: Model, n: int) -> tuple[np.ndarray, list[Message | None]]:
    """Which of the ``n`` iterations of ``model`` the input rules refuse, shape ``(n,)``, and
    for each iteration the first error :func:`check_inputs` gives it evaluated alone (None
    where it passes).

    Iterations that break the same rule with the same values share one message."""
    errors = _check(model).errors
    holds = np.zeros((len(errors) + 1, n), dtype=bool)
    for k, (_, where, _) in enumerate(errors):
        holds[k] = True if where is None else where.reshape(-1)
    holds[-1] = True                    # so that argmax names no rule where none holds
    first = holds.argmax(axis=0)
    said = np.full(n, None, dtype=object)
    for k, (message, where, values) in enumerate(errors):
        rows = np.flatnonzero(first == k)
        if where is None or not values:
            said[rows] = message
        elif rows.size:
            table = np.stack([np.broadcast_to(v.reshape(-1), (n,))[rows]
                              for v in values.values()])
            distinct, which = np.unique(table, axis=1, return_inverse=True)
            messages = np.empty(distinct.shape[1], dtype=object)
            messages[:] = [Message("error", message.code, message.path,
                                   dict(zip(values, map(float, column))))
                           for column in distinct.T]
            said[rows] = messages[which.reshape(-1)]
    return first < len(errors), said.tolist()


def _check(model: Model) -> _Found:
    found = _Found()
    _legal_rules(model, found)
    _lines(model, found)
    _funding(model, found)
    return found


def _legal_rules(model: Model, found: _Found) -> None:
    """The rules of GLOSSARY.md that the inputs alone can show (term, mechanism, BIC, VfM)."""
    tl, prop, dist = model.timeline, model.property, model.district
    years = _hi(tl.operation_years)
    term = _hi(tl.construction_months) / 12 + years + _hi(tl.extension_years)
    if term > _lo(tl.legal_max_years) + 1e-9:
        found.warn("term_exceeds_legal", "timeline.operation_years", years=term,
                   limit=_lo(tl.legal_max_years))
    if prop.kind == "uso_publico" and prop.mechanism == "lease":
        found.warn("public_use_lease", "property.mechanism")
    if prop.mechanism == "aeep" and years > 1:
        found.warn("aeep_term", "timeline.operation_years", years=years)
    if prop.kind == "bic" and not prop.heritage_intervention_authorised and any(
            _hi(c.amount) > 0 for c in model.capex):
        found.warn("bic_intervention", "property.heritage_intervention_authorised")
    if prop.mechanism.startswith("app") and _hi(model.valuation.psc_cost_npv) <= 0:
        found.warn("no_value_for_money", "valuation.psc_cost_npv")
    if _hi(dist.availability_payment) > 0:
        found.warn("availability_service_levels", "district.availability_payment")
    if _hi(dist.availability_payment) > 0 or _hi(dist.capital_grant) > 0:
        found.warn("contingent_liabilities", "district")


def _lines(model: Model, found: _Found) -> None:
    """Revenue, cost and CAPEX lines that cannot be told apart or produce nothing."""
    for section in ("revenues", "costs", "capex"):
        seen = set()
        for i, line in enumerate(getattr(model, section)):
            if line.name in seen:
                found.error("duplicate_name", f"{section}[{i}].name", name=line.name)
            seen.add(line.name)
    years = _hi(model.timeline.operation_years)
    rent_area = 0.0
    for i, ln in enumerate(model.revenues):
        span = years - _lo(ln.start_year) + 1
        if _lo(ln.start_year) > years:
            found.warn("line_never_active", f"revenues[{i}].start_year",
                       start=_lo(ln.start_year), years=years)
        if len(ln.ramp_up) > span:
            found.warn("ramp_up_too_long", f"revenues[{i}].ramp_up", k=len(ln.ramp_up),
                       years=span)
        if ln.kind == "rent_per_m2":
            rent_area += _hi(ln.area_m2)
            if _hi(ln.area_m2) <= 0:
                found.warn("zero_driver", f"revenues[{i}].area_m2", driver="m²")
        if ln.kind == "percent_of_line" and _hi(ln.base_value) > 1:
            found.warn("percent_above_one", f"revenues[{i}].base_value",
                       value=_hi(ln.base_value))
        if ln.kind == "unit_fee" and _hi(ln.volume) <= 0:
            found.warn("zero_driver", f"revenues[{i}].volume", driver="volume")
    leasable = _hi(model.property.leasable_area_m2)
    if leasable > 0 and rent_area > leasable * (1 + 1e-9):
        found.warn("leasable_area_exceeded", "property.leasable_area_m2", total=rent_area,
                   area=leasable)
    if not model.revenues and _hi(model.district.availability_payment) <= 0:
        found.warn("no_revenue", "revenues")
    for i, c in enumerate(model.costs):
        if _lo(c.start_year) > years:
            found.warn("line_never_active", f"costs[{i}].start_year", start=_lo(c.start_year),
                       years=years)
        if _lo(c.every_years) > years:
            found.warn("maintenance_never", f"costs[{i}].every_years",
                       every=_lo(c.every_years), years=years)
        if c.kind == "percent_of_revenue" and _hi(c.value) > 1:
            found.warn("percent_above_one", f"costs[{i}].value", value=_hi(c.value))
        if c.kind == "per_m2" and _hi(c.area_m2) <= 0:
            found.warn("zero_driver", f"costs[{i}].area_m2", driver="m²")


def _funding(model: Model, found: _Found) -> None:
    """The grant against the investment, and debt terms that cannot be met.

    Errors are judged iteration by iteration (an iteration's grant against its own
    investment), so that a batch is refused when any one iteration breaks a rule and never
    because two different iterations would together; the message shows the first one."""
    dist, fin, tl = model.district, model.financing, model.timeline
    investment = sum((col(c.amount) for c in model.capex), np.zeros((1, 1)))
    grant = col(dist.capital_grant)
    granted = grant > 0
    found.error("grant_without_capex", "district.capital_grant", granted & (investment <= 0))
    found.error("grant_exceeds_capex", "district.capital_grant",
                granted & (investment > 0) & (grant > investment))
    sized = col(fin.gearing if fin.sizing == "gearing" else fin.amount)
    borrowing = (sized > 0) & (investment > 0)
    tenor, years, grace = col(fin.tenor_years), col(tl.operation_years), col(fin.grace_years)
    found.error("tenor_after_term", "financing.tenor_years", borrowing & (tenor > years + 1e-9),
                tenor=tenor, years=years)
    found.error("grace_not_before_tenor", "financing.grace_years", borrowing & (grace >= tenor),
                grace=grace, tenor=tenor)
    if borrowing.any() and fin.repayment == "sculpted" and \
            _lo(fin.target_dscr) < _hi(fin.covenant_dscr):
        found.warn("target_below_covenant", "financing.target_dscr",
                   target=_lo(fin.target_dscr), covenant=_hi(fin.covenant_dscr))


def _first(mask: np.ndarray) -> int:
    """The first iteration where ``mask`` (n, 1) holds."""
    return int(np.flatnonzero(mask.reshape(-1))[0])


def _at(value: np.ndarray, i: int) -> float:
    """Iteration ``i`` of a column that may be one row for all iterations."""
    flat = value.reshape(-1)
    return float(flat[min(i, flat.size - 1)])


def _periods(mask: np.ndarray, labels: list[str]) -> str:
    """Labels of the periods flagged in the first iteration that has any."""
    rows = np.flatnonzero(mask.any(axis=1))
    picked = [labels[j] for j in np.flatnonzero(mask[rows[0]])] if rows.size else []
    return ", ".join(picked[:6]) + (" …" if len(picked) > 6 else "")


def check_results(lines: dict, metrics: dict, ratios: dict, model: Model,
                  labels: list[str]) -> list[Message]:
    """Warnings about evaluated results (covenants, shortfalls, IRRs without a value)."""
    out: list[Message] = []

    def warn(code, path, mask_rows, **values):
        share = float(np.mean(mask_rows))
        if share > 0:
            out.append(Message("warning", code, path, values, share))

    dscr = ratios["dscr"]
    covenant = np.asarray(model.financing.covenant_dscr, float).reshape(-1, 1)
    with np.errstate(invalid="ignore"):
        below = dscr < covenant - 1e-12
        under_one = dscr < 1 - 1e-12
    if below.any():
        warn("dscr_below_covenant", "financing.covenant_dscr", below.any(axis=1),
             covenant=float(covenant.min()), minimum=float(np.nanmin(dscr)),
             periods=_periods(below, labels))
    if under_one.any():
        warn("dscr_below_one", "financing", under_one.any(axis=1),
             periods=_periods(under_one, labels))
    support = lines["equity_support"] > 1e-9
    if support.any():
        warn("equity_support", "financing", support.any(axis=1),
             amount=float(lines["equity_support"].sum(axis=1).max()),
             periods=_periods(support, labels))
    locked = lines["cash_balance"] > 1e-9
    if locked.any():
        warn("lockup", "financing.lockup_dscr", locked.any(axis=1),
             periods=_periods(locked, labels))
    for name in ("project_irr", "equity_irr"):
        status = metrics[name].status
        missing = status != "ok"
        if missing.any():
            reason = str(status[np.flatnonzero(missing)[0]])
            warn("irr_missing", "", missing, metric=f"metric.{name}", reason=f"status.{reason}")
    d = model.district
    if model.property.mechanism == "app_private_initiative":
        cap = np.asarray(d.public_disbursement_cap, float).reshape(-1)
        public_share = metrics["public_disbursement_share"].value
        over = public_share > cap + 1e-12
        warn("public_disbursements_cap", "district.capital_grant", over,
             share=float(public_share.max()), cap=float(cap.min()))
    imbalance = np.abs(lines["balance_check"]).max(axis=1)
    scale = np.maximum(1.0, np.abs(lines["total_assets"]).max(axis=1))
    bad = imbalance > 1e-6 * scale
    if bad.any():
        out.append(Message("error", "balance_not_zero", "", {"difference": float(imbalance.max())},
                           float(np.mean(bad))))
    return out
