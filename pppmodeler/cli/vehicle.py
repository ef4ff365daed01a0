"""Commands of the corporate vehicle: ``vehicle evaluate``.

``pppmodeler vehicle evaluate FILE.pppv`` prints the vehicle's metrics and one row per
property; with ``--json``, the same as data (``null`` where a number does not exist).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..fileformat import vehiclefile
from ..i18n import tr
from ..present import metric_text
from ..vehicle.consolidation import UNITS, holdings_frame
from ..vehicle.evaluate import evaluate_vehicle
from .analyses import grid, number
from .commands import _lang


def _label(name: str, unit_word: str, lang: str) -> str:
    label = tr(f"vehicle.metric.{name}", lang)
    return f"{label} ({unit_word})" if UNITS[name] == "money" else label


def run_vehicle_evaluate(args: argparse.Namespace) -> int:
    doc = vehiclefile.load(args.file)
    vehicle = doc.vehicle
    results = evaluate_vehicle(vehicle, folder=args.file.resolve().parent)
    table = holdings_frame(vehicle, results)
    if args.json:
        data = {"metrics": {k: number(results.metric(k)) for k in UNITS},
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
    return 0


def setup_vehicle(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="vehicle_command", metavar="ACTION", required=True)
    evaluate = sub.add_parser("evaluate", help="consolidate a vehicle file and print its "
                                               "metrics and one row per property")
    evaluate.add_argument("file", type=Path, help="vehicle file (.pppv)")
    evaluate.add_argument("--json", action="store_true", help="print the results as JSON")
    _lang(evaluate)
    evaluate.set_defaults(action=run_vehicle_evaluate)


def run_vehicle(args: argparse.Namespace) -> int:
    return args.action(args)


COMMANDS = {
    "vehicle": ("the corporate vehicle: evaluate a vehicle file (.pppv)", setup_vehicle,
                run_vehicle),
}
