"""What every analysis pane has: a title and a line on what it answers, a banner when its
results are out of date, a progress bar with Cancel while it runs, the reason when a run fails,
charts that say what to do before there is anything to draw, and pickers of inputs and metrics.
"""

from __future__ import annotations

from typing import Any, Callable

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QCompleter, QFrame, QHBoxLayout, QLabel,
                               QProgressBar, QPushButton, QSizePolicy, QSplitter,
                               QVBoxLayout, QWidget)

from ...charts.analysis import Measure
from ...core import paths
from ...core.metrics import UNITS
from ...core.results import ModelError
from ...i18n import tr
from ...i18n.messages import in_language
from ..forms import page_header
from ..state import ModelState
from .runs import AnalysisRuns, Run


def measure(metric: str, model: Any, lang: str) -> Measure:
    """How the charts show ``metric`` of ``model``."""
    return Measure(tr(f"metric.{metric}", lang), UNITS[metric],
                   tr(f"unit.{model.property.currency_unit}", lang))


def problem_text(error: BaseException, lang: str) -> str:
    """Why a run failed, in words: the engine's messages in ``lang``, an analysis's own
    message in ``lang`` (errors with ``text(lang)``), else the error's text."""
    if isinstance(error, ModelError):
        return "\n".join(m.text(lang) for m in error.messages)
    if isinstance(error, (ImportError, AttributeError)):
        return tr("gui.analysis.unavailable", lang, detail=str(error))
    return in_language(error, lang) or type(error).__name__


class MetricBox(QComboBox):
    """A choice of metric, shown by its name; ``metric()`` is the chosen key."""

    def __init__(self, lang: str, current: str = "equity_irr", name: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        for key in UNITS:
            self.addItem(tr(f"metric.{key}", lang), key)
        self.set_metric(current)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def current_metric(self) -> str:
        return self.currentData()

    def set_metric(self, key: str) -> None:
        self.blockSignals(True)
        self.setCurrentIndex(max(0, self.findData(key)))
        self.blockSignals(False)


# The model last asked about with its structure, and the choices of each structure and
# language: every picker of every pane refills after each edit, and an edit of a value leaves
# the labels as they were (building them takes milliseconds per picker).
_LAST: list = [None, ()]
_CHOICES: dict = {}


def input_choices(model: Any, lang: str) -> tuple[tuple[str, str], ...]:
    """``(label, path)`` of every numeric input of ``model`` (see ``paths.numeric_paths``)."""
    if _LAST[0] is not model:
        _LAST[:] = [model, paths.structure(model)]
    key = (lang, _LAST[1])
    choices = _CHOICES.get(key)
    if choices is None:
        if len(_CHOICES) > 32:
            _CHOICES.clear()
        choices = _CHOICES[key] = tuple((paths.label(p, lang, model), p)
                                        for p in paths.numeric_paths(model))
    return choices


class InputPicker(QComboBox):
    """A choice among the numeric inputs of the model, shown by their labels
    (``Financiación › Tasa de interés``); type part of a label to filter. ``path()`` is the
    chosen input's path (lines by position), "" when none."""

    def __init__(self, model: Any, lang: str, name: str = "", allow_none: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.lang = lang
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(34)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._none = allow_none
        self._choices: tuple = ()
        self.lineEdit().setPlaceholderText(tr("gui.analysis.choose_input", lang))
        self.fill(model)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def fill(self, model: Any) -> None:
        """The inputs of ``model`` to choose from, the choice kept (refilled only when the
        model's structure changed the list)."""
        choices = input_choices(model, self.lang)
        if choices is self._choices:
            return
        current = self.path() if self.count() else ""
        self.blockSignals(True)
        self.clear()
        if self._none:
            self.addItem(self._none, "")
        for text, path in choices:
            self.addItem(text, path)
            self.setItemData(self.count() - 1, path, Qt.ItemDataRole.ToolTipRole)
        self._choices = choices
        self.blockSignals(False)
        self.set_path(current, model)

    def set_none_text(self, text: str) -> None:
        """What the first choice, no input, says (``(predeterminado: Canon fijo anual)``)."""
        if not self._none or text == self._none:
            return
        self._none = text
        self.blockSignals(True)
        self.setItemText(0, text)
        if self.currentIndex() == 0:
            self.setEditText(text)
            self.lineEdit().setCursorPosition(0)
        self.blockSignals(False)

    def path(self) -> str:
        data = self.currentData()
        if data is None or self.currentText() != self.itemText(self.currentIndex()):
            return ""
        return data

    def set_path(self, path: str, model: Any = None) -> None:
        """Select ``path`` (a path by line name is found by position in ``model``)."""
        if path and model is not None:
            try:
                path = paths.canonical(model, path)
            except paths.PathError:
                path = ""
        self.blockSignals(True)
        self.setCurrentIndex(max(0, self.findData(path)) if path or self._none else -1)
        self.blockSignals(False)


class ChartView(QWidget):
    """One chart: a hint of what to do until there is a figure, then the figure."""

    def __init__(self, hint: str, name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel(hint)
        self.hint.setObjectName("chartHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.box.addWidget(self.hint)
        self.canvas: FigureCanvasQTAgg | None = None
        self.figure: Figure | None = None
        self.setMinimumSize(360, 200)        # a 1366 × 768 laptop fits the window
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_figure(self, figure: Figure) -> None:
        """A new canvas per figure: the canvas sets the figure's size and pixel ratio."""
        canvas = FigureCanvasQTAgg(figure)
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        if self.canvas is not None:
            self.box.removeWidget(self.canvas)
            self.canvas.hide()
            self.canvas.deleteLater()
        self.hint.hide()
        self.canvas, self.figure = canvas, figure
        self.box.addWidget(canvas)

    def show_hint(self, text: str) -> None:
        """No figure: ``text`` says why (an empty vehicle) or what to do."""
        if self.canvas is not None:
            self.box.removeWidget(self.canvas)
            self.canvas.hide()
            self.canvas.deleteLater()
        self.canvas = self.figure = None
        self.hint.setText(text)
        self.hint.show()


class RunBar(QWidget):
    """A progress bar, a Cancel button and a line saying what happens, for one pane."""

    def __init__(self, key: str, lang: str, cancel: Callable[[], None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.bar = QProgressBar()
        self.bar.setObjectName(f"{key}.progress")
        self.bar.setRange(0, 100)
        self.bar.setFixedWidth(220)
        self.cancel = QPushButton(tr("gui.analysis.cancel", lang))
        self.cancel.setObjectName(f"{key}.cancel")
        self.cancel.clicked.connect(cancel)
        self.status = QLabel("")
        self.status.setObjectName(f"{key}.status")
        self.status.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar)
        row.addWidget(self.cancel)
        row.addWidget(self.status, 1)
        self.set_running(False)

    def set_running(self, running: bool) -> None:
        self.bar.setVisible(running)
        self.cancel.setVisible(running)
        if running:
            self.bar.setRange(0, 0)
            self.status.setText(tr("gui.analysis.running", self.lang))

    def set_progress(self, fraction: float) -> None:
        if fraction > 0:
            self.bar.setRange(0, 100)
            self.bar.setValue(round(fraction * 100))

    def say(self, text: str, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("problem", problem)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)


class AnalysisPane(QWidget):
    """The frame of one analysis page. Subclasses fill :attr:`body`, name the analyses they
    show (``KINDS``) with :meth:`inputs_of` (the model and settings a result depends on) and
    draw a result in :meth:`show_run`."""

    KEY = ""
    KINDS: tuple[str, ...] = ()

    def __init__(self, state: ModelState, runs: AnalysisRuns, lang: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.state, self.runs, self.lang = state, runs, lang
        self.setObjectName(f"pane.{self.KEY}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        page_header(outer, self.KEY, lang)
        self.banner = QFrame()
        self.banner.setObjectName(f"{self.KEY}.stale")
        self.banner.setProperty("banner", "stale")
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(10, 4, 6, 4)
        self.banner_text = QLabel(tr("gui.analysis.stale", lang))
        self.banner_text.setWordWrap(True)
        banner_row.addWidget(self.banner_text, 1)
        self.rerun = QPushButton(tr("gui.analysis.run_again", lang))
        self.rerun.setObjectName(f"{self.KEY}.rerun")
        self.rerun.clicked.connect(self.run_again)
        banner_row.addWidget(self.rerun)
        self.banner.setVisible(False)
        outer.addWidget(self.banner)
        self.run_bar = RunBar(self.KEY, lang, lambda: runs.cancel(self.KEY))
        outer.addWidget(self.run_bar)
        self.body = QVBoxLayout()
        outer.addLayout(self.body, 1)
        self.stale_kinds: set[str] = set()
        self._last_kind = ""
        runs.progress.connect(self._progress)
        runs.running.connect(self._running)
        runs.finished.connect(self._finished)
        runs.failed.connect(self._failed)
        runs.cancelled.connect(self._cancelled)
        state.changed.connect(self.inputs_changed)
        state.parts_changed.connect(self.inputs_changed)

    # ------------------------------------------------------------------ for the subclasses

    def split(self, top: QWidget, bottom: QWidget, sizes: tuple[int, int]) -> None:
        """The page's body: ``top`` above ``bottom``, the divider movable."""
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes(list(sizes))
        self.body.addWidget(splitter, 1)

    def inputs_of(self, kind: str) -> tuple[Any, Any]:
        """``(model, settings)`` that a result of ``kind`` depends on, as they are now."""
        raise NotImplementedError

    def show_run(self, kind: str, run: Run) -> None:
        raise NotImplementedError

    def run_again(self) -> None:
        """Run again the analyses whose results are out of date."""
        raise NotImplementedError

    def restore(self) -> None:
        """Show the results kept from before this pane was built (a language switch)."""
        for kind in self.KINDS:
            run = self.runs.results.get(kind)
            if run is not None:
                self.show_run(kind, run)
        self._running(self.KEY, self.runs.busy(self.KEY))
        self.inputs_changed()

    def start(self, kind: str, function: Callable, *args: Any) -> bool:
        model, settings = self.inputs_of(kind)
        self._last_kind = kind
        started = self.runs.start(self.KEY, kind, function, *args, model=model,
                                  settings=settings)
        if not started:
            self.run_bar.say(tr("gui.analysis.busy", self.lang))
        return started

    @property
    def settings(self) -> Any:
        return self.state.document.analyses

    # ------------------------------------------------------------------------------ state

    def inputs_changed(self) -> None:
        self.stale_kinds = {kind for kind in self.KINDS
                            if kind in self.runs.results
                            and self.runs.results[kind].stale(*self.inputs_of(kind))}
        self.banner.setVisible(bool(self.stale_kinds))

    def is_stale(self, kind: str) -> bool:
        return kind in self.stale_kinds

    def _running(self, pane: str, running: bool) -> None:
        if pane == self.KEY:
            self.run_bar.set_running(running)
            self.rerun.setEnabled(not running)

    def _progress(self, pane: str, fraction: float, _what: str) -> None:
        if pane == self.KEY:
            self.run_bar.set_progress(fraction)

    def _finished(self, pane: str, kind: str) -> None:
        if pane != self.KEY:
            return
        self.run_bar.say(tr("gui.analysis.done", self.lang))
        self.show_run(kind, self.runs.results[kind])
        self.inputs_changed()

    def _failed(self, pane: str, error: BaseException) -> None:
        if pane == self.KEY:
            self.run_bar.say(tr("gui.analysis.failed", self.lang,
                                detail=problem_text(error, self.lang)), problem=True)

    def _cancelled(self, pane: str) -> None:
        if pane == self.KEY:
            self.run_bar.say(tr("gui.analysis.cancelled", self.lang))


def button(text: str, name: str, slot: Callable, parent: QWidget | None = None) -> QPushButton:
    b = QPushButton(text, parent)
    b.setObjectName(name)
    b.clicked.connect(slot)
    return b


__all__ = ["AnalysisPane", "ChartView", "InputPicker", "MetricBox", "RunBar", "button",
           "measure", "problem_text"]
