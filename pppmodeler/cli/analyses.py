"""Commands of the analyses: ``scenarios``, ``sensitivity``, ``goalseek``, ``montecarlo``.

Each prints a table in the chosen language or, with ``--json``, machine-readable results
(``null`` where a number does not exist, with the reason beside it). They run the functions of
:mod:`pppmodeler.analysis` that the desktop and the report run, on the file's base case or a
named scenario with ``--set`` overrides (the same options as ``evaluate``).
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

from ..analysis import scenarios as sc
from ..core.metrics import UNITS
from ..core.results import HEADLINE
from ..i18n import tr
from ..present import metric_text
from .commands import _lang, load_model
from .format import metric_label, metrics_json


def number(value: float | None) -> float | None:
    """A metric value for JSON: None for a missing or non-finite value."""
    return None if value is None or not math.isfinite(value) else float(value)


def grid(header: list[str], rows: list[list[str]]) -> str:
    """Rows of text as aligned columns: the first to the left, the others to the right."""
    widths = [max(len(r[k]) for r in [header, *rows]) for k in range(len(header))]
    lines = []
    for r in [header, *rows]:
        cells = [r[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(r[1:], widths[1:])]
        lines.append("  ".join(cells).rstrip())
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _json_option(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--json", action="store_true", help=f"print {what} as JSON")


# ---------------------------------------------------------------------------------------------
# scenarios


def run_scenarios(args: argparse.Namespace) -> int:
    doc, model = load_model(args.file, None, args.overrides)
    outcomes = sc.compare(model, doc.scenarios)
    if args.json:
        print(json.dumps(_scenarios_json(outcomes, args.lang), ensure_ascii=False, indent=2))
        return 0
    names = [o.name or tr("cli.base_case", args.lang) for o in outcomes]
    rows = [[metric_label(m, model, args.lang)] +
            [metric_text(o.metric(m), UNITS[m], o.results.status(m), args.lang)
             if o.results is not None else "—" for o in outcomes] for m in HEADLINE]
    print(grid([tr("cli.metric", args.lang), *names], rows))
    for name, o in zip(names, outcomes):
        if o.results is None:
            reason = "; ".join(m.text(args.lang) for m in o.messages) or o.problem
            print(tr("cli.analysis.not_evaluable", args.lang, name=name, reason=reason))
    return 0


def _scenarios_json(outcomes: list[sc.Outcome], lang: str) -> dict:
    """Every case (the base case first, named null) with the metrics ``evaluate --json``
    prints, or the problem that stopped it."""
    return {"cases": [{"name": o.name or None, **(metrics_json(o.results, lang)
                                                   if o.results is not None
                                                   else {"problem": o.problem})}
                      for o in outcomes]}


def setup_scenarios(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="scenario file (.pppm)")
    parser.add_argument("--set", dest="overrides", action="append", default=[],
                        metavar="PATH=VALUE", help="override one input of the base case for "
                                                   "this run (repeatable)")
    _json_option(parser, "the metrics of every case")
    _lang(parser)


COMMANDS = {
    "scenarios": ("compare the base case and every named scenario of a file side by side",
                  setup_scenarios, run_scenarios),
}
