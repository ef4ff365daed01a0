"""Messages of the analyses, the goal seek, the inventory import, screening, scenarios and the
vehicle: each is a catalogue key with values, English as ``str`` (as before) and Spanish by
``text("es")``."""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest

from pppmodeler import i18n
from pppmodeler.analysis import scenarios as sc
from pppmodeler.analysis.base import AnalysisError, check_metric
from pppmodeler.analysis.goalseek import Solution
from pppmodeler.core import paths
from pppmodeler.i18n import CATALOGUE, messages
from pppmodeler.i18n.messages import Joined, Phrase, either, in_language
from pppmodeler.vehicle.evaluate import VehicleError
from pppmodeler.vehicle.inventory import KEPT, REJECTED, RowProblem
from pppmodeler.vehicle.sources import InventoryError, read_table

PACKAGE = Path(i18n.__file__).parent.parent


def test_the_messages_are_part_of_the_catalogue():
    assert "messages" in i18n.PARTS
    assert set(messages.TEXTS) <= set(CATALOGUE)
    for entry in messages.TEXTS.values():
        assert set(entry) == {"es", "en"}


def test_every_key_the_code_names_is_in_the_catalogue():
    named = set()
    for path in PACKAGE.rglob("*.py"):
        named |= set(re.findall(r'Phrase\(\s*"([\w.]+)"', path.read_text(encoding="utf-8")))
    assert len(named) > 80
    assert sorted(named - set(CATALOGUE)) == []


@pytest.mark.parametrize("family, names", [
    ("goalseek.note", ("jump", "above", "below", "met_at_low", "whole_number")),
    ("inventory.separator", ("semicolon", "comma", "tab")),
    ("inventory.word", ("latitude", "longitude")),
    ("analysis.range", ("lo_hi", "lo", "hi", "none")),
    ("path.count.lines", ("none", "one", "many")),
    ("path.count.elements", ("none", "one", "many")),
])
def test_the_keys_built_from_a_name_are_in_the_catalogue(family, names):
    for name in names:
        assert f"{family}.{name}" in CATALOGUE


def test_a_phrase_is_its_english_text_and_says_itself_in_spanish():
    phrase = Phrase("inventory.problem.negative", value=-1234567.0)
    assert phrase == "-1,234,567 is negative; left empty"
    assert isinstance(phrase, str)
    assert phrase.text("en") == str(phrase)
    assert phrase.text("es") == "-1.234.567 es negativo; se deja vacío"
    assert phrase.text() == phrase.text("es")                   # Spanish is the default
    again = pickle.loads(pickle.dumps(phrase))
    assert again == phrase and again.text("es") == phrase.text("es")


def test_nested_phrases_and_lists_follow_the_language():
    sides = either(("below", "above"))
    assert sides == "below or above" and sides.text("es") == "below o above"
    listed = Joined([Phrase("inventory.word.latitude"), "x"], "; ")
    assert listed == "latitude; x" and listed.text("es") == "latitud; x"
    assert pickle.loads(pickle.dumps(listed)).text("es") == "latitud; x"
    assert in_language("plain", "es") == "plain"


def test_an_analysis_error_reads_as_before_in_english_and_in_spanish_by_text():
    with pytest.raises(AnalysisError) as caught:
        check_metric("nope", "analyses.goal_seek.metric")
    error = caught.value
    assert str(error).startswith("analyses.goal_seek.metric: unknown metric 'nope'; metrics: ")
    assert error.text("en") == str(error)
    assert error.text("es").startswith(
        "analyses.goal_seek.metric: indicador desconocido 'nope'; los indicadores son: ")


def test_an_inventory_error_in_spanish(tmp_path):
    empty = tmp_path / "vacío.csv"
    empty.write_text("   \n", encoding="utf-8")
    with pytest.raises(InventoryError) as caught:
        read_table(empty)
    assert str(caught.value) == f"{empty}: the file is empty"
    assert caught.value.text("es") == f"{empty}: el archivo está vacío"


def test_a_row_problem_in_both_languages():
    problem = RowProblem(7, "Área", Phrase("inventory.problem.area", area=-2.5), REJECTED)
    assert str(problem) == ("row 7, column 'Área': the area must be more than 0 m² (it is "
                            "-2.5) (row not imported)")
    assert problem.text("es") == ("fila 7, columna 'Área': el área debe ser mayor que 0 m² "
                                  "(es -2,5) (fila no importada)")
    assert problem.reason("es") == "el área debe ser mayor que 0 m² (es -2,5)"
    plain = RowProblem(3, "", "written by hand", KEPT)             # a plain text still works
    assert plain.text("es") == "fila 3: written by hand (fila importada)"


def test_goal_seek_notes_in_both_languages():
    solution = Solution(path="district.canon", metric="equity_irr", target=0.12,
                        status="no_solution", value=None, achieved=None, low=0, high=1,
                        at_low=None, at_high=None, closest=None, closest_metric=None, base=0,
                        iterations=0, evaluations=0, note="above")
    assert solution.note_text("en") == ("The metric stays above the target wherever it has "
                                         "a value in the range.")
    assert solution.note_text("es").startswith("El indicador queda por encima del objetivo")
    assert Solution(**{**solution.__dict__, "note": ""}).note_text("es") == ""


def test_scenario_names_and_vehicle_problems_in_spanish():
    with pytest.raises(sc.ScenarioNameError) as caught:
        sc.added([], "  ")
    assert str(caught.value) == "a scenario needs a name (it may not be blank)"
    assert caught.value.text("es") == "un escenario necesita un nombre (no puede quedar en " \
                                      "blanco)"
    error = VehicleError([("Casa", Joined(["district.canon", Phrase("inventory.word.none")],
                                          ": ")), ("Lote", "file missing")])
    assert str(error) == "Casa: district.canon: none; Lote: file missing"
    assert error.reasons("es") == [("Casa", "district.canon: ninguna"),
                                   ("Lote", "file missing")]


def test_a_path_the_analyses_cannot_follow_is_said_in_spanish():
    """The analysis settings of a file (``validate``, opening it in the desktop) name inputs by
    path: what is wrong with the path reads in the user's language."""
    from pppmodeler.analysis.base import numeric_input
    from pppmodeler.core.inputs import Model

    with pytest.raises(AnalysisError) as caught:
        numeric_input(Model(), "financing.rte", "analyses.goal_seek.path")
    error = caught.value
    assert str(error).startswith('analyses.goal_seek.path: financing.rte: unknown field "rte" '
                                 "in financing; valid names: ")
    assert error.text("es").startswith('analyses.goal_seek.path: financing.rte: campo '
                                       'desconocido "rte" en financing; nombres válidos: ')
    assert error.text("es").endswith('; ¿quiso decir "rate"?')


def test_a_scenario_whose_override_no_longer_fits_and_a_vehicle_problem_in_spanish():
    from pppmodeler.core.inputs import Model, RevenueLine
    from pppmodeler.fileformat.wrapper import Scenario

    model = Model(revenues=[RevenueLine(name="Locales")])
    outcome = sc.compare(model, [Scenario(name="Alto", overrides={
        "revenues[3].base_value": 2.0})])[1]
    assert outcome.problem == ("revenues[3].base_value: there is no line 3 in revenues: it "
                               "has 1 line, at position 0")
    assert in_language(outcome.problem, "es") == (
        "revenues[3].base_value: no existe la línea en la posición 3 de revenues: tiene 1 "
        "línea, en la posición 0")
    try:
        paths.get(model, "revenues[Oficinas]")
    except paths.PathError as exc:
        error = VehicleError([("Casa", str(exc))])
    assert error.reasons("es") == [("Casa", 'revenues[Oficinas]: ninguna línea de revenues se '
                                            'llama "Oficinas"; nombres: "Locales"')]


def test_a_vehicle_property_whose_file_cannot_be_used_is_said_in_spanish(tmp_path):
    """The vehicle carries ``str(error)`` of a file it cannot open into its problems: the
    user still reads it in Spanish."""
    from pppmodeler import bundled
    from pppmodeler.fileformat import FileFormatError, load
    from pppmodeler.vehicle.evaluate import evaluate_holdings
    from pppmodeler.vehicle.terms import Holding, Vehicle

    bad = tmp_path / "casa.pppm"
    bad.write_text('{"format": "otro"}', encoding="utf-8")
    good = tmp_path / "lote.pppm"
    good.write_text(bundled.sample_text("heritage_building"), encoding="utf-8")
    with pytest.raises(FileFormatError):
        load(bad)
    vehicle = Vehicle(holdings=[Holding(name="Casa", source="file", file=str(bad)),
                                Holding(name="Lote", source="file", file=str(good),
                                        scenario="Nada")])
    with pytest.raises(VehicleError) as caught:
        evaluate_holdings(vehicle)
    assert caught.value.reasons("es") == [
        ("Casa", f'{bad}: format: no es un archivo de escenario de pppmodeler (su formato es '
                 '"otro"; se esperaba "format": "pppmodeler-scenario")'),
        ("Lote", f"scenario: no hay ningún escenario llamado 'Nada' en {good}")]
    assert caught.value.reasons("en") == [
        ("Casa", f'{bad}: format: this is not a pppmodeler scenario file (its format is '
                 '"otro"; expected "format": "pppmodeler-scenario")'),
        ("Lote", f"scenario: no scenario named 'Nada' in {good}")]


def test_operating_system_errors_are_said_in_the_users_language(tmp_path):
    import errno
    import subprocess
    import sys

    from pppmodeler.i18n.messages import in_language

    missing = FileNotFoundError(errno.ENOENT, "No such file or directory", "x.pppm")
    assert in_language(missing, "es") == "no existe (revise el nombre y la carpeta)"
    assert in_language(missing, "en") == "does not exist (check the name and the folder)"
    odd = OSError(errno.EIO, "Input/output error")
    assert in_language(odd, "es") == "Input/output error"      # unknown: the system's words
    path = tmp_path / "nada.pppm"
    run = subprocess.run([sys.executable, "-m", "pppmodeler", "evaluate", str(path)],
                         capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 1
    assert run.stderr.strip() == f"pppmodeler: {path}: no existe (revise el nombre y la carpeta)"
