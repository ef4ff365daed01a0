"""Texts of the analyses (scenarios, sensitivity, break-even, Monte Carlo) shared by the
command line, the desktop and the report."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "cli.analysis.not_evaluable": {
        "es": "{name}: no se puede evaluar: {reason}",
        "en": "{name}: cannot be evaluated: {reason}"},
}
