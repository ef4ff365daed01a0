"""How values are shown to people, on every surface (command line, desktop, charts).

No Qt, no matplotlib: plain functions from numbers to text in Spanish (es-CO: decimal comma,
thousands point) or English, and the traffic-light judgement of a headline metric against the
user's own hurdles and covenants.
"""

from __future__ import annotations

import math
from typing import Any

from .i18n import tr

GREEN, AMBER, RED, NEUTRAL = "green", "amber", "red", "neutral"


def localise(text: str, lang: str) -> str:
    """English-formatted number text (``1,234.5``) in the reader's convention."""
    if lang == "es":
        return text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def number(value: float, lang: str, decimals: int = 2) -> str:
    """A plain number with thousands separators: ``1.234,50`` (es) / ``1,234.50`` (en)."""
    return localise(f"{value:,.{decimals}f}", lang)


def metric_text(value: float | None, unit: str, status: str, lang: str) -> str:
    """A metric as a reader expects it: 13.02 %, 1.38x, 6.68 years, 409.09."""
    if value is None:
        return tr(f"status.{status}", lang)
    if unit == "rate":
        text = f"{value * 100:,.2f} %"
    elif unit == "multiple":
        text = f"{value:,.2f}x"
    elif unit == "years":
        text = f"{value:,.2f} {tr('unit.years', lang)}"
    else:
        text = f"{value:,.2f}"
    return localise(text, lang)


def input_text(value: float, unit: str, lang: str, whole: bool = False) -> str:
    """An input's value as a reader expects it: fractions as percentages (``12,50 %``), whole
    numbers without decimals, anything else with two (more below 1, see ``_decimals``)."""
    if unit == "fraction":
        return localise(f"{value * 100:,.{_decimals(value * 100)}f} %", lang)
    return number(value, lang, 0 if whole else _decimals(value))


def _decimals(value: float) -> int:
    """Two decimals, or as many as a small value needs to show three significant digits
    (0,00405 rather than 0,00)."""
    size = abs(value)
    if size == 0 or size >= 1 or not math.isfinite(size):
        return 2
    return min(max(2, 2 - math.floor(math.log10(size))), 10)


def hurdle(name: str, model: Any) -> float | None:
    """The user's own threshold for a headline metric, or None when it has none.

    Equity IRR against the investor's target, project IRR against the project discount rate,
    minimum DSCR against the covenant, NPVs against zero.
    """
    if name == "equity_irr":
        return float(model.valuation.target_equity_irr)
    if name == "project_irr":
        return float(model.valuation.project_rate)
    if name == "min_dscr":
        return float(model.financing.covenant_dscr)
    if name in ("project_npv", "equity_npv", "district_npv"):
        return 0.0
    return None


# How close below the hurdle still counts as "watch" (amber) rather than "fails" (red).
_MARGIN = {"equity_irr": 0.01, "project_irr": 0.01, "min_dscr": 0.10}


def light(name: str, value: float | None, model: Any) -> str:
    """``green`` (meets the hurdle), ``amber`` (just below it, or a value that does not exist
    where one is expected), ``red`` (fails it) or ``neutral`` (no hurdle applies)."""
    limit = hurdle(name, model)
    if limit is None:
        return NEUTRAL
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return NEUTRAL if name == "min_dscr" else AMBER
    if value >= limit:
        return GREEN
    if value >= limit - _MARGIN.get(name, 0.0) and name in _MARGIN:
        return AMBER
    return RED
