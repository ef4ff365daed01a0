"""The desktop on a laptop screen: the windows fit 1366 × 768, nothing important is cut off
(the unit of a column, the scenario's value, a status on a card) and an empty vehicle says what
to do rather than showing error-like figures."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from pppmodeler.core import paths
from pppmodeler.gui.analysis.scenarios_pane import PATH_COLUMN, VALUE_COLUMN, base_text
from pppmodeler.gui.tables import header_text
from pppmodeler.gui.vehicle.state import VehicleState
from pppmodeler.gui.vehicle.window import VehicleWindow
from pppmodeler.i18n import tr

from .test_vehicle_window import evaluated, vehicle_file, vwindow  # noqa: F401

LAPTOP = (1366, 768)


def test_the_main_window_fits_a_laptop_screen(window):
    assert window.minimumSizeHint().width() <= LAPTOP[0]
    for key in window.page_keys:
        window.show_page(key)
        hint = window.minimumSizeHint()
        assert hint.width() <= LAPTOP[0] and hint.height() <= LAPTOP[1], key


def test_the_vehicle_window_fits_a_laptop_screen(vwindow):  # noqa: F811
    for i in range(vwindow.tabs.count()):
        vwindow.tabs.setCurrentIndex(i)
        hint = vwindow.minimumSizeHint()
        assert hint.width() <= LAPTOP[0] and hint.height() <= LAPTOP[1], vwindow.tabs.tabText(i)
    vwindow.resize(*LAPTOP)
    assert vwindow.width() <= LAPTOP[0]


def test_windows_open_no_larger_than_the_screen(window, vwindow):  # noqa: F811
    for w in (window, vwindow):
        area = w.screen().availableGeometry()
        if area.width() >= w.minimumSizeHint().width():
            assert w.width() <= area.width()
        assert w.height() <= area.height()


@pytest.fixture
def empty_vehicle(qtbot):
    w = VehicleWindow(VehicleState(), "es")
    qtbot.addWidget(w)
    w.resize(*LAPTOP)
    w.show()
    evaluated(qtbot, w)
    yield w
    w.worker.wait(10_000)


def test_an_empty_vehicle_fits_and_says_how_to_start(empty_vehicle):
    w = empty_vehicle
    assert w.minimumSizeHint().width() <= LAPTOP[0]
    assert w.empty.isVisible()
    assert w.empty.text() == tr("gui.vehicle.empty", "es")
    assert "inventario" in w.empty.text()
    for card in w.cards.cards.values():
        assert card.value.text() == "—"
        assert card.note.text() == ""
    shown = " ".join(c.value.text() + c.note.text() for c in w.cards.cards.values())
    for scary in ("status.no_partner", "status.no_debt_service"):
        assert tr(scary, "es") not in shown
    listed = [w.messages.item(i).text() for i in range(w.messages.count())]
    assert tr("vehicle.check.empty", "es") not in listed
    for tab, view in (("consolidation", w.consolidation), ("map", w.map)):
        w.show_tab(tab)
        assert view.chart.figure is None                 # no chart of zeros
        assert view.chart.hint.isVisible()
        assert view.chart.hint.text() == tr("gui.vehicle.empty", "es")


def test_a_vehicle_with_properties_hides_the_placeholder(vwindow):  # noqa: F811
    assert not vwindow.empty.isVisible()
    assert vwindow.cards.cards["district_gain"].value.text() != "—"


def test_a_partner_putting_nothing_in_is_said_whole_on_its_card(qtbot, vwindow):  # noqa: F811
    vehicle = vwindow.state.vehicle
    vwindow.state.change(replace(vehicle, capital=replace(vehicle.capital,
                                                          partner_equity=0.0)), "sin socio")
    evaluated(qtbot, vwindow)
    card = vwindow.cards.cards["partner_irr"]
    status = tr("status.no_partner", "es")
    assert card.value.text() == status
    assert card.value.wordWrap()                 # wraps in a narrow panel, never cut
    assert status in card.toolTip() and card.title.text() in card.toolTip()


def test_a_column_header_keeps_its_unit_and_tells_the_whole_name(window):
    text = header_text("Valor base (año, precios base; en % de otra línea, la fracción)",
                       "millones de COP")
    lines = text.split("\n")
    assert lines[-1] == "(millones de COP)"
    assert len(lines) <= 3 and lines[1].endswith("…")
    assert header_text("Nombre", "") == "Nombre"
    model = window.forms["revenues"].model
    column = next(i for i, f in enumerate(model.columns) if f.name == "base_value")
    shown = model.headerData(column, Qt.Orientation.Horizontal)
    tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert shown.endswith("(millones de COP)")
    assert model.columns[column].metadata["es"] in tip and "millones de COP" in tip


@pytest.mark.parametrize("lang, whole, decimals", [("es", "12.000", "38.429,03"),
                                                   ("en", "12,000", "38,429.03")])
def test_base_values_read_with_thousands_separators(lang, whole, decimals):
    spec = paths.spec_at("capex[0].amount")
    assert base_text(12000.0, spec, lang) == whole
    assert base_text(38429.0312, spec, lang) == decimals
    assert base_text(2027, paths.spec_at("macro.base_year"), lang) == "2027"
    assert base_text(0.105, paths.spec_at("financing.rate"), "es") == "10,5 %"


def test_the_scenario_value_column_is_always_visible(window, qtbot):
    window.resize(*LAPTOP)
    window.show_page("scenarios")
    pane = window.pages.currentWidget()
    qtbot.mouseClick(pane.findChild(QPushButton, "scenarios.new"), Qt.MouseButton.LeftButton)
    for path in ("capex[0].amount", "revenues[0].stabilised_occupancy", "financing.rate"):
        pane.picker.set_path(path)
        qtbot.mouseClick(pane.findChild(QPushButton, "scenarios.add_override"),
                         Qt.MouseButton.LeftButton)
    table = pane.overrides
    assert table.rowCount() == 3
    assert table.isColumnHidden(PATH_COLUMN)
    assert "capex[0].amount" in table.item(0, 0).toolTip()
    qtbot.waitUntil(lambda: table.viewport().width() > 0)
    right = table.columnViewportPosition(VALUE_COLUMN) + table.columnWidth(VALUE_COLUMN)
    assert right <= table.viewport().width()
    assert table.item(0, 2).text() == base_text(window.state.model.capex[0].amount,
                                                paths.spec_at("capex[0].amount"), "es")
