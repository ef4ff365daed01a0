"""The Sensitivity page: tornado and spider charts of one metric for the chosen inputs (the
model's main inputs when none are chosen), and a two-way table shown with colours.

The settings are those of ``document.analyses.sensitivity`` and ``.two_way``, edited in place
(undoable, saved with the file); the runs are :mod:`pppmodeler.analysis.sensitivity` and
:mod:`pppmodeler.analysis.two_way` in the background.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from ...charts.analysis import TornadoBar, spider_figure, tornado_figure
from ...core import paths
from ...core.metrics import UNITS
from ...i18n import tr
from ...present import metric_text, number
from .. import tasks
from ..forms import label
from .pane import AnalysisPane, ChartView, button, measure, problem_text
from .runs import Run
from .settings_form import SettingsForm, SettingsTable, with_setting

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def short_label(path: str, lang: str, model: Any) -> str:
    """The last two parts of an input's label without their explanations in brackets
    (``Locales comerciales › Valor base``): enough to tell the bars of a chart apart."""
    parts = paths.label(path, lang, model).split(paths.SEPARATOR)[-2:]
    return paths.SEPARATOR.join(p.split(" (")[0] for p in parts)


def input_text(model: Any, path: str, value: float, lang: str) -> str:
    """An input's value, short: 12,5 %, 23, 1.234,57."""
    if not path:
        return ""
    spec = paths.spec_at(path)
    if spec.kind == "integer":
        return number(round(value), lang, 0)
    if spec.unit == "fraction":
        return number(value * 100, lang, 2 if abs(value) < 0.1 else 1).rstrip("0").rstrip(
            ",.") + " %"
    whole = float(value).is_integer() or abs(value) >= 1e5
    return number(value, lang, 0 if whole else 2)


def outcome_text(outcome: Any, metric: str, lang: str) -> str:
    if outcome.ok:
        return metric_text(outcome.value, UNITS[metric], "ok", lang)
    return "—"


def shade(share: float) -> QColor:
    """From red (0, the lowest value) through pale yellow to green (1, the highest)."""
    low, mid, high = np.array([244, 199, 195]), np.array([255, 248, 225]), \
        np.array([200, 230, 201])
    rgb = low + (mid - low) * share * 2 if share < 0.5 else mid + (high - mid) * (share - .5) * 2
    return QColor(*[int(v) for v in rgb])


class SensitivityPane(AnalysisPane):
    KEY = "sensitivity"
    KINDS = ("sensitivity", "two_way")

    def __init__(self, state, runs, lang, parent=None):
        super().__init__(state, runs, lang, parent)
        settings = self._settings_side()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sensitivity.tabs")
        hint = tr("gui.analysis.tornado_hint", lang)
        self.tornado_chart = ChartView(hint, "sensitivity.tornado")
        self.spider_chart = ChartView(hint, "sensitivity.spider")
        self.tabs.addTab(self.tornado_chart, tr("gui.analysis.tab.tornado", lang))
        self.tabs.addTab(self.spider_chart, tr("gui.analysis.tab.spider", lang))
        self.tabs.addTab(self._two_way_side(), tr("gui.analysis.tab.two_way", lang))
        self.split(settings, self.tabs, (230, 520))
        self.restore()

    def _settings_side(self) -> QWidget:
        lang = self.lang
        side = QWidget()
        box = QVBoxLayout(side)
        box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(SettingsForm(self.state, "sensitivity", lang,
                                   ("metric", "spider_steps")))
        row.addStretch(1)
        column = QVBoxLayout()
        self.run_button = button(tr("gui.analysis.run_sensitivity", lang),
                                 "sensitivity.run", self.run_sensitivity)
        self.run_button.setDefault(True)
        column.addWidget(self.run_button)
        column.addWidget(button(tr("gui.analysis.load_defaults", lang),
                                "sensitivity.defaults", self.load_defaults))
        row.addLayout(column)
        box.addLayout(row)
        box.addWidget(label(tr("gui.analysis.inputs_hint", lang), "hint", wrap=True))
        self.inputs = SettingsTable(self.state, "sensitivity", "inputs", lang)
        box.addWidget(self.inputs, 1)
        return side

    def _two_way_side(self) -> QWidget:
        lang = self.lang
        side = QWidget()
        box = QVBoxLayout(side)
        row = QHBoxLayout()
        self.two_way_form = SettingsForm(self.state, "two_way", lang)
        for name in ("row_path", "column_path"):
            self.two_way_form.editors[name].set_none_text(
                tr("gui.analysis.default_input_unknown", lang))
        row.addWidget(self.two_way_form)
        row.addStretch(1)
        self.two_way_button = button(tr("gui.analysis.run_two_way", lang), "two_way.run",
                                     self.run_two_way)
        row.addWidget(self.two_way_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(row)
        self.table_title = label(tr("gui.analysis.two_way_hint", lang), "heading", wrap=True)
        box.addWidget(self.table_title)
        self.table = QTableWidget()
        self.table.setObjectName("two_way.table")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        box.addWidget(self.table, 1)
        return side

    # ----------------------------------------------------------------------------- running

    def inputs_of(self, kind: str) -> tuple[Any, Any]:
        return self.state.model, getattr(self.settings, kind)

    def run_sensitivity(self) -> bool:
        return self.start("sensitivity", tasks.sensitivity, self.state.model,
                          self.settings.sensitivity)

    def run_two_way(self) -> bool:
        return self.start("two_way", tasks.two_way, self.state.model, self.settings.two_way)

    def run_again(self) -> None:
        if self.is_stale("sensitivity"):
            self.run_sensitivity()
        elif self.is_stale("two_way"):
            self.run_two_way()

    def load_defaults(self) -> None:
        """Put the model's default inputs in the table, to adjust them."""
        from ...analysis.defaults import default_inputs
        try:
            chosen = default_inputs(self.state.model)
        except ValueError as problem:
            self.run_bar.say(problem_text(problem, self.lang), problem=True)
            return
        analyses = with_setting(self.settings, "sensitivity", inputs=chosen)
        self.state.set_part("analyses", analyses, tr("gui.analysis.defaults_loaded", self.lang))

    # ----------------------------------------------------------------------------- showing

    def show_run(self, kind: str, run: Run) -> None:
        if kind == "sensitivity":
            self._show_charts(run)
        else:
            self._show_table(run)

    def _show_charts(self, run: Run) -> None:
        tornado, spider = run.value
        model, lang = run.model, self.lang
        shown = measure(tornado.metric, model, lang)
        bars = [TornadoBar(short_label(b.path, lang, model), b.low.value, b.high.value,
                           input_text(model, b.path, b.input_low, lang),
                           input_text(model, b.path, b.input_high, lang))
                for b in tornado.bars]
        self.tornado_chart.show_figure(tornado_figure(bars, tornado.base.value, shown, lang))
        lines = [(short_label(line.path, lang, model), line.values) for line in spider.lines]
        self.spider_chart.show_figure(spider_figure(spider.steps, lines, shown, lang))
        if self.tabs.currentIndex() == 2:
            self.tabs.setCurrentIndex(0)

    def _show_table(self, run: Run) -> None:
        result, model, lang = run.value, run.model, self.lang
        table = self.table
        table.clear()
        table.setRowCount(len(result.row_values))
        table.setColumnCount(len(result.column_values))
        table.setVerticalHeaderLabels([input_text(model, result.row_path, v, lang)
                                       for v in result.row_values])
        table.setHorizontalHeaderLabels([input_text(model, result.column_path, v, lang)
                                         for v in result.column_values])
        for name in ("row_path", "column_path"):
            if not getattr(run.settings, name):
                self.two_way_form.editors[name].set_none_text(tr(
                    "gui.analysis.default_input", lang,
                    input=paths.label(getattr(result, name), lang, model)))
        self.table_title.setText(tr(
            "gui.analysis.two_way_title", lang, metric=tr(f"metric.{result.metric}", lang),
            rows=paths.label(result.row_path, lang, model),
            columns=paths.label(result.column_path, lang, model)))
        values = result.values
        finite = values[np.isfinite(values)]
        lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 0.0)
        bold = QFont()
        bold.setBold(True)
        for i, row in enumerate(result.outcomes):
            for j, cell in enumerate(row):
                item = QTableWidgetItem(outcome_text(cell, result.metric, lang))
                item.setTextAlignment(RIGHT)
                if cell.ok:
                    share = 0.5 if hi == lo else (cell.value - lo) / (hi - lo)
                    item.setBackground(QBrush(shade(share)))
                else:
                    item.setToolTip(cell.reason(lang))
                if (math.isclose(result.row_values[i], result.row_base)
                        and math.isclose(result.column_values[j], result.column_base)):
                    item.setFont(bold)
                    item.setToolTip(tr("gui.analysis.base_case", lang))
                table.setItem(i, j, item)
        self.tabs.setCurrentIndex(2)
