"""Files the command line cannot open, and what the vehicle and inventory commands refuse, said in
Spanish (the default and ``--lang es``) and, with ``--lang en``, in English as before."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from pppmodeler import __version__
from pppmodeler.cli.main import main


@pytest.fixture
def folder(tmp_path):
    """A folder of files that cannot be opened, each made from the bundled sample."""
    assert main(["sample", "heritage_building", "-o", str(tmp_path / "ok.pppm")]) == 0
    text = (tmp_path / "ok.pppm").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[2] == '  "version": 2,'
    (tmp_path / "roto.pppm").write_text("\n".join(lines[:2] + lines[3:]).replace(
        '"format": "pppmodeler-scenario",', '"format": "pppmodeler-scenario"'), encoding="utf-8")
    data = json.loads(text)
    data["model"]["financing"]["rate"] = "NaN"
    (tmp_path / "nan.pppm").write_text(json.dumps(data, indent=2).replace('"NaN"', "NaN"),
                                       encoding="utf-8")
    data = json.loads(text)
    data["version"] = 7
    data["metadata"]["app_version"] = "2.0.0"
    (tmp_path / "futuro.pppm").write_text(json.dumps(data), encoding="utf-8")
    (tmp_path / "lista.pppv").write_text('["Edificio", "Plaza"]', encoding="utf-8")
    return tmp_path


CASES = [
    (["evaluate", "roto.pppm"],
     "roto.pppm: no es JSON válido: se esperaba el separador ',' en la línea 3, columna 3",
     "roto.pppm: not valid JSON: Expecting ',' delimiter at line 3, column 3"),
    (["validate", "nan.pppm"],
     "nan.pppm: model.financing.rate: NaN no está permitido: los números deben ser finitos",
     "nan.pppm: model.financing.rate: NaN is not allowed: numbers must be finite"),
    (["export", "futuro.pppm", "-o", "informe.xlsx"],
     f"futuro.pppm: version: este archivo está en la versión 7 del formato y se creó con "
     f"pppmodeler 2.0.0; este es pppmodeler {__version__}, que lee hasta la versión 2 del "
     f"formato. Actualice pppmodeler para abrirlo",
     f"futuro.pppm: version: this file was made by pppmodeler 2.0.0 in format version 7; this "
     f"is pppmodeler {__version__}, which reads format versions up to 2. Update pppmodeler to "
     f"open it"),
    (["vehicle", "evaluate", "lista.pppv"],
     'lista.pppv: un archivo de vehículo contiene un objeto JSON, no ["Edificio", "Plaza"]',
     'lista.pppv: a vehicle file holds a JSON object, not ["Edificio", "Plaza"]'),
]


@pytest.mark.parametrize("command, spanish, english", CASES)
def test_a_file_that_cannot_be_opened_is_said_in_spanish_as_a_user_runs_it(
        folder, command, spanish, english):
    def run(*lang):
        done = subprocess.run([sys.executable, "-m", "pppmodeler", *command, *lang],
                              capture_output=True, text=True, encoding="utf-8", timeout=120,
                              cwd=folder)
        assert (done.returncode, done.stdout) == (1, "")
        return done.stderr

    assert run() == f"pppmodeler: {spanish}\n"
    assert run("--lang", "en") == f"pppmodeler: {english}\n"
    assert not (folder / "informe.xlsx").exists()


@pytest.mark.parametrize("command, spanish, english", CASES)
def test_lang_es_says_it_in_spanish_too(folder, capsys, monkeypatch, command, spanish,
                                        english):
    monkeypatch.chdir(folder)
    assert main([*command, "--lang", "es"]) == 1
    assert capsys.readouterr().err == f"pppmodeler: {spanish}\n"


def test_a_broken_vehicle_file_says_where_in_spanish(tmp_path, capsys):
    broken = tmp_path / "roto.pppv"
    broken.write_text('{"format": "pppmodeler-vehicle",\n "version": 1\n "vehicle": {}}',
                      encoding="utf-8")
    assert main(["vehicle", "montecarlo", str(broken)]) == 1
    assert capsys.readouterr().err == (f"pppmodeler: {broken}: no es JSON válido: se esperaba el "
                                       f"separador ',' en la línea 3, columna 2\n")


@pytest.fixture
def inventory(tmp_path):
    path = tmp_path / "inventario.csv"
    path.write_text("Código;Nombre;Tipo;Superficie útil\nX-1;Casa;BIC;abc\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("args, spanish, english", [
    (["inventory", "import", "{inventory}", "-o", "{folder}/v.pppv", "--column", "area_m2"],
     "--column: se esperaba CAMPO=ENCABEZADO, p. ej. area_m2='Superficie'; se recibió "
     "'area_m2'",
     "--column: expected FIELD=HEADER, e.g. area_m2='Superficie', got 'area_m2'"),
    (["inventory", "import", "{inventory}", "-o", "{folder}/v.pppv", "--column",
      "area_m2=Superficie útil"],
     "{inventory}: no se pudo importar ninguna fila; no se escribió nada",
     "{inventory}: no row could be imported; nothing written"),
    (["inventory", "import", "{inventory}", "-o", "{folder}/v.xlsx"],
     "-o: {folder}/v.xlsx: un archivo de vehículo debe tener la extensión .pppv",
     "-o: {folder}/v.xlsx: a vehicle file is named with .pppv"),
    (["vehicle", "export", "{folder}/v.pppv", "-o", "{folder}/v.csv"],
     "-o: {folder}/v.csv: el libro, un archivo de Excel, debe tener la extensión .xlsx",
     "-o: {folder}/v.csv: the workbook, an Excel file, is named with .xlsx"),
    (["screen", "{inventory}", "-o", "{folder}/r.txt"],
     "-o: {folder}/r.txt: la priorización debe tener la extensión .xlsx o .csv",
     "-o: {folder}/r.txt: the ranking is named with .xlsx or .csv"),
])
def test_what_the_vehicle_commands_refuse_is_said_in_spanish(inventory, capsys, args, spanish,
                                                             english):
    def filled(text: str) -> str:
        return text.format(inventory=inventory, folder=inventory.parent)

    args = [filled(a) for a in args]
    assert main(args) == 1
    assert capsys.readouterr().err.endswith(f"pppmodeler: {filled(spanish)}\n")
    assert main([*args, "--lang", "en"]) == 1
    assert capsys.readouterr().err.endswith(f"pppmodeler: {filled(english)}\n")
    assert not (inventory.parent / "v.pppv").exists()


def test_the_ranking_written_is_said_in_spanish(tmp_path, capsys):
    inventory = tmp_path / "inventario.csv"
    inventory.write_text("Código;Nombre;Tipo;Superficie útil\nX-1;Casa;BIC;1200\n"
                         "X-2;Lote;Fiscal;800\n", encoding="utf-8")
    ranking = tmp_path / "priorizacion.csv"
    args = ["screen", str(inventory), "-o", str(ranking), "--column", "area_m2=Superficie útil"]
    assert main(args) == 0
    assert capsys.readouterr().out.endswith(f"\n{ranking}: se escribieron 2 inmuebles\n")
    assert main([*args, "--lang", "en"]) == 0
    assert capsys.readouterr().out.endswith(f"\n{ranking}: 2 properties written\n")
