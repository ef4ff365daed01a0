"""The synthetic inventory: deterministic, labelled synthetic, shipped current, imports cleanly."""

from __future__ import annotations

from collections import Counter

import pytest

from pppmodeler import bundled
from pppmodeler.vehicle import synthetic
from pppmodeler.vehicle.inventory import import_inventory
from pppmodeler.vehicle.records import LATITUDE_RANGE, LONGITUDE_RANGE

SHIPPED = bundled.resource("inventory", "synthetic_inventory.csv")


def test_same_seed_same_inventory_other_seed_another():
    assert synthetic.generate(200, seed=7) == synthetic.generate(200, seed=7)
    assert synthetic.generate(200, seed=7) != synthetic.generate(200, seed=8)


def test_the_shipped_file_is_what_the_generator_writes(tmp_path):
    written = synthetic.write_csv(tmp_path / "again.csv")
    assert written.read_bytes().startswith(b"\xef\xbb\xbf")    # UTF-8 with a BOM, for Excel
    # Compared line by line: a checkout may have turned the line ends into CRLF.
    assert written.read_text(encoding="utf-8-sig").splitlines() == \
        SHIPPED.read_text(encoding="utf-8-sig").splitlines()


def test_every_row_of_the_shipped_file_imports_cleanly(tmp_path):
    path = tmp_path / "synthetic_inventory.csv"
    path.write_bytes(SHIPPED.read_bytes())
    result = import_inventory(path)
    assert result.problems == []
    assert result.records == synthetic.generate()
    assert result.counts()["imported"] == synthetic.COUNT == 3520
    assert result.unused_columns == ["'Origen' (not a known column)"]


def test_it_says_it_is_synthetic_on_every_row():
    text = SHIPPED.read_text(encoding="utf-8-sig").splitlines()
    assert text[0].endswith(";Origen")
    assert all(line.endswith(";sintético") for line in text[1:])
    records = synthetic.generate()
    assert all(r.name == f"Inmueble sintético {i:04d}" for i, r in enumerate(records, start=1))
    assert all(r.code.startswith("SINT-") and r.matricula.startswith("SINT-") for r in records)


def test_it_looks_like_the_agencys_inventory():
    records = synthetic.generate()
    kinds = Counter(r.kind for r in records)
    assert kinds["uso_publico"] > kinds["fiscal"] > kinds["bic"] > 50
    assert kinds["uso_publico"] / len(records) == pytest.approx(0.75, abs=0.03)
    assert {r.comuna for r in records} == {name for name, _, _ in synthetic.COMUNAS}
    assert len(synthetic.COMUNAS) == 16
    assert all(LATITUDE_RANGE[0] < r.latitude < LATITUDE_RANGE[1] for r in records)
    assert all(LONGITUDE_RANGE[0] < r.longitude < LONGITUDE_RANGE[1] for r in records)
    assert min(r.area_m2 for r in records) >= synthetic.MIN_AREA_M2
    assert len({r.cbml for r in records}) == len({r.matricula for r in records}) == len(records)
    earning = [r for r in records if r.current_income > 0]
    assert 0.05 < len(earning) / len(records) < 0.3


def test_es_co_formatting():
    assert synthetic.es_co(1234567.891, 1) == "1.234.567,9"
    assert synthetic.es_co(-75.581234, 6) == "-75,581234"
    assert synthetic.es_co(0, 0) == "0"


def test_command_line_writes_the_file(tmp_path, capsys):
    assert synthetic.main([str(tmp_path / "x.csv")]) == 0
    assert "3,520 synthetic properties" in capsys.readouterr().out
    assert synthetic.main([]) == 2
