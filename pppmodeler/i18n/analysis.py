"""Texts of the analyses (scenarios, sensitivity, break-even, Monte Carlo) shared by the
command line, the desktop and the report."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "cli.analysis.not_evaluable": {
        "es": "{name}: no se puede evaluar: {reason}",
        "en": "{name}: cannot be evaluated: {reason}"},
    "cli.sensitivity.title": {"es": "Sensibilidad de {metric} (caso base: {base})",
                              "en": "Sensitivity of {metric} (base case: {base})"},
    "cli.sensitivity.input": {"es": "Supuesto", "en": "Input"},
    "cli.sensitivity.low": {"es": "Valor bajo", "en": "Low value"},
    "cli.sensitivity.high": {"es": "Valor alto", "en": "High value"},
    "cli.sensitivity.at_low": {"es": "Indicador en el bajo", "en": "Metric at low"},
    "cli.sensitivity.at_high": {"es": "Indicador en el alto", "en": "Metric at high"},
    "cli.sensitivity.two_way": {"es": "{metric}: filas {rows} × columnas {columns}",
                                "en": "{metric}: rows {rows} × columns {columns}"},
    "cli.goalseek.solved": {
        "es": "{input} = {value} da {metric} = {achieved} (objetivo {target})",
        "en": "{input} = {value} gives {metric} = {achieved} (target {target})"},
    "cli.goalseek.none": {
        "es": "Ningún valor de {input} entre {low} y {high} da {metric} = {target}: "
              "en {low} es {at_low}; en {high} es {at_high}",
        "en": "No value of {input} between {low} and {high} gives {metric} = {target}: "
              "at {low} it is {at_low}; at {high} it is {at_high}"},
    "cli.montecarlo.title": {
        "es": "Montecarlo: {n} iteraciones, semilla {seed}, muestreo {sampling}",
        "en": "Monte Carlo: {n} iterations, seed {seed}, sampling {sampling}"},
    "cli.montecarlo.mean": {"es": "Media", "en": "Mean"},
    "cli.montecarlo.share": {"es": "Parte de la varianza", "en": "Share of variance"},
    "cli.montecarlo.hurdle_below": {
        "es": "Probabilidad de que {metric} quede por debajo de {threshold}: {p}",
        "en": "Probability that {metric} is below {threshold}: {p}"},
    "cli.montecarlo.hurdle_above": {
        "es": "Probabilidad de que {metric} quede por encima de {threshold}: {p}",
        "en": "Probability that {metric} is above {threshold}: {p}"},
    "cli.montecarlo.drivers": {"es": "Supuestos que mueven {metric}:",
                               "en": "Inputs that drive {metric}:"},
    "cli.montecarlo.refused": {
        "es": "{count} de {n} iteraciones no se pudieron evaluar (sin valores)",
        "en": "{count} of {n} iterations could not be evaluated (no values)"},
    "cli.montecarlo.missing": {"es": "Sin valor", "en": "No value"},
    "cli.montecarlo.missing_note": {
        "es": "Los percentiles se calculan sobre las iteraciones con valor; «Sin valor» cuenta "
              "las demás (una TIR que no existe, una recuperación que no llega).",
        "en": "Percentiles are over the iterations with a value; \"No value\" counts the others "
              "(an IRR that does not exist, a payback that never comes)."},
    "sampling.latin_hypercube": {"es": "hipercubo latino", "en": "Latin hypercube"},
    "sampling.random": {"es": "aleatorio simple", "en": "plain random"},
    "cli.validate.analysis_problems": {
        "es": "{file}: ajustes de análisis que no se pueden ejecutar ({count}):",
        "en": "{file}: analysis settings that cannot run ({count}):"},
}
