"""The Sensitivity, Break-even and Monte Carlo pages driven by clicks: each run in the
background with progress, its numbers equal to single evaluations of the engine, Cancel that
stops a run, and results marked out of date (not deleted) when an input changes."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtWidgets import QPushButton

from pppmodeler.analysis.settings import Distribution, Hurdle
from pppmodeler.core import paths
from pppmodeler.core.results import evaluate

TIMEOUT = 60_000


def open_pane(window, key):
    window.nav.setCurrentRow(window.page_keys.index(key))
    pane = window.pages.currentWidget()
    assert pane.objectName() == f"pane.{key}"
    return pane


def click(qtbot, pane, name):
    qtbot.mouseClick(pane.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def finished(qtbot, window, kind):
    qtbot.waitUntil(lambda: kind in window.analysis_runs.results
                    and not window.analysis_runs.busy(_pane_of(kind)), timeout=TIMEOUT)
    return window.analysis_runs.results[kind]


def _pane_of(kind):
    return {"two_way": "sensitivity"}.get(kind, kind)


def with_montecarlo(window, **changes):
    analyses = window.state.document.analyses
    settings = replace(analyses.montecarlo, **changes)
    window.state.set_part("analyses", replace(analyses, montecarlo=settings), "test")


DISTRIBUTIONS = [
    Distribution(path="revenues[0].stabilised_occupancy", kind="pert", low=0.75, mode=0.92,
                 high=0.97),
    Distribution(path="financing.rate", kind="normal", mean=0.105, sd=0.01)]


def test_a_tornado_bar_equals_a_single_evaluation(window, qtbot):
    pane = open_pane(window, "sensitivity")
    click(qtbot, pane, "sensitivity.run")
    run = finished(qtbot, window, "sensitivity")
    tornado, spider = run.value
    model = window.state.model
    bar = tornado.bars[0]
    alone = evaluate(paths.with_value(model, bar.path, bar.input_low)).metric("equity_irr")
    assert math.isclose(bar.low.value, alone, rel_tol=1e-9)
    drawn = pane.tornado_chart.figure.axes[0].patches[0]
    assert math.isclose(drawn.get_x() + drawn.get_width(), alone, rel_tol=1e-9)
    assert len(pane.spider_chart.figure.axes[0].get_lines()) >= len(spider.lines)
    assert pane.run_bar.status.text() == "Listo."


def test_the_settings_are_undoable_edits_of_the_document(window, qtbot):
    pane = open_pane(window, "sensitivity")
    click(qtbot, pane, "sensitivity.defaults")
    assert window.state.document.analyses.sensitivity.inputs
    assert pane.inputs.table.rowCount() == len(window.state.document.analyses.sensitivity
                                               .inputs)
    assert window.isWindowModified()
    window.act_undo.trigger()
    assert window.state.document.analyses.sensitivity.inputs == []
    assert pane.inputs.table.rowCount() == 0


def test_a_two_way_table_is_shown_with_the_core_values(window, qtbot):
    pane = open_pane(window, "sensitivity")
    click(qtbot, pane, "two_way.run")
    table = finished(qtbot, window, "two_way").value
    assert pane.table.rowCount() == len(table.row_values)
    assert pane.table.columnCount() == len(table.column_values)
    assert pane.table.item(0, 0).text().endswith("%")


def test_a_shortcut_solves_the_maximum_canon_and_applies_it(window, qtbot):
    pane = open_pane(window, "breakeven")
    click(qtbot, pane, "breakeven.max_canon")
    solution, _x, _y = finished(qtbot, window, "breakeven").value
    assert solution.status == "solved"
    model = window.state.model
    irr = evaluate(paths.with_value(model, "district.canon", solution.value)).metric(
        "equity_irr")
    assert math.isclose(irr, model.valuation.target_equity_irr, abs_tol=1e-6)
    assert "Canon" in pane.answer.text() and pane.apply_button.isEnabled()
    click(qtbot, pane, "breakeven.apply")
    assert window.state.model.district.canon == solution.value
    assert pane.banner.isVisible()                  # the model changed: the answer is stale
    window.act_undo.trigger()
    assert window.state.model.district.canon == model.district.canon


def test_no_solution_is_said_with_the_metric_at_the_ends(window, qtbot):
    pane = open_pane(window, "breakeven")
    analyses = window.state.document.analyses
    seek = replace(analyses.goal_seek, path="district.revenue_share", metric="equity_irr",
                   target=0.9)
    window.state.set_part("analyses", replace(analyses, goal_seek=seek), "test")
    click(qtbot, pane, "breakeven.solve")
    solution, _x, _y = finished(qtbot, window, "breakeven").value
    assert solution.status == "no_solution"
    assert pane.answer.text().startswith("Sin solución en [")
    assert solution.note == "below"
    assert "El indicador queda por debajo del objetivo en todo el rango" in pane.answer.text()
    assert not pane.apply_button.isEnabled()


def test_a_small_monte_carlo_run_shows_percentiles(window, qtbot):
    pane = open_pane(window, "montecarlo")
    with_montecarlo(window, iterations=300, distributions=DISTRIBUTIONS, correlations=[],
                    hurdles=[Hurdle("min_dscr", "below", 1.3)])
    click(qtbot, pane, "montecarlo.run")
    result = finished(qtbot, window, "montecarlo").value
    assert result.n == 300
    p50 = result.percentiles("equity_irr")["P50"]
    row = [pane.percentiles.verticalHeaderItem(r).text()
           for r in range(pane.percentiles.rowCount())].index("TIR del inversionista (nominal)")
    assert pane.percentiles.item(row, 3).text() == f"{p50 * 100:.2f} %".replace(".", ",")
    assert pane.hurdles.item(0, 0).text().endswith("%")
    assert pane.drivers.rowCount() == 2
    assert pane.histogram.figure is not None and pane.cdf.figure is not None
    window.state.edit("financing.rate", 0.12)
    assert pane.banner.isVisible()
    assert pane.percentiles.item(row, 3).text().endswith("%")      # kept


def test_settings_that_cannot_run_are_explained_in_spanish(window, qtbot):
    pane = open_pane(window, "montecarlo")
    with_montecarlo(window, iterations=50, correlations=[], hurdles=[], distributions=[
        Distribution(path="financing.rate", kind="uniform", low=0.2, high=0.1)])
    click(qtbot, pane, "montecarlo.run")
    qtbot.waitUntil(lambda: "No se pudo calcular" in pane.run_bar.status.text(),
                    timeout=TIMEOUT)
    assert pane.run_bar.status.text() == (
        "No se pudo calcular: analyses.montecarlo.distributions[0] (uniform en "
        "financing.rate): requiere bajo ≤ alto; se recibió bajo 0,2, alto 0,1")


def test_cancel_stops_a_run_within_a_second(window, qtbot):
    pane = open_pane(window, "montecarlo")
    with_montecarlo(window, iterations=400_000, distributions=DISTRIBUTIONS, correlations=[])
    click(qtbot, pane, "montecarlo.run")
    qtbot.waitUntil(lambda: pane.run_bar.bar.value() > 0, timeout=TIMEOUT)
    assert pane.run_bar.cancel.isVisible()
    clock = QElapsedTimer()
    clock.start()
    qtbot.mouseClick(pane.run_bar.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.analysis_runs.busy("montecarlo"), timeout=5_000)
    assert clock.elapsed() < 1000
    assert "montecarlo" not in window.analysis_runs.results
    assert pane.run_bar.status.text().startswith("Cancelado")
    assert not pane.run_bar.cancel.isVisible()


@pytest.mark.parametrize("key", ["scenarios", "sensitivity", "breakeven", "montecarlo"])
def test_results_survive_a_language_switch(window, qtbot, key):
    if key == "montecarlo":
        with_montecarlo(window, iterations=50, distributions=DISTRIBUTIONS, correlations=[])
    pane = open_pane(window, key)
    run = {"scenarios": pane.compare if key == "scenarios" else None,
           "sensitivity": getattr(pane, "run_sensitivity", None),
           "breakeven": lambda: pane.ask("min_term") if key == "breakeven" else None,
           "montecarlo": getattr(pane, "run", None)}[key]
    run()
    kept = finished(qtbot, window, key)
    window.set_language("en")
    assert window.analysis_runs.results[key] is kept
    pane = window.pages.currentWidget()
    assert pane.objectName() == f"pane.{key}" and not pane.banner.isVisible()


def test_the_bundled_sample_runs_out_of_the_box(window, qtbot):
    pane = open_pane(window, "montecarlo")
    with_montecarlo(window, iterations=200)
    assert pane.findChild(QPushButton, "montecarlo.distributions.add") is not None
    click(qtbot, pane, "montecarlo.run")
    result = finished(qtbot, window, "montecarlo").value
    assert result.n == 200
    assert pane.drivers.rowCount() == len(window.state.document.analyses.montecarlo
                                          .distributions)


def test_input_pickers_follow_a_renamed_line_and_keep_their_choice(window, qtbot):
    from pppmodeler.gui.analysis.pane import InputPicker

    pane = open_pane(window, "montecarlo")
    with_montecarlo(window, distributions=DISTRIBUTIONS)
    picker = pane.findChild(InputPicker, "montecarlo.distributions[0].path")
    assert picker.path() == "revenues[0].stabilised_occupancy"
    assert picker.currentText().startswith("Ingresos › Locales comerciales ›")
    window.state.edit("financing.rate", 0.12)            # a value: the same choices
    assert picker.currentText().startswith("Ingresos › Locales comerciales ›")
    model = window.state.model
    renamed = replace(model, revenues=[replace(model.revenues[0], name="Tiendas"),
                                       *model.revenues[1:]])
    window.state.change(renamed, "rename")
    assert picker.path() == "revenues[0].stabilised_occupancy"
    assert picker.currentText().startswith("Ingresos › Tiendas ›")
    texts = [picker.itemText(i) for i in range(picker.count())]
    assert not any("Locales comerciales" in t for t in texts)
    window.act_undo.trigger()
    assert picker.currentText().startswith("Ingresos › Locales comerciales ›")
