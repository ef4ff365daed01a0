"""The Scenarios page: the document's named scenarios, their overrides of the base inputs, and
the base case and the scenarios compared side by side (a table of the headline metrics and a
bar chart of one of them).

Every change of the list (new, rename, duplicate, delete, an override added, changed or
removed) is one undoable edit of ``document.scenarios`` made with the editing functions of
:mod:`pppmodeler.analysis.scenarios`; comparing changes nothing.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QListWidget, QMessageBox, QSplitter, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from ...analysis import scenarios as sc
from ...charts.analysis import scenario_bars_figure
from ...core import paths
from ...core.metrics import UNITS
from ...core.results import HEADLINE
from ...i18n import tr
from ...i18n.messages import in_language
from ...present import hurdle, input_text, metric_text
from .. import fields as fx
from ..forms import label
from .pane import AnalysisPane, ChartView, InputPicker, MetricBox, button, measure
from .runs import Run

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
PATH_COLUMN, VALUE_COLUMN = 1, 3


def base_text(value: Any, spec: Any, lang: str) -> str:
    """An input's base value to read (not to edit): numbers with thousands separators in the
    reader's convention (12.000, 38.429,03); whole-number inputs (a year: 2027),
    percentages and everything else as the editors show them."""
    if (spec.kind == "number" and spec.unit != "fraction" and isinstance(value, (int, float))
            and not isinstance(value, bool) and math.isfinite(value)):
        return input_text(float(value), spec.unit, lang, whole=float(value).is_integer())
    return fx.shown(value, spec, lang)


def outcome_text(outcome: sc.Outcome, metric: str, lang: str) -> str:
    """A metric of one case as the comparison shows it ("—" when the case has no results)."""
    if outcome.results is None:
        return "—"
    return metric_text(outcome.metric(metric), UNITS[metric], outcome.results.status(metric),
                       lang)


def outcome_problem(outcome: sc.Outcome, lang: str) -> str:
    return ("; ".join(m.text(lang) for m in outcome.messages)
            or in_language(outcome.problem, lang))


class ScenariosPane(AnalysisPane):
    KEY = "scenarios"
    KINDS = ("scenarios",)

    def __init__(self, state, runs, lang, parent=None):
        super().__init__(state, runs, lang, parent)
        self.current = ""
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self._list_side())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("scenarios.tabs")
        self.tabs.addTab(self._editor_side(), tr("gui.analysis.tab.overrides", lang))
        self.tabs.addTab(self._comparison_side(), tr("gui.analysis.tab.comparison", lang))
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 1)
        split.setSizes([250, 700])
        self.body.addWidget(split, 1)
        state.parts_changed.connect(self.refresh)
        state.changed.connect(self.refresh)
        self.refresh()
        self.restore()

    # -------------------------------------------------------------------------- building

    def _list_side(self) -> QWidget:
        lang = self.lang
        side = QWidget()
        box = QVBoxLayout(side)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(label(tr("gui.analysis.scenarios", lang), "heading"))
        self.list = QListWidget()
        self.list.setObjectName("scenarios.list")
        self.list.currentTextChanged.connect(self._selected)
        box.addWidget(self.list, 1)
        self.buttons = [
            button(tr("gui.analysis.new_empty", lang), "scenarios.new", self.new_empty),
            button(tr("gui.analysis.new_from_base", lang), "scenarios.new_from_base",
                   self.new_from_base),
            button(tr("gui.analysis.duplicate", lang), "scenarios.duplicate", self.duplicate),
            button(tr("gui.analysis.delete", lang), "scenarios.delete", self.delete)]
        for b in self.buttons:
            box.addWidget(b)
        self.buttons[1].setToolTip(tr("gui.analysis.new_from_base_tip", lang))
        self.list_message = label("", "fieldMessage", wrap=True)
        box.addWidget(self.list_message)
        return side

    def _editor_side(self) -> QWidget:
        lang = self.lang
        side = QWidget()
        box = QVBoxLayout(side)
        row = QHBoxLayout()
        self.name = QLineEdit()
        self.name.setObjectName("scenarios.name")
        self.name.editingFinished.connect(self.rename_typed)
        name_label = QLabel(tr("gui.analysis.name", lang))
        name_label.setBuddy(self.name)
        row.addWidget(name_label)
        row.addWidget(self.name, 1)
        box.addLayout(row)
        self.description = QLineEdit()
        self.description.setObjectName("scenarios.description")
        self.description.editingFinished.connect(self.describe_typed)
        row = QHBoxLayout()
        description_label = QLabel(tr("gui.analysis.description", lang))
        description_label.setBuddy(self.description)
        row.addWidget(description_label)
        row.addWidget(self.description, 1)
        box.addLayout(row)
        self.name_message = label("", "fieldMessage", wrap=True)
        box.addWidget(self.name_message)
        box.addWidget(label(tr("gui.analysis.overrides_hint", lang), "hint", wrap=True))
        self.overrides = QTableWidget()
        self.overrides.setObjectName("scenarios.overrides")
        self.overrides.setColumnCount(4)
        self.overrides.setHorizontalHeaderLabels([
            tr("gui.analysis.input", lang), tr("gui.analysis.path", lang),
            tr("gui.analysis.base_value", lang), tr("gui.analysis.scenario_value", lang)])
        header = self.overrides.horizontalHeader()
        # The input's label takes what is left; the base and scenario values are always
        # shown whole. The path is for people who know it: a tooltip, not a column.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.overrides.setColumnHidden(PATH_COLUMN, True)
        self.overrides.setWordWrap(False)
        self.overrides.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.overrides.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overrides.verticalHeader().setVisible(False)
        self.overrides.itemChanged.connect(self._value_typed)
        box.addWidget(self.overrides, 1)
        self.value_message = label("", "fieldMessage", wrap=True)
        box.addWidget(self.value_message)
        row = QHBoxLayout()
        self.picker = InputPicker(self.state.model, lang, "scenarios.pick")
        row.addWidget(QLabel(tr("gui.analysis.add_input", lang)))
        row.addWidget(self.picker, 1)
        self.add_override_button = button(tr("gui.analysis.add_override", lang),
                                          "scenarios.add_override", self.add_picked)
        self.remove_override_button = button(tr("gui.analysis.remove_override", lang),
                                             "scenarios.remove_override",
                                             self.remove_selected_override)
        row.addWidget(self.add_override_button)
        row.addWidget(self.remove_override_button)
        box.addLayout(row)
        return side

    def _comparison_side(self) -> QWidget:
        lang = self.lang
        side = QWidget()
        box = QVBoxLayout(side)
        row = QHBoxLayout()
        self.compare_button = button(tr("gui.analysis.compare", lang), "scenarios.compare",
                                     self.compare)
        row.addWidget(self.compare_button)
        row.addStretch(1)
        row.addWidget(QLabel(tr("gui.analysis.chart_metric", lang)))
        self.metric = MetricBox(lang, "equity_irr", "scenarios.metric")
        self.metric.activated.connect(lambda _i: self._draw_chart())
        row.addWidget(self.metric)
        box.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical)
        self.comparison = QTableWidget()
        self.comparison.setObjectName("scenarios.comparison")
        self.comparison.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comparison.setAlternatingRowColors(True)
        self.comparison.verticalHeader().setDefaultSectionSize(22)
        self.comparison.horizontalHeader().setMinimumSectionSize(90)
        self.comparison.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        split.addWidget(self.comparison)
        self.chart = ChartView(tr("gui.analysis.compare_hint", lang), "scenarios.chart")
        split.addWidget(self.chart)
        split.setSizes([300, 320])
        box.addWidget(split, 1)
        self.problems = label("", "fieldMessage", wrap=True)
        box.addWidget(self.problems)
        return side

    # ---------------------------------------------------------------------------- reading

    @property
    def scenarios(self) -> list:
        return self.state.document.scenarios

    def scenario(self) -> Any:
        return next((s for s in self.scenarios if s.name == self.current), None)

    def refresh(self) -> None:
        names = [s.name for s in self.scenarios]
        if self.current not in names:
            self.current = names[0] if names else ""
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems(names)
        if self.current:
            self.list.setCurrentRow(names.index(self.current))
        self.list.blockSignals(False)
        self._show_scenario()

    def _selected(self, name: str) -> None:
        if name:
            self.current = name
            self._show_scenario()

    def _show_scenario(self) -> None:
        scenario, ro = self.scenario(), self.state.read_only
        for widget in (self.name, self.description, self.overrides, self.picker,
                       self.add_override_button, self.remove_override_button,
                       *self.buttons[2:]):
            widget.setEnabled(scenario is not None and not ro)
        for b in self.buttons[:2]:
            b.setEnabled(not ro)
        self.name.setText(scenario.name if scenario else "")
        self.description.setText(scenario.description if scenario else "")
        self.description.setCursorPosition(0)
        self.name_message.setText("")
        self.picker.fill(self.state.model)
        self._fill_overrides(scenario.overrides if scenario else {})

    def _fill_overrides(self, overrides: dict) -> None:
        table, model, lang = self.overrides, self.state.model, self.lang
        table.blockSignals(True)
        table.setRowCount(len(overrides))
        for r, (path, value) in enumerate(overrides.items()):
            try:
                label = paths.label(path, lang, model)
                spec = paths.spec_at(path)
                base = base_text(paths.get(model, path), spec, lang)
                shown = fx.shown(value, spec, lang)
            except (paths.PathError, ValueError, TypeError):
                label, base, shown = tr("gui.analysis.no_such_input", lang), "—", str(value)
            cells = (label, path, base, shown)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, path)
                item.setToolTip(f"{label}\n{path}")
                if c != VALUE_COLUMN:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if c >= 2:
                    item.setTextAlignment(RIGHT)
                table.setItem(r, c, item)
        table.blockSignals(False)

    # ---------------------------------------------------------------------------- editing

    def _push(self, scenarios: list, text: str, select: str | None = None) -> bool:
        if select is not None:
            self.current = select
        if not self.state.set_part("scenarios", scenarios, text):
            self.refresh()
            return False
        return True

    def new_empty(self) -> None:
        """A new scenario with no overrides (the base case until the analyst adds some)."""
        name = sc.unused_name(tr("gui.analysis.new_name", self.lang), self.scenarios)
        self._push(sc.added(self.scenarios, name), tr("gui.analysis.added", self.lang,
                                                      name=name), select=name)

    def new_from_base(self) -> None:
        """A new scenario that pins today's base values of every input the other scenarios
        change: a frozen copy of the base case, and a starting point to edit."""
        model, pinned = self.state.model, {}
        for s in self.scenarios:
            for path in s.overrides:
                try:
                    pinned.setdefault(path, paths.get(model, path))
                except paths.PathError:
                    continue
        name = sc.unused_name(tr("gui.analysis.base_name", self.lang), self.scenarios)
        self._push(sc.added(self.scenarios, name, pinned,
                            tr("gui.analysis.base_description", self.lang)),
                   tr("gui.analysis.added", self.lang, name=name), select=name)

    def duplicate(self) -> None:
        scenario = self.scenario()
        if scenario is None:
            return
        name = sc.unused_name(tr("gui.analysis.copy_name", self.lang, name=scenario.name),
                              self.scenarios)
        self._push(sc.duplicated(self.scenarios, scenario.name, name),
                   tr("gui.analysis.duplicated", self.lang, name=scenario.name), select=name)

    def delete(self) -> None:
        scenario = self.scenario()
        if scenario is None:
            return
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        answer = QMessageBox.question(self, tr("gui.analysis.delete_title", self.lang),
                                      tr("gui.analysis.delete_question", self.lang,
                                         name=scenario.name), yes | no, no)
        if answer != yes:
            return
        self._push(sc.removed(self.scenarios, scenario.name),
                   tr("gui.analysis.deleted", self.lang, name=scenario.name), select="")

    def rename_typed(self) -> None:
        self.rename(self.name.text())

    def rename(self, new: str) -> bool:
        scenario = self.scenario()
        if scenario is None or new.strip() == scenario.name:
            self.name_message.setText("")
            return False
        if not new.strip():
            self.name_message.setText(tr("gui.analysis.name_blank", self.lang))
            return False
        if any(s.name == new.strip() for s in self.scenarios):
            self.name_message.setText(tr("gui.analysis.name_taken", self.lang,
                                         name=new.strip()))
            return False
        return self._push(sc.renamed(self.scenarios, scenario.name, new),
                          tr("gui.analysis.renamed", self.lang, old=scenario.name,
                             new=new.strip()), select=new.strip())

    def describe_typed(self) -> None:
        scenario = self.scenario()
        if scenario is None or self.description.text() == scenario.description:
            return
        self._replace(replace(scenario, description=self.description.text()),
                      tr("gui.analysis.described", self.lang, name=scenario.name))

    def _replace(self, new: Any, text: str) -> bool:
        return self._push([new if s.name == new.name else s for s in self.scenarios], text)

    def set_override(self, path: str, value: Any) -> bool:
        """Set (or add) the override of ``path`` in the selected scenario."""
        scenario = self.scenario()
        if scenario is None:
            return False
        overrides = dict(scenario.overrides)
        overrides[path] = value
        label = paths.label(path, self.lang, self.state.model)
        return self._replace(replace(scenario, overrides=overrides),
                             tr("gui.analysis.override_set", self.lang, what=label,
                                name=scenario.name))

    def add_picked(self) -> None:
        """Add the picked input, at its base value (which the analyst then changes)."""
        path, scenario = self.picker.path(), self.scenario()
        if not path or scenario is None:
            self.value_message.setText(tr("gui.analysis.pick_first", self.lang))
            return
        model = self.state.model
        taken = {paths.canonical(model, p): p for p in scenario.overrides
                 if _fits(model, p)}
        if path in taken:
            self._select_override(taken[path])
            self.value_message.setText(tr("gui.analysis.already_overridden", self.lang))
            return
        self.value_message.setText("")
        self.set_override(path, paths.get(model, path))
        self._select_override(path)

    def _select_override(self, path: str) -> None:
        for r in range(self.overrides.rowCount()):
            if self.overrides.item(r, 1).text() == path:
                self.overrides.setCurrentCell(r, VALUE_COLUMN)

    def remove_selected_override(self) -> None:
        scenario = self.scenario()
        rows = sorted({i.row() for i in self.overrides.selectedIndexes()})
        if scenario is None or not rows:
            return
        gone = {self.overrides.item(r, 1).text() for r in rows}
        kept = {p: v for p, v in scenario.overrides.items() if p not in gone}
        self._replace(replace(scenario, overrides=kept),
                      tr("gui.analysis.override_removed", self.lang, name=scenario.name))

    def _value_typed(self, item: QTableWidgetItem) -> None:
        if item.column() != VALUE_COLUMN:
            return
        path = item.data(Qt.ItemDataRole.UserRole)
        try:
            value = fx.parse(self.state.model, path, item.text(), self.lang)
        except (fx.FieldProblem, paths.PathError) as problem:
            self.value_message.setText(f"{paths.label(path, self.lang)}: "
                                       f"{in_language(problem, self.lang)}")
            return
        self.value_message.setText("")
        if not self.set_override(path, value):
            self._show_scenario()

    # -------------------------------------------------------------------------- comparing

    def inputs_of(self, kind: str) -> tuple[Any, Any]:
        return self.state.model, list(self.scenarios)

    def compare(self) -> bool:
        return self.start("scenarios", sc.compare, self.state.model, list(self.scenarios))

    def run_again(self) -> None:
        self.compare()

    def show_run(self, kind: str, run: Run) -> None:
        outcomes, lang = run.value, self.lang
        names = [o.name or tr("gui.analysis.base_case", lang) for o in outcomes]
        table = self.comparison
        table.clear()
        table.setRowCount(len(HEADLINE))
        table.setColumnCount(len(outcomes))
        table.setHorizontalHeaderLabels(names)
        table.setVerticalHeaderLabels([tr(f"metric.{m}", lang) for m in HEADLINE])
        for r, metric in enumerate(HEADLINE):
            for c, outcome in enumerate(outcomes):
                item = QTableWidgetItem(outcome_text(outcome, metric, lang))
                item.setTextAlignment(RIGHT)
                table.setItem(r, c, item)
        problems = [tr("gui.analysis.case_problem", lang, name=name,
                       problem=outcome_problem(o, lang))
                    for name, o in zip(names, outcomes) if o.results is None]
        self.problems.setText("\n".join(problems))
        self.tabs.setCurrentIndex(1)
        self._draw_chart()

    def _draw_chart(self) -> None:
        run = self.runs.results.get("scenarios")
        if run is None:
            return
        metric, lang = self.metric.current_metric(), self.lang
        outcomes = run.value
        names = [o.name or tr("gui.analysis.base_case", lang) for o in outcomes]
        values = [math.nan if o.metric(metric) is None else o.metric(metric) for o in outcomes]
        self.chart.show_figure(scenario_bars_figure(
            names, values, measure(metric, run.model, lang), lang, hurdle(metric, run.model)))


def _fits(model: Any, path: str) -> bool:
    try:
        paths.canonical(model, path)
        return True
    except paths.PathError:
        return False
