"""The command line, driven as a user would: exit codes, output and files."""

import json
import subprocess
import sys

import pytest

from pppmodeler.cli.main import main
from pppmodeler.core import paths
from pppmodeler.core.results import evaluate
from pppmodeler.fileformat import document

REQUIRED_KEYS = {"project_irr", "project_irr_pretax", "equity_irr", "project_npv", "equity_npv",
                 "district_npv", "min_dscr", "avg_dscr", "min_llcr", "payback_years",
                 "peak_debt", "balance_check"}


@pytest.fixture
def sample(tmp_path):
    path = tmp_path / "heritage.pppm"
    assert main(["sample", "heritage_building", "-o", str(path)]) == 0
    return path


def run_json(capsys, *args):
    assert main(["evaluate", *map(str, args), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_evaluate_json_has_every_metric_and_equals_the_engine(sample, capsys):
    out = run_json(capsys, sample)
    assert REQUIRED_KEYS <= set(out)
    results = evaluate(document.load(sample).model)
    for key in REQUIRED_KEYS:
        assert out[key] == pytest.approx(results.metric(key), rel=1e-12, abs=1e-12)
    assert out["balance_check"] < 1e-6


def test_set_overrides_one_input_for_one_run(sample, capsys):
    base = run_json(capsys, sample)
    raised = run_json(capsys, sample, "--set", "district.canon=0",
                      "--set", "financing.rate=12%")
    model = document.load(sample).model
    model = paths.with_value(paths.with_value(model, "district.canon", 0.0),
                             "financing.rate", 0.12)
    assert raised["equity_irr"] == pytest.approx(evaluate(model).metric("equity_irr"), rel=1e-12)
    assert raised["district_npv"] < base["district_npv"]
    assert document.load(sample).model.financing.rate != 0.12   # the file is untouched


def test_scenario_applies_its_overrides(sample, capsys):
    doc = document.load(sample)
    scenario = doc.scenarios[0]
    out = run_json(capsys, sample, "--scenario", scenario.name)
    expected = evaluate(paths.apply(doc.model, scenario.overrides))
    assert out["project_npv"] == pytest.approx(expected.metric("project_npv"), rel=1e-12)


@pytest.mark.parametrize("args, fragment", [
    (["--set", "financing.rate=diez"], "financing.rate"),
    (["--set", "revenues[Nope].base_value=1"], "Nope"),
    (["--set", "financing.rate"], "PATH=VALUE"),
    (["--scenario", "No such"], "No such"),
    (["--set", "timeline.operation_years=3"], "financing.tenor_years"),
])
def test_bad_input_says_what_and_where_with_exit_1(sample, capsys, args, fragment):
    assert main(["evaluate", str(sample), *args, "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert fragment in err
    assert "Traceback" not in err


def test_validate_exit_codes(sample, tmp_path, capsys):
    assert main(["validate", str(sample)]) == 0
    bad = tmp_path / "bad.pppm"
    bad.write_text(sample.read_text(encoding="utf-8").replace('"rate": ', '"rate": "x", "r": ', 1),
                   encoding="utf-8")
    assert main(["validate", str(bad)]) == 1
    assert "bad.pppm" in capsys.readouterr().err
    truncated = tmp_path / "truncated.pppm"
    truncated.write_text(sample.read_text(encoding="utf-8")[:200], encoding="utf-8")
    assert main(["validate", str(truncated)]) == 1
    assert main(["validate", str(tmp_path / "missing.pppm")]) == 1


def test_sample_refuses_to_overwrite_without_force(sample, capsys):
    before = sample.read_bytes()
    assert main(["sample", "-o", str(sample)]) == 1
    assert sample.read_bytes() == before
    assert main(["sample", "-o", str(sample), "--force"]) == 0


def test_sample_list_names_the_default(capsys):
    assert main(["sample", "--list", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "heritage_building  (default)" in out
    assert main(["sample", "--list"]) == 0
    assert "heritage_building  (predeterminado)" in capsys.readouterr().out


def test_sample_speaks_spanish_by_default(tmp_path, capsys):
    path = tmp_path / "s.pppm"
    assert main(["sample", "-o", str(path)]) == 0
    assert "se escribió el modelo de ejemplo 'heritage_building'" in capsys.readouterr().out
    assert main(["sample"]) == 0
    assert "use -o ARCHIVO" in capsys.readouterr().err
    assert main(["sample", "nope", "-o", str(tmp_path / "x.pppm")]) == 1
    assert "no hay un modelo de ejemplo con ese nombre" in capsys.readouterr().err


def test_unknown_sample_lists_the_known_ones(tmp_path, capsys):
    assert main(["sample", "nope", "-o", str(tmp_path / "x.pppm")]) == 1
    assert "heritage_building" in capsys.readouterr().err


def test_spanish_is_the_default_and_english_on_request(sample, capsys):
    assert main(["evaluate", str(sample)]) == 0
    assert "TIR del proyecto" in capsys.readouterr().out
    assert main(["evaluate", str(sample), "--lang", "en"]) == 0
    assert "Project IRR" in capsys.readouterr().out


def test_the_installed_command_runs_as_a_program(sample):
    proc = subprocess.run([sys.executable, "-m", "pppmodeler", "evaluate", str(sample), "--json"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert REQUIRED_KEYS <= set(json.loads(proc.stdout))


def test_a_defect_is_reported_in_one_line_not_a_traceback(sample, capsys, monkeypatch):
    import pppmodeler.cli.commands as commands

    def broken(model):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(commands, "evaluate", broken)
    assert main(["evaluate", str(sample)]) == 3
    err = capsys.readouterr().err
    assert "internal error (ZeroDivisionError: boom)" in err
    assert "Traceback" not in err


def test_an_input_the_engine_cannot_evaluate_is_explained_in_either_language(sample, capsys):
    args = ["evaluate", str(sample), "--set", "financing.tenor_years=7.5",
            "--set", "timeline.periods_per_year=1"]
    assert main(args) == 1
    assert "financing.tenor_years: la duración debe llenar periodos completos; da 7.5" in \
        capsys.readouterr().err
    assert main([*args, "--lang", "en"]) == 1
    assert "the duration must fill whole periods; it gives 7.5 periods" in capsys.readouterr().err


def test_inputs_missing_from_a_file_are_said_on_stderr(sample, capsys):
    data = json.loads(sample.read_text(encoding="utf-8"))
    del data["model"]["revenues"][0]["base_value"]
    sample.write_text(json.dumps(data), encoding="utf-8")
    assert main(["evaluate", str(sample), "--lang", "en"]) == 0
    err = capsys.readouterr().err
    assert "1 input(s) missing from the file were taken at their defaults: " \
           "model.revenues[0].base_value" in err
    assert main(["validate", str(sample)]) == 0
    assert capsys.readouterr().err == (
        f"aviso: {sample}: 1 supuesto(s) que faltaban en el archivo se tomaron con sus valores "
        "por defecto: model.revenues[0].base_value\n")
