"""Evaluate a model: its period lines, statements, metrics and messages in one object."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .engine import evaluate_lines
from .errors import InputError
from .guardrails import Message, check_inputs, check_results
from .inputs import Model
from .metrics import Metric, compute
from .statements import balance_sheet
from .timeline import Grid

# The keys of ``Results.summary()``: the headline metrics every surface shows.
HEADLINE = ("project_irr", "project_irr_pretax", "project_irr_real", "equity_irr",
            "equity_irr_real", "project_npv", "equity_npv", "district_npv", "min_dscr",
            "avg_dscr", "min_llcr", "min_plcr", "payback_years", "discounted_payback_years",
            "peak_debt", "peak_funding", "value_for_money", "balance_check")


class ModelError(ValueError):
    """The inputs cannot be evaluated; ``messages`` says what and where."""

    def __init__(self, messages: list[Message]):
        super().__init__("; ".join(str(m) for m in messages))
        self.messages = messages


@dataclass
class Results:
    model: Model
    grid: Grid
    lines: dict            # name -> (n, T) nominal
    ratios: dict           # dscr, llcr, plcr -> (n, T)
    metrics: dict          # name -> Metric
    messages: list         # Message
    deflator: np.ndarray   # (n, T)

    @property
    def n(self) -> int:
        return self.grid.n

    def line(self, name: str, real: bool = False, i: int = 0) -> np.ndarray:
        """One line of iteration ``i``, nominal or in base-year prices."""
        values = self.lines[name][i]
        return values / self.deflator[min(i, self.deflator.shape[0] - 1)] if real else values

    def metric(self, name: str, i: int = 0) -> float | None:
        """A metric of iteration ``i``; None where it has no value (see ``status``)."""
        v = float(self.metrics[name].value[i])
        return None if np.isnan(v) else v

    def status(self, name: str, i: int = 0) -> str:
        s = self.metrics[name].status
        return "ok" if s is None else str(s[i])

    def summary(self, i: int = 0) -> dict:
        """Headline metrics of iteration ``i`` as plain numbers (None where missing)."""
        return {k: self.metric(k, i) for k in HEADLINE}

    def frame(self, real: bool = False, i: int = 0) -> pd.DataFrame:
        """Every line (rows) by period (columns) for iteration ``i``."""
        rows = {k: self.line(k, real, i) for k in self.lines}
        rows.update({k: v[i] for k, v in self.ratios.items()})
        return pd.DataFrame.from_dict(rows, orient="index", columns=self.grid.labels())


def evaluate(model: Model) -> Results:
    """Evaluate a model (``n`` iterations where its inputs carry arrays).

    Raises ``ModelError`` with every error found when the inputs cannot be evaluated.
    """
    messages = check_inputs(model)
    errors = [m for m in messages if m.level == "error"]
    if errors:
        raise ModelError(errors)
    try:
        lines, grid, prices = evaluate_lines(model)
    except InputError as exc:
        raise ModelError([Message("error", exc.key, exc.path, exc.values)]) \
            from None
    lines.update(balance_sheet(lines))
    deflator = prices.deflator() * np.ones((grid.n, 1))
    cpi = prices.cpi() * np.ones((grid.n, 1))
    metrics, ratios = compute(lines, model, grid, deflator, cpi)
    messages += check_results(lines, metrics, ratios, model, grid.labels())
    return Results(model, grid, lines, ratios, metrics, messages, deflator)


__all__ = ["HEADLINE", "Metric", "ModelError", "Results", "evaluate"]
