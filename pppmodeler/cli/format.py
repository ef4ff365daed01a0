"""Text and JSON renderings of results for the command line."""

from __future__ import annotations

import math

from ..core.metrics import UNITS
from ..core.results import HEADLINE, Results
from ..i18n import tr
from ..present import metric_text


def metric_label(name: str, model, lang: str) -> str:
    """A metric's name, with the model's currency unit for money."""
    label = tr(f"metric.{name}", lang)
    if UNITS[name] == "money":
        label += f" ({tr(f'unit.{model.property.currency_unit}', lang)})"
    return label


def metrics_table(results: Results, lang: str, title: str) -> str:
    """The headline metrics as an aligned two-column table, with the messages below."""
    rows = [(metric_label(name, results.model, lang),
             metric_text(results.metric(name), UNITS[name], results.status(name), lang))
            for name in HEADLINE]
    width = max(len(r[0]) for r in rows)
    out = [title, ""]
    out += [f"{label:<{width}}  {value:>20}" for label, value in rows]
    if results.messages:
        out += ["", tr("cli.messages", lang) + ":"]
        out += [f"- {m.text(lang)}" + (f" [{m.path}]" if m.path else "")
                for m in results.messages]
    return "\n".join(out)


def metrics_json(results: Results, lang: str) -> dict:
    """The headline metrics as JSON-ready data: null where a value does not exist, with the
    reason under ``notes``; the messages with their input paths."""
    data: dict = {}
    notes = {}
    for name in HEADLINE:
        value = results.metric(name)
        data[name] = None if value is None or math.isnan(value) else value
        if value is None:
            notes[name] = metric_text(None, UNITS[name], results.status(name), lang)
    data["notes"] = notes
    data["currency_unit"] = results.model.property.currency_unit
    data["messages"] = [{"level": m.level, "code": m.code, "path": m.path,
                         "text": m.text(lang)} for m in results.messages]
    return data
