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
from collections.abc import Callable
from dataclasses import replace

from ..analysis import montecarlo
from ..analysis import scenarios as sc
from ..analysis.base import Outcome
from ..analysis.defaults import default_inputs
from ..analysis.goalseek import SOLVED, goal_seek
from ..analysis.mcresult import table as mc_table
from ..analysis.sensitivity import spider, tornado
from ..analysis.settings import SAMPLINGS, SensitivityInput, TwoWay
from ..analysis.shortcuts import SHORTCUTS, shortcut
from ..analysis.two_way import two_way
from ..core import paths
from ..core.metrics import UNITS
from ..core.results import HEADLINE
from ..i18n import CATALOGUE, tr
from ..i18n.messages import Phrase, in_language
from ..present import input_text, localise, metric_text
from .commands import _lang, _model_args, file_arg, load_model
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


def _json_option(parser: argparse.ArgumentParser, help_key: str, lang: str) -> None:
    parser.add_argument("--json", action="store_true", help=tr(help_key, lang))


# ---------------------------------------------------------------------------------------------
# scenarios


def run_scenarios(args: argparse.Namespace) -> int:
    doc, model = load_model(args.file, None, args.overrides, args.lang)
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
            reason = ("; ".join(m.text(args.lang) for m in o.messages)
                      or in_language(o.problem, args.lang))
            print(tr("cli.analysis.not_evaluable", args.lang, name=name, reason=reason))
    return 0


def _scenarios_json(outcomes: list[sc.Outcome], lang: str) -> dict:
    """Every case (the base case first, named null) with the metrics ``evaluate --json``
    prints, or the problem that stopped it."""
    return {"cases": [{"name": o.name or None,
                       **(metrics_json(o.results, lang) if o.results is not None
                          else {"problem": in_language(o.problem, lang)})}
                      for o in outcomes]}


def setup_scenarios(parser: argparse.ArgumentParser, lang: str) -> None:
    file_arg(parser, "clihelp.scenario_file", lang)
    parser.add_argument("--set", dest="overrides", action="append", default=[],
                        metavar=tr("clihelp.metavar.set", lang),
                        help=tr("clihelp.set_base", lang))
    _json_option(parser, "clihelp.scenarios.json", lang)
    _lang(parser, lang)


COMMANDS = {
    "scenarios": ("clihelp.scenarios", setup_scenarios, run_scenarios),
}


# ---------------------------------------------------------------------------------------------
# sensitivity, goalseek, montecarlo


def value_text(model, path: str, value: float, lang: str) -> str:
    """An input value with its unit (a fraction as a percentage, an amount in the model's
    currency unit: ``200,31 millones de COP``)."""
    spec = paths.spec_at(paths.canonical(model, path))
    text = input_text(value, spec.unit, lang, whole=spec.kind == "integer")
    unit = (model.property.currency_unit if spec.unit == "currency"
            else "" if spec.unit == "fraction" else spec.unit)
    key = f"unit.{unit}"
    return f"{text} {tr(key, lang)}" if unit and key in CATALOGUE else text


def outcome_text(o: Outcome, metric: str, lang: str) -> str:
    return metric_text(o.value if o.ok else None, UNITS[metric], o.status, lang) if o.ok \
        else o.reason(lang)


def run_sensitivity(args: argparse.Namespace) -> int:
    doc, model = load_model(args.file, args.scenario, args.overrides, args.lang)
    settings = doc.analyses.sensitivity
    percent = 0.10 if args.percent is None else args.percent
    if args.input:
        settings = replace(settings, inputs=[SensitivityInput(path=p, percent=percent)
                                             for p in args.input])
    elif args.percent is not None:
        chosen = settings.inputs or default_inputs(model)
        settings = replace(settings, inputs=[replace(i, percent=percent) if i.range == "percent"
                                             else i for i in chosen])
    metric = args.metric or settings.metric
    bars = tornado(model, settings, metric)
    table = two_way(model, _two_way_settings(doc, args, metric)) \
        if args.rows or args.columns or args.two_way or args.row_values or args.column_values \
        else None
    web = spider(model, settings, metric) if args.spider else None
    if args.json:
        print(json.dumps(_sensitivity_json(bars, web, table), ensure_ascii=False, indent=2))
        return 0
    lang = args.lang
    print(tr("cli.sensitivity.title", lang, metric=metric_label(metric, model, lang),
             base=outcome_text(bars.base, metric, lang)))
    rows = [[paths.label(b.path, lang, model),
             value_text(model, b.path, b.input_low, lang),
             value_text(model, b.path, b.input_high, lang),
             outcome_text(b.low, metric, lang), outcome_text(b.high, metric, lang)]
            for b in bars.bars]
    print(grid([tr(f"cli.sensitivity.{k}", lang) for k in
                ("input", "low", "high", "at_low", "at_high")], rows))
    if web is not None:
        print()
        steps = [f"{s:+.0%}" for s in web.steps]
        print(grid([tr("cli.sensitivity.input", lang), *steps],
                   [[paths.label(line.path, lang, model),
                     *[outcome_text(o, metric, lang) for o in line.outcomes]]
                    for line in web.lines]))
    if table is not None:
        print()
        print(tr("cli.sensitivity.two_way", lang, metric=metric_label(metric, model, lang),
                 rows=paths.label(table.row_path, lang, model),
                 columns=paths.label(table.column_path, lang, model)))
        header = [""] + [value_text(model, table.column_path, c, lang)
                         for c in table.column_values]
        print(grid(header, [[value_text(model, table.row_path, r, lang),
                             *[outcome_text(o, metric, lang) for o in row]]
                            for r, row in zip(table.row_values, table.outcomes)]))
    return 0


def _two_way_settings(doc, args: argparse.Namespace, metric: str) -> TwoWay:
    settings = replace(doc.analyses.two_way, metric=metric)
    if args.rows:
        settings = replace(settings, row_path=args.rows, row_values=[])
    if args.columns:
        settings = replace(settings, column_path=args.columns, column_values=[])
    if args.row_values:
        settings = replace(settings, row_values=_values(args.row_values, "--row-values"))
    if args.column_values:
        settings = replace(settings,
                           column_values=_values(args.column_values, "--column-values"))
    return settings


def _values(text: str, option: str) -> list[float]:
    """``0,100,200`` (or separated by ``;``) as numbers with a dot for decimals."""
    try:
        values = [float(v) for v in text.replace(";", ",").split(",") if v.strip()]
    except ValueError:
        raise paths.PathError(option, Phrase("cli.error.not_numbers", text=repr(text))) from None
    if not values or not all(math.isfinite(v) for v in values):
        raise paths.PathError(option, Phrase("cli.error.not_finite", text=repr(text)))
    return values


def _outcome_json(o: Outcome) -> dict:
    return {"value": number(o.value), "status": o.status,
            **({"reason": o.reason("en")} if not o.ok else {})}


def _sensitivity_json(bars, web, table) -> dict:
    data = {"metric": bars.metric, "base": _outcome_json(bars.base),
            "tornado": [{"path": b.path, "input_base": b.input_base, "input_low": b.input_low,
                         "input_high": b.input_high, "low": _outcome_json(b.low),
                         "high": _outcome_json(b.high), "swing": number(b.swing)}
                        for b in bars.bars]}
    if web is not None:
        data["spider"] = {"steps": list(web.steps), "lines": [
            {"path": line.path, "inputs": list(line.inputs),
             "values": [_outcome_json(o) for o in line.outcomes]} for line in web.lines]}
    if table is not None:
        data["two_way"] = {"row_path": table.row_path, "column_path": table.column_path,
                           "row_values": list(table.row_values),
                           "column_values": list(table.column_values),
                           "values": [[_outcome_json(o) for o in row] for row in table.outcomes]}
    return data


def setup_sensitivity(parser: argparse.ArgumentParser, lang: str) -> None:
    _model_args(parser, lang)
    path = tr("clihelp.metavar.path", lang)
    parser.add_argument("--metric", choices=tuple(UNITS),
                        help=tr("clihelp.sensitivity.metric", lang))
    parser.add_argument("--input", action="append", metavar=path,
                        help=tr("clihelp.sensitivity.input", lang))
    parser.add_argument("--percent", type=float, metavar=tr("clihelp.metavar.percent", lang),
                        help=tr("clihelp.sensitivity.percent", lang))
    parser.add_argument("--spider", action="store_true",
                        help=tr("clihelp.sensitivity.spider", lang))
    parser.add_argument("--two-way", action="store_true",
                        help=tr("clihelp.sensitivity.two_way", lang))
    parser.add_argument("--rows", metavar=path, help=tr("clihelp.sensitivity.rows", lang))
    parser.add_argument("--columns", metavar=path, help=tr("clihelp.sensitivity.columns", lang))
    parser.add_argument("--row-values", metavar="V1,V2,...",
                        help=tr("clihelp.sensitivity.row_values", lang))
    parser.add_argument("--column-values", metavar="V1,V2,...",
                        help=tr("clihelp.sensitivity.column_values", lang))
    _json_option(parser, "clihelp.json.results", lang)
    _lang(parser, lang)


def run_goalseek(args: argparse.Namespace) -> int:
    doc, model = load_model(args.file, args.scenario, args.overrides, args.lang)
    if args.shortcut:
        solution = shortcut(model, args.shortcut)
    else:
        missing = [o for o, v in (("--input", args.input), ("--metric", args.metric),
                                  ("--target", args.target)) if v is None]
        if missing:
            raise paths.PathError(missing[0], Phrase("cli.error.goalseek_needs",
                                                     shortcuts=", ".join(SHORTCUTS)))
        solution = goal_seek(model, args.input, args.metric, args.target, args.lo, args.hi)
    if args.json:
        print(json.dumps({"path": solution.path, "metric": solution.metric,
                          "target": solution.target, "status": solution.status,
                          "value": number(solution.value), "achieved": number(solution.achieved),
                          "low": solution.low, "high": solution.high,
                          "at_low": _outcome_json(solution.at_low),
                          "at_high": _outcome_json(solution.at_high), "note": solution.note},
                         ensure_ascii=False, indent=2))
        return 0
    lang = args.lang
    label, metric = paths.label(solution.path, lang, model), solution.metric
    target = metric_text(solution.target, UNITS[metric], "ok", lang)
    if solution.status == SOLVED:
        print(tr("cli.goalseek.solved", lang, input=label,
                 value=value_text(model, solution.path, solution.value, lang),
                 metric=metric_label(metric, model, lang),
                 achieved=metric_text(solution.achieved, UNITS[metric], "ok", lang),
                 target=target))
        _print_note(solution, lang)
        return 0
    print(tr("cli.goalseek.none", lang, input=label, metric=metric_label(metric, model, lang),
             target=target, low=value_text(model, solution.path, solution.low, lang),
             high=value_text(model, solution.path, solution.high, lang),
             at_low=outcome_text(solution.at_low, metric, lang),
             at_high=outcome_text(solution.at_high, metric, lang)))
    _print_note(solution, lang)
    return 0


def _print_note(solution, lang: str) -> None:
    """The goal seek's note on its answer, in ``lang`` (nothing without one)."""
    if solution.note:
        print(solution.note_text(lang))


def setup_goalseek(parser: argparse.ArgumentParser, lang: str) -> None:
    _model_args(parser, lang)
    parser.add_argument("--input", metavar=tr("clihelp.metavar.path", lang),
                        help=tr("clihelp.goalseek.input", lang))
    parser.add_argument("--metric", choices=tuple(UNITS), help=tr("clihelp.goalseek.metric", lang))
    parser.add_argument("--target", type=float, metavar=tr("clihelp.metavar.target", lang),
                        help=tr("clihelp.goalseek.target", lang))
    parser.add_argument("--lo", type=float, metavar=tr("clihelp.metavar.lo", lang),
                        help=tr("clihelp.goalseek.lo", lang))
    parser.add_argument("--hi", type=float, metavar=tr("clihelp.metavar.hi", lang),
                        help=tr("clihelp.goalseek.hi", lang))
    parser.add_argument("--shortcut", choices=tuple(SHORTCUTS),
                        help=tr("clihelp.goalseek.shortcut", lang))
    _json_option(parser, "clihelp.goalseek.json", lang)
    _lang(parser, lang)


def print_percentiles(result, stats, names: list, units: dict, label: Callable[[str], str],
                      lang: str) -> None:
    """A Monte Carlo run's title and its table (property or vehicle): the mean, percentiles
    and iterations without a value of each metric of ``names``, labelled by ``label``."""
    print(tr("cli.montecarlo.title", lang, n=localise(f"{result.n:,}", lang),
             seed=result.settings.seed,
             sampling=tr(f"sampling.{result.settings.sampling}", lang)))
    columns = ["mean", "P5", "P10", "P50", "P90", "P95"]
    rows = [[label(m),
             *[metric_text(number(stats.loc[m, c]), units[m], "ok", lang)
               if number(stats.loc[m, c]) is not None else "—" for c in columns],
             localise(f"{int(stats.loc[m, 'missing']):,}", lang)] for m in names]
    print(grid([tr("cli.metric", lang), tr("cli.montecarlo.mean", lang), *columns[1:],
                tr("cli.montecarlo.missing", lang)], rows))


def print_hurdles(result, units: dict, names: str, lang: str) -> None:
    """The probability of missing each hurdle of a run; ``names`` is the catalogue prefix of
    its metrics' names (``metric``, ``vehicle.metric``)."""
    for h, p in result.hurdles():
        print(tr(f"cli.montecarlo.hurdle_{h.side}", lang,
                 metric=tr(f"{names}.{h.metric}", lang),
                 threshold=metric_text(h.threshold, units[h.metric], "ok", lang),
                 p=localise(f"{p * 100:.1f} %", lang)))


def run_montecarlo(args: argparse.Namespace) -> int:
    doc, model = load_model(args.file, args.scenario, args.overrides, args.lang)
    settings = doc.analyses.montecarlo
    if args.sampling:
        settings = replace(settings, sampling=args.sampling)
    result = montecarlo.run(model, settings, iterations=args.iterations, seed=args.seed)
    stats = mc_table(result, HEADLINE)
    if args.json:
        print(json.dumps({
            "iterations": result.n, "seed": result.settings.seed,
            "sampling": result.settings.sampling, "refused": int(result.refused().sum()),
            "metrics": {m: {k: number(v) for k, v in stats.loc[m].items()} for m in HEADLINE},
            "hurdles": [{"metric": h.metric, "side": h.side, "threshold": h.threshold,
                         "probability_missed": p} for h, p in result.hurdles()],
            "notes": list(result.notes)}, ensure_ascii=False, indent=2))
        return 0
    lang = args.lang
    print_percentiles(result, stats, [m for m in HEADLINE if m != "balance_check"], UNITS,
                      lambda m: metric_label(m, model, lang), lang)
    print(tr("cli.montecarlo.missing_note", lang))
    if result.settings.hurdles:
        print()
        print_hurdles(result, UNITS, "metric", lang)
    key = result.settings.hurdles[0].metric if result.settings.hurdles else "equity_irr"
    print()
    print(tr("cli.montecarlo.drivers", lang, metric=tr(f"metric.{key}", lang)))
    drivers = result.drivers(key)
    print(grid([tr("cli.sensitivity.input", lang), "ρ", tr("cli.montecarlo.share", lang)],
               [[paths.label(p, lang, model), localise(f"{r.rank_correlation:+.2f}", lang),
                 localise(f"{r.share * 100:.1f} %", lang)] for p, r in drivers.iterrows()]))
    refused = int(result.refused().sum())
    if refused:
        print(tr("cli.montecarlo.refused", lang, count=refused, n=result.n))
    for note in result.notes:
        print(f"- {in_language(note, lang)}")
    return 0


def setup_montecarlo(parser: argparse.ArgumentParser, lang: str) -> None:
    _model_args(parser, lang)
    parser.add_argument("--iterations", type=int, metavar=tr("clihelp.metavar.iterations", lang),
                        help=tr("clihelp.montecarlo.iterations", lang))
    parser.add_argument("--seed", type=int, metavar=tr("clihelp.metavar.seed", lang),
                        help=tr("clihelp.montecarlo.seed", lang))
    parser.add_argument("--sampling", choices=SAMPLINGS,
                        help=tr("clihelp.montecarlo.sampling", lang))
    _json_option(parser, "clihelp.montecarlo.json", lang)
    _lang(parser, lang)


COMMANDS.update({
    "sensitivity": ("clihelp.sensitivity", setup_sensitivity, run_sensitivity),
    "goalseek": ("clihelp.goalseek", setup_goalseek, run_goalseek),
    "montecarlo": ("clihelp.montecarlo", setup_montecarlo, run_montecarlo),
})
