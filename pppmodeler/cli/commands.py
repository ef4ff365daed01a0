"""The commands of the command line, one registry: name -> (help, arguments, run).

A command's arguments are declared in a language: their help and metavars come from the
catalogue (``clihelp.*``).

Every command returns its exit code: 0 done, 1 the input (file, path, value) is not valid.
Errors name what and where, on standard error; nothing is ever written over an input file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Callable

from .. import bundled
from ..core import paths
from ..core.results import evaluate
from ..fileformat import document
from ..i18n import LANGUAGES, tr
from ..i18n.messages import Phrase, either
from .format import metrics_json, metrics_table

DEFAULT_SAMPLE = "heritage_building"


def _lang(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument("--lang", choices=LANGUAGES, default="es",
                        help=tr("clihelp.lang", lang))


def file_arg(parser: argparse.ArgumentParser, help_key: str, lang: str) -> None:
    """The positional ``file``, named in ``lang`` where argparse shows it."""
    parser.add_argument("file", type=Path, metavar=tr("clihelp.metavar.file", lang),
                        help=tr(help_key, lang))


def _model_args(parser: argparse.ArgumentParser, lang: str) -> None:
    file_arg(parser, "clihelp.scenario_file", lang)
    parser.add_argument("--scenario", metavar=tr("clihelp.metavar.name", lang),
                        help=tr("clihelp.scenario", lang))
    parser.add_argument("--set", dest="overrides", action="append", default=[],
                        metavar=tr("clihelp.metavar.set", lang), help=tr("clihelp.set", lang))


def warn_defaulted(file: Path, doc, lang: str) -> None:
    if doc.defaulted:
        shown = ", ".join(doc.defaulted[:8]) + (" …" if len(doc.defaulted) > 8 else "")
        print(tr("cli.warning.defaulted", lang, file=file, count=len(doc.defaulted),
                 inputs=shown), file=sys.stderr)


def checked_output(output: Path, suffixes: tuple[str, ...], what: str,
                   inputs: tuple[Path, ...] = (), force: bool | None = None) -> Path:
    """``-o OUTPUT`` as a command may write it: named with one of ``suffixes``, in a folder
    that exists, never one of its ``inputs``; with ``force`` False, not an existing file.
    ``what`` (``a scenario file``) is best a phrase, so that the error can say it in Spanish."""
    if output.suffix.lower() not in suffixes:
        named = either(suffixes) if len(suffixes) > 1 else suffixes[0]
        raise paths.PathError("-o", Phrase("cli.error.output_suffix", output=str(output),
                                           what=what, suffixes=named))
    folder = output.resolve().parent
    if not folder.is_dir():
        raise paths.PathError("-o", Phrase("cli.error.output_folder", output=str(output),
                                           folder=str(folder)))
    for source in inputs:
        if output.exists() and source.exists() and output.samefile(source):
            raise paths.PathError("-o", Phrase("cli.error.output_is_input", output=str(output)))
    if force is False and output.exists():
        raise paths.PathError("-o", Phrase("cli.error.output_exists", output=str(output)))
    return output


def load_model(file: Path, scenario: str | None, overrides: list[str], lang: str):
    """The model a command works on: the file's base case or a scenario, then ``--set``.
    Inputs the file leaves out (filled with defaults) are named on standard error, in
    ``lang``."""
    doc = document.load(file)
    warn_defaulted(file, doc, lang)
    model = doc.model
    if scenario is not None:
        named = {s.name: s for s in doc.scenarios}
        if scenario not in named:
            known = ", ".join(repr(n) for n in named) or Phrase("path.word.none")
            raise paths.PathError("--scenario", Phrase(
                "scenario.error.not_found_among", name=repr(scenario), file=str(file),
                known=known))
        model = paths.apply(model, named[scenario].overrides)
    for item in overrides:
        path, sep, text = item.partition("=")
        if not sep:
            raise paths.PathError(item, Phrase("cli.error.set_form"))
        path = path.strip()
        model = paths.with_value(model, path, paths.coerce(model, path, text.strip()))
    return doc, model


def run_evaluate(args: argparse.Namespace) -> int:
    doc, model = load_model(args.file, args.scenario, args.overrides, args.lang)
    results = evaluate(model)
    if args.json:
        print(json.dumps(metrics_json(results, args.lang), ensure_ascii=False, indent=2))
    else:
        scenario = args.scenario or tr("cli.base_case", args.lang)
        title = tr("cli.model", args.lang, name=model.property.name or args.file.name,
                   scenario=scenario)
        print(metrics_table(results, args.lang, title))
    return 0


def setup_evaluate(parser: argparse.ArgumentParser, lang: str) -> None:
    _model_args(parser, lang)
    parser.add_argument("--json", action="store_true", help=tr("clihelp.evaluate.json", lang))
    _lang(parser, lang)


def run_validate(args: argparse.Namespace) -> int:
    from ..analysis.checks import problems

    doc = document.load(args.file)
    warn_defaulted(args.file, doc, args.lang)
    for scenario in doc.scenarios:
        paths.apply(doc.model, scenario.overrides)
    evaluate(doc.model)
    found = problems(doc.model, doc.analyses)
    if found:
        print(tr("cli.validate.analysis_problems", args.lang, file=args.file,
                 count=len(found)), file=sys.stderr)
        for problem in found:
            print(f"  {problem.text(args.lang)}", file=sys.stderr)
        return 1
    print(f"{args.file}: ok")
    return 0


def setup_validate(parser: argparse.ArgumentParser, lang: str) -> None:
    file_arg(parser, "clihelp.scenario_file", lang)
    _lang(parser, lang)


def run_sample(args: argparse.Namespace) -> int:
    names = bundled.sample_names()
    if args.list or args.output is None:
        for name in names:
            print(name + ("  " + tr("cli.sample.default", args.lang)
                          if name == DEFAULT_SAMPLE else ""))
        if args.output is None and not args.list:
            print(tr("cli.sample.how", args.lang), file=sys.stderr)
        return 0
    name = args.name or DEFAULT_SAMPLE
    if name not in names:
        raise paths.PathError(name, Phrase("cli.sample.unknown", available=", ".join(names)))
    text = bundled.sample_text(name)
    checked_output(args.output, (".pppm",), Phrase("cli.output.scenario_file"),
                   force=args.force)
    doc = document.loads(text)
    document.save(doc, args.output)
    print(tr("cli.sample.written", args.lang, path=args.output, name=name))
    return 0


def setup_sample(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument("name", nargs="?", metavar=tr("clihelp.metavar.sample", lang),
                        help=tr("clihelp.sample.name", lang, sample=DEFAULT_SAMPLE))
    parser.add_argument("-o", "--output", type=Path, metavar=tr("clihelp.metavar.output", lang),
                        help=tr("clihelp.sample.output", lang))
    parser.add_argument("--list", action="store_true", help=tr("clihelp.sample.list", lang))
    parser.add_argument("--force", action="store_true", help=tr("clihelp.force", lang))
    _lang(parser, lang)


def run_export(args: argparse.Namespace) -> int:
    from .. import report    # openpyxl is imported only when a report is written

    checked_output(args.output, (report.SUFFIX,), Phrase("cli.output.report"), (args.file,))
    doc, model = load_model(args.file, args.scenario, args.overrides, args.lang)
    sheets = () if args.no_analyses else _sheets(args.sheets, report.SHEETS)
    report.export(doc, model, args.output, lang=args.lang, scenario=args.scenario,
                  overrides=args.overrides, file_name=args.file.name, sheets=sheets,
                  iterations=args.iterations)
    print(tr("report.cli.export_done", args.lang, path=args.output))
    return 0


def _sheets(text: str | None, known: tuple[str, ...]) -> tuple[str, ...] | None:
    """``--sheets a,b`` as names of analysis sheets (None: the file's defaults)."""
    if text is None:
        return None
    names = tuple(n.strip() for n in text.split(",") if n.strip())
    unknown = [n for n in names if n not in known]
    if unknown:
        raise paths.PathError("--sheets", Phrase("cli.error.unknown_sheet",
                                                 name=repr(unknown[0]), names=", ".join(known)))
    return names


def setup_export(parser: argparse.ArgumentParser, lang: str) -> None:
    _model_args(parser, lang)
    parser.add_argument("-o", "--output", type=Path, required=True,
                        metavar=tr("clihelp.metavar.output", lang),
                        help=tr("clihelp.export.output", lang))
    parser.add_argument("--sheets", metavar=tr("clihelp.metavar.names", lang),
                        help=tr("clihelp.export.sheets", lang))
    parser.add_argument("--no-analyses", action="store_true",
                        help=tr("clihelp.export.no_analyses", lang))
    parser.add_argument("--iterations", type=int, metavar=tr("clihelp.metavar.iterations", lang),
                        help=tr("clihelp.export.iterations", lang))
    _lang(parser, lang)


# (catalogue key of its help, its arguments in a language, run)
Command = tuple[str, Callable[[argparse.ArgumentParser, str], None],
                Callable[[argparse.Namespace], int]]

COMMANDS: dict[str, Command] = {
    "evaluate": ("clihelp.evaluate", setup_evaluate, run_evaluate),
    "validate": ("clihelp.validate", setup_validate, run_validate),
    "sample": ("clihelp.sample", setup_sample, run_sample),
    "export": ("clihelp.export", setup_export, run_export),
}
