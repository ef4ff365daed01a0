"""What the window shows of the results: metric cards with traffic lights, the warnings in plain
words, the period statements and the charts. Each view takes a ``Results`` (or the error that
prevented one) and redraws itself; none of them computes anything."""

from __future__ import annotations

from typing import Any, Callable

import numpy as np
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QGridLayout, QLabel, QListWidget,
                               QListWidgetItem, QSizePolicy, QStyle, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ..charts import BUILDERS
from ..core.metrics import UNITS
from ..i18n import tr
from ..present import AMBER, NEUTRAL, hurdle, light, metric_text, number

CARDS = ("project_irr", "equity_irr", "project_npv", "equity_npv", "district_npv", "min_dscr",
         "payback_years", "peak_debt")
LIGHT_TEXT = {"green": "gui.light_green", "amber": "gui.light_amber", "red": "gui.light_red",
              "neutral": ""}


class MetricCard(QFrame):
    """One headline metric: its name, value, and the hurdle it is judged against;
    ``title`` replaces the metric's name (a vehicle's metric)."""

    def __init__(self, name: str, lang: str, parent=None, title: str = ""):
        super().__init__(parent)
        self.name, self.lang = name, lang
        self.setObjectName(f"card.{name}")
        self.setProperty("light", NEUTRAL)
        self.title = QLabel(title or tr(f"metric.{name}", lang))
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        self.value = QLabel("…")
        self.value.setObjectName("cardValue")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value.setWordWrap(True)        # a status ("sin socio privado") never cut off
        self.note = QLabel("")
        self.note.setObjectName("cardNote")
        self.note.setWordWrap(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(10, 6, 8, 6)
        box.setSpacing(1)
        box.addWidget(self.title)
        box.addWidget(self.value)
        box.addWidget(self.note)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def show_value(self, results: Any) -> None:
        unit = UNITS[self.name]
        value = results.metric(self.name)
        self.value.setText(metric_text(value, unit, results.status(self.name), self.lang))
        state = light(self.name, value, results.model)
        limit = hurdle(self.name, results.model)
        note = ""
        if limit is not None:
            limit_text = metric_text(limit, "multiple" if unit == "multiple" else unit, "ok",
                                     self.lang)
            note = tr(f"gui.hurdle.{self.name}", self.lang, value=limit_text)
            # A metric that does not exist is not "borderline": its status says why, the
            # note says where to look.
            said = "gui.light_missing" if value is None and state == AMBER else LIGHT_TEXT[state]
            if said:
                note = tr(said, self.lang) + " · " + note
        if unit == "money":
            currency = tr(f"unit.{results.model.property.currency_unit}", self.lang)
            note = f"{currency} · {note}" if note else currency
        self.note.setText(note)
        self._light(state)

    def show_stale(self) -> None:
        self.value.setText("—")
        self.note.setText(tr("gui.not_evaluated", self.lang))
        self._light(NEUTRAL)

    def show_blank(self) -> None:
        """A dash and no note: nothing to show yet, and nothing wrong."""
        self.value.setText("—")
        self.note.setText("")
        self._light(NEUTRAL)

    def _light(self, state: str) -> None:
        """The card's colour, and its whole text as a tooltip (a narrow panel may wrap it)."""
        self.note.setVisible(bool(self.note.text()))
        self.setToolTip("\n".join(t for t in (self.title.text(), self.value.text(),
                                               self.note.text()) if t))
        self.setProperty("light", state)
        self.style().unpolish(self)
        self.style().polish(self)


class MetricCards(QWidget):
    """The headline cards, in a column (beside the forms) or a grid."""

    def __init__(self, lang: str, columns: int = 1, parent=None):
        super().__init__(parent)
        self.cards = {name: MetricCard(name, lang) for name in CARDS}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i // columns, i % columns)
        grid.setRowStretch(len(CARDS), 1)

    def show_results(self, results: Any) -> None:
        for card in self.cards.values():
            card.show_value(results)

    def show_error(self) -> None:
        for card in self.cards.values():
            card.show_stale()


class MessagesList(QListWidget):
    """The guardrail warnings and errors, in plain words; activating one with an input path
    asks the window to go to that input (``go_to(path)``)."""

    go_to = Signal(str)
    ICONS = {"error": QStyle.StandardPixmap.SP_MessageBoxCritical,
             "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
             "info": QStyle.StandardPixmap.SP_MessageBoxInformation}

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("messages")
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemActivated.connect(self._activated)
        self.itemDoubleClicked.connect(self._activated)

    def show_messages(self, messages: list) -> None:
        self.clear()
        order = {"error": 0, "warning": 1}
        for m in sorted(messages, key=lambda m: order.get(m.level, 2)):
            icon = self.style().standardIcon(self.ICONS.get(m.level, self.ICONS["info"]))
            item = QListWidgetItem(icon, m.text(self.lang))
            item.setData(Qt.ItemDataRole.UserRole, m.path or "")
            if m.path:
                item.setToolTip(tr("gui.go_to_input", self.lang, path=m.path))
            self.addItem(item)
        if not messages:
            self.addItem(QListWidgetItem(tr("gui.no_messages", self.lang)))
        self._fit()

    def _fit(self) -> None:
        """As tall as its first five messages: no empty box when all is well."""
        rows = sum(max(self.sizeHintForRow(i), 18) for i in range(min(self.count(), 5)))
        self.setFixedHeight(rows + 2 * self.frameWidth() + 4)

    def _activated(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            self.go_to.emit(path)


# The rows of the period table: (line, kind) with kind "money" or "ratio".
PERIOD_ROWS = (("revenue", "money"), ("availability_payments", "money"), ("opex", "money"),
               ("canon", "money"), ("revenue_share", "money"), ("ica", "money"),
               ("ebitda", "money"), ("depreciation", "money"), ("ebit", "money"),
               ("interest", "money"), ("tax", "money"), ("net_income", "money"),
               ("cfads", "money"), ("debt_service", "money"), ("dscr", "ratio"),
               ("debt_balance", "money"), ("dsra_balance", "money"), ("capex", "money"),
               ("debt_drawdown", "money"), ("equity_injection", "money"),
               ("distributions", "money"), ("fcff", "money"), ("fcfe", "money"),
               ("district", "money"), ("balance_check", "money"))


class PeriodTable(QTableWidget):
    """The main period lines (rows) by period (columns), nominal, in the model's unit."""

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("periods")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setDefaultSectionSize(22)

    def show_results(self, results: Any) -> None:
        labels = results.grid.labels()
        self.setRowCount(len(PERIOD_ROWS))
        self.setColumnCount(len(labels))
        self.setHorizontalHeaderLabels(labels)
        self.setVerticalHeaderLabels([tr(f"line.{name}", self.lang) for name, _ in PERIOD_ROWS])
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, (name, kind) in enumerate(PERIOD_ROWS):
            values = results.ratios[name][0] if kind == "ratio" else results.line(name)
            for c, v in enumerate(values):
                if kind == "ratio":
                    text = "" if np.isnan(v) else number(v, self.lang) + "x"
                else:
                    text = number(v, self.lang, 1)
                item = QTableWidgetItem(text)
                item.setTextAlignment(align)
                self.setItem(r, c, item)
        self.resizeColumnsToContents()

    def show_nothing(self) -> None:
        """No lines: the model cannot be evaluated (those of an earlier model would mislead)."""
        self.setRowCount(0)
        self.setColumnCount(0)


class ChartsPanel(QWidget):
    """The four charts of :mod:`pppmodeler.charts`, embedded. Redrawn only when visible (and
    at most once per burst of results), so typing never waits for matplotlib."""

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang
        self.results: Any = None
        self.drawn: Any = None
        self.canvases: dict[str, FigureCanvasQTAgg] = {}
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        for i, (key, _build) in enumerate(BUILDERS):
            self._place(i, key, FigureCanvasQTAgg())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.redraw)

    def show_results(self, results: Any) -> None:
        self.results = results
        if self.isVisible():
            self._timer.start()

    def show_nothing(self) -> None:
        """Empty charts: the model cannot be evaluated (those of an earlier model would
        mislead)."""
        self._timer.stop()
        self.results = self.drawn = None
        for i, (key, _build) in enumerate(BUILDERS):
            self._place(i, key, FigureCanvasQTAgg())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.results is not self.drawn:
            self._timer.start()

    def _place(self, i: int, key: str, canvas: FigureCanvasQTAgg) -> None:
        old = self.canvases.get(key)
        canvas.setObjectName(f"chart.{key}")
        canvas.setMinimumSize(380, 200)      # the window fits 1366 × 768
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvases[key] = canvas
        if old is not None:
            self.grid.removeWidget(old)
            old.hide()
            old.deleteLater()
        self.grid.addWidget(canvas, i // 2, i % 2)

    def redraw(self) -> None:
        """A new canvas per figure: the canvas sets the figure's size and pixel ratio."""
        if self.results is None:
            return
        for i, (key, build) in enumerate(BUILDERS):
            canvas = FigureCanvasQTAgg(build(self.results, self.lang))
            self._place(i, key, canvas)
        self.drawn = self.results


def titled(text: str, widget: QWidget, object_name: str = "") -> QWidget:
    """A widget under a bold heading."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    heading = QLabel(text)
    heading.setObjectName("heading")
    layout.addWidget(heading)
    layout.addWidget(widget, 1)
    if object_name:
        box.setObjectName(object_name)
    return box


CardsCallback = Callable[[Any], None]
