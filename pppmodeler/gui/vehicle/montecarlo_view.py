"""The vehicle's Monte Carlo tab: how to sample, the distribution of each portfolio factor,
a run in the background with progress and Cancel (:mod:`pppmodeler.vehicle.montecarlo`), and
the percentiles of the vehicle's metrics, the probability of missing each hurdle and the
histogram of a chosen metric. The settings are ``vehicle.montecarlo``, edited undoably like
every term; a result whose vehicle has changed since is kept and marked out of date."""

from __future__ import annotations

import math
from dataclasses import fields, replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...charts.analysis import Measure, histogram_figure
from ...fileformat import references
from ...i18n import tr
from ...i18n.messages import in_language
from ...present import metric_text, number
from ...vehicle.consolidation import UNITS
from ...vehicle.terms import Factor, Factors, MonteCarlo
from ..analysis.montecarlo_pane import COLUMNS, fill, percent, read_only_table
from ..analysis.pane import ChartView, RunBar, problem_text
from ..analysis.settings_form import choice_text
from ..worker import TaskRunner
from .declared import DeclaredForm, FieldEditor
from .state import VehicleState

GENERAL = ("iterations", "seed", "sampling", "idiosyncratic_sd")
FACTOR_FIELDS = ("kind", "low", "mode", "high", "mean", "sd")


def run_montecarlo(vehicle: Any, folder: Any, progress) -> Any:
    """The run, as the background task calls it (imported when it runs)."""
    from ...vehicle import montecarlo

    with references.explaining(vehicle, folder):
        return montecarlo.run(vehicle, folder=folder, progress=progress)


class MonteCarloTab(QWidget):
    def __init__(self, state: VehicleState, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.state, self.lang = state, lang
        self.result: Any = None
        self.ran_on: Any = None
        self._running_on: Any = None
        self.runner = TaskRunner(self)
        self.runner.progress.connect(lambda f, _w: self.run_bar.set_progress(f))
        self.runner.running.connect(self._running)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(
            lambda: self.run_bar.say(tr("gui.analysis.cancelled", lang)))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        self.banner = QFrame()
        self.banner.setObjectName("vehicle_mc.stale")
        self.banner.setProperty("banner", "stale")
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(10, 4, 6, 4)
        stale = QLabel(tr("gui.vehicle.mc_stale", lang))
        stale.setWordWrap(True)
        row.addWidget(stale, 1)
        rerun = QPushButton(tr("gui.analysis.run_again", lang))
        rerun.setObjectName("vehicle_mc.rerun")
        rerun.clicked.connect(self.run)
        row.addWidget(rerun)
        self.banner.setVisible(False)
        outer.addWidget(self.banner)
        self.run_bar = RunBar("vehicle_mc", lang, self.runner.cancel)
        outer.addWidget(self.run_bar)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._settings())
        splitter.addWidget(self._results())
        splitter.setSizes([400, 360])
        outer.addWidget(splitter, 1)
        state.changed.connect(self.refresh)
        self.refresh()

    # ---------------------------------------------------------------------------- settings

    def _currency(self) -> str:
        return self.state.vehicle.setup.currency_unit

    def _put_settings(self, settings: MonteCarlo, what: str) -> bool:
        return self.state.set_section("montecarlo", settings,
                                      tr("gui.edit", self.lang, what=what))

    def _settings(self) -> QWidget:
        """The general settings above the factors, scrolled: side by side they were wider
        than a laptop screen."""
        lang = self.lang
        box = QWidget()
        row = QVBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.general = DeclaredForm(MonteCarlo, lambda: self.state.vehicle.montecarlo,
                                    self._put_settings, lang, self._currency, "vehicle_mc",
                                    GENERAL)
        left = QVBoxLayout()
        left.addWidget(self.general)
        self.run_button = QPushButton(tr("gui.vehicle.run_montecarlo", lang))
        self.run_button.setObjectName("vehicle_mc.run")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        left.addWidget(self.run_button, 0, Qt.AlignmentFlag.AlignLeft)
        row.addLayout(left)
        row.addWidget(self._factors())
        row.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("vehicle_mc.settings")
        scroll.setWidget(box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        return scroll

    def _factors(self) -> QWidget:
        """One row per factor, one column per parameter of its distribution."""
        lang = self.lang
        box = QWidget()
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(6)
        heading = QLabel(tr("gui.vehicle.factors", lang))
        heading.setObjectName("heading")
        grid.addWidget(heading, 0, 0)
        shown = [f for f in fields(Factor) if f.name in FACTOR_FIELDS]
        for c, f in enumerate(shown, 1):
            grid.addWidget(QLabel(f.metadata[lang]), 0, c)
        self.factor_rows: list[FieldEditor] = []
        for r, factor in enumerate(fields(Factors), 1):
            grid.addWidget(QLabel(factor.metadata[lang]), r, 0)
            get = lambda n=factor.name: getattr(self.state.vehicle.montecarlo.factors, n)
            put = lambda new, what, n=factor.name, title=factor.metadata[lang]: \
                self._put_settings(replace(self.state.vehicle.montecarlo, factors=replace(
                    self.state.vehicle.montecarlo.factors, **{n: new})), f"{title} › {what}")
            cls = type(get())
            for c, f in enumerate([g for g in fields(cls) if g.name in FACTOR_FIELDS], 1):
                editor = FieldEditor(f, get, put, lang, self._currency,
                                     f"vehicle_mc.factors.{factor.name}.{f.name}")
                editor.editor.setMinimumWidth(130 if f.name == "kind" else 70)
                editor.editor.setMaximumWidth(170 if f.name == "kind" else 90)
                editor.on_problem = lambda text, t=factor.metadata[lang]: \
                    self.factor_problem.setText(f"{t}: {text}" if text else "")
                grid.addWidget(editor.editor, r, c)
                self.factor_rows.append(editor)
        self.factor_problem = QLabel("")
        self.factor_problem.setObjectName("fieldMessage")
        self.factor_problem.setWordWrap(True)
        grid.addWidget(self.factor_problem, len(fields(Factors)) + 1, 0, 1, 7)
        hint = QLabel(tr("gui.vehicle.factors_hint", lang))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        grid.addWidget(hint, len(fields(Factors)) + 2, 0, 1, 7)
        grid.setColumnStretch(7, 1)
        return box

    def refresh(self) -> None:
        self.general.refresh()
        for editor in self.factor_rows:
            editor.refresh()
        self.banner.setVisible(self.result is not None and self.ran_on is not None
                               and self.ran_on != self.state.vehicle)

    # ----------------------------------------------------------------------------- results

    def _results(self) -> QWidget:
        lang = self.lang
        side = QWidget()
        box = QVBoxLayout(side)
        box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.summary = QLabel("")
        self.summary.setObjectName("heading")
        self.summary.setWordWrap(True)
        row.addWidget(self.summary, 1)
        row.addWidget(QLabel(tr("gui.analysis.chart_metric", lang)))
        self.metric = QComboBox()
        self.metric.setObjectName("vehicle_mc.metric")
        for name in UNITS:
            self.metric.addItem(tr(f"vehicle.metric.{name}", lang), name)
        self.metric.setCurrentIndex(self.metric.findData("district_gain"))
        self.metric.activated.connect(lambda _i: self._draw())
        row.addWidget(self.metric)
        box.addLayout(row)
        # before a run, what to do; after a run in which nothing varies, that it did not
        self.guide = QFrame()
        self.guide.setObjectName("vehicle_mc.guide")
        line = QHBoxLayout(self.guide)
        line.setContentsMargins(10, 4, 6, 4)
        self.guide_text = QLabel(tr("gui.vehicle.mc_guide", lang,
                                    run=tr("gui.vehicle.run_montecarlo", lang)))
        self.guide_text.setObjectName("hint")
        self.guide_text.setWordWrap(True)
        self.guide_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        line.addWidget(self.guide_text, 1)
        box.addWidget(self.guide)
        tabs = QTabWidget()
        tabs.setObjectName("vehicle_mc.results")
        self.percentiles = read_only_table("vehicle_mc.percentiles")
        tabs.addTab(self.percentiles, tr("gui.analysis.tab.percentiles", lang))
        self.histogram = ChartView(tr("gui.vehicle.mc_hint", lang), "vehicle_mc.histogram")
        tabs.addTab(self.histogram, tr("gui.analysis.tab.distribution", lang))
        self.hurdles = read_only_table("vehicle_mc.hurdles")
        tabs.addTab(self.hurdles, tr("gui.analysis.tab.hurdle_results", lang))
        box.addWidget(tabs, 1)
        self.notes = QLabel("")
        self.notes.setObjectName("hint")
        self.notes.setWordWrap(True)
        box.addWidget(self.notes)
        return side

    def run(self) -> bool:
        vehicle = self.state.vehicle
        started = self.runner.start(run_montecarlo, vehicle, self.state.folder)
        if started:
            self._running_on = vehicle
        else:
            self.run_bar.say(tr("gui.analysis.busy", self.lang))
        return started

    def _running(self, running: bool) -> None:
        self.run_bar.set_running(running)
        self.run_button.setEnabled(not running)

    def _failed(self, error: BaseException) -> None:
        from ...vehicle.evaluate import VehicleError
        detail = error.text(self.lang) if isinstance(error, VehicleError) else \
            problem_text(error, self.lang)
        self.run_bar.say(tr("gui.analysis.failed", self.lang, detail=detail), problem=True)

    def _finished(self, result: Any) -> None:
        self.result, self.ran_on = result, self._running_on
        lang = self.lang
        self.run_bar.say(tr("gui.analysis.done", lang))
        refused = int(result.refused().sum())
        self.summary.setText(tr("gui.analysis.montecarlo_summary", lang,
                                n=number(result.n, lang, 0), refused=number(refused, lang, 0),
                                seed=result.settings.seed))
        frame = result.table()
        rows = []
        for metric in UNITS:
            cells = [number(frame.loc[metric, "missing"], lang, 0) if c == "missing"
                     else _metric(frame.loc[metric, c], metric, lang) for c in COLUMNS]
            rows.append((tr(f"vehicle.metric.{metric}", lang), cells))
        fill(self.percentiles, [tr(f"gui.analysis.column.{c}", lang) for c in COLUMNS], rows)
        hurdles = [(tr("gui.analysis.hurdle_row", lang,
                       metric=tr(f"vehicle.metric.{h.metric}", lang),
                       side=choice_text(h.side, lang),
                       threshold=metric_text(h.threshold, UNITS[h.metric], "ok", lang)),
                    [percent(p, lang)]) for h, p in result.hurdles()]
        fill(self.hurdles, [tr("gui.analysis.column.missed", lang)],
             hurdles or [(tr("gui.analysis.no_hurdles", lang), [""])])
        self.notes.setText("\n".join(in_language(n, self.lang) for n in result.notes))
        self._guide(result)
        self._draw()
        self.refresh()

    def _guide(self, result: Any) -> None:
        """Say so, above the results, when the run had no uncertainty (every factor a point
        mass, the defaults, and no own noise): its percentiles are all the same number."""
        if _certain(result):
            self.guide_text.setText(tr("gui.vehicle.mc_certain", self.lang,
                                       n=number(result.n, self.lang, 0)))
            self.guide_text.setObjectName("")
            self.guide.setProperty("banner", "stale")
        else:
            self.guide_text.setText("")
            self.guide.setProperty("banner", None)
        for widget in (self.guide, self.guide_text):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.guide.setVisible(bool(self.guide_text.text()))

    def _draw(self) -> None:
        if self.result is None:
            return
        if _certain(self.result):
            # one bar whose every tick reads the same number says nothing: say why instead
            self.histogram.show_hint(tr("gui.vehicle.mc_certain_chart", self.lang))
            return
        metric, lang = self.metric.currentData(), self.lang
        shown = Measure(tr(f"vehicle.metric.{metric}", lang), UNITS[metric],
                        tr(f"unit.{self.state.vehicle.setup.currency_unit}", lang))
        values = self.result.values(metric)
        counts, edges = self.result.histogram(metric) if values.size else ([], [0])
        thresholds = [h.threshold for h in self.result.settings.hurdles if h.metric == metric]
        self.histogram.show_figure(histogram_figure(counts, edges, shown, lang,
                                                    self.result.percentiles(metric),
                                                    thresholds))

    def wait(self, msecs: int = 5000) -> bool:
        self.runner.cancel()
        return self.runner.wait(msecs)


def _certain(result: Any) -> bool:
    from ...vehicle.montecarlo import without_uncertainty
    return without_uncertainty(result.settings)


def _metric(value: float, metric: str, lang: str) -> str:
    if value is None or math.isnan(value):
        return "—"
    return metric_text(float(value), UNITS[metric], "ok", lang)
