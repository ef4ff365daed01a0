"""Commands of the corporate vehicle: ``vehicle evaluate``, ``inventory import``, ``screen``.

``pppmodeler vehicle evaluate FILE.pppv`` prints the vehicle's metrics and one row per
property; with ``--json``, the same as data (``null`` where a number does not exist). Every
``vehicle`` command first says on standard error which referenced model files are missing and
which inputs the properties' models left out (taken at their defaults, as before).
``pppmodeler inventory import FILE -o VEHICLE.pppv`` reads a property inventory (CSV or XLSX),
reports every row it did not take and why, and writes a first vehicle of the rows it took.
``pppmodeler screen INVENTORY [-o RANKING.xlsx]`` gives every property of an inventory a first
model (its kind's sample scaled to its area), evaluates them all and ranks them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..core.inputs import PROPERTY_KINDS
from ..core.metrics import UNITS as METRIC_UNITS
from ..core.paths import PathError
from ..fileformat import references, vehiclefile
from ..i18n import tr
from ..i18n.messages import Phrase, in_language
from ..present import localise, metric_text
from ..vehicle.build import vehicle_from_records
from ..vehicle.consolidation import UNITS, holdings_frame
from ..vehicle import screening
from ..vehicle.inventory import import_inventory
from ..vehicle.evaluate import evaluate_vehicle
from .analyses import grid, number, print_hurdles, print_percentiles
from .commands import _lang, checked_output, file_arg


def _label(name: str, unit_word: str, lang: str) -> str:
    label = tr(f"vehicle.metric.{name}", lang)
    return f"{label} ({unit_word})" if UNITS[name] == "money" else label


def _opened(args: argparse.Namespace) -> vehiclefile.VehicleDocument:
    """The vehicle file of a command, after saying what its user must know about it."""
    doc = vehiclefile.load(args.file)
    said = references.opening(doc)
    if said:
        print(tr("vehiclefile.opening.warning", args.lang, file=args.file), said.text(args.lang),
              sep="\n", file=sys.stderr)
    return doc


def run_vehicle_evaluate(args: argparse.Namespace) -> int:
    doc = _opened(args)
    vehicle = doc.vehicle
    with references.explaining(vehicle, doc.folder):
        results = evaluate_vehicle(vehicle, folder=doc.folder)
    table = holdings_frame(vehicle, results)
    if args.json:
        data = {"metrics": {k: number(results.metric(k)) for k in UNITS},
                "messages": [{"level": m.level, "code": m.code, "path": m.path,
                              "text": m.text(args.lang)} for m in results.messages],
                "currency_unit": vehicle.setup.currency_unit,
                "years": [int(y) for y in results.years],
                "properties": json.loads(table.to_json(orient="records"))}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    unit_word = tr(f"unit.{vehicle.setup.currency_unit}", args.lang)
    print(tr("vehicle.cli.title", args.lang, name=vehicle.name or args.file.name,
             count=len(table)))
    print()
    rows = [[_label(k, unit_word, args.lang),
             metric_text(results.metric(k), UNITS[k], results.status(k), args.lang)]
            for k in UNITS]
    print(grid([tr("cli.metric", args.lang), tr("cli.value", args.lang)], rows))
    print()
    print(tr("vehicle.cli.properties", args.lang) + ":")
    columns = ["code", "name", "equity_irr", "district_npv_in_vehicle"]
    header = [tr(f"vehicle.column.{c}", args.lang) if c != "equity_irr"
              else tr("metric.equity_irr", args.lang) for c in columns]
    body = [[str(r["code"]), str(r["name"]),
             metric_text(own.metric("equity_irr"), "rate", own.status("equity_irr"), args.lang),
             metric_text(r["district_npv_in_vehicle"], "money", "ok", args.lang)]
            for r, own in zip(table.to_dict("records"), results.results)]
    print(grid(header, body))
    print(tr("vehicle.cli.calendar_note", args.lang, year=int(results.years[0])))
    if results.messages:
        print()
        print(tr("cli.messages", args.lang) + ":")
        for message in results.messages:
            print(f"- {message.text(args.lang)}")
    return 0


def run_vehicle_export(args: argparse.Namespace) -> int:
    from ..report.vehicle import SUFFIX, export_vehicle   # openpyxl only when one is written

    checked_output(args.output, (SUFFIX,), Phrase("cli.output.workbook"), (args.file,))
    doc = _opened(args)
    with references.explaining(doc.vehicle, doc.folder):
        export_vehicle(doc, args.output, lang=args.lang, folder=doc.folder,
                       file_name=args.file.name)
    print(tr("report.cli.export_done", args.lang, path=args.output))
    return 0


def run_vehicle_montecarlo(args: argparse.Namespace) -> int:
    from ..vehicle import montecarlo

    doc = _opened(args)
    with references.explaining(doc.vehicle, doc.folder):
        result = montecarlo.run(doc.vehicle, folder=doc.folder, iterations=args.iterations,
                                seed=args.seed, workers=args.workers)
    stats = result.table()
    if args.json:
        print(json.dumps({
            "iterations": result.n, "seed": result.settings.seed, "workers": result.workers,
            "refused": int(result.refused().sum()),
            "metrics": {m: {k: number(v) for k, v in stats.loc[m].items()} for m in UNITS},
            "hurdles": [{"metric": h.metric, "side": h.side, "threshold": h.threshold,
                         "probability_missed": p} for h, p in result.hurdles()]},
            ensure_ascii=False, indent=2))
        return 0
    lang = args.lang
    unit_word = tr(f"unit.{doc.vehicle.setup.currency_unit}", lang)
    print_percentiles(result, stats, list(UNITS), UNITS, lambda m: _label(m, unit_word, lang),
                      lang)
    print_hurdles(result, UNITS, "vehicle.metric", lang)
    return 0


def setup_vehicle(parser: argparse.ArgumentParser, lang: str) -> None:
    sub = parser.add_subparsers(dest="vehicle_command", required=True,
                                metavar=tr("clihelp.metavar.action", lang))
    evaluate = sub.add_parser("evaluate", help=tr("clihelp.vehicle.evaluate", lang))
    file_arg(evaluate, "clihelp.vehicle_file", lang)
    evaluate.add_argument("--json", action="store_true", help=tr("clihelp.json.results", lang))
    _lang(evaluate, lang)
    evaluate.set_defaults(action=run_vehicle_evaluate)
    export = sub.add_parser("export", help=tr("clihelp.vehicle.export", lang))
    file_arg(export, "clihelp.vehicle_file", lang)
    export.add_argument("-o", "--output", type=Path, required=True,
                        metavar=tr("clihelp.metavar.output", lang),
                        help=tr("clihelp.vehicle.workbook", lang))
    _lang(export, lang)
    export.set_defaults(action=run_vehicle_export)
    mc = sub.add_parser("montecarlo", help=tr("clihelp.vehicle.montecarlo", lang))
    file_arg(mc, "clihelp.vehicle_file", lang)
    mc.add_argument("--iterations", type=int, metavar=tr("clihelp.metavar.iterations", lang),
                    help=tr("clihelp.iterations", lang))
    mc.add_argument("--seed", type=int, metavar=tr("clihelp.metavar.seed", lang),
                    help=tr("clihelp.seed", lang))
    mc.add_argument("--workers", type=int, metavar=tr("clihelp.metavar.workers", lang),
                    help=tr("clihelp.vehicle.workers", lang))
    mc.add_argument("--json", action="store_true", help=tr("clihelp.json.results", lang))
    _lang(mc, lang)
    mc.set_defaults(action=run_vehicle_montecarlo)


def run_vehicle(args: argparse.Namespace) -> int:
    return args.action(args)


def run_inventory_import(args: argparse.Namespace) -> int:
    checked_output(args.output, (vehiclefile.SUFFIX,), Phrase("cli.output.vehicle_file"),
                   (args.file,), force=args.force)
    imported = _imported(args)
    vehicle, notes = vehicle_from_records(imported.records, args.name or args.file.stem)
    for note in notes:
        print(tr("cli.note", args.lang, note=in_language(note, args.lang)), file=sys.stderr)
    vehiclefile.save(vehiclefile.VehicleDocument(vehicle=vehicle), args.output)
    print(imported.summary(args.lang))
    print(tr("vehicle.cli.written", args.lang, path=args.output,
             count=localise(f"{len(vehicle.holdings):,}", args.lang)))
    return 0


def _imported(args: argparse.Namespace):
    """The inventory of ``args.file`` with ``--column`` mappings, its notes and every row
    problem told on stderr; PathError when no row could be imported."""
    mapping = {}
    for item in args.column:
        field, sep, header = item.partition("=")
        if not sep or not field.strip() or not header.strip():
            raise PathError("--column", Phrase("cli.error.column_form", item=repr(item)))
        mapping[field.strip()] = header.strip()
    imported = import_inventory(args.file, mapping or None, sheet=args.sheet)
    lang = getattr(args, "lang", "en")
    for note in imported.notes:
        print(tr("cli.note", lang, note=in_language(note, lang)), file=sys.stderr)
    for problem in imported.problems:
        print(problem.text(lang), file=sys.stderr)
    if not imported.records:
        print(imported.summary(lang), file=sys.stderr)
        raise PathError(str(args.file), Phrase("cli.error.no_row_imported"))
    return imported


def _inventory_args(parser: argparse.ArgumentParser, lang: str) -> None:
    file_arg(parser, "clihelp.inventory.file", lang)
    parser.add_argument("--column", action="append", default=[],
                        metavar=tr("clihelp.metavar.column", lang),
                        help=tr("clihelp.inventory.column", lang))
    parser.add_argument("--sheet", metavar=tr("clihelp.metavar.sheet", lang),
                        help=tr("clihelp.inventory.sheet", lang))


def run_screen(args: argparse.Namespace) -> int:
    if args.output is not None:
        checked_output(args.output, (".xlsx", ".csv"), Phrase("cli.output.ranking"),
                       (args.file,))
    imported = _imported(args)
    table = screening.screen(imported.records, price_elasticity=args.price_elasticity,
                             rank_by=args.rank_by)
    table = screening.ranked(screening.select(
        table, kinds=args.kind or None, comunas=args.comuna or None,
        viable_only=args.viable), args.rank_by)
    if args.output is not None:
        if args.output.suffix.lower() == ".csv":
            # as Excel in the reader's language opens it: es-CO splits on ";" and reads
            # decimal commas
            table.to_csv(args.output, index=False, encoding="utf-8-sig",
                         sep=";" if args.lang == "es" else ",",
                         decimal="," if args.lang == "es" else ".")
        else:
            from ..report.ranking import write_ranking   # openpyxl only when a workbook is made

            write_ranking(table, args.output, args.file.name, args.lang)
    shown = table.head(args.top)
    if args.json:
        print(json.dumps(json.loads(shown.to_json(orient="records")), ensure_ascii=False,
                         indent=2))
        return 0
    print(imported.summary(args.lang))
    print(tr("screen.cli.shown", args.lang, shown=len(shown), total=len(table),
             metric=tr(f"metric.{args.rank_by}", args.lang)))
    columns = ["rank", "code", "name", "kind", "comuna", "equity_irr", args.rank_by]
    columns = list(dict.fromkeys(columns))
    header = [tr(f"metric.{c}", args.lang) if c in METRIC_UNITS
              else tr(f"ranking.column.{c}", args.lang) for c in columns]
    body = [[_cell(r[c], c, args.lang) for c in columns] for r in shown.to_dict("records")]
    print(grid(header, body))
    if args.output is not None:
        print(tr("cli.ranking_written", args.lang, path=args.output, count=len(table)))
    return 0


def _cell(value, column: str, lang: str) -> str:
    if column in METRIC_UNITS:
        known = value is not None and value == value
        return metric_text(value if known else None, METRIC_UNITS[column], "no_root", lang) \
            if known else "—"
    if column == "kind" and value:
        return tr(f"choice.{value}", lang)
    return "" if value is None or value != value else in_language(value, lang)


def setup_screen(parser: argparse.ArgumentParser, lang: str) -> None:
    _inventory_args(parser, lang)
    parser.add_argument("-o", "--output", type=Path, metavar=tr("clihelp.metavar.output", lang),
                        help=tr("clihelp.screen.output", lang))
    parser.add_argument("--kind", action="append", choices=PROPERTY_KINDS,
                        help=tr("clihelp.screen.kind", lang))
    parser.add_argument("--comuna", action="append", help=tr("clihelp.screen.comuna", lang))
    parser.add_argument("--viable", action="store_true", help=tr("clihelp.screen.viable", lang))
    parser.add_argument("--rank-by", default="project_npv", choices=screening.RANKED,
                        help=tr("clihelp.screen.rank_by", lang))
    parser.add_argument("--price-elasticity", type=float, default=0.0,
                        metavar=tr("clihelp.metavar.price_elasticity", lang),
                        help=tr("clihelp.screen.price_elasticity", lang))
    parser.add_argument("--top", type=int, default=20, metavar=tr("clihelp.metavar.top", lang),
                        help=tr("clihelp.screen.top", lang))
    parser.add_argument("--json", action="store_true", help=tr("clihelp.screen.json", lang))
    _lang(parser, lang)


def setup_inventory(parser: argparse.ArgumentParser, lang: str) -> None:
    sub = parser.add_subparsers(dest="inventory_command", required=True,
                                metavar=tr("clihelp.metavar.action", lang))
    action = sub.add_parser("import", help=tr("clihelp.inventory.import", lang))
    _inventory_args(action, lang)
    action.add_argument("-o", "--output", type=Path, required=True,
                        metavar=tr("clihelp.metavar.output", lang),
                        help=tr("clihelp.inventory.output", lang))
    action.add_argument("--name", metavar=tr("clihelp.metavar.name", lang),
                        help=tr("clihelp.inventory.name", lang))
    action.add_argument("--force", action="store_true", help=tr("clihelp.force", lang))
    _lang(action, lang)
    action.set_defaults(action=run_inventory_import)


COMMANDS = {
    "vehicle": ("clihelp.vehicle", setup_vehicle, run_vehicle),
    "inventory": ("clihelp.inventory", setup_inventory, run_vehicle),
    "screen": ("clihelp.screen", setup_screen, run_screen),
}
