"""The command line's help and argparse's own messages speak Spanish by default and English
with ``--lang en``, as a user running ``pppmodeler`` sees them."""

from __future__ import annotations

import argparse
import gettext
import re
import subprocess
import sys

import pytest

from pppmodeler.cli import language
from pppmodeler.cli.main import main, parser
from pppmodeler.i18n import CATALOGUE


def run(tmp_path, *args):
    return subprocess.run([sys.executable, "-m", "pppmodeler", *args], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)


def flat(text: str) -> str:
    """``text`` with argparse's line wrapping (it follows the terminal's width) undone."""
    return " ".join(text.split())


def test_help_is_spanish_by_default(tmp_path):
    done = run(tmp_path, "--help")
    assert done.returncode == 0, done.stderr
    out = flat(done.stdout)
    assert out.startswith("uso: pppmodeler [-h] [--version] [--selftest] COMANDO ...")
    for words in ("Agencia APP de Medellín", "argumentos posicionales:", "opciones:",
                  "muestra esta ayuda y termina", "muestra la versión del programa",
                  "evalúa un archivo de escenario e imprime sus indicadores"):
        assert words in out
    assert "usage:" not in out and "show this help" not in out


@pytest.mark.parametrize("asked", [["--lang", "en"], ["--lang=en"]])
def test_command_help_is_english_with_lang_en(tmp_path, asked):
    done = run(tmp_path, "evaluate", "--help", *asked)
    assert done.returncode == 0, done.stderr
    out = flat(done.stdout)
    assert out.startswith("usage: pppmodeler evaluate [-h] [--scenario NAME] [--set PATH=VALUE]")
    for words in ("positional arguments:", "options:", "show this help message and exit",
                  "file scenario file (.pppm)",
                  "evaluate this named scenario instead of the base case",
                  "language of the output (es: Spanish, the default; en: English)"):
        assert words in out
    assert "uso:" not in out and "archivo" not in out


def test_command_help_in_spanish_keeps_options_and_keys_as_code(tmp_path):
    out = flat(run(tmp_path, "sensitivity", "--help").stdout)
    assert "uso: pppmodeler sensitivity" in out
    assert "--scenario NOMBRE" in out and "--set RUTA=VALOR" in out
    assert "--percent FRACCIÓN" in out and "(por defecto 0.10 = ±10 %;" in out
    assert "--metric {project_irr," in out
    assert "el indicador (por defecto: el de la configuración de sensibilidad" in out


def test_a_missing_argument_is_said_in_the_language_asked(tmp_path):
    spanish = run(tmp_path, "evaluate")
    assert spanish.returncode == 2 and spanish.stdout == ""
    assert spanish.stderr.startswith("uso: pppmodeler evaluate")
    assert flat(spanish.stderr).endswith(
        "pppmodeler evaluate: error: faltan estos argumentos obligatorios: archivo")
    english = run(tmp_path, "evaluate", "--lang", "en")
    assert english.returncode == 2
    assert english.stderr.startswith("usage: pppmodeler evaluate")
    assert flat(english.stderr).endswith(
        "pppmodeler evaluate: error: the following arguments are required: file")


def test_an_unknown_option_and_an_option_without_its_value(tmp_path):
    unknown = run(tmp_path, "evaluate", "model.pppm", "--bogus")
    assert unknown.returncode == 2
    assert "error: argumentos no reconocidos: --bogus" in unknown.stderr
    no_value = run(tmp_path, "evaluate", "model.pppm", "--lang", "en", "--scenario")
    assert no_value.returncode == 2
    assert "error: argument --scenario: expected one argument" in no_value.stderr


def test_an_invalid_choice_names_the_choices(tmp_path):
    metric = run(tmp_path, "sensitivity", "model.pppm", "--metric", "nope")
    assert metric.returncode == 2
    assert "error: argumento --metric: opción no válida: 'nope' (elija entre 'project_irr'" \
        in metric.stderr
    # A language it does not speak is refused in the default language.
    lang = run(tmp_path, "evaluate", "model.pppm", "--lang", "fr")
    assert lang.returncode == 2
    assert "error: argumento --lang: opción no válida: 'fr' (elija entre 'es', 'en')" \
        in lang.stderr
    command = run(tmp_path, "evalaute", "--lang", "en")
    assert command.returncode == 2
    assert "error: argument COMMAND: invalid choice: 'evalaute'" in command.stderr


@pytest.mark.parametrize("argv, lang", [
    ([], "es"), (["evaluate", "f.pppm"], "es"), (["evaluate", "--lang", "en"], "en"),
    (["--lang=en"], "en"), (["--lang", "es"], "es"), (["--lang", "fr"], "es"),
    (["--lang"], "es"), (["--lang=en", "--lang", "es"], "es"),
    (["evaluate", "--", "--lang", "en"], "es")])
def test_the_language_is_read_before_parsing(argv, lang):
    assert language.requested(argv) == lang


def test_argparse_speaks_english_again_after_a_command(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["evaluate", "--help"])
    assert stopped.value.code == 0
    assert "muestra esta ayuda y termina" in capsys.readouterr().out
    assert argparse._ is gettext.gettext and argparse.ngettext is gettext.ngettext


def _parsers(p: argparse.ArgumentParser):
    yield p
    for action in p._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _parsers(sub)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_command_help_renders_in_both_languages(lang):
    with language.argparse_in(lang):
        helps = [p.format_help() for p in _parsers(parser(lang))]
    assert len(helps) > 12
    heading = {"es": "opciones:", "en": "options:"}[lang]
    assert all(heading in h for h in helps)


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"%(?:\(\w+\))?[sr]", text))


@pytest.mark.parametrize("key", sorted(k for k in CATALOGUE if k.startswith("argparse.")))
def test_argparse_messages_keep_their_placeholders(key):
    entry = CATALOGUE[key]
    assert _placeholders(entry["es"]) == _placeholders(entry["en"])
