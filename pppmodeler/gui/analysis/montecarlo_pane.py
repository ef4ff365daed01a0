"""The Monte Carlo page: the distributions of the uncertain inputs, their correlations, the
hurdles and how to sample (``document.analyses.montecarlo``, edited in place); a run in the
background with progress and Cancel; the histogram and cumulative curve of a chosen metric,
the percentiles of the headline metrics, the probability of missing each hurdle and the inputs
that drive the chosen metric's variance.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from ...charts.analysis import cdf_figure, histogram_figure
from ...core import paths
from ...core.metrics import UNITS
from ...core.results import HEADLINE
from ...i18n import tr
from ...i18n.messages import in_language
from ...present import metric_text, number
from .. import tasks
from ..forms import label
from .pane import AnalysisPane, ChartView, MetricBox, button, measure
from .runs import Run
from .settings_form import SettingsForm, SettingsTable, choice_text

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
COLUMNS = ("mean", "P5", "P10", "P50", "P90", "P95", "missing")


def percent(share: float, lang: str) -> str:
    return number(share * 100, lang, 1) + " %"


def fill(table: QTableWidget, headers: list[str], rows: list[tuple[str, list[str]]]) -> None:
    """A read-only table: a label per row (whole in its tooltip, and in the tooltips of the
    row's values), then right-aligned texts."""
    table.clear()
    table.setRowCount(len(rows))
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    for i, (name, cells) in enumerate(rows):
        head = QTableWidgetItem(name)
        head.setToolTip(name)
        table.setVerticalHeaderItem(i, head)
        for j, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setTextAlignment(RIGHT)
            item.setToolTip(name)
            table.setItem(i, j, item)
    if isinstance(table, ResultTable):
        table.fit_labels()


class ResultTable(QTableWidget):
    """A read-only table of results whose values are always shown whole: the value columns
    are as wide as their contents (and share what is left), and the labels of the rows take
    the rest, cut short with "…" when long (whole in the tooltip)."""

    MIN_LABEL = 110

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.fit_labels()

    def columns_width(self) -> int:
        """What the value columns need, shared equally (they stretch alike): the widest of
        their headers and texts, times their number."""
        header = self.horizontalHeader()
        return self.columnCount() * max(
            (max(header.sectionSizeHint(j), self.sizeHintForColumn(j))
             for j in range(self.columnCount())), default=0)

    def fit_labels(self) -> None:
        room = self.contentsRect().width() - self.columns_width()
        if self.verticalScrollBar().isVisible():
            room -= self.verticalScrollBar().width()
        self.verticalHeader().setMaximumWidth(max(self.MIN_LABEL, room))
        self.updateGeometries()


def read_only_table(name: str) -> QTableWidget:
    table = ResultTable()
    table.setObjectName(name)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setDefaultSectionSize(22)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


class MonteCarloPane(AnalysisPane):
    KEY = "montecarlo"
    KINDS = ("montecarlo",)

    def __init__(self, state, runs, lang, parent=None):
        super().__init__(state, runs, lang, parent)
        self.split(self._settings_side(), self._results_side(), (260, 520))
        self.restore()

    def _settings_side(self) -> QWidget:
        lang = self.lang
        tabs = QTabWidget()
        tabs.setObjectName("montecarlo.settings")
        general = QWidget()
        row = QHBoxLayout(general)
        row.addWidget(SettingsForm(self.state, "montecarlo", lang,
                                   ("iterations", "seed", "sampling")), 0,
                      Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        self.run_button = button(tr("gui.analysis.run_montecarlo", lang), "montecarlo.run",
                                 self.run)
        self.run_button.setDefault(True)
        row.addWidget(self.run_button, 0, Qt.AlignmentFlag.AlignTop)
        for name in ("distributions", "correlations", "hurdles"):
            page = QWidget()
            box = QVBoxLayout(page)
            box.addWidget(label(tr(f"gui.analysis.{name}_hint", lang), "hint", wrap=True))
            box.addWidget(SettingsTable(self.state, "montecarlo", name, lang), 1)
            tabs.addTab(page, tr(f"gui.analysis.tab.{name}", lang))
        tabs.insertTab(0, general, tr("gui.analysis.tab.sampling", lang))
        tabs.setCurrentIndex(0)
        return tabs

    def _results_side(self) -> QWidget:
        lang = self.lang
        side = QWidget()
        box = QVBoxLayout(side)
        box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.summary = label("", "heading", wrap=True)
        row.addWidget(self.summary, 1)
        row.addWidget(QLabel(tr("gui.analysis.chart_metric", lang)))
        self.metric = MetricBox(lang, "equity_irr", "montecarlo.metric")
        self.metric.activated.connect(lambda _i: self._draw())
        row.addWidget(self.metric)
        box.addLayout(row)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("montecarlo.results")
        charts = QWidget()
        charts_row = QHBoxLayout(charts)
        charts_row.setContentsMargins(0, 0, 0, 0)
        hint = tr("gui.analysis.montecarlo_hint", lang)
        self.histogram = ChartView(hint, "montecarlo.histogram")
        self.cdf = ChartView(hint, "montecarlo.cdf")
        charts_row.addWidget(self.histogram)
        charts_row.addWidget(self.cdf)
        self.tabs.addTab(charts, tr("gui.analysis.tab.distribution", lang))
        self.percentiles = read_only_table("montecarlo.percentiles")
        self.tabs.addTab(self.percentiles, tr("gui.analysis.tab.percentiles", lang))
        self.hurdles = read_only_table("montecarlo.hurdles")
        self.tabs.addTab(self.hurdles, tr("gui.analysis.tab.hurdle_results", lang))
        self.drivers = read_only_table("montecarlo.drivers")
        self.tabs.addTab(self.drivers, tr("gui.analysis.tab.drivers", lang))
        box.addWidget(self.tabs, 1)
        self.notes = label("", "hint", wrap=True)
        box.addWidget(self.notes)
        return side

    # ----------------------------------------------------------------------------- running

    def inputs_of(self, kind: str) -> tuple[Any, Any]:
        return self.state.model, self.settings.montecarlo

    def run(self) -> bool:
        return self.start("montecarlo", tasks.montecarlo, self.state.model,
                          self.settings.montecarlo)

    def run_again(self) -> None:
        self.run()

    # ----------------------------------------------------------------------------- showing

    def show_run(self, kind: str, run: Run) -> None:
        result, lang = run.value, self.lang
        refused = int(result.refused().sum())
        self.summary.setText(tr("gui.analysis.montecarlo_summary", lang,
                                n=number(result.n, lang, 0), refused=number(refused, lang, 0),
                                seed=result.settings.seed))
        self._fill_percentiles(result)
        self._fill_hurdles(result)
        self.notes.setText("\n".join([*(in_language(n, lang) for n in result.notes), *(
            tr("gui.analysis.refusal", lang, n=count, reason=m.text(lang))
            for m, count in result.refusals()[:3])]))
        self._draw()

    def _fill_percentiles(self, result: Any) -> None:
        from ...analysis.mcresult import table
        lang = self.lang
        frame = table(result, HEADLINE)
        rows = []
        for metric in HEADLINE:
            cells = [number(frame.loc[metric, "missing"], lang, 0) if c == "missing"
                     else _metric(frame.loc[metric, c], metric, lang) for c in COLUMNS]
            rows.append((tr(f"metric.{metric}", lang), cells))
        fill(self.percentiles, [tr(f"gui.analysis.column.{c}", lang) for c in COLUMNS], rows)

    def _fill_hurdles(self, result: Any) -> None:
        lang = self.lang
        rows = []
        for hurdle, probability in result.hurdles():
            threshold = metric_text(hurdle.threshold, UNITS[hurdle.metric], "ok", lang)
            name = tr("gui.analysis.hurdle_row", lang, metric=tr(f"metric.{hurdle.metric}",
                                                                  lang),
                      side=choice_text(hurdle.side, lang), threshold=threshold)
            rows.append((name, [percent(probability, lang)]))
        if not rows:
            rows = [(tr("gui.analysis.no_hurdles", lang), [""])]
        fill(self.hurdles, [tr("gui.analysis.column.missed", lang)], rows)

    def _draw(self) -> None:
        run = self.runs.results.get("montecarlo")
        if run is None:
            return
        result, model, lang = run.value, run.model, self.lang
        metric = self.metric.current_metric()
        shown = measure(metric, model, lang)
        thresholds = [h.threshold for h in result.settings.hurdles if h.metric == metric]
        counts, edges = result.histogram(metric) if result.values(metric).size else ([], [0])
        self.histogram.show_figure(histogram_figure(counts, edges, shown, lang,
                                                    result.percentiles(metric), thresholds))
        x, p = result.cdf(metric)
        self.cdf.show_figure(cdf_figure(x, p, shown, lang, thresholds))
        drivers = result.drivers(metric)
        rows = [(paths.label(path, lang, model),
                 [number(row.rank_correlation, lang, 2), percent(row.share, lang)])
                for path, row in drivers.iterrows()]
        fill(self.drivers, [tr("gui.analysis.column.rank_correlation", lang),
                            tr("gui.analysis.column.share", lang)], rows)


def _metric(value: float, metric: str, lang: str) -> str:
    if value is None or math.isnan(value):
        return "—"
    return metric_text(float(value), UNITS[metric], "ok", lang)
