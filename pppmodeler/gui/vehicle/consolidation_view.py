"""What the window shows of the consolidated vehicle: its metrics as cards, its lines by
calendar year, its cash chart, and the map of its properties. Each view takes the last
:class:`pppmodeler.vehicle.consolidation.VehicleResults` (or nothing, while there is none) and
redraws itself; none of them computes anything."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...charts.portfolio import portfolio_map
from ...core.metrics import UNITS as METRIC_UNITS
from ...i18n import tr
from ...present import NEUTRAL, metric_text, number
from ...vehicle.consolidation import UNITS
from ..analysis.pane import ChartView
from ..results_view import MetricCard
from .figures import vehicle_cash_figure
from .holdings import METRICS as HOLDING_COLUMNS
from .holdings import column_tip

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# The rows of the lines table: (where, line); "vehicle" lines are the vehicle's own.
LINE_ROWS = (("properties", "revenue"), ("properties", "opex"), ("properties", "ebitda"),
             ("properties", "capex"), ("properties", "equity_injection"),
             ("properties", "distributions"), ("vehicle", "from_properties"),
             ("vehicle", "overheads"), ("vehicle", "structuring"),
             ("vehicle", "partner_equity"), ("vehicle", "debt_drawdown"),
             ("vehicle", "interest"), ("vehicle", "principal"), ("vehicle", "debt_balance"),
             ("vehicle", "contributions"), ("vehicle", "dividends"), ("vehicle", "cash"),
             ("vehicle", "district"), ("vehicle", "partner"),
             ("properties", "district"), ("vehicle", "balance_check"))


PARTNER_METRICS = ("partner_irr", "partner_npv")


def no_partner(results: Any) -> bool:
    """The vehicle has no private partner (no partner flows): its metrics judge no one."""
    return results.status("partner_irr") == "no_partner"


def light(name: str, value: float | None, vehicle: Any, partner: bool = True) -> str:
    """Green/red where the vehicle's own terms say what is enough: the District gains or
    loses with the vehicle; the partner earns its cost of equity or not; the vehicle debt is
    covered or not. Neutral where there is nothing to judge: no value, or a partner's metric
    of a vehicle without a partner (``partner`` false; its NPV of no flows is 0, not a
    partner that breaks even)."""
    if value is None or (name in PARTNER_METRICS and not partner):
        return NEUTRAL
    if name == "district_gain":
        return "green" if value > 0 else "red" if value < 0 else NEUTRAL
    if name == "partner_irr":
        return "green" if value >= vehicle.valuation.partner_rate else "red"
    if name == "partner_npv":
        return "green" if value >= 0 else "red"
    if name == "min_vehicle_dscr":
        return "green" if value >= 1.2 else "amber" if value >= 1.0 else "red"
    return NEUTRAL


class VehicleCard(MetricCard):
    """One vehicle metric: its name, value and unit, lit as :func:`light` says."""

    def __init__(self, name: str, lang: str, parent=None):
        super().__init__(name, lang, parent, title=tr(f"vehicle.metric.{name}", lang))
        self.setObjectName(f"vcard.{name}")

    def show_value(self, results: Any, vehicle: Any) -> None:
        value = results.metric(self.name)
        self.value.setText(metric_text(value, UNITS[self.name], results.status(self.name),
                                       self.lang))
        partner = not no_partner(results)
        note = ""
        if UNITS[self.name] == "money":
            note = tr(f"unit.{vehicle.setup.currency_unit}", self.lang)
        if self.name == "partner_irr":
            note = tr("gui.vehicle.hurdle.partner_irr", self.lang, value=metric_text(
                vehicle.valuation.partner_rate, "rate", "ok", self.lang))
        elif self.name in PARTNER_METRICS and not partner:
            note = f"{tr('status.no_partner', self.lang)} · {note}"
        self.note.setText(note)
        self._light(light(self.name, value, vehicle, partner))


class VehicleCards(QWidget):
    def __init__(self, lang: str, columns: int = 1, parent=None):
        super().__init__(parent)
        self.cards = {name: VehicleCard(name, lang) for name in UNITS}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i // columns, i % columns)
        grid.setRowStretch(len(UNITS), 1)

    def show_results(self, results: Any, vehicle: Any) -> None:
        for card in self.cards.values():
            card.show_value(results, vehicle)

    def show_none(self) -> None:
        for card in self.cards.values():
            card.show_stale()

    def show_blank(self) -> None:
        """An empty vehicle: dashes, no error-like status or hurdle."""
        for card in self.cards.values():
            card.show_blank()


class LinesTable(QTableWidget):
    """The consolidated lines (rows) by calendar year (columns), nominal, vehicle unit."""

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("vehicle.lines")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setDefaultSectionSize(22)

    def show_results(self, results: Any) -> None:
        years = [str(y) for y in results.years]
        self.setRowCount(len(LINE_ROWS))
        self.setColumnCount(len(years))
        self.setHorizontalHeaderLabels(years)
        self.setVerticalHeaderLabels([row_title(where, name, self.lang)
                                      for where, name in LINE_ROWS])
        for r, (where, name) in enumerate(LINE_ROWS):
            values = (results.vehicle if where == "vehicle" else results.properties)[name][0]
            for c, v in enumerate(values):
                item = QTableWidgetItem(number(float(v), self.lang, 1))
                item.setTextAlignment(RIGHT)
                self.setItem(r, c, item)
        self.resizeColumnsToContents()


def row_title(where: str, name: str, lang: str) -> str:
    if where == "vehicle":
        return tr(f"gui.vehicle.line.{name}", lang)
    return tr("gui.vehicle.of_properties", lang, line=tr(f"line.{name}", lang))


class ConsolidationPanel(QWidget):
    """The lines table above the cash chart; the chart is drawn when the panel is shown."""

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang
        self.results: Any = None
        self.currency = "millions"
        self.empty = False
        self.drawn: Any = None
        self.table = LinesTable(lang)
        self.chart = ChartView(tr("gui.vehicle.no_results", lang), "vehicle.cash_chart")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.table)
        splitter.setSizes([380, 320])
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(splitter)

    def show_results(self, results: Any, vehicle: Any) -> None:
        self.results, self.currency = results, vehicle.setup.currency_unit
        self.empty = not vehicle.holdings
        self.table.show_results(results)
        if self.isVisible():
            self.draw()

    def draw(self) -> None:
        if self.results is not None and self.results is not self.drawn:
            if self.empty:
                self.chart.show_hint(tr("gui.vehicle.empty", self.lang))
            else:
                self.chart.show_figure(vehicle_cash_figure(self.results, self.currency,
                                                           self.lang))
            self.drawn = self.results

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.draw()


class MapPanel(QWidget):
    """The properties on the map, coloured by a chosen metric of the holdings table."""

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang
        self.frame: pd.DataFrame | None = None
        self.currency = "millions"
        self.empty = False
        self.drawn: Any = None
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("gui.vehicle.map_metric", lang)))
        self.metric = QComboBox()
        self.metric.setObjectName("vehicle.map_metric")
        for column in HOLDING_COLUMNS:
            self.metric.addItem(column_tip(column, lang, self.currency), column)
        self.metric.setCurrentIndex(self.metric.findData("district_npv_in_vehicle"))
        self.metric.activated.connect(lambda _i: self.draw(force=True))
        row.addWidget(self.metric)
        row.addStretch(1)
        self.chart = ChartView(tr("gui.vehicle.no_results", lang), "vehicle.map")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(row)
        box.addWidget(self.chart, 1)

    def show_frame(self, frame: pd.DataFrame, vehicle: Any) -> None:
        self.frame, self.currency = frame, vehicle.setup.currency_unit
        self.empty = not vehicle.holdings
        for i in range(self.metric.count()):
            self.metric.setItemText(i, column_tip(self.metric.itemData(i), self.lang,
                                                  self.currency))
        if self.isVisible():
            self.draw()

    def draw(self, force: bool = False) -> None:
        if self.frame is None or (self.frame is self.drawn and not force):
            return
        if self.empty:
            self.chart.show_hint(tr("gui.vehicle.empty", self.lang))
            self.drawn = self.frame
            return
        metric = self.metric.currentData()
        percent = METRIC_UNITS.get(metric) == "rate"
        table = self.frame if len(self.frame) else _empty_frame(metric)
        self.chart.show_figure(portfolio_map(table, metric, self.metric.currentText(),
                                             self.lang, percent=percent))
        self.drawn = self.frame

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.draw()


def _empty_frame(metric: str) -> pd.DataFrame:
    return pd.DataFrame({c: np.zeros(0) for c in ("latitude", "longitude", "area_m2",
                                                    metric)} | {"comuna": []})
