"""The main window, driven the way a person clicks and types (pytest-qt, offscreen)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPushButton, QWidget

from pppmodeler.core import paths
from pppmodeler.core.inputs import to_dict
from pppmodeler.core.metrics import UNITS
from pppmodeler.core.results import evaluate
from pppmodeler.present import metric_text

TIMEOUT = 10_000


def card_text(window, name):
    return window.cards.cards[name].value.text()


def expected_text(model, name, lang="es"):
    results = evaluate(model)
    return metric_text(results.metric(name), UNITS[name], results.status(name), lang)


def type_into(qtbot, editor, text):
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def cell_editor(view, index):
    """Start editing a cell as a double-click does; the editor that opens."""
    view.setCurrentIndex(index)
    view.edit(index)
    editors = [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1
    return editors[0]


def test_opens_on_the_default_sample_with_the_engines_metrics(window):
    assert window.state.model.property.code == "EJEMPLO-BIC-01"
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels.index("Resultados") < labels.index("Escenarios") < labels.index("Montecarlo")
    for name in ("project_irr", "equity_irr", "project_npv", "district_npv", "min_dscr",
                 "payback_years"):
        assert card_text(window, name) == expected_text(window.state.model, name)
    assert window.cards.cards["equity_irr"].property("light") == "green"


def test_every_input_of_every_section_has_an_editor_named_by_its_path(window):
    model = window.state.model
    for section in ("property", "timeline", "macro", "district", "taxes", "working_capital",
                    "financing", "end", "valuation"):
        for name in to_dict(getattr(model, section)):
            editor = window.findChild(QWidget, f"{section}.{name}")
            assert isinstance(editor, (QLineEdit, QComboBox, QCheckBox)), (section, name)


def test_typing_a_rate_updates_the_cards_to_the_engines_values(window, qtbot):
    window.show_page("financing")
    editor = window.findChild(QLineEdit, "financing.rate")
    assert editor.text() == "10,5 %"
    type_into(qtbot, editor, "12,5")
    edited = paths.with_value(window.state.model, "financing.rate", 0.125)
    assert window.state.model.financing.rate == 0.125
    for name in ("equity_irr", "min_dscr", "equity_npv"):
        want = expected_text(edited, name)
        qtbot.waitUntil(lambda n=name, w=want: card_text(window, n) == w, timeout=TIMEOUT)
    assert editor.text() == "12,5 %"
    assert window.isWindowModified()


def test_an_invalid_value_is_refused_at_the_field_and_the_model_is_unchanged(window, qtbot):
    window.show_page("financing")
    before = window.state.model
    editor = window.findChild(QLineEdit, "financing.rate")
    type_into(qtbot, editor, "150")
    row = window.forms["financing"].rows["financing.rate"]
    assert row.message.isVisible()
    assert row.message.text() == "Debe estar entre 0 % y 100 %."
    # beside the field: to its right, on the same line
    assert row.message.geometry().left() > editor.geometry().right()
    assert abs(row.message.geometry().center().y() - editor.geometry().center().y()) < 12
    assert window.state.model is before
    assert window.state.undo_stack.count() == 0
    type_into(qtbot, editor, "abc")
    assert "no es un número" in row.message.text()
    type_into(qtbot, editor, "11")
    assert not row.message.isVisible()
    assert window.state.model.financing.rate == 0.11


def test_a_whole_number_field_refuses_a_fraction_of_a_year(window, qtbot):
    window.show_page("timeline")
    editor = window.findChild(QLineEdit, "timeline.operation_years")
    type_into(qtbot, editor, "20,5")
    assert window.forms["timeline"].rows["timeline.operation_years"].message.text() == \
        "«20,5» no es un número entero."
    assert window.state.model.timeline.operation_years == 26


def test_undo_and_redo_with_the_keyboard(window, qtbot):
    window.show_page("financing")
    editor = window.findChild(QLineEdit, "financing.rate")
    original = expected_text(window.state.model, "equity_irr")
    type_into(qtbot, editor, "13")
    edited = expected_text(window.state.model, "equity_irr")
    qtbot.waitUntil(lambda: card_text(window, "equity_irr") == edited, timeout=TIMEOUT)
    assert window.act_undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert QKeySequence("Ctrl+Y") in window.act_redo.shortcuts()
    window.nav.setFocus()
    window.activateWindow()
    qtbot.keyClick(window.nav, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.state.model.financing.rate == 0.105, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: card_text(window, "equity_irr") == original, timeout=TIMEOUT)
    assert editor.text() == "10,5 %"
    assert not window.isWindowModified()
    qtbot.keyClick(window.nav, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.state.model.financing.rate == 0.13, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: card_text(window, "equity_irr") == edited, timeout=TIMEOUT)
    assert editor.text() == "13 %"


def test_a_choice_is_picked_from_a_list(window, qtbot):
    window.show_page("financing")
    box = window.findChild(QComboBox, "financing.repayment")
    assert box.currentText() == "Esculpida a un ICSD"
    box.setCurrentIndex(box.findData("annuity"))
    box.activated.emit(box.currentIndex())
    assert window.state.model.financing.repayment == "annuity"
    want = expected_text(window.state.model, "min_dscr")
    qtbot.waitUntil(lambda: card_text(window, "min_dscr") == want, timeout=TIMEOUT)


def test_save_then_reopen_gives_identical_inputs(window, qtbot, dialogs, tmp_path):
    window.show_page("financing")
    type_into(qtbot, window.findChild(QLineEdit, "financing.rate"), "11,25")
    saved_inputs = to_dict(window.state.model)
    dialogs.save_path = str(tmp_path / "edificio")
    window.act_save_as.trigger()
    target = tmp_path / "edificio.pppm"
    assert target.is_file()
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("edificio.pppm")
    type_into(qtbot, window.findChild(QLineEdit, "financing.rate"), "9")
    dialogs.answer = dialogs.answer.Discard
    dialogs.open_path = str(target)
    window.act_open.trigger()
    assert [kind for kind, _t, _x in dialogs.shown] == ["question"]
    assert to_dict(window.state.model) == saved_inputs
    assert window.findChild(QLineEdit, "financing.rate").text() == "11,25 %"
    assert json.loads(target.read_text(encoding="utf-8"))["model"]["financing"]["rate"] == 0.1125


def test_a_corrupt_file_gives_a_dialog_and_keeps_the_current_work(window, qtbot, dialogs,
                                                                  tmp_path):
    window.show_page("financing")
    type_into(qtbot, window.findChild(QLineEdit, "financing.rate"), "11")
    before, edits = window.state.model, window.state.undo_stack.count()
    bad = tmp_path / "roto.pppm"
    bad.write_text('{"format": "pppmodeler-scenario", "version": 1, "model": {"financing": '
                   '{"rate": "mucho"}}', encoding="utf-8")
    dialogs.open_path = str(bad)
    window.act_open.trigger()
    (kind, title, text), = [d for d in dialogs.shown if d[0] == "critical"]
    assert title == "No se pudo abrir el archivo"
    assert str(bad) in text and "El modelo abierto no cambió" in text
    assert window.state.model is before
    assert window.state.undo_stack.count() == edits
    assert window.isWindowModified()
    assert window.findChild(QLineEdit, "financing.rate").text() == "11 %"


def test_a_wrong_value_in_a_file_is_named_with_its_place(window, dialogs, tmp_path):
    from pppmodeler import bundled
    data = json.loads(bundled.sample_text("heritage_building"))
    data["model"]["financing"]["rate"] = "mucho"
    bad = tmp_path / "malo.pppm"
    bad.write_text(json.dumps(data), encoding="utf-8")
    assert not window.open_path(bad)
    (_kind, _title, text), = dialogs.shown
    assert "financing.rate" in text


def test_revenue_table_cells_are_typed_into(window, qtbot):
    window.show_page("revenues")
    table = window.forms["revenues"]
    view = table.view
    col = [f.name for f in table.model.columns].index("area_m2")
    index = table.model.index(0, col)
    assert index.data() == "2300"
    view.setFocus()
    view.setCurrentIndex(index)
    type_into(qtbot, cell_editor(view, index), "2500")
    qtbot.waitUntil(lambda: window.state.model.revenues[0].area_m2 == 2500.0, timeout=TIMEOUT)
    want = expected_text(window.state.model, "project_npv")
    qtbot.waitUntil(lambda: card_text(window, "project_npv") == want, timeout=TIMEOUT)
    # an invalid cell: message under the table, model unchanged
    before = window.state.model
    col = [f.name for f in table.model.columns].index("stabilised_occupancy")
    index = table.model.index(1, col)
    type_into(qtbot, cell_editor(view, index), "120")
    qtbot.waitUntil(table.message.isVisible, timeout=TIMEOUT)  # the view commits queued
    assert table.message.text() == ("Ingresos › Oficinas y coworking › Ocupación estabilizada: "
                                    "Debe estar entre 0 % y 100 %.")
    assert window.state.model is before


def test_a_percentage_cost_is_typed_and_shown_as_a_percentage(window, qtbot):
    window.show_page("costs")
    table = window.forms["costs"]
    row = [c.kind for c in window.state.model.costs].index("percent_of_revenue")
    index = table.model.index(row, [f.name for f in table.model.columns].index("value"))
    assert index.data() == "5 %"                         # 0.05 of revenue
    table.view.setFocus()
    table.view.setCurrentIndex(index)
    type_into(qtbot, cell_editor(table.view, index), "6")
    qtbot.waitUntil(lambda: window.state.model.costs[row].value == 0.06, timeout=TIMEOUT)
    type_into(qtbot, cell_editor(table.view, index), "7 %")
    qtbot.waitUntil(lambda: window.state.model.costs[row].value == 0.07, timeout=TIMEOUT)
    # the fixed costs of the same column stay amounts
    fixed = [c.kind for c in window.state.model.costs].index("fixed")
    assert table.model.index(fixed, index.column()).data() == "420"


def test_lines_are_added_and_removed_undoably(window):
    window.show_page("costs")
    table = window.forms["costs"]
    n = table.model.rowCount()
    window.findChild(QPushButton, "costs.add").click()
    assert table.model.rowCount() == n + 1
    assert window.state.model.costs[-1].name == f"Nueva línea {n + 1}"
    table.view.selectRow(0)
    window.findChild(QPushButton, "costs.remove").click()
    assert table.model.rowCount() == n
    assert window.state.model.costs[0].name == "Aseo, vigilancia y mantenimiento rutinario"
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert [c.name for c in window.state.model.costs][0] == "Administración y personal"
    assert table.model.rowCount() == n


def test_results_page_shows_charts_messages_and_periods(window, qtbot):
    window.show_page("results")
    qtbot.waitUntil(lambda: window.charts.drawn is window.results, timeout=TIMEOUT)
    for key in ("cash_flow", "dscr", "debt", "equity_cash"):
        assert window.charts.canvases[key].figure.axes
    assert window.periods.rowCount() > 10
    assert window.periods.columnCount() == len(window.results.grid.labels())
    # a guardrail warning appears in plain words and leads to its input
    window.show_page("financing")
    type_into(qtbot, window.findChild(QLineEdit, "financing.covenant_dscr"), "1,8")
    qtbot.waitUntil(lambda: any("covenant" in window.messages.item(i).text()
                                for i in range(window.messages.count())), timeout=TIMEOUT)
    assert window.cards.cards["min_dscr"].property("light") == "red"
    item = next(window.messages.item(i) for i in range(window.messages.count())
                if "covenant" in window.messages.item(i).text())
    window.show_page("results")
    window.messages.itemActivated.emit(item)
    assert window.page_keys[window.nav.currentRow()] == "financing"


def test_a_model_that_cannot_be_evaluated_shows_no_earlier_charts_or_lines(window, qtbot):
    window.show_page("results")
    qtbot.waitUntil(lambda: window.charts.drawn is window.results, timeout=TIMEOUT)
    window.state.edit("financing.tenor_years", 40)        # past the concession's end
    qtbot.waitUntil(lambda: window.results is None and window.error is not None,
                    timeout=TIMEOUT)
    assert window.periods.rowCount() == 0
    assert all(not c.figure.axes for c in window.charts.canvases.values())
    assert window.messages.count() >= 1
    window.act_undo.trigger()                               # back to a model that evaluates
    qtbot.waitUntil(lambda: window.charts.drawn is window.results is not None,
                    timeout=TIMEOUT)
    assert window.periods.rowCount() > 10


def test_switching_to_english_keeps_the_model_and_its_history(window, qtbot):
    window.show_page("financing")
    type_into(qtbot, window.findChild(QLineEdit, "financing.rate"), "11")
    window.act_lang["en"].trigger()
    assert window.nav.item(0).text() == "Property"
    assert window.page_keys[window.nav.currentRow()] == "financing"
    assert window.findChild(QLineEdit, "financing.rate").text() == "11 %"
    assert window.cards.cards["equity_irr"].title.text() == "Equity IRR (nominal)"
    want = expected_text(window.state.model, "equity_irr", "en")
    qtbot.waitUntil(lambda: card_text(window, "equity_irr") == want, timeout=TIMEOUT)
    assert window.menuBar().actions()[0].text() == "&File"
    window.act_undo.trigger()
    assert window.state.model.financing.rate == 0.105


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(window, qtbot,
                                                                      dialogs):
    window.show_page("financing")
    type_into(qtbot, window.findChild(QLineEdit, "financing.rate"), "11")
    dialogs.answer = dialogs.answer.Cancel
    assert not window.close()
    assert window.isVisible()
    dialogs.answer = dialogs.answer.Discard
    assert window.close()


def test_a_metric_that_does_not_exist_says_to_check_the_flows_not_borderline(window, qtbot):
    window.state.edit("revenues[0].base_value", 0.0)
    window.state.edit("revenues[1].base_value", 0.0)
    window.state.edit("revenues[2].base_value", 0.0)
    qtbot.waitUntil(lambda: window.results is not None
                    and window.results.metric("project_irr") is None, timeout=TIMEOUT)
    card = window.cards.cards["project_irr"]
    assert card.note.text().startswith("Revise los flujos · ")
    assert "Al límite" not in card.note.text()
