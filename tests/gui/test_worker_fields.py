"""The background worker delivers only the latest result; typed text means what it says."""

from __future__ import annotations

import threading

import pytest

from pppmodeler import bundled
from pppmodeler.core import paths
from pppmodeler.fileformat import loads
from pppmodeler.gui import fields as fx
from pppmodeler.gui.worker import LatestWorker


def test_a_newer_submission_supersedes_the_older_ones(qtbot):
    gate = threading.Event()
    started = []

    def slow(x):
        started.append(x)
        gate.wait(5)
        return x * 10

    worker = LatestWorker(slow)
    delivered = []
    worker.finished.connect(lambda value, _s: delivered.append(value))
    for x in (1, 2, 3, 4):
        worker.submit(x)
    gate.set()
    qtbot.waitUntil(lambda: delivered == [40], timeout=5000)
    assert worker.wait(5000)
    assert started == [1, 4]          # 2 and 3 were replaced while 1 ran; 1's result dropped


def test_a_failure_is_delivered_as_the_exception(qtbot):
    worker = LatestWorker(lambda x: 1 / x)
    with qtbot.waitSignal(worker.failed, timeout=5000) as signal:
        worker.submit(0)
    assert isinstance(signal.args[0], ZeroDivisionError)


@pytest.fixture(scope="module")
def model():
    return loads(bundled.sample_text("heritage_building")).model


@pytest.mark.parametrize("path, text, lang, value", [
    ("financing.rate", "11", "es", 0.11), ("financing.rate", "10,5 %", "es", 0.105),
    ("financing.rate", "10.5%", "en", 0.105), ("property.area_m2", "1.250,5", "es", 1250.5),
    ("property.area_m2", "1,250.5", "en", 1250.5), ("macro.cpi", "4; 3,5", "es", [0.04, 0.035]),
    ("timeline.operation_years", "25", "es", 25), ("timeline.start_date", "2028-07-01", "es",
                                                   "2028-07-01"),
    ("property.area_m2", "12.000.000", "es", 12_000_000), ("property.area_m2", "1.5", "es", 1.5),
    ("property.area_m2", "0.125", "es", 0.125), ("property.area_m2", "4.500", "en", 4.5),
])
def test_typed_text_is_read_in_the_readers_convention(model, path, text, lang, value):
    assert fx.parse(model, path, text, lang) == value


@pytest.mark.parametrize("path, text, message", [
    ("financing.rate", "150", "Debe estar entre 0 % y 100 %."),
    ("timeline.operation_years", "70", "Debe estar entre 1 y 60 años."),
    ("timeline.operation_years", "2,5", "«2,5» no es un número entero."),
    ("property.area_m2", "-1", "Debe ser al menos 0 m²."),
    ("property.area_m2", "10 %", "Este valor no es una fracción: escríbalo sin %."),
    ("revenues[0].ramp_up", "75; 120", "Elemento 2: Debe estar entre 0 % y 100 %."),
    ("timeline.start_date", "2027-13-01", "«2027-13-01» no es una fecha AAAA-MM-DD válida."),
    ("financing.rate", "diez", "«diez» no es un número (use coma decimal: 10,5)."),
    # es-CO writes 4.500 for 4500: never read silently as 4.5
    ("property.area_m2", "4.500", "«4.500»: ¿4500 o 4,500? Escriba 4500 (sin puntos) o use la "
                                  "coma decimal (4,500)."),
    ("property.area_m2", "12.00.0", "«12.00.0» no es un número (use coma decimal: 10,5)."),
])
def test_what_is_wrong_is_said_in_spanish(model, path, text, message):
    with pytest.raises(fx.FieldProblem) as problem:
        fx.parse(model, path, text, "es")
    assert str(problem.value) == message


@pytest.mark.parametrize("path, text, message", [
    ("property.kind", "castillo", '"castillo" no es una de las opciones: "uso_publico", '
                                  '"fiscal", "bic"'),
    ("property.name", "Casa\x07", '"Casa\\u0007" contiene saltos de línea o caracteres de '
                                   "control (U+0007)"),
])
def test_what_the_declaration_refuses_is_said_in_spanish(model, path, text, message):
    with pytest.raises(fx.FieldProblem) as problem:
        fx.parse(model, path, text, "es")
    assert str(problem.value) == message
    with pytest.raises(fx.FieldProblem) as problem:
        fx.check_declared(paths.spec_at(path), text, "es")
    assert str(problem.value) == message


def test_shown_text_reads_back_to_the_same_value(model):
    for path in paths.numeric_paths(model):
        spec = paths.spec_at(path)
        value = paths.get(model, path)
        for lang in ("es", "en"):
            assert fx.parse(model, path, fx.shown(value, spec, lang), lang) == value, path


@pytest.mark.parametrize("text, value", [("1,500", 1500.0), ("12,345.6", 12345.6),
                                         ("3.5", 3.5)])
def test_english_reads_commas_only_as_thousands(model, text, value):
    assert fx.parse(model, "district.canon", text, "en") == value


@pytest.mark.parametrize("text", ["1,5", "1,50", "12,34,567"])
def test_english_refuses_a_decimal_comma_rather_than_reading_it_as_thousands(model, text):
    # "1,5" typed the Spanish way once read as 15
    with pytest.raises(fx.FieldProblem, match="use a decimal point"):
        fx.parse(model, "district.canon", text, "en")
    with pytest.raises(fx.FieldProblem):
        fx.parse(model, "macro.cpi", f"4 %; {text} %", "en")


def test_many_calls_of_void_qt_methods_do_not_exhaust_none(tmp_path):
    """PySide6 6.12 under Python 3.11 releases a reference to None per void call; without
    pppmodeler.gui's guard 100,000 calls abort the interpreter (none_dealloc)."""
    import subprocess
    import sys
    probe = ("import pppmodeler.gui\n"
             "from PySide6.QtCore import QObject\n"
             "o = QObject()\n"
             "for _ in range(100_000):\n"
             "    o.setObjectName('x')\n"
             "print('alive')\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120, cwd=tmp_path)
    assert done.returncode == 0 and "alive" in done.stdout, done.stderr[-500:]
