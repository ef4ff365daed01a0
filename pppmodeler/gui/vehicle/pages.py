"""The vehicle window's pages of input: the terms (forms generated from the declarations of
:class:`pppmodeler.vehicle.terms.Vehicle`, :mod:`.declared`) and the properties (a filter, the
add and remove buttons, the sortable table of :mod:`.holdings`), and how they show the vehicle
after every change.

:class:`VehiclePages` is a part of :class:`.window.VehicleWindow`; it uses the window's
``state``, ``lang`` and the actions of :mod:`.menus`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...vehicle.terms import Vehicle
from ..forms import label
from .declared import DeclaredForm
from .holdings import HoldingsModel, HoldingsView

TERMS = ("setup", "costs", "capital", "dividends", "valuation")


class VehiclePages:
    """Makes the terms page (``terms_forms``) and the properties page (``holdings``,
    ``holdings_model``, ``filter``, ``count``, ``units``)."""

    def _terms_page(self) -> QWidget:
        lang, vehicle = self.lang, self.state.vehicle
        body = QWidget()
        box = QVBoxLayout(body)
        box.setContentsMargins(16, 12, 16, 12)
        box.addWidget(label(tr("gui.vehicle.page.terms", lang), "pageTitle"))
        box.addWidget(label(tr("gui.vehicle.about.terms", lang), "hint", wrap=True))
        currency = lambda: self.state.vehicle.setup.currency_unit
        self.terms_forms = [DeclaredForm(Vehicle, lambda: self.state.vehicle,
                                         self._put_vehicle, lang, currency, "vehicle")]
        box.addWidget(self.terms_forms[0])
        titles = {f: type(vehicle).__dataclass_fields__[f].metadata[lang]
                  for f in TERMS}
        for section in TERMS:
            box.addWidget(label(titles[section], "heading"))
            form = DeclaredForm(type(getattr(vehicle, section)),
                                lambda s=section: getattr(self.state.vehicle, s),
                                lambda new, what, s=section: self._put_section(s, new, what),
                                lang, currency, section)
            self.terms_forms.append(form)
            box.addWidget(form)
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("vehicle.terms")
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        return scroll

    def _holdings_page(self) -> QWidget:
        lang = self.lang
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(8, 8, 8, 8)
        row = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setObjectName("vehicle.filter")
        self.filter.setPlaceholderText(tr("gui.vehicle.filter", lang))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(200)
        row.addWidget(self.filter)
        add = QToolButton()
        add.setObjectName("vehicle.add")
        add.setText(tr("gui.vehicle.add", lang))
        add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(add)
        menu.addAction(self.act_add_embedded)
        menu.addAction(self.act_add_file)
        menu.addAction(self.act_add_inventory)
        add.setMenu(menu)
        row.addWidget(add)
        for act in (self.act_remove, self.act_open_model):
            b = QPushButton(act.text())
            b.setObjectName(f"vehicle.button.{act.objectName().split('.')[-1]}")
            b.clicked.connect(act.trigger)
            row.addWidget(b)
        row.addStretch(1)
        self.count = QLabel("")
        self.count.setObjectName("vehicle.count")
        row.addWidget(self.count)
        box.addLayout(row)
        self.units = label("", "hint", wrap=True)
        box.addWidget(self.units)
        self.holdings_model = HoldingsModel(lang, self)
        self.holdings_model.toggled.connect(self.set_included)
        self.holdings = HoldingsView(self.holdings_model)
        self.holdings.doubleClicked.connect(lambda _i: self.open_model())
        self.filter.textChanged.connect(self.holdings.filter)
        box.addWidget(self.holdings, 1)
        box.addWidget(label(tr("gui.vehicle.holdings_hint", lang), "hint", wrap=True))
        return page

    # ------------------------------------------------------- the terms edited, the views refreshed

    def _put_vehicle(self, vehicle: Vehicle, what: str) -> bool:
        return self.state.change(vehicle, tr("gui.edit", self.lang, what=what))

    def _put_section(self, section: str, value: Any, what: str) -> bool:
        return self.state.set_section(section, value, tr("gui.edit", self.lang, what=what))

    def _refresh_views(self) -> None:
        for form in self.terms_forms:
            form.refresh()
        self.holdings_model.show(self.state.vehicle)
        holdings = self.state.vehicle.holdings
        self.units.setText(tr("gui.vehicle.amounts_in", self.lang, unit=tr(
            f"unit.{self.state.vehicle.setup.currency_unit}", self.lang)))
        self.count.setText(tr("gui.vehicle.count", self.lang, n=len(holdings),
                              included=sum(1 for h in holdings if h.included)))
