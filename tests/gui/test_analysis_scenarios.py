"""The Scenarios page, driven as a person does: from the navigation, clicking buttons, typing
names and values; every change undoable; the comparison equal to the core's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from pppmodeler.analysis import scenarios as sc
from pppmodeler.core import paths
from pppmodeler.core.metrics import UNITS
from pppmodeler.core.results import HEADLINE
from pppmodeler.present import metric_text


@pytest.fixture
def pane(window, qtbot):
    row = window.page_keys.index("scenarios")
    window.nav.setCurrentRow(row)        # what a click on "Escenarios" does
    pane = window.pages.currentWidget()
    assert pane.objectName() == "pane.scenarios"
    return pane


def click(qtbot, pane, name):
    qtbot.mouseClick(pane.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def names(window):
    return [s.name for s in window.state.document.scenarios]


def test_the_scenarios_page_is_in_the_navigation(window):
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Escenarios" in labels and "Sensibilidad" in labels
    assert "Punto de equilibrio" in labels and "Montecarlo" in labels


def test_new_rename_duplicate_delete_and_undo(window, pane, qtbot, dialogs):
    before = names(window)
    click(qtbot, pane, "scenarios.new")
    assert names(window) == before + ["Nuevo escenario"]
    assert window.state.document.scenarios[-1].overrides == {}
    assert window.isWindowModified()
    pane.name.selectAll()
    qtbot.keyClicks(pane.name, "Canon muy alto")
    qtbot.keyClick(pane.name, Qt.Key.Key_Return)
    assert names(window)[-1] == "Canon muy alto"
    click(qtbot, pane, "scenarios.duplicate")
    assert names(window)[-2:] == ["Canon muy alto", "Canon muy alto (copia)"]
    dialogs.answer = QMessageBox.StandardButton.No
    click(qtbot, pane, "scenarios.delete")
    assert len(names(window)) == len(before) + 2          # not confirmed: nothing deleted
    dialogs.answer = QMessageBox.StandardButton.Yes
    click(qtbot, pane, "scenarios.delete")
    assert names(window) == before + ["Canon muy alto"]
    assert dialogs.shown[-1][0] == "question"
    for expected in (before + ["Canon muy alto", "Canon muy alto (copia)"],
                     before + ["Canon muy alto"], before + ["Nuevo escenario"], before):
        window.act_undo.trigger()
        assert names(window) == expected
        assert [pane.list.item(i).text() for i in range(pane.list.count())] == expected
    assert not window.isWindowModified()


def test_a_taken_or_blank_name_is_refused_beside_the_field(window, pane, qtbot):
    first, second = names(window)[:2]
    pane.list.setCurrentRow(0)
    pane.name.selectAll()
    qtbot.keyClicks(pane.name, second)
    qtbot.keyClick(pane.name, Qt.Key.Key_Return)
    assert names(window)[0] == first
    assert second in pane.name_message.text()
    assert pane.rename("   ") is False
    assert pane.name_message.text() == "Un escenario necesita un nombre."


def test_an_override_is_added_edited_and_removed(window, pane, qtbot):
    click(qtbot, pane, "scenarios.new")
    pane.picker.set_path("financing.rate")
    click(qtbot, pane, "scenarios.add_override")
    base = window.state.model.financing.rate
    assert window.state.document.scenarios[-1].overrides == {"financing.rate": base}
    assert pane.overrides.rowCount() == 1
    assert pane.overrides.item(0, 0).text() == paths.label("financing.rate", "es")
    pane.overrides.item(0, 3).setText("12,5 %")           # what typing in the cell commits
    assert window.state.document.scenarios[-1].overrides == {"financing.rate": 0.125}
    pane.overrides.item(0, 3).setText("no")
    assert window.state.document.scenarios[-1].overrides == {"financing.rate": 0.125}
    assert pane.value_message.text()
    pane.overrides.selectRow(0)
    click(qtbot, pane, "scenarios.remove_override")
    assert window.state.document.scenarios[-1].overrides == {}
    window.act_undo.trigger()
    assert window.state.document.scenarios[-1].overrides == {"financing.rate": 0.125}
    assert window.state.model.financing.rate == base      # the base case is untouched


def test_new_from_base_pins_the_inputs_the_other_scenarios_change(window, pane, qtbot):
    click(qtbot, pane, "scenarios.new_from_base")
    pinned = window.state.document.scenarios[-1]
    assert pinned.overrides["financing.rate"] == window.state.model.financing.rate
    assert "district.canon" in pinned.overrides


def test_the_comparison_equals_the_core_and_changes_nothing(window, pane, qtbot):
    doc = window.state.document
    click(qtbot, pane, "scenarios.compare")
    qtbot.waitUntil(lambda: "scenarios" in window.analysis_runs.results, timeout=20_000)
    expected = sc.compare(doc.model, doc.scenarios)
    table = pane.comparison
    assert table.columnCount() == len(expected) == len(doc.scenarios) + 1
    assert table.horizontalHeaderItem(0).text() == "Caso base"
    for r, metric in enumerate(HEADLINE):
        for c, outcome in enumerate(expected):
            want = metric_text(outcome.metric(metric), UNITS[metric],
                               outcome.results.status(metric), "es")
            assert table.item(r, c).text() == want
    assert window.state.document is doc and not window.isWindowModified()
    bars = pane.chart.figure.axes[0].patches
    assert [round(b.get_height(), 12) for b in bars] == [
        round(o.metric("equity_irr"), 12) for o in expected]


def test_editing_an_input_marks_the_comparison_out_of_date(window, pane, qtbot):
    click(qtbot, pane, "scenarios.compare")
    qtbot.waitUntil(lambda: "scenarios" in window.analysis_runs.results, timeout=20_000)
    assert not pane.banner.isVisible()
    shown = pane.comparison.item(0, 0).text()
    window.state.edit("financing.rate", 0.13)
    assert pane.banner.isVisible()
    assert pane.comparison.item(0, 0).text() == shown      # kept, not deleted
    window.act_undo.trigger()
    assert not pane.banner.isVisible()                     # the same inputs again
    click(qtbot, pane, "scenarios.new")
    assert pane.banner.isVisible()                         # a scenario changed


def test_a_scenario_that_no_longer_fits_says_why_in_spanish():
    from pppmodeler.core.inputs import Model
    from pppmodeler.fileformat.wrapper import Scenario
    from pppmodeler.gui.analysis.scenarios_pane import outcome_problem

    outcome = sc.compare(Model(), [Scenario(name="Alto", overrides={
        "revenues[3].base_value": 2.0})])[1]
    assert outcome_problem(outcome, "es") == (
        "revenues[3].base_value: no existe la línea en la posición 3 de revenues: no tiene "
        "líneas")
    assert outcome_problem(outcome, "en") == (
        "revenues[3].base_value: there is no line 3 in revenues: it has no lines")
