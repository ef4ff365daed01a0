"""The vehicle window, driven the way an analyst clicks and types (pytest-qt, offscreen)."""

from __future__ import annotations

import shutil
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QApplication, QFileDialog, QFrame, QLineEdit, QMessageBox,
                               QPushButton, QTabWidget, QToolBar)

from pppmodeler import bundled
from pppmodeler.fileformat import document
from pppmodeler.fileformat import vehiclefile as vf
from pppmodeler.gui.vehicle.holdings import COLUMNS, metric_cell
from pppmodeler.present import metric_text
from pppmodeler.vehicle.consolidation import UNITS, holdings_frame
from pppmodeler.vehicle.evaluate import evaluate_vehicle
from pppmodeler.vehicle.terms import Capital, Costs, Holding, Setup, Valuation, Vehicle

from tests.fileformat.vehicle_tree import (as_written_on_windows, defaulted_plaza, stored_files,
                                           write_project)

from .test_window import type_into

TIMEOUT = 20_000


def sample(name):
    return document.loads(bundled.sample_text(name))


@pytest.fixture
def vehicle_file(tmp_path):
    heritage, space = sample("heritage_building").model, sample("public_space_aeep").model
    document.save(sample("public_parking"), tmp_path / "parqueadero.pppm")
    vehicle = Vehicle(
        name="Vehículo Centro",
        setup=Setup(start_year=2027, base_year=heritage.macro.base_year,
                    cpi=list(heritage.macro.cpi)),
        capital=Capital(district_in_kind=7000.0, partner_equity=3000.0),
        costs=Costs(overheads=120.0, structuring=300.0),
        valuation=Valuation(social_rate_real=heritage.valuation.social_rate_real),
        holdings=[Holding(code="BIC-1", name="Edificio", kind="bic", comuna="10",
                          latitude=6.2518, longitude=-75.5636, area_m2=2400, model=heritage),
                  Holding(code="F-1", name="Parqueadero", comuna="14", latitude=6.2088,
                          longitude=-75.5670, area_m2=5200, source="file",
                          file="parqueadero.pppm"),
                  Holding(code="UP-1", name="Plaza", kind="uso_publico", comuna="11",
                          latitude=6.245, longitude=-75.59, area_m2=3100, model=space)])
    path = tmp_path / "vehiculo.pppv"
    vf.save(vf.VehicleDocument(vehicle=vehicle), path)
    return path


def evaluated(qtbot, vwindow):
    """Wait until the window shows the evaluation of the vehicle it holds now."""
    qtbot.waitUntil(lambda: vwindow.shown is not None
                    and vwindow.shown[0] is vwindow.state.vehicle, timeout=TIMEOUT)


@pytest.fixture
def vwindow(qtbot, window, dialogs, vehicle_file):
    """The vehicle window opened from the main window's File › Vehicle menu."""
    dialogs.open_path = str(vehicle_file)
    window.findChild(QAction, "action.vehicle.open").trigger()
    w = window.vehicle_window
    evaluated(qtbot, w)
    yield w
    w.state.undo_stack.setClean()
    w.worker.wait(10_000)
    if w.montecarlo is not None:
        w.montecarlo.wait(10_000)


def card(vwindow, name):
    return vwindow.cards.cards[name].value.text()


def expected_card(vehicle, folder, name):
    results = evaluate_vehicle(vehicle, folder=folder)
    return metric_text(results.metric(name), UNITS[name], results.status(name), "es")


def table_text(vwindow, row, column):
    view = vwindow.holdings
    return view.model().index(row, COLUMNS.index(column)).data()


def test_a_vehicle_file_shows_the_engines_numbers_in_cards_and_table(vwindow, vehicle_file):
    vehicle = vf.load(vehicle_file).vehicle
    results = evaluate_vehicle(vehicle, folder=vehicle_file.parent)
    frame = holdings_frame(vehicle, results)
    assert vwindow.isVisible()
    assert vwindow.windowTitle().startswith("vehiculo.pppv")
    assert not vwindow.isWindowModified()
    for name in UNITS:
        assert card(vwindow, name) == expected_card(vehicle, vehicle_file.parent, name)
    assert vwindow.holdings.model().rowCount() == 3
    for row, expected in frame.iterrows():
        assert table_text(vwindow, row, "name") == expected["name"]
        for column in ("equity_irr", "project_npv", "district_npv_in_vehicle", "min_dscr"):
            assert table_text(vwindow, row, column) == metric_cell(expected[column], column,
                                                                   "es")
    assert "sin advertencias" in vwindow.messages.item(0).text().lower()


def test_without_a_partner_the_partners_cards_are_neutral(qtbot, vwindow):
    cards = vwindow.cards.cards
    assert cards["partner_npv"].property("light") in ("green", "red")      # a partner
    type_into(qtbot, vwindow.findChild(QLineEdit, "capital.partner_equity"), "0")
    evaluated(qtbot, vwindow)
    assert card(vwindow, "partner_irr") == "sin socio privado"
    assert card(vwindow, "partner_npv") == "0,00"
    # an NPV of no flows is no partner breaking even: not lit, and the card says why
    for name in ("partner_irr", "partner_npv"):
        assert cards[name].property("light") == "neutral", name
    assert cards["partner_npv"].note.text() == "sin socio privado · millones de COP"
    assert cards["district_gain"].property("light") in ("green", "red")    # still judged
    vwindow.state.undo_stack.undo()
    evaluated(qtbot, vwindow)
    assert cards["partner_npv"].property("light") in ("green", "red")
    assert cards["partner_npv"].note.text() == "millones de COP"


def test_sorting_by_a_metric_orders_the_properties_by_its_value(vwindow, vehicle_file):
    vehicle = vf.load(vehicle_file).vehicle
    frame = holdings_frame(vehicle, evaluate_vehicle(vehicle, folder=vehicle_file.parent))
    vwindow.show_tab("holdings")
    vwindow.holdings.horizontalHeader().sectionClicked.emit(COLUMNS.index("equity_irr"))
    vwindow.holdings.sortByColumn(COLUMNS.index("equity_irr"), Qt.SortOrder.DescendingOrder)
    names = [table_text(vwindow, r, "name") for r in range(3)]
    assert names == list(frame.sort_values("equity_irr", ascending=False)["name"])


def click_included(qtbot, vwindow, position):
    """Click the tick box of holding ``position`` as a person does."""
    view = vwindow.holdings
    vwindow.show_tab("holdings")
    index = view.model().index(view.row_of(position), 0)
    rect = view.visualRect(index)
    box = view.style().subElementRect(view.style().SubElement.SE_ItemViewItemCheckIndicator,
                                      _option(view, index), view)
    point = QPoint(box.center().x(), rect.center().y())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def _option(view, index):
    from PySide6.QtWidgets import QStyleOptionViewItem
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    return option


def test_excluding_a_property_gives_the_vehicle_without_it_and_undo_brings_it_back(
        qtbot, vwindow, vehicle_file):
    vehicle = vf.load(vehicle_file).vehicle
    folder = vehicle_file.parent
    click_included(qtbot, vwindow, 2)
    assert vwindow.state.vehicle.holdings[2].included is False
    evaluated(qtbot, vwindow)
    without = replace(vehicle, holdings=vehicle.holdings[:2])
    for name in ("district_npv_vehicle", "partner_irr", "total_dividends"):
        assert card(vwindow, name) == expected_card(without, folder, name)
    assert table_text(vwindow, vwindow.holdings.row_of(2), "equity_irr") == ""
    assert vwindow.isWindowModified()
    vwindow.act_undo.trigger()
    evaluated(qtbot, vwindow)
    assert vwindow.state.vehicle.holdings[2].included is True
    assert card(vwindow, "district_npv_vehicle") == expected_card(vehicle, folder,
                                                                  "district_npv_vehicle")
    assert not vwindow.isWindowModified()


def test_a_term_typed_in_its_form_is_an_undoable_edit(qtbot, vwindow, vehicle_file):
    editor = vwindow.findChild(QLineEdit, "capital.partner_equity")
    type_into(qtbot, editor, "4500")
    assert vwindow.state.vehicle.capital.partner_equity == 4500.0
    evaluated(qtbot, vwindow)
    assert card(vwindow, "partner_irr") == expected_card(vwindow.state.vehicle,
                                                         vehicle_file.parent, "partner_irr")
    type_into(qtbot, vwindow.findChild(QLineEdit, "capital.debt_rate"), "abc")
    assert vwindow.state.vehicle.capital.debt_rate == 0.11
    assert vwindow.findChild(QLineEdit, "capital.debt_rate").property("invalid") is True
    vwindow.act_undo.trigger()
    assert vwindow.state.vehicle.capital.partner_equity == 3000.0


def test_removing_asks_first_and_can_be_undone(qtbot, vwindow, dialogs):
    vwindow.show_tab("holdings")
    vwindow.holdings.select_position(0)
    dialogs.answer = QMessageBox.StandardButton.No
    vwindow.findChild(QPushButton, "vehicle.button.remove").click()
    assert len(vwindow.state.vehicle.holdings) == 3
    dialogs.answer = QMessageBox.StandardButton.Yes
    vwindow.findChild(QPushButton, "vehicle.button.remove").click()
    assert [h.name for h in vwindow.state.vehicle.holdings] == ["Parqueadero", "Plaza"]
    assert "Edificio" in dialogs.shown[-1][2]
    evaluated(qtbot, vwindow)
    vwindow.act_undo.trigger()
    assert [h.name for h in vwindow.state.vehicle.holdings] == ["Edificio", "Parqueadero",
                                                                "Plaza"]


def test_save_as_and_reopen_give_the_same_vehicle(qtbot, vwindow, dialogs, tmp_path):
    type_into(qtbot, vwindow.findChild(QLineEdit, "costs.overheads"), "250")
    assert vwindow.isWindowModified()
    target = tmp_path / "copia.pppv"
    dialogs.save_path = str(target)
    vwindow.act_save_as.trigger()
    assert not vwindow.isWindowModified()
    assert vwindow.windowTitle().startswith("copia.pppv")
    saved = vf.load(target).vehicle
    assert saved == vwindow.state.vehicle
    assert saved.costs.overheads == 250.0
    before = vwindow.state.vehicle
    dialogs.open_path = str(target)
    vwindow.act_open.trigger()
    evaluated(qtbot, vwindow)
    assert vwindow.state.vehicle == before
    assert vwindow.state.path == target


def test_a_bad_vehicle_file_is_explained_and_what_was_open_stays(qtbot, vwindow, dialogs,
                                                                 tmp_path, vehicle_file):
    bad = tmp_path / "roto.pppv"
    bad.write_text('{"format": "pppmodeler-vehicle", "version": 1, "vehicle": {}}',
                   encoding="utf-8")
    before = vwindow.state.vehicle
    dialogs.open_path = str(bad)
    vwindow.act_open.trigger()
    kind, _title, text = dialogs.shown[-1]
    assert kind == "critical"
    assert "roto.pppv" in text and "metadata" in text
    assert vwindow.state.vehicle is before
    assert vwindow.state.path == vehicle_file


def test_unsaved_changes_are_asked_about_before_another_vehicle_opens(qtbot, vwindow, dialogs,
                                                                       tmp_path):
    type_into(qtbot, vwindow.findChild(QLineEdit, "costs.overheads"), "250")
    dialogs.answer = QMessageBox.StandardButton.Cancel
    dialogs.open_path = str(tmp_path / "otro.pppv")
    assert vwindow.open_file() is False
    assert dialogs.shown[-1][0] == "question"
    assert vwindow.state.vehicle.costs.overheads == 250.0


def test_a_new_vehicle_from_an_inventory_reports_the_bad_row_first(qtbot, vwindow, dialogs,
                                                                   tmp_path):
    source = bundled.resource("inventory", "synthetic_inventory.csv")
    lines = source.read_text(encoding="utf-8-sig").splitlines()
    bad = lines[3].split(";")
    bad[0], bad[1], bad[2], bad[5] = "MALA-1", "M-1", "C-1", "mucho"
    inventory = tmp_path / "inventario.csv"
    inventory.write_text("\n".join(lines[:3] + [";".join(bad)] + lines[4:6]) + "\n",
                         encoding="utf-8")
    seen = {}

    def look_and_create():
        dialog = vwindow.import_dialog
        table = dialog.problems
        seen["rows"] = [(table.item(r, 0).text(), table.item(r, 3).text())
                        for r in range(table.rowCount())]
        seen["messages"] = [table.item(r, 2).text() for r in range(table.rowCount())]
        seen["summary"] = dialog.summary.text()
        dialog.name.setText("Piloto")
        dialog.accept_button.click()
    dialogs.open_path = str(inventory)
    QTimer.singleShot(0, look_and_create)
    assert vwindow.act_new.isEnabled()
    vwindow.new_from_inventory()
    assert seen["rows"] == [("4", "no importada")]
    assert seen["messages"] == ["'mucho' no es un número"]
    assert "Filas leídas: 5. Importadas: 4" in seen["summary"]
    vehicle = vwindow.state.vehicle
    assert vehicle.name == "Piloto"
    assert [h.code for h in vehicle.holdings] == ["SINT-0001", "SINT-0002", "SINT-0004",
                                                  "SINT-0005"]
    assert vwindow.state.path is None and vwindow.isWindowModified()
    evaluated(qtbot, vwindow)
    assert vwindow.holdings.model().rowCount() == 4


def test_a_cancelled_import_changes_nothing(qtbot, vwindow, dialogs):
    before = vwindow.state.vehicle
    dialogs.open_path = str(bundled.resource("inventory", "synthetic_inventory.csv"))
    QTimer.singleShot(0, lambda: vwindow.import_dialog.reject())
    assert vwindow.new_from_inventory() is False
    assert vwindow.state.vehicle is before


def test_a_property_opens_in_the_editor_and_its_edit_comes_back_undoably(
        qtbot, window, vwindow, vehicle_file):
    vwindow.show_tab("holdings")
    vwindow.holdings.select_position(0)
    vwindow.act_open_model.trigger()
    assert window.holding_link is not None
    assert window.state.model == vwindow.state.vehicle.holdings[0].model
    assert "Edificio" in window.windowTitle()
    window.show_page("financing")
    type_into(qtbot, window.findChild(QLineEdit, "financing.rate"), "13")
    assert window.state.model.financing.rate == pytest.approx(0.13)
    assert vwindow.state.vehicle.holdings[0].model.financing.rate != pytest.approx(0.13)
    window.findChild(QPushButton, "holding.back").click()
    vehicle = vwindow.state.vehicle
    assert vehicle.holdings[0].model.financing.rate == pytest.approx(0.13)
    assert vwindow.isWindowModified() and not window.state.dirty
    evaluated(qtbot, vwindow)
    expected = evaluate_vehicle(vehicle, folder=vehicle_file.parent)
    frame = holdings_frame(vehicle, expected)
    assert table_text(vwindow, vwindow.holdings.row_of(0), "equity_irr") == metric_cell(
        frame.loc[0, "equity_irr"], "equity_irr", "es")
    assert card(vwindow, "partner_irr") == expected_card(vehicle, vehicle_file.parent,
                                                         "partner_irr")
    vwindow.act_undo.trigger()
    assert vwindow.state.vehicle.holdings[0].model.financing.rate != pytest.approx(0.13)


def test_a_referenced_property_opens_its_file(qtbot, window, vwindow, vehicle_file):
    vwindow.show_tab("holdings")
    vwindow.holdings.select_position(1)
    vwindow.act_open_model.trigger()
    assert window.state.path == vehicle_file.parent / "parqueadero.pppm"
    assert window.holding_link is not None and not window.holding_link.embedded
    window.new_from_sample("public_parking")       # anything else ends the link
    assert window.holding_link is None


def shown_toolbars(window):
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()                   # a toolbar added is shown by a queued call
    own = window.findChildren(QToolBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return [(t.objectName(), t.windowTitle(), [a.objectName() for a in t.actions()])
            for t in own if not t.isHidden()]


def test_each_window_keeps_its_one_toolbar_when_the_other_is_rebuilt(qtbot, window, vwindow):
    vwindow.show_tab("holdings")
    vwindow.holdings.select_position(0)
    vwindow.act_open_model.trigger()               # the editor is rebuilt for the property
    window.new_from_sample("public_parking")       # and again
    actions = ("open", "save", "export", "undo", "redo")
    assert shown_toolbars(vwindow) == [("vehicle.toolbar", "Herramientas",
                                        [f"vehicle.action.{a}" for a in actions])]
    window.set_language("en")                      # both windows are rebuilt
    assert shown_toolbars(vwindow) == [("vehicle.toolbar", "Tools",
                                        [f"vehicle.action.{a}" for a in actions])]
    assert shown_toolbars(window) == [("toolbar", "Tools", [f"action.{a}" for a in actions])]


def test_the_vehicle_monte_carlo_runs_in_the_background(qtbot, vwindow):
    pytest.importorskip("pppmodeler.vehicle.montecarlo")
    vwindow.show_tab("montecarlo")
    type_into(qtbot, vwindow.findChild(QLineEdit, "vehicle_mc.iterations"), "12")
    assert vwindow.state.vehicle.montecarlo.iterations == 12
    tab = vwindow.montecarlo
    tab.run_button.click()
    qtbot.waitUntil(lambda: tab.result is not None, timeout=60_000)
    # every factor is a point mass by default: each iteration is the vehicle as entered
    table = tab.percentiles
    row = list(UNITS).index("district_gain")
    assert table.item(row, 3).text() == card(vwindow, "district_gain")
    # the note under the results names the factors as the settings above do, in Spanish
    notes = tab.notes.text()
    assert notes.startswith("Factores con un solo valor en todas las iteraciones: "
                            "Precio de los ingresos (×), Ocupación estabilizada (×)")
    assert "montecarlo." not in notes and "revenue_price" not in notes
    assert not tab.banner.isVisible()
    type_into(qtbot, vwindow.findChild(QLineEdit, "costs.overheads"), "500")
    assert tab.banner.isVisibleTo(tab)


def test_the_monte_carlo_tab_says_what_to_do_and_when_a_run_had_no_uncertainty(qtbot,
                                                                              vwindow):
    pytest.importorskip("pppmodeler.vehicle.montecarlo")
    vwindow.show_tab("montecarlo")
    tab = vwindow.montecarlo
    guide = vwindow.findChild(QFrame, "vehicle_mc.guide")
    # before a run: what a factor moves, that they are all off, and what to do
    assert guide.isVisible()
    text = tab.guide_text.text()
    assert text.startswith("Todavía no hay corrida. Cada factor del portafolio mueve a la vez "
                           "todos los inmuebles")
    assert "por defecto todos están apagados" in text
    assert "«Correr Montecarlo del vehículo»" in text
    type_into(qtbot, vwindow.findChild(QLineEdit, "vehicle_mc.iterations"), "12")
    tab.run_button.click()
    qtbot.waitUntil(lambda: tab.result is not None, timeout=60_000)
    # the defaults: every factor a point mass, no own noise — said plainly, and no flat chart
    assert guide.isVisible() and guide.property("banner") == "stale"
    assert tab.guide_text.text().startswith(
        "Esta corrida no tiene incertidumbre: todos los factores toman un solo valor y los "
        "inmuebles no tienen desviación propia, así que las 12 iteraciones dan los mismos "
        "números.")
    tab.findChild(QTabWidget, "vehicle_mc.results").setCurrentIndex(1)
    assert tab.histogram.figure is None and tab.histogram.hint.isVisible()
    assert tab.histogram.hint.text().startswith("Sin incertidumbre")
    # the price of the revenues between 0,9 and 1,1: the run varies, the message goes
    type_into(qtbot, vwindow.findChild(QLineEdit, "vehicle_mc.factors.revenue_price.low"),
              "0,9")
    type_into(qtbot, vwindow.findChild(QLineEdit, "vehicle_mc.factors.revenue_price.high"),
              "1,1")
    assert vwindow.state.vehicle.montecarlo.factors.revenue_price.low == 0.9
    assert vwindow.state.vehicle.montecarlo.factors.revenue_price.high == 1.1
    first = tab.result
    tab.run_button.click()
    qtbot.waitUntil(lambda: tab.result is not first, timeout=60_000)
    assert not guide.isVisible()
    assert tab.histogram.figure is not None and not tab.histogram.hint.isVisible()
    row = list(UNITS).index("district_gain")
    assert tab.percentiles.item(row, 1).text() != tab.percentiles.item(row, 5).text()  # P5, P95
    assert "Precio de los ingresos" not in tab.notes.text()       # it is no longer fixed
    assert tab.notes.text().startswith("Factores con un solo valor en todas las iteraciones: "
                                       "Ocupación estabilizada (×)")


def open_from_menu(qtbot, window, dialogs, path):
    """Open the vehicle file at ``path`` from the main window's File › Vehicle menu."""
    dialogs.open_path = str(path)
    window.findChild(QAction, "action.vehicle.open").trigger()
    return window.vehicle_window


def warnings_shown(dialogs):
    return [text for kind, _title, text in dialogs.shown if kind == "warning"]


def test_a_moved_vehicle_folder_opens_and_saved_elsewhere_keeps_its_files(
        qtbot, window, dialogs, tmp_path):
    written = write_project(tmp_path / "unidad", left_out=True)
    as_written_on_windows(written)
    shutil.move(written.parents[1], tmp_path / "compartida")
    moved = tmp_path / "compartida" / "proyecto" / "vehiculo.pppv"
    w = open_from_menu(qtbot, window, dialogs, moved)
    evaluated(qtbot, w)
    (said,) = warnings_shown(dialogs)
    assert said.startswith(f"{moved}\n\nEl modelo de 1 inmueble(s) no trae algunos supuestos")
    assert "• Plaza (modelo guardado en el vehículo): 2 supuesto(s)" in said
    assert "– Financiación › Tasa de interés (E.A.) (financing.rate)" in said
    assert w.state.vehicle.holdings[2].model == defaulted_plaza()
    shown = {name: card(w, name) for name in UNITS}
    assert shown == {name: expected_card(w.state.vehicle, None, name) for name in UNITS}

    type_into(qtbot, w.findChild(QLineEdit, "costs.overheads"), "250")
    evaluated(qtbot, w)
    edited = {name: card(w, name) for name in UNITS}
    assert edited != shown
    copy = tmp_path / "otra" / "copia.pppv"
    copy.parent.mkdir()
    dialogs.save_path = str(copy)
    w.act_save_as.trigger()
    assert stored_files(copy) == ["../compartida/proyecto/modelos/edificio.pppm",
                                  "../compartida/parqueadero.pppm"]
    w.act_undo.trigger()                   # undone after "Save as": still the same files
    evaluated(qtbot, w)
    assert {name: card(w, name) for name in UNITS} == shown
    w.act_redo.trigger()
    dialogs.open_path = str(copy)
    w.act_open.trigger()
    evaluated(qtbot, w)
    assert len(warnings_shown(dialogs)) == 1        # written whole: nothing left out now
    assert w.state.path == copy
    assert {name: card(w, name) for name in UNITS} == edited


def test_a_missing_model_file_is_told_and_the_property_kept(qtbot, window, dialogs, tmp_path):
    path = write_project(tmp_path)
    looked = tmp_path / "parqueadero.pppm"
    looked.unlink()
    w = open_from_menu(qtbot, window, dialogs, path)
    (said,) = warnings_shown(dialogs)
    assert said.startswith(f"{path}\n\nNo se encuentra el archivo del modelo de 1 inmueble(s)")
    assert f"• Parqueadero: se buscó en {looked}" in said
    qtbot.waitUntil(lambda: bool(w.problems), timeout=TIMEOUT)
    assert w.messages.item(0).text() == ("Parqueadero: no se encuentra el archivo de su modelo; "
                                         f"se buscó en {looked}")
    assert [h.name for h in w.state.vehicle.holdings] == ["Edificio", "Parqueadero", "Plaza"]
    w.show_tab("holdings")
    w.holdings.select_position(1)
    before = window.state.document
    w.act_open_model.trigger()
    assert warnings_shown(dialogs)[-1] == (f"Parqueadero: no se encuentra el archivo de su "
                                           f"modelo; se buscó en {looked}")
    assert window.holding_link is None and window.state.document is before
    dialogs.save_path = str(tmp_path / "otra.pppv")
    w.act_save_as.trigger()
    assert stored_files(tmp_path / "otra.pppv") == ["proyecto/modelos/edificio.pppm",
                                                    "parqueadero.pppm"]


def test_a_model_added_by_reference_is_saved_relative_to_the_vehicle(
        qtbot, vwindow, dialogs, vehicle_file, monkeypatch):
    (vehicle_file.parent / "modelos").mkdir()
    added = vehicle_file.parent / "modelos" / "kioscos.pppm"
    # not the plaza's model to the last input: two identical models stop a vehicle's evaluation
    kiosks = sample("public_space_aeep")
    kiosks.model.financing.rate = 0.12
    document.save(kiosks, added)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(added)], "")))
    vwindow.act_add_file.trigger()
    evaluated(qtbot, vwindow)
    assert table_text(vwindow, 3, "source") == "archivo: kioscos.pppm"
    vwindow.act_save.trigger()
    assert stored_files(vehicle_file) == ["parqueadero.pppm", "modelos/kioscos.pppm"]
