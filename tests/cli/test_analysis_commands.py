"""The analysis commands, driven as a user would: their numbers are the analysis functions'."""

from __future__ import annotations

import json

import pytest

from pppmodeler.analysis import scenarios as sc
from pppmodeler.cli.main import main
from pppmodeler.core import paths
from pppmodeler.core.results import evaluate
from pppmodeler.fileformat import document


@pytest.fixture
def sample(tmp_path):
    path = tmp_path / "heritage.pppm"
    assert main(["sample", "heritage_building", "-o", str(path)]) == 0
    return path


def output_of(capsys, *args) -> str:
    capsys.readouterr()
    assert main([str(a) for a in args]) == 0
    return capsys.readouterr().out


def test_scenarios_json_is_each_scenario_evaluated_on_its_own(sample, capsys):
    out = json.loads(output_of(capsys, "scenarios", sample, "--json"))
    doc = document.load(sample)
    assert [c["name"] for c in out["cases"]] == [None] + [s.name for s in doc.scenarios]
    assert out["cases"][0]["equity_irr"] == pytest.approx(
        evaluate(doc.model).metric("equity_irr"), rel=1e-12)
    for case, scenario in zip(out["cases"][1:], doc.scenarios):
        alone = evaluate(paths.apply(doc.model, scenario.overrides))
        assert case["min_dscr"] == pytest.approx(alone.metric("min_dscr"), rel=1e-12)


def test_scenarios_table_names_every_case_in_the_chosen_language(sample, capsys):
    doc = document.load(sample)
    text = output_of(capsys, "scenarios", sample, "--lang", "en")
    header = text.splitlines()[0]
    assert header.split()[:3] == ["Metric", "base", "case"]
    for scenario in doc.scenarios:
        assert scenario.name in header
    equity = next(line for line in text.splitlines() if line.startswith("Equity IRR (nominal)"))
    irr = sc.compare(doc.model, doc.scenarios)[0].metric("equity_irr")
    assert f"{irr * 100:.2f} %" in equity
    assert "Project NPV (COP millions)" in text


def test_a_scenario_that_cannot_be_evaluated_is_reported_and_the_rest_printed(sample, capsys):
    text = output_of(capsys, "scenarios", sample, "--set", "timeline.operation_years=5",
                     "--lang", "en")
    assert "base case: cannot be evaluated:" in text
    assert "The debt matures" in text


def test_sensitivity_json_bars_are_single_evaluations_at_low_and_high(sample, capsys):
    out = json.loads(output_of(capsys, "sensitivity", sample, "--metric", "district_npv",
                               "--input", "financing.rate", "--input", "district.canon",
                               "--percent", "0.2", "--json"))
    model = document.load(sample).model
    assert out["metric"] == "district_npv"
    assert {b["path"] for b in out["tornado"]} == {"financing.rate", "district.canon"}
    for bar in out["tornado"]:
        base = paths.get(model, bar["path"])
        assert bar["input_low"] == pytest.approx(base * 0.8)
        high = evaluate(paths.with_value(model, bar["path"], bar["input_high"]))
        assert bar["high"]["value"] == pytest.approx(high.metric("district_npv"), rel=1e-9)
    swings = [b["swing"] for b in out["tornado"]]
    assert swings == sorted(swings, reverse=True)


def test_sensitivity_two_way_table_cells_are_single_evaluations(sample, capsys):
    out = json.loads(output_of(capsys, "sensitivity", sample, "--rows", "financing.rate",
                               "--columns", "district.canon", "--json"))
    table = out["two_way"]
    model = document.load(sample).model
    i, j = 1, len(table["column_values"]) - 1
    cell = evaluate(paths.apply(model, {"financing.rate": table["row_values"][i],
                                        "district.canon": table["column_values"][j]}))
    assert table["values"][i][j]["value"] == pytest.approx(cell.metric("equity_irr"), rel=1e-9)


def test_goalseek_answer_re_evaluated_hits_the_target(sample, capsys):
    out = json.loads(output_of(capsys, "goalseek", sample, "--input", "financing.rate",
                               "--metric", "min_dscr", "--target", "1.3", "--json"))
    assert out["status"] == "solved"
    model = paths.with_value(document.load(sample).model, "financing.rate", out["value"])
    assert evaluate(model).metric("min_dscr") == pytest.approx(1.3, abs=1e-6)


def test_goalseek_without_a_solution_says_so_with_the_ends_of_the_range(sample, capsys):
    text = output_of(capsys, "goalseek", sample, "--input", "district.canon", "--metric",
                     "equity_irr", "--target", "0.5", "--lang", "en")
    assert text.startswith("No value of District terms › Fixed annual canon between 0.00 COP "
                           "millions and")
    assert "at 0.00 COP millions it is" in text


def test_goalseek_needs_a_question(sample, capsys):
    assert main(["goalseek", str(sample), "--input", "district.canon", "--lang", "en"]) == 1
    assert "--metric: needed (or name a --shortcut: max_canon," in capsys.readouterr().err
    assert main(["goalseek", str(sample), "--input", "district.canon"]) == 1
    assert "pppmodeler: --metric: falta (o indique un --shortcut: max_canon," in \
        capsys.readouterr().err


def test_montecarlo_without_distributions_is_an_input_error(sample, capsys):
    doc = document.load(sample)
    doc.analyses.montecarlo.distributions = []
    document.save(doc, sample)
    assert main(["montecarlo", str(sample), "--lang", "en"]) == 1
    assert "give at least one input a distribution" in capsys.readouterr().err
    # The default language is Spanish: so is the error.
    assert main(["montecarlo", str(sample)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("pppmodeler: analyses.montecarlo.distributions: el modelo no tiene "
                          "distribuciones: asigne una distribución al menos a un supuesto")


def test_export_chooses_its_analysis_sheets(sample, tmp_path, capsys):
    from openpyxl import load_workbook

    only = tmp_path / "solo.xlsx"
    assert main(["export", str(sample), "-o", str(only), "--sheets", "sensitivity",
                 "--lang", "en"]) == 0
    names = load_workbook(only, read_only=True).sheetnames
    assert "Sensitivity" in names and "Scenarios" not in names and "Monte Carlo" not in names
    bare = tmp_path / "sin.xlsx"
    assert main(["export", str(sample), "-o", str(bare), "--no-analyses", "--lang", "en"]) == 0
    assert "Sensitivity" not in load_workbook(bare, read_only=True).sheetnames
    assert main(["export", str(sample), "-o", str(bare), "--sheets", "tornado",
                 "--lang", "en"]) == 1
    assert "--sheets: unknown sheet 'tornado'; the analysis sheets are " in \
        capsys.readouterr().err
    assert main(["export", str(sample), "-o", str(bare), "--sheets", "tornado"]) == 1
    assert "--sheets: hoja desconocida 'tornado'; las hojas de análisis son scenarios, " in \
        capsys.readouterr().err


def test_percent_without_inputs_moves_the_usual_inputs_that_far(sample, capsys):
    out = json.loads(output_of(capsys, "sensitivity", sample, "--percent", "0.05", "--json"))
    model = document.load(sample).model
    bar = next(b for b in out["tornado"] if b["path"] == "district.canon")
    assert bar["input_high"] == pytest.approx(paths.get(model, "district.canon") * 1.05)


def test_two_way_values_can_be_given(sample, capsys):
    out = json.loads(output_of(capsys, "sensitivity", sample, "--rows", "district.canon",
                               "--row-values", "0,100,200", "--columns", "financing.rate",
                               "--json"))
    assert out["two_way"]["row_values"] == [0.0, 100.0, 200.0]
    assert main(["sensitivity", str(sample), "--rows", "district.canon", "--row-values",
                 "cero", "--lang", "en"]) == 1
    assert "--row-values: expected numbers" in capsys.readouterr().err
    assert main(["sensitivity", str(sample), "--rows", "district.canon", "--row-values",
                 "cero"]) == 1
    assert ("--row-values: se esperaban números separados por comas, con punto decimal "
            "(0,100,200 o 0.8,0.9,1); se recibió 'cero'") in capsys.readouterr().err
    assert main(["sensitivity", str(sample), "--rows", "district.canon", "--row-values",
                 "1,inf"]) == 1
    assert "--row-values: se esperaban números finitos; se recibió '1,inf'" in \
        capsys.readouterr().err


def test_small_input_values_keep_three_significant_digits(tmp_path, capsys):
    parking = tmp_path / "parqueadero.pppm"
    assert main(["sample", "public_parking", "-o", str(parking)]) == 0
    text = output_of(capsys, "sensitivity", parking, "--input", "revenues[0].base_value")
    base = paths.get(document.load(parking).model, "revenues[0].base_value")
    assert base < 0.01
    low = f"{base * 0.9:.5f}".replace(".", ",")
    assert low in text


def test_montecarlo_says_how_many_iterations_have_no_value(sample, capsys):
    text = output_of(capsys, "montecarlo", sample, "--iterations", "300", "--lang", "en")
    assert text.splitlines()[0] == ("Monte Carlo: 300 iterations, seed 20270101, sampling "
                                    "Latin hypercube")
    header = text.splitlines()[1]
    assert header.rstrip().endswith("No value")
    assert "Percentiles are over the iterations with a value" in text


def test_outputs_never_replace_an_input_nor_go_to_a_missing_folder(sample, tmp_path, capsys):
    from pppmodeler import bundled

    inventory = tmp_path / "inventario.csv"
    inventory.write_bytes(bundled.resource("inventory", "synthetic_inventory.csv")
                          .read_bytes()[:3000])
    before = inventory.read_bytes()
    assert main(["screen", str(inventory), "-o", str(inventory), "--lang", "en"]) == 1
    assert "is the input file" in capsys.readouterr().err
    assert main(["screen", str(inventory), "-o", str(inventory)]) == 1
    assert f"-o: {inventory} es el archivo de entrada; elija otro nombre" in \
        capsys.readouterr().err
    assert inventory.read_bytes() == before
    missing = tmp_path / "no" / "existe" / "informe.xlsx"
    assert main(["export", str(sample), "-o", str(missing), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "the folder" in err and "does not exist" in err and ".tmp" not in err
    assert main(["export", str(sample), "-o", str(missing)]) == 1
    assert f"pppmodeler: -o: {missing}: la carpeta {missing.parent} no existe" in \
        capsys.readouterr().err


def test_validate_finds_analysis_settings_that_cannot_run(sample, capsys):
    data = json.loads(sample.read_text(encoding="utf-8"))
    data["analyses"]["montecarlo"]["distributions"][0].update(
        {"kind": "pert", "low": 3.0, "mode": 2.0, "high": 4.0})
    data["analyses"]["montecarlo"]["correlations"] = []
    sample.write_text(json.dumps(data), encoding="utf-8")
    assert main(["validate", str(sample), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "analysis settings that cannot run (1)" in err
    assert "analyses.montecarlo.distributions[0]" in err and "needs low ≤ mode ≤ high" in err
