"""What is wrong with the text of a file (its encoding, its JSON, its numbers), with its format
version, and with the envelope of a vehicle file, in the user's language: English as before
(``str``), Spanish by ``text("es")`` / ``in_language``."""

from __future__ import annotations

import json

import pytest

from pppmodeler import __version__
from pppmodeler.fileformat import FileFormatError, dumps, loads, migrations, strictjson
from pppmodeler.fileformat import vehiclefile as vf
from pppmodeler.fileformat.migrations import MigrationError, migrate
from pppmodeler.i18n.messages import in_language
from pppmodeler.vehicle.terms import Vehicle


@pytest.fixture
def data(doc) -> dict:
    return json.loads(dumps(doc))


def error_of(text, source: str = "malo.pppm", load=loads) -> FileFormatError:
    with pytest.raises(FileFormatError) as caught:
        load(text, source=source)
    return caught.value


def said(error: FileFormatError) -> tuple[str, str]:
    assert error.text("en") == str(error)
    return str(error), error.text("es")


# --- The JSON ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, english, spanish", [
    ("", "Expecting value at line 1, column 1", "se esperaba un valor en la línea 1, columna 1"),
    ('{\n  "a" 1}', "Expecting ':' delimiter at line 2, column 7",
     "se esperaba el separador ':' en la línea 2, columna 7"),
    ("[1 2]", "Expecting ',' delimiter at line 1, column 4",
     "se esperaba el separador ',' en la línea 1, columna 4"),
    ("{'a': 1}", "Expecting property name enclosed in double quotes at line 1, column 2",
     "se esperaba el nombre de un campo entre comillas dobles en la línea 1, columna 2"),
    ('["abc', "Unterminated string starting at at line 1, column 2",
     "un texto sin comillas de cierre que empieza en la línea 1, columna 2"),
    ('["a\tb"]', "Invalid control character at at line 1, column 4",
     "un carácter de control no válido en la línea 1, columna 4"),
    ('["\\q"]', "Invalid \\escape at line 1, column 3",
     "una secuencia de escape con barra invertida (\\) no válida en la línea 1, columna 3"),
    ('["\\u12"]', "Invalid \\uXXXX escape at line 1, column 4",
     "una secuencia \\uXXXX no válida en la línea 1, columna 4"),
    ("[1] x", "Extra data at line 1, column 5",
     "sobran datos después del valor JSON en la línea 1, columna 5"),
])
def test_text_that_is_not_json_says_what_and_where_in_spanish(text, english, spanish):
    assert said(error_of(text)) == (f"malo.pppm: not valid JSON: {english}",
                                    f"malo.pppm: no es JSON válido: {spanish}")


def test_a_reason_the_catalogue_does_not_know_is_said_as_python_words_it(monkeypatch):
    def new_wording(*args, **kwargs):
        raise json.JSONDecodeError("Something new", "[", 0)

    monkeypatch.setattr(strictjson.json, "loads", new_wording)
    assert said(error_of("[")) == (
        "malo.pppm: not valid JSON: Something new at line 1, column 1",
        "malo.pppm: no es JSON válido: Something new en la línea 1, columna 1")


def test_repeated_keys_deep_nesting_and_bytes_that_are_not_utf8_in_spanish():
    assert said(error_of('{"a": 1, "a": 2}')) == (
        'malo.pppm: the key "a" appears twice in one object; JSON objects may not repeat a key',
        'malo.pppm: la clave "a" aparece dos veces en un mismo objeto; un objeto JSON no puede '
        "repetir una clave")
    deep = (f"malo.pppm: arrays or objects are nested too deeply (more than "
            f"{strictjson.MAX_DEPTH} levels)",
            f"malo.pppm: hay listas u objetos anidados en demasiados niveles (más de "
            f"{strictjson.MAX_DEPTH})")
    assert said(error_of("[" * 17 + "]" * 17)) == deep
    assert said(error_of("[" * 100_000 + "]" * 100_000)) == deep
    assert said(error_of(b'{"author": "Pe\xf1a"}')) == (
        "malo.pppm: not UTF-8 text: byte 0xf1 at offset 14 cannot be read; scenario files are "
        "written in UTF-8",
        "malo.pppm: no es texto UTF-8: el byte 0xf1 en la posición 14 no se puede leer; los "
        "archivos de escenario se escriben en UTF-8")


@pytest.mark.parametrize("number, english, spanish", [
    ("NaN", "NaN is not allowed: numbers must be finite",
     "NaN no está permitido: los números deben ser finitos"),
    ("-Infinity", "-Infinity is not allowed: numbers must be finite",
     "-Infinity no está permitido: los números deben ser finitos"),
    ("1e400", "1e400 is too large (numbers may be at most 1e15 in size)",
     "1e400 es demasiado grande (un número puede valer como máximo 1e15 en valor absoluto)"),
    ("1" * 5000, "11111111111111111111… (5000 digits) is too large (numbers may be at most 1e15 "
                 "in size)",
     "11111111111111111111… (5000 dígitos) es demasiado grande (un número puede valer como "
     "máximo 1e15 en valor absoluto)"),
])
def test_numbers_no_input_takes_are_said_in_spanish_where_they_are(data, number, english,
                                                                   spanish):
    text = json.dumps(data).replace('"canon": 150.0', f'"canon": {number}')
    assert said(error_of(text)) == (f"malo.pppm: model.district.canon: {english}",
                                    f"malo.pppm: model.district.canon: {spanish}")


# --- The format version -----------------------------------------------------------------------

def test_a_file_of_a_future_version_says_in_spanish_to_update(data):
    data["version"] = 9
    data["metadata"]["app_version"] = "1.4.0"
    assert said(error_of(json.dumps(data))) == (
        f"malo.pppm: version: this file was made by pppmodeler 1.4.0 in format version 9; this "
        f"is pppmodeler {__version__}, which reads format versions up to 2. Update pppmodeler "
        f"to open it",
        f"malo.pppm: version: este archivo está en la versión 9 del formato y se creó con "
        f"pppmodeler 1.4.0; este es pppmodeler {__version__}, que lee hasta la versión 2 del "
        f"formato. Actualice pppmodeler para abrirlo")
    data["metadata"]["app_version"] = ""
    assert error_of(json.dumps(data)).text("es").startswith(
        "malo.pppm: version: este archivo está en la versión 9 del formato y se creó con una "
        "versión más reciente de pppmodeler; ")


@pytest.mark.parametrize("version, english, spanish", [
    (None, "missing; a scenario file says which format version it is written in",
     "falta; un archivo de escenario indica en qué versión del formato está escrito"),
    ("2", 'expected a whole number, got "2"', 'se esperaba un número entero; se recibió "2"'),
    (0, "0 is not a format version this pppmodeler knows; it reads versions 1 to 2",
     "0 no es una versión del formato que este pppmodeler conozca; lee de la versión 1 a la 2"),
])
def test_a_version_that_cannot_be_read_in_spanish(data, version, english, spanish):
    if version is None:
        del data["version"]
    else:
        data["version"] = version
    assert said(error_of(json.dumps(data))) == (f"malo.pppm: version: {english}",
                                                f"malo.pppm: version: {spanish}")


def test_upgrades_that_cannot_be_made_in_spanish(data, monkeypatch):
    monkeypatch.setattr(migrations, "FIRST_VERSION", 0)
    data["version"] = 0
    monkeypatch.setattr(migrations, "MIGRATIONS", {0: lambda d: d["model"]["no such key"]})
    assert error_of(json.dumps(data)).text("es") == (
        "malo.pppm: version: falló la actualización de la versión 0 del formato a la 1 "
        "(KeyError: \"'no such key'\"); el archivo no tiene la estructura de la versión 0")
    monkeypatch.setattr(migrations, "MIGRATIONS", {0: lambda d: [1]})
    with pytest.raises(MigrationError) as caught:
        migrate(data)
    assert str(caught.value) == ("version: the upgrade from format version 0 to 1 gave [1], not "
                                 "an object")
    assert in_language(caught.value.args[0], "es") == (
        "version: la actualización de la versión 0 del formato a la 1 dio [1], no un objeto")
    monkeypatch.setattr(migrations, "MIGRATIONS", {})
    with pytest.raises(MigrationError) as caught:
        migrate(data)
    assert in_language(caught.value.args[0], "es") == (
        "version: no se conoce ninguna actualización de la versión 0 del formato a la 1")


# --- The vehicle file's envelope --------------------------------------------------------------

@pytest.fixture
def vehicle_data() -> dict:
    return json.loads(vf.dumps(vf.VehicleDocument(vehicle=Vehicle(name="V"))))


def vehicle_error(data) -> FileFormatError:
    return error_of(json.dumps(data), "v.pppv", vf.loads)


def test_a_vehicle_file_that_is_not_an_object_says_so_in_spanish():
    assert said(vehicle_error([1, 2])) == (
        "v.pppv: a vehicle file holds a JSON object, not [1, 2]",
        "v.pppv: un archivo de vehículo contiene un objeto JSON, no [1, 2]")


def test_the_envelope_of_a_vehicle_file_in_spanish(vehicle_data):
    vehicle_data["format"] = "pppmodeler-scenario"
    vehicle_data["version"] = 9
    vehicle_data["extra"] = 1
    del vehicle_data["metadata"]
    keys = "format, version, metadata, vehicle"
    assert said(vehicle_error(vehicle_data)) == (
        f"v.pppv: 4 problems:\n"
        f'  format: this is not a pppmodeler vehicle file (its format is "pppmodeler-scenario";'
        f' expected "pppmodeler-vehicle")\n'
        f"  metadata: missing; a vehicle file has {keys}\n"
        f'  unknown top-level key "extra"; a vehicle file has {keys}\n'
        f"  version: 9 is not a vehicle file version this pppmodeler {__version__} reads (it "
        f"reads version 1)",
        f"v.pppv: 4 problemas:\n"
        f'  format: no es un archivo de vehículo de pppmodeler (su formato es '
        f'"pppmodeler-scenario"; se esperaba "pppmodeler-vehicle")\n'
        f"  metadata: falta; un archivo de vehículo tiene {keys}\n"
        f'  clave desconocida "extra" en el nivel superior; un archivo de vehículo tiene {keys}\n'
        f"  version: 9 no es una versión de archivo de vehículo que pppmodeler {__version__} "
        f"pueda leer (lee la versión 1)")


def test_a_vehicle_that_cannot_be_saved_says_so_in_spanish():
    doc = vf.VehicleDocument(vehicle=Vehicle(name="V"))
    doc.vehicle.capital.debt_rate = float("nan")
    with pytest.raises(FileFormatError) as caught:
        vf.dumps(doc)
    english, spanish = said(caught.value)
    assert english.startswith("vehicle not saved: vehicle.capital.debt_rate: ")
    assert spanish.startswith("el vehículo no se guardó: vehicle.capital.debt_rate: ")


# --- The forms of the metadata's and the scenarios' text fields -------------------------------

def test_text_fields_say_their_form_in_spanish(data):
    data["metadata"]["created"] = "ayer"
    data["metadata"]["content_hash"] = "md5:00"
    data["scenarios"][0]["name"] = "  "
    assert error_of(json.dumps(data)).text("es") == (
        "malo.pppm: 3 problemas:\n"
        '  metadata.created: "ayer" no es una fecha y hora como 2027-01-31T09:30:00+00:00 (o '
        "vacío)\n"
        '  metadata.content_hash: "md5:00" no es sha256: seguido de 64 dígitos hexadecimales (o '
        "vacío)\n"
        '  scenarios[0].name: "  " no es un nombre (no puede quedar en blanco)')
