"""``pppmodeler export``: the report of a scenario file, a scenario of it, with overrides."""

from __future__ import annotations

import openpyxl
import pytest

from pppmodeler.cli.main import main
from pppmodeler.core import paths
from pppmodeler.core.results import evaluate
from pppmodeler.fileformat import content_hash, document

from .test_recalculation import named_cell


@pytest.fixture
def sample(tmp_path):
    path = tmp_path / "parking.pppm"
    assert main(["sample", "public_parking", "-o", str(path)]) == 0
    return path


def test_export_a_scenario_with_overrides_in_english(sample, tmp_path, capsys):
    out = tmp_path / "report.xlsx"
    before = sample.read_bytes()
    code = main(["export", str(sample), "-o", str(out), "--scenario", "Pesimista", "--lang",
                 "en", "--set", "financing.rate=0.11"])
    assert code == 0, capsys.readouterr().err
    assert "report written" in capsys.readouterr().out
    assert sample.read_bytes() == before
    doc = document.load(sample)
    (scenario,) = [s for s in doc.scenarios if s.name == "Pesimista"]
    model = paths.with_value(paths.apply(doc.model, scenario.overrides), "financing.rate", 0.11)
    engine = evaluate(model)
    wb = openpyxl.load_workbook(out, data_only=True)
    assert wb.sheetnames[0] == "Cover"
    assert named_cell(wb, "EquityIRR").value == pytest.approx(engine.metric("equity_irr"),
                                                              rel=1e-12)
    cover = {row[0].value: row[1].value for row in wb["Cover"].iter_rows(max_col=2)}
    assert cover["Scenario"] == "Pesimista"
    assert cover["Changes applied in this report"] == "financing.rate=0.11"
    assert cover["Content hash (SHA-256)"] == content_hash(doc)
    assert cover["Scenario file"] == "parking.pppm"


def test_export_is_spanish_by_default_and_replaces_an_old_report(sample, tmp_path):
    out = tmp_path / "informe.xlsx"
    out.write_bytes(b"old")
    assert main(["export", str(sample), "-o", str(out)]) == 0
    assert openpyxl.load_workbook(out, read_only=True).sheetnames[:2] == ["Portada", "Resumen"]


@pytest.mark.parametrize("args, fragment", [
    (["-o", "{dir}/report.csv"], "Excel workbook"),
    (["-o", "{dir}/r.xlsx", "--scenario", "Nope"], "no scenario named 'Nope'"),
    (["-o", "{dir}/r.xlsx", "--set", "financing.rate=7"], "financing.rate"),
])
def test_export_refuses_what_it_cannot_do(sample, tmp_path, capsys, args, fragment):
    args = [a.format(dir=tmp_path) for a in args]
    assert main(["export", str(sample), *args, "--lang", "en"]) == 1
    assert fragment in capsys.readouterr().err
    assert not (tmp_path / "r.xlsx").exists()


def test_named_cells_equal_evaluate_json(sample, tmp_path, capsys):
    """The workbook's named metrics are what ``pppmodeler evaluate --json`` prints (cached
    values here; test_recalculation.py recalculates them in LibreOffice)."""
    import json

    from pppmodeler.report.summary import NAMES

    out = tmp_path / "r.xlsx"
    assert main(["export", str(sample), "-o", str(out), "--set", "district.canon=50"]) == 0
    capsys.readouterr()
    assert main(["evaluate", str(sample), "--json", "--set", "district.canon=50"]) == 0
    printed = json.loads(capsys.readouterr().out)
    wb = openpyxl.load_workbook(out, data_only=True)
    for metric, name in NAMES.items():
        got, want = named_cell(wb, name).value, printed[metric]
        if want is None:
            assert got == printed["notes"][metric]
        else:
            assert got == pytest.approx(want, rel=1e-12, abs=1e-12), name
