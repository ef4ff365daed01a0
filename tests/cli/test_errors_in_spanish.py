"""What the command line says is wrong, in Spanish (the default) and, with ``--lang en``, in
English as before: a bad ``--set``, a file that cannot be opened, an option it cannot use, a
scenario that no longer fits the base case."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from pppmodeler.cli.main import main
from pppmodeler.fileformat import document
from pppmodeler.fileformat.wrapper import Scenario


@pytest.fixture
def sample(tmp_path):
    path = tmp_path / "heritage.pppm"
    assert main(["sample", "heritage_building", "-o", str(path)]) == 0
    return path


def error_of(capsys, *args) -> str:
    assert main([str(a) for a in args]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    return captured.err


def test_a_value_out_of_range_is_said_in_spanish_as_a_user_runs_it(sample):
    run = [sys.executable, "-m", "pppmodeler", "evaluate", str(sample), "--set",
           "financing.rate=7"]
    spanish = subprocess.run(run, capture_output=True, text=True, encoding="utf-8",
                             timeout=120)
    assert spanish.returncode == 1
    assert spanish.stderr == "pppmodeler: financing.rate: 7 supera el máximo de 1 (fracción)\n"
    english = subprocess.run(run + ["--lang", "en"], capture_output=True, text=True,
                             encoding="utf-8", timeout=120)
    assert english.returncode == 1
    assert english.stderr == "pppmodeler: financing.rate: 7 is above the maximum 1 (fraction)\n"


@pytest.mark.parametrize("item, spanish, english", [
    ("financing.rte=0.1", 'financing.rte: campo desconocido "rte" en financing; nombres '
                          'válidos: sizing, ', 'financing.rte: unknown field "rte" in financing'),
    ("revenues[9].base_value=1", "revenues[9].base_value: no existe la línea en la posición 9 "
                                 "de revenues: tiene 4 líneas, en las posiciones 0 a 3",
     "revenues[9].base_value: there is no line 9 in revenues: it has 4 lines"),
    ("financing.rate=1,5", 'financing.rate: se esperaba un número; se recibió "1,5"; use el '
                           'punto como separador decimal',
     'financing.rate: expected a number, got "1,5"; use a dot as the decimal separator'),
    ("timeline.operation_years=2.5", "timeline.operation_years: se esperaba un número entero; "
                                     "se recibió 2.5",
     "timeline.operation_years: expected a whole number, got 2.5"),
    ("macro.cpi=[0.04, true]", "macro.cpi[1]: se esperaba un número; se recibió true",
     "macro.cpi[1]: expected a number, got true"),
    ("financing.rate", "financing.rate: se esperaba RUTA=VALOR, p. ej. financing.rate=0.11",
     "financing.rate: expected PATH=VALUE, e.g. financing.rate=0.11"),
])
def test_a_bad_set_says_what_and_where_in_spanish(sample, capsys, item, spanish, english):
    assert error_of(capsys, "evaluate", sample, "--set", item).startswith(
        f"pppmodeler: {spanish}")
    assert error_of(capsys, "sensitivity", sample, "--set", item, "--lang", "en").startswith(
        f"pppmodeler: {english}")


def test_an_input_the_analyses_cannot_vary_is_said_in_spanish(sample, capsys):
    assert error_of(capsys, "sensitivity", sample, "--input", "financing.rte").startswith(
        'pppmodeler: analyses.sensitivity.inputs[0]: financing.rte: campo desconocido "rte" en '
        "financing; nombres válidos: ")
    assert error_of(capsys, "goalseek", sample, "--input", "revenues[9].base_value", "--metric",
                    "equity_irr", "--target", "0.1") == (
        "pppmodeler: analyses.goal_seek.path: revenues[9].base_value: no existe la línea en la "
        "posición 9 de revenues: tiene 4 líneas, en las posiciones 0 a 3\n")


def test_a_scenario_that_is_not_in_the_file_is_said_in_spanish(sample, capsys):
    assert error_of(capsys, "evaluate", sample, "--scenario", "Nada") == (
        f"pppmodeler: --scenario: no hay ningún escenario llamado 'Nada' en {sample} "
        "(escenarios: 'Pesimista', 'Canon alto', 'Optimista')\n")
    assert error_of(capsys, "evaluate", sample, "--scenario", "Nada", "--lang", "en") == (
        f"pppmodeler: --scenario: no scenario named 'Nada' in {sample} (scenarios: "
        "'Pesimista', 'Canon alto', 'Optimista')\n")


def test_a_bad_file_is_said_in_spanish_by_validate_and_evaluate(sample, capsys):
    data = json.loads(sample.read_text(encoding="utf-8"))
    data["model"]["financing"]["rate"] = 7
    data["scenarios"][0]["overrides"]["financing.rte"] = 0.1
    sample.write_text(json.dumps(data), encoding="utf-8")
    spanish = error_of(capsys, "validate", sample)
    assert spanish == (
        f"pppmodeler: {sample}: 2 problemas:\n"
        "  model.financing.rate: 7 supera el máximo de 1 (fracción)\n"
        '  scenarios[0].overrides["financing.rte"]: campo desconocido "rte" en financing; '
        "nombres válidos: sizing, gearing, amount, drawdown, rate, upfront_fee, commitment_fee, "
        "grace_years, tenor_years, repayment, target_dscr, dsra_months, lockup_dscr, "
        'covenant_dscr; ¿quiso decir "rate"?\n')
    assert error_of(capsys, "evaluate", sample) == spanish
    english = error_of(capsys, "validate", sample, "--lang", "en")
    assert english.startswith(f"pppmodeler: {sample}: 2 problems:\n"
                              "  model.financing.rate: 7 is above the maximum 1 (fraction)\n")


def test_a_file_that_is_not_json_or_not_a_file_is_said_in_spanish(tmp_path, capsys):
    other = tmp_path / "otro.pppm"
    other.write_text('{"format": "otro"}', encoding="utf-8")
    assert error_of(capsys, "validate", other) == (
        f'pppmodeler: {other}: format: no es un archivo de escenario de pppmodeler (su formato '
        'es "otro"; se esperaba "format": "pppmodeler-scenario")\n')
    folder = tmp_path / "carpeta.pppm"
    folder.mkdir()
    assert error_of(capsys, "evaluate", folder) == \
        f"pppmodeler: {folder}: no es un archivo regular\n"


def test_options_the_commands_cannot_use_are_said_in_spanish(sample, tmp_path, capsys):
    assert error_of(capsys, "export", sample, "-o", tmp_path / "informe.csv") == (
        f"pppmodeler: -o: {tmp_path / 'informe.csv'}: el informe, un libro de Excel, debe "
        "tener la extensión .xlsx\n")
    assert error_of(capsys, "export", sample, "-o", tmp_path / "no" / "informe.xlsx") == (
        f"pppmodeler: -o: {tmp_path / 'no' / 'informe.xlsx'}: la carpeta {tmp_path / 'no'} no "
        "existe\n")
    assert error_of(capsys, "goalseek", sample, "--input", "financing.rate", "--metric",
                    "equity_irr", "--target", "0.1", "--lo", "-1") == (
        "pppmodeler: analyses.goal_seek.lo: -1 está fuera del rango válido de financing.rate "
        "(entre 0 y 1 (fracción))\n")
    assert error_of(capsys, "goalseek", sample, "--input", "property.area_m2", "--metric",
                    "equity_irr", "--target", "0.1", "--lo", "-1.5") == (
        "pppmodeler: analyses.goal_seek.lo: -1,5 está fuera del rango válido de "
        "property.area_m2 (al menos 0 (m²))\n")


@pytest.fixture
def unfit(sample):
    """A file with a scenario that changes the second CPI value: with ``--set
    macro.cpi=[0.05]`` the base case has no second value and the scenario no longer fits."""
    doc = document.load(sample)
    doc.scenarios.append(Scenario(name="IPC alto", overrides={"macro.cpi[1]": 0.06}))
    document.save(doc, sample)
    return sample


def test_a_scenario_that_no_longer_fits_is_said_in_spanish(unfit, capsys):
    spanish = ("macro.cpi[1]: no existe el elemento en la posición 1 de macro.cpi: tiene 1 "
               "elemento, en la posición 0; para alargar la lista, asígnela completa, p. ej. "
               "macro.cpi=[…]")
    assert main(["scenarios", str(unfit), "--set", "macro.cpi=[0.05]"]) == 0
    assert f"IPC alto: no se puede evaluar: {spanish}" in capsys.readouterr().out
    assert main(["scenarios", str(unfit), "--set", "macro.cpi=[0.05]", "--json"]) == 0
    cases = json.loads(capsys.readouterr().out)["cases"]
    assert cases[-1] == {"name": "IPC alto", "problem": spanish}
    assert main(["scenarios", str(unfit), "--set", "macro.cpi=[0.05]", "--lang", "en"]) == 0
    assert ("IPC alto: cannot be evaluated: macro.cpi[1]: macro.cpi has no element 1: it has 1 "
            "element, at position 0") in capsys.readouterr().out


def test_the_report_says_why_a_scenario_has_no_column_in_spanish(unfit, tmp_path):
    """As the desktop exports it: with the comparison it computed on its edited base case."""
    from openpyxl import load_workbook

    from pppmodeler import report
    from pppmodeler.analysis.scenarios import compare
    from pppmodeler.core import paths
    from pppmodeler.report.analyses import AnalysisResults, ScenarioComparison

    doc = document.load(unfit)
    base = paths.with_value(doc.model, "macro.cpi", [0.05])
    comparison = ScenarioComparison(base, doc.scenarios, compare(base, doc.scenarios))
    out = report.export(doc, base, tmp_path / "informe.xlsx", lang="es", sheets=("scenarios",),
                        analyses=AnalysisResults(scenarios=comparison))
    sheet = load_workbook(out, read_only=True)["Escenarios"]
    texts = [c for row in sheet.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert ("«IPC alto» no se puede evaluar: macro.cpi[1]: no existe el elemento en la posición "
            "1 de macro.cpi: tiene 1 elemento, en la posición 0; para alargar la lista, "
            "asígnela completa, p. ej. macro.cpi=[…]") in texts
