"""The Break-even page: solve any numeric input for a metric's target, or ask one of the
agency's named questions (maximum canon, maximum revenue share, minimum term, minimum grant).

The answer says the value, or plainly that there is none in the range searched with the metric
at both ends; a chart shows the metric over that range. "Apply to the model" sets the input to
the value found, as one undoable edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from ...core import paths
from ...core.metrics import UNITS
from ...core.specs import Spec
from ...i18n import tr
from ...present import metric_text
from .. import fields as fx
from .. import tasks
from ..forms import label
from .pane import AnalysisPane, ChartView, button, measure
from .runs import Run
from .sensitivity_pane import input_text
from .settings_form import SettingsForm, commit_setting

QUESTIONS = ("max_canon", "max_revenue_share", "min_term", "min_grant")


def target_spec(metric: str) -> Spec:
    """How a target is typed: a rate as a percentage, anything else as a number."""
    return Spec("number", "fraction" if UNITS[metric] == "rate" else "", -1e15, 1e15)


class BreakEvenPane(AnalysisPane):
    KEY = "breakeven"
    KINDS = ("breakeven",)

    def __init__(self, state, runs, lang, parent=None):
        super().__init__(state, runs, lang, parent)
        self.question: tuple = ()
        top = QHBoxLayout()
        top.addWidget(self._seek_box(), 3)
        top.addWidget(self._shortcuts_box(), 2)
        self.body.addLayout(top)
        self.answer_box = QFrame()
        self.answer_box.setObjectName("answerBox")
        answer_row = QHBoxLayout(self.answer_box)
        self.answer = label(tr("gui.analysis.no_answer", lang), "answer", wrap=True)
        self.answer.setObjectName("answer")
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        answer_row.addWidget(self.answer, 1)
        self.apply_button = button(tr("gui.analysis.apply", lang), "breakeven.apply",
                                   self.apply)
        self.apply_button.setEnabled(False)
        answer_row.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addWidget(self.answer_box)
        self.chart = ChartView(tr("gui.analysis.breakeven_hint", lang), "breakeven.chart")
        self.body.addWidget(self.chart, 1)
        state.parts_changed.connect(self._show_target)
        self._show_target()
        self.restore()

    def _seek_box(self) -> QWidget:
        lang = self.lang
        box = QGroupBox(tr("gui.analysis.seek", lang))
        column = QVBoxLayout(box)
        column.addWidget(SettingsForm(self.state, "goal_seek", lang, ("path", "metric")))
        grid = QGridLayout()
        self.target = QLineEdit()
        self.target.setObjectName("goal_seek.target")
        self.target.editingFinished.connect(self._target_typed)
        self.lo, self.hi = QLineEdit(), QLineEdit()
        self.lo.setObjectName("breakeven.lo")
        self.hi.setObjectName("breakeven.hi")
        for edit in (self.lo, self.hi):
            edit.setPlaceholderText(tr("gui.analysis.range_auto", lang))
        grid.addWidget(QLabel(tr("gui.analysis.target", lang)), 0, 0)
        grid.addWidget(self.target, 0, 1)
        grid.addWidget(QLabel(tr("gui.analysis.range", lang)), 1, 0)
        row = QHBoxLayout()
        row.addWidget(self.lo)
        row.addWidget(QLabel("—"))
        row.addWidget(self.hi)
        grid.addLayout(row, 1, 1)
        column.addLayout(grid)
        self.message = label("", "fieldMessage", wrap=True)
        column.addWidget(self.message)
        self.solve_button = button(tr("gui.analysis.solve", lang), "breakeven.solve",
                                   self.solve)
        column.addWidget(self.solve_button)
        self.state.parts_changed.connect(self._show_solvable)
        self.state.changed.connect(self._show_solvable)
        self._show_solvable()
        return box

    def _show_solvable(self) -> None:
        """Solve is offered once an input to solve is chosen; until then its tooltip says
        where to choose it."""
        chosen = bool(self.settings.goal_seek.path)
        self.solve_button.setEnabled(chosen)
        self.solve_button.setToolTip(tr("gui.analysis.solve_tip" if chosen
                                        else "gui.analysis.solve_needs_input", self.lang))
        if chosen and self.message.text() == tr("gui.analysis.solve_needs_input", self.lang):
            self.message.setText("")

    def _shortcuts_box(self) -> QWidget:
        box = QGroupBox(tr("gui.analysis.questions", self.lang))
        column = QVBoxLayout(box)
        for name in QUESTIONS:
            b = button(tr(f"gui.analysis.question.{name}", self.lang), f"breakeven.{name}",
                       lambda _c=False, n=name: self.ask(n))
            b.setToolTip(tr("gui.analysis.question_tip", self.lang))
            column.addWidget(b)
        column.addStretch(1)
        return box

    # ---------------------------------------------------------------------------- settings

    def _show_target(self) -> None:
        seek = self.settings.goal_seek
        self.target.setText(fx.shown(seek.target, target_spec(seek.metric), self.lang))

    def _target_typed(self) -> None:
        seek = self.settings.goal_seek
        try:
            value = fx.read(self.target.text(), target_spec(seek.metric), self.lang)
        except fx.FieldProblem as problem:
            self.message.setText(str(problem))
            return
        self.message.setText("")
        commit_setting(self.state, "goal_seek", "target", value,
                       tr("gui.analysis.target", self.lang), self.lang)

    def _range_end(self, edit: QLineEdit, path: str) -> float | None:
        if not edit.text().strip():
            return None
        spec = paths.spec_at(path)
        return fx.read(edit.text(), Spec("number", spec.unit), self.lang)

    # ----------------------------------------------------------------------------- running

    def inputs_of(self, kind: str) -> tuple[Any, Any]:
        return self.state.model, self.question

    def solve(self) -> bool:
        seek = self.settings.goal_seek
        if not seek.path:
            self.message.setText(tr("gui.analysis.solve_needs_input", self.lang))
            return False
        try:
            lo, hi = (self._range_end(e, seek.path) if seek.path else None
                      for e in (self.lo, self.hi))
        except fx.FieldProblem as problem:
            self.message.setText(str(problem))
            return False
        self.question = ("seek", seek.path, seek.metric, seek.target, lo, hi)
        return self.start("breakeven", tasks.break_even, self.state.model, self.question)

    def ask(self, name: str) -> bool:
        self.question = ("shortcut", name)
        return self.start("breakeven", tasks.break_even, self.state.model, self.question)

    def run_again(self) -> None:
        run = self.runs.results.get("breakeven")
        if run is not None:
            self.question = run.settings
            self.start("breakeven", tasks.break_even, self.state.model, self.question)

    def inputs_changed(self) -> None:
        run = self.runs.results.get("breakeven") if hasattr(self, "runs") else None
        if run is not None and not self.question:
            self.question = run.settings
        super().inputs_changed()
        if hasattr(self, "apply_button"):
            self.apply_button.setEnabled(self._applicable())

    # ----------------------------------------------------------------------------- showing

    def _applicable(self) -> bool:
        run = self.runs.results.get("breakeven")
        return (run is not None and run.value[0].status == "solved"
                and not self.is_stale("breakeven") and not self.state.read_only)

    def show_run(self, kind: str, run: Run) -> None:
        solution, x, y = run.value
        model, lang = run.model, self.lang
        shown = measure(solution.metric, model, lang)
        spec = paths.spec_at(solution.path)
        what = paths.label(solution.path, lang, model)
        value_text = lambda v: input_text(model, solution.path, v, lang)  # noqa: E731
        unit = fx.unit_text(spec.unit, lang, model.property.currency_unit)
        unit = "" if spec.unit == "fraction" else f" {unit}"
        metric = tr(f"metric.{solution.metric}", lang)
        target = metric_text(solution.target, UNITS[solution.metric], "ok", lang)
        if solution.status == "solved":
            text = tr("gui.analysis.solved", lang, what=what,
                      value=value_text(solution.value) + unit, metric=metric,
                      achieved=metric_text(solution.achieved, UNITS[solution.metric], "ok",
                                           lang), target=target)
            if solution.note:
                text += "\n" + solution.note_text(lang)
        else:
            ends = [metric_text(e.value, UNITS[solution.metric], "ok", lang) if e.ok
                    else e.reason(lang) for e in (solution.at_low, solution.at_high)]
            text = tr("gui.analysis.no_solution", lang, what=what, metric=metric,
                      target=target, lo=value_text(solution.low) + unit,
                      hi=value_text(solution.high) + unit, at_lo=ends[0], at_hi=ends[1])
            if solution.note:
                text += "\n" + solution.note_text(lang)
        warnings = [m.text(lang) for m in solution.messages]
        if warnings:
            text += "\n" + "\n".join(f"⚠ {w}" for w in warnings)
        self.answer.setText(text)
        self.answer_box.setProperty("found", "true" if solution.status == "solved"
                                    else "false")
        self.answer_box.style().unpolish(self.answer_box)
        self.answer_box.style().polish(self.answer_box)
        self.chart.show_figure(_figure(solution, x, y, shown, what, value_text, lang))
        self.apply_button.setEnabled(self._applicable())

    def apply(self) -> bool:
        """Set the input to the value found (one undoable edit)."""
        run = self.runs.results.get("breakeven")
        if run is None or not self._applicable():
            return False
        solution = run.value[0]
        value = solution.value
        if paths.spec_at(solution.path).kind == "integer":
            value = int(round(value))
        what = paths.label(solution.path, self.lang, self.state.model)
        return self.state.edit(solution.path, value, tr("gui.analysis.applied", self.lang,
                                                        what=what))


def _figure(solution, x, y, shown, what, value_text, lang):
    from ...charts.analysis import break_even_figure
    value = solution.value if solution.status == "solved" else None
    return break_even_figure(x, y, solution.target, shown, what, value_text, lang, value)
