"""Escenarios / Scenarios: the file's base case and its scenarios side by side.

The headline metrics (rows) by case (columns: the base, then each scenario in the file's order),
as :func:`pppmodeler.analysis.scenarios.compare` gives them; then, for each scenario, what it
changes: every override with its input, unit, base value, scenario value and path, so that a
reviewer sees what each column assumed. A scenario that cannot be evaluated has "—" for every
metric and its reason below the table. Values, not formulas: each column is one evaluation of
the engine, and only the report's own case has calculation sheets.
"""

from __future__ import annotations

from ..core import paths
from ..core.results import HEADLINE
from ..i18n.messages import in_language
from .analyses import ScenarioComparison
from .values import Env, ValueSheet

COL_LABEL, COL_UNIT, COL_FIRST = 1, 2, 3
COL_PATH = COL_FIRST + 2
MIN_LAST_COL = 7             # the overrides' table: label, unit, two values and a path
WIDTHS = {"label": 52, "unit": 14, "value": 17}


def write_scenarios(ws, env: Env, comparison: ScenarioComparison) -> None:
    t = env.words
    outcomes = comparison.outcomes
    last = max(COL_FIRST + len(outcomes) - 1, MIN_LAST_COL)
    widths = {COL_LABEL: WIDTHS["label"], COL_UNIT: WIDTHS["unit"],
              **{c: WIDTHS["value"] for c in range(COL_FIRST, last + 1)}}
    sheet = env.sheet(ws, t("sheet.scenarios.heading"),
                      t("note.scenarios", count=t.number(len(outcomes))), widths)
    base_name = t("cli.base_case")
    names = [o.name or base_name[:1].upper() + base_name[1:] for o in outcomes]
    sheet.section(t("heading.scenario_metrics"))
    header = sheet.header([t("col.metric"), t("col.unit"), *names])
    sheet.label(COL_LABEL, t("row.scenario_status"), "label_key")
    for j, o in enumerate(outcomes):
        ok = o.results is not None
        sheet.value(COL_FIRST + j, t("word.evaluated" if ok else "word.not_evaluated"),
                    "text", "ok" if ok else "warn")
    sheet.row += 1
    for name in HEADLINE:
        sheet.metric_label(name)
        for j, o in enumerate(outcomes):
            value = o.metric(name)
            if value is None and o.results is not None:
                value = t(f"status.{o.results.status(name)}")
            sheet.metric(COL_FIRST + j, name, value)
        sheet.row += 1
    for o in outcomes:
        if o.results is None:
            sheet.wrapped(t("note.scenario_refused", name=o.name, reason=_reason(o, t.lang)),
                          "warn")
    sheet.row += 1
    _changes(sheet, comparison)
    sheet.layout(f"C{header + 1}")


def _reason(outcome, lang: str) -> str:
    if outcome.messages:
        return "; ".join(m.text(lang) for m in outcome.messages)
    return in_language(outcome.problem, lang)


def _changes(sheet: ValueSheet, comparison: ScenarioComparison) -> None:
    """Each scenario's overrides: input, unit, base value, scenario value, path."""
    t = sheet.t
    sheet.section(t("heading.scenario_changes"))
    for scenario in comparison.scenarios:
        sheet.subsection(scenario.name)
        if scenario.description:
            sheet.note(scenario.description)
        if not scenario.overrides:
            sheet.note(t("note.no_overrides"))
            continue
        sheet.header([t("col.input"), t("col.unit"), t("col.base_value"),
                      t("col.scenario_value"), t("col.path")], left=(COL_PATH,))
        sheet.ws.merge_cells(start_row=sheet.row - 1, start_column=COL_PATH,
                             end_row=sheet.row - 1, end_column=sheet.last_col)
        for path, value in scenario.overrides.items():
            _override(sheet, comparison.base, path, value)
        sheet.row += 1


def _override(sheet: ValueSheet, base, path: str, value) -> None:
    try:
        canonical = paths.canonical(base, path)
        base_value = paths.get(base, canonical)
    except paths.PathError:
        canonical, base_value = path, None
    sheet.label(COL_LABEL, sheet.input_label(base, path))
    sheet.label(COL_UNIT, sheet.input_unit(canonical)[0], "unit")
    sheet.input_value(COL_FIRST, canonical, base_value)
    sheet.input_value(COL_FIRST + 1, canonical, value)
    sheet.label(COL_PATH, path, "path", last=sheet.last_col)
    sheet.row += 1
