"""What a new user met on the analysis pages: values that must stay readable beside long input
labels, a Solve button that says what is missing, and pickers that show the inputs a two-way
run used."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTabWidget

from pppmodeler.core import paths

from .test_analysis_panes import click, finished, open_pane, with_montecarlo


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_drivers_values_stay_readable_beside_long_labels(window, qtbot, lang):
    window.resize(1366, 768)
    if lang == "en":
        window.set_language("en")
    with_montecarlo(window, iterations=200)
    pane = open_pane(window, "montecarlo")
    click(qtbot, pane, "montecarlo.run")
    run = finished(qtbot, window, "montecarlo")
    tabs = pane.findChild(QTabWidget, "montecarlo.results")
    tabs.setCurrentWidget(pane.drivers)
    qtbot.waitUntil(lambda: pane.drivers.isVisible())
    qtbot.wait(50)
    table = pane.drivers
    assert table.rowCount() >= 2
    metrics = table.fontMetrics()
    for j in range(table.columnCount()):
        heading = table.horizontalHeaderItem(j).text()
        assert table.columnWidth(j) >= max(60, metrics.horizontalAdvance(heading))
        for i in range(table.rowCount()):
            assert table.columnWidth(j) > metrics.horizontalAdvance(table.item(i, j).text())
    assert table.item(0, 1).text().endswith("%")
    assert table.verticalHeader().width() < table.width() - 2 * 60
    # the whole label of a row is in its tooltip
    path = run.value.drivers("equity_irr").index[0]
    whole = paths.label(path, lang, window.state.model)
    assert table.verticalHeaderItem(0).toolTip() == whole
    assert table.item(0, 0).toolTip() == whole


def test_solve_without_an_input_says_to_choose_one_and_runs_nothing(window, qtbot):
    from PySide6.QtWidgets import QComboBox, QPushButton

    pane = open_pane(window, "breakeven")
    assert window.state.document.analyses.goal_seek.path == ""
    solve = pane.findChild(QPushButton, "breakeven.solve")
    message = "Elija el supuesto a despejar en la lista «Supuesto a despejar»."
    assert not solve.isEnabled() and solve.toolTip() == message
    click(qtbot, pane, "breakeven.solve")                       # a disabled button: nothing
    assert pane.solve() is False                                 # and asked anyway: the words
    assert pane.message.text() == message
    assert "breakeven" not in window.analysis_runs.results
    assert not window.analysis_runs.busy("breakeven")
    assert "analyses.goal_seek.path" not in pane.run_bar.status.text()
    picker = pane.findChild(QComboBox, "goal_seek.path")
    picker.setCurrentIndex(picker.findData("district.canon"))
    picker.activated.emit(picker.currentIndex())
    assert window.state.document.analyses.goal_seek.path == "district.canon"
    assert solve.isEnabled() and pane.message.text() == ""
    click(qtbot, pane, "breakeven.solve")
    assert finished(qtbot, window, "breakeven").value[0].path == "district.canon"


def test_solve_says_what_to_do_in_english(window, qtbot):
    from PySide6.QtWidgets import QPushButton

    window.set_language("en")
    pane = open_pane(window, "breakeven")
    solve = pane.findChild(QPushButton, "breakeven.solve")
    assert not solve.isEnabled()
    assert solve.toolTip() == "Choose the input to solve in the list “Input to solve”."


@pytest.mark.parametrize("lang, word", [("es", "predeterminado"), ("en", "default")])
def test_after_a_default_two_way_run_the_pickers_show_its_inputs(window, qtbot, lang, word):
    from PySide6.QtWidgets import QComboBox

    if lang == "en":
        window.set_language("en")
    pane = open_pane(window, "sensitivity")
    two_way = window.state.document.analyses.two_way
    assert two_way.row_path == "" and two_way.column_path == ""
    rows = pane.findChild(QComboBox, "two_way.row_path")
    columns = pane.findChild(QComboBox, "two_way.column_path")
    assert word in rows.currentText() and word in columns.currentText()
    click(qtbot, pane, "two_way.run")
    result = finished(qtbot, window, "two_way").value
    model = window.state.model
    row_label = paths.label(result.row_path, lang, model)
    column_label = paths.label(result.column_path, lang, model)
    assert rows.currentText() == f"({word}: {row_label})"
    assert columns.currentText() == f"({word}: {column_label})"
    assert row_label in pane.table_title.text() and column_label in pane.table_title.text()
    assert rows.path() == "" and columns.path() == ""            # still the default
    window.state.edit("financing.rate", 0.12)                    # a refresh keeps the words
    assert rows.currentText() == f"({word}: {row_label})"
