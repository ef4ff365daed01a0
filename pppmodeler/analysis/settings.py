"""The settings of the analyses of a model, declared once and stored in its scenario file.

They live under the ``analyses`` key of a ``.pppm`` file (format version 2 on) and are declared
like the inputs (:mod:`pppmodeler.core.inputs`): the validator, the JSON Schema and the desktop
forms read these declarations. Every ``path`` is an input path (:mod:`pppmodeler.core.paths`)
that must name a numeric input of the base model; the validator checks it.

Conventions
-----------
- Tornado: each input moves to ``low`` and ``high``; with ``range = "percent"`` these are the
  base value times ``1 - percent`` and ``1 + percent``, clipped to the input's valid range.
- Spider: each input moves by every fraction of ``spider_steps`` from its base value.
- Monte Carlo distributions are stated in the input's own unit (a rate as a fraction). Normal
  and lognormal take the mean and standard deviation of the input itself. Values a distribution
  gives outside the input's valid range are clipped to it, and whole-number inputs are rounded.
  ``rank`` correlations are Spearman rank correlations, imposed by Iman–Conover.
- A hurdle is missed when the metric is ``below`` (or ``above``) its threshold, or has no value.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

from pppmodeler.core.inputs import _f, _lines, _section
from pppmodeler.core.metrics import UNITS

METRICS = tuple(UNITS)
RANGES = ("percent", "values")
DISTRIBUTIONS = ("triangular", "pert", "normal", "lognormal", "uniform", "discrete")
SAMPLINGS = ("latin_hypercube", "random")
SIDES = ("below", "above")
MAX_ITERATIONS = 1_000_000


def _path(es: str, en: str) -> object:
    """A field naming a numeric input of the base model (checked against it on load)."""
    declared = _f("", es, en)
    declared.metadata = MappingProxyType({**declared.metadata, "input_path": True})
    return declared


@dataclass
class SensitivityInput:
    """One input of a tornado or spider chart and how far it moves."""

    path: str = _path("Supuesto", "Input")
    range: str = _f("percent", "Rango", "Range", choices=RANGES)
    percent: float = _f(0.10, "Variación ±", "Change ±", "fraction", lo=0, hi=10)
    low: float = _f(0.0, "Valor bajo", "Low value", lo=-1e15, hi=1e15)
    high: float = _f(0.0, "Valor alto", "High value", lo=-1e15, hi=1e15)


@dataclass
class Sensitivity:
    """Tornado and spider settings; with no inputs, the analyst's usual starting set is used."""

    metric: str = _f("equity_irr", "Indicador", "Metric", choices=METRICS)
    inputs: list = _lines(SensitivityInput, "Supuestos", "Inputs")
    spider_steps: list = _f([-0.2, -0.1, 0.0, 0.1, 0.2], "Pasos del gráfico araña",
                            "Spider chart steps", item="fraction", lo=-1, hi=10)


@dataclass
class TwoWay:
    """A table of one metric over two inputs; empty value lists take ±20 % in 5 steps."""

    metric: str = _f("equity_irr", "Indicador", "Metric", choices=METRICS)
    row_path: str = _path("Supuesto de las filas", "Row input")
    row_values: list = _f([], "Valores de las filas", "Row values", lo=-1e15, hi=1e15)
    column_path: str = _path("Supuesto de las columnas", "Column input")
    column_values: list = _f([], "Valores de las columnas", "Column values", lo=-1e15, hi=1e15)


@dataclass
class GoalSeek:
    """Solve ``path`` so that ``metric`` equals ``target``."""

    path: str = _path("Supuesto a despejar", "Input to solve")
    metric: str = _f("equity_npv", "Indicador", "Metric", choices=METRICS)
    target: float = _f(0.0, "Valor objetivo", "Target value", lo=-1e15, hi=1e15)


@dataclass
class Distribution:
    """The uncertainty of one input. Which parameters count depends on ``kind``:
    triangular and PERT ``low``, ``mode``, ``high``; uniform ``low``, ``high``; normal and
    lognormal ``mean``, ``sd``; discrete ``values`` with ``weights`` (equal if empty)."""

    path: str = _path("Supuesto", "Input")
    kind: str = _f("triangular", "Distribución", "Distribution", choices=DISTRIBUTIONS)
    low: float = _f(0.0, "Mínimo", "Minimum", lo=-1e15, hi=1e15)
    mode: float = _f(0.0, "Más probable", "Most likely", lo=-1e15, hi=1e15)
    high: float = _f(0.0, "Máximo", "Maximum", lo=-1e15, hi=1e15)
    mean: float = _f(0.0, "Media", "Mean", lo=-1e15, hi=1e15)
    sd: float = _f(0.0, "Desviación estándar", "Standard deviation", lo=0, hi=1e15)
    values: list = _f([], "Valores", "Values", lo=-1e15, hi=1e15)
    weights: list = _f([], "Pesos", "Weights", lo=0, hi=1e15)


@dataclass
class Correlation:
    """A rank correlation between the inputs of two distributions."""

    first: str = _path("Primer supuesto", "First input")
    second: str = _path("Segundo supuesto", "Second input")
    rank: float = _f(0.0, "Correlación de rangos", "Rank correlation", lo=-0.99, hi=0.99)


@dataclass
class Hurdle:
    """A threshold the deal must clear: missing it counts toward its probability."""

    metric: str = _f("min_dscr", "Indicador", "Metric", choices=METRICS)
    side: str = _f("below", "Se incumple si está", "Missed when", choices=SIDES)
    threshold: float = _f(1.2, "Umbral", "Threshold", lo=-1e15, hi=1e15)


@dataclass
class MonteCarlo:
    """How a Monte Carlo run samples; ``seed`` makes it reproducible to the last digit."""

    iterations: int = _f(10_000, "Iteraciones", "Iterations", lo=1, hi=MAX_ITERATIONS,
                         integer=True)
    seed: int = _f(20270101, "Semilla", "Seed", lo=0, hi=2**32 - 1, integer=True)
    sampling: str = _f("latin_hypercube", "Muestreo", "Sampling", choices=SAMPLINGS)
    distributions: list = _lines(Distribution, "Distribuciones", "Distributions")
    correlations: list = _lines(Correlation, "Correlaciones", "Correlations")
    hurdles: list = _lines(Hurdle, "Umbrales", "Hurdles")


@dataclass
class Analyses:
    """Everything under ``analyses`` in a scenario file."""

    sensitivity: Sensitivity = _section(Sensitivity, "Sensibilidad", "Sensitivity")
    two_way: TwoWay = _section(TwoWay, "Tabla de dos entradas", "Two-way table")
    goal_seek: GoalSeek = _section(GoalSeek, "Punto de equilibrio", "Break-even")
    montecarlo: MonteCarlo = _section(MonteCarlo, "Montecarlo", "Monte Carlo")
