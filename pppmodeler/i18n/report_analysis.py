"""Texts of the Excel report's analysis sheets: scenario comparison, sensitivity, Monte Carlo
(:mod:`pppmodeler.report.scenario_sheet`, ``sensitivity_sheet``, ``montecarlo_sheet``).

Keys start with "report." like those of :mod:`pppmodeler.i18n.report`, so the report's
``Words`` finds them under their short name; the sheets also reuse metric.*, status.*, unit.*
and the report's col.* keys.
"""

from __future__ import annotations

_TEXTS: dict[str, tuple[str, str]] = {
    # sheets: names (at most 31 characters), printed titles and what each holds (cover)
    "sheet.scenarios": ("Escenarios", "Scenarios"),
    "sheet.sensitivity": ("Sensibilidad", "Sensitivity"),
    "sheet.montecarlo": ("Montecarlo", "Monte Carlo"),
    "sheet.scenarios.heading": ("Comparación de escenarios", "Scenario comparison"),
    "sheet.sensitivity.heading": ("Análisis de sensibilidad", "Sensitivity analysis"),
    "sheet.montecarlo.heading": ("Simulación de Montecarlo", "Monte Carlo simulation"),
    "sheet.scenarios.about": (
        "caso base y escenarios del archivo lado a lado, y lo que cambia cada escenario "
        "(valores, no fórmulas)",
        "the file's base case and scenarios side by side, and what each scenario changes "
        "(values, not formulas)"),
    "sheet.sensitivity.about": (
        "tornado con su gráfico y tabla de dos entradas (valores de muchas evaluaciones, no "
        "fórmulas)",
        "tornado with its chart and two-way table (values of many evaluations, not formulas)"),
    "sheet.montecarlo.about": (
        "distribuciones, semilla, percentiles, probabilidad de incumplir umbrales, motores e "
        "histograma (valores, no fórmulas)",
        "distributions, seed, percentiles, probability of missing hurdles, drivers and "
        "histogram (values, not formulas)"),
    # notes at the top of each sheet
    "note.scenarios": (
        "Valores, no fórmulas: cada columna es una evaluación del modelo por pppmodeler "
        "({count} en total). Se comparan el caso base del archivo y sus escenarios, cualquiera "
        "que sea el escenario del resto del informe; solo el caso del informe tiene hojas de "
        "cálculo con fórmulas.",
        "Values, not formulas: each column is one evaluation of the model by pppmodeler "
        "({count} in all). The file's base case and its scenarios are compared, whatever the "
        "scenario of the rest of the report; only the report's own case has calculation "
        "sheets with formulas."),
    "note.sensitivity": (
        "Valores, no fórmulas: resultados de {count} del modelo del informe por "
        "pppmodeler, moviendo cada vez los supuestos indicados y dejando los demás en su valor "
        "base. Los valores se recortan al rango válido de cada supuesto y los enteros se "
        "redondean. Las hojas de cálculo conservan sus fórmulas.",
        "Values, not formulas: results of {count} of the report's model by "
        "pppmodeler, each moving the inputs shown and leaving the others at their base value. "
        "Values are clipped to each input's valid range and whole numbers rounded. The "
        "calculation sheets keep their formulas."),
    "note.montecarlo": (
        "Valores, no fórmulas: pppmodeler evaluó {iterations} del modelo del informe con la "
        "semilla {seed}. El mismo archivo con la misma semilla, el mismo "
        "número de iteraciones y el mismo muestreo reproduce estos resultados exactamente. Las "
        "hojas de cálculo conservan sus fórmulas.",
        "Values, not formulas: pppmodeler evaluated {iterations} of the report's model with "
        "the seed {seed}. The same file with the same seed, number of "
        "iterations and sampling reproduces these results exactly. The calculation sheets "
        "keep their formulas."),
    "note.montecarlo_none": ("Valores, no fórmulas.", "Values, not formulas."),
    "note.montecarlo_capped": (
        "La configuración pide {asked}; el informe corre {ran} (su máximo). Para "
        "más iteraciones, exporte indicando el número.",
        "The settings ask for {asked}; the report runs {ran} (its maximum). For "
        "more iterations, export giving the number."),
    "note.not_computed": ("No se pudo calcular: {reason}", "Could not be computed: {reason}"),
    # scenarios
    "heading.scenario_metrics": ("Indicadores por escenario", "Metrics by scenario"),
    "heading.scenario_changes": ("Cambios de cada escenario frente al caso base",
                                 "What each scenario changes from the base case"),
    "row.scenario_status": ("Estado", "Status"),
    "word.evaluated": ("evaluado", "evaluated"),
    "word.not_evaluated": ("no evaluable", "cannot be evaluated"),
    "note.scenario_refused": ("«{name}» no se puede evaluar: {reason}",
                              "“{name}” cannot be evaluated: {reason}"),
    "note.no_overrides": ("Sin cambios: igual al caso base.",
                          "No changes: the same as the base case."),
    "col.base_value": ("Valor base", "Base value"),
    "col.scenario_value": ("Valor del escenario", "Scenario value"),
    # sensitivity
    "heading.tornado": ("Tornado: {metric}", "Tornado: {metric}"),
    "heading.tornado_plain": ("Tornado", "Tornado"),
    "heading.two_way": ("Tabla de dos entradas: {metric}", "Two-way table: {metric}"),
    "heading.two_way_plain": ("Tabla de dos entradas", "Two-way table"),
    "row.metric_at_base": ("Indicador en el caso base", "Metric in the base case"),
    "note.no_inputs": ("No hay supuestos que mover.", "There are no inputs to move."),
    "col.low_value": ("Valor bajo", "Low value"),
    "col.high_value": ("Valor alto", "High value"),
    "col.metric_at_low": ("Indicador en el bajo", "Metric at low"),
    "col.metric_at_high": ("Indicador en el alto", "Metric at high"),
    "col.swing": ("Oscilación", "Swing"),
    "col.change_at_low": ("Cambio en el bajo", "Change at low"),
    "col.change_at_high": ("Cambio en el alto", "Change at high"),
    "chart.tornado": ("Tornado: {metric}", "Tornado: {metric}"),
    "chart.tornado_low": ("Indicador con el supuesto en su valor bajo",
                          "Metric with the input at its low value"),
    "chart.tornado_high": ("Indicador con el supuesto en su valor alto",
                           "Metric with the input at its high value"),
    "chart.change_from_base": ("Cambio frente al caso base", "Change from the base case"),
    "note.two_way": (
        "Filas: {rows} ({row_path}). Columnas: {columns} ({column_path}). Resaltados, los "
        "valores del caso base. Color de la peor celda (rojo) a la mejor (verde).",
        "Rows: {rows} ({row_path}). Columns: {columns} ({column_path}). Highlighted, the "
        "values of the base case. Colour from the worst cell (red) to the best (green)."),
    # Monte Carlo
    "heading.mc_assumptions": ("Supuestos de la simulación", "Assumptions of the simulation"),
    "sampling.latin_hypercube": ("hipercubo latino", "Latin hypercube"),
    "sampling.random": ("aleatorio simple", "simple random"),
    "row.iterations_refused": ("Iteraciones rechazadas por el motor",
                               "Iterations the engine refused"),
    "dist.triangular": ("triangular", "triangular"),
    "dist.pert": ("PERT", "PERT"),
    "dist.normal": ("normal", "normal"),
    "dist.lognormal": ("lognormal", "lognormal"),
    "dist.uniform": ("uniforme", "uniform"),
    "dist.discrete": ("discreta (valor y peso)", "discrete (value and weight)"),
    "heading.mc_percentiles": ("Percentiles de los indicadores", "Percentiles of the metrics"),
    "col.stat_P5": ("P5", "P5"),
    "col.stat_P10": ("P10", "P10"),
    "col.stat_P50": ("P50", "P50"),
    "col.stat_P90": ("P90", "P90"),
    "col.stat_P95": ("P95", "P95"),
    "col.stat_mean": ("Media", "Mean"),
    "col.stat_sd": ("Desv. estándar", "Std. deviation"),
    "col.stat_missing": ("Sin valor", "No value"),
    "heading.mc_hurdles": ("Probabilidad de incumplir los umbrales",
                           "Probability of missing the hurdles"),
    "note.no_hurdles": ("La configuración no define umbrales.",
                        "The settings define no hurdles."),
    "col.probability_missed": ("Probabilidad de incumplir", "Probability of missing"),
    "side.below": ("por debajo", "below"),
    "side.above": ("por encima", "above"),
    "note.hurdles": (
        "Una iteración incumple un umbral si el indicador queda del lado equivocado o no tiene "
        "valor; la probabilidad es sobre todas las iteraciones.",
        "An iteration misses a hurdle when the metric is on the wrong side or has no value; "
        "the probability is over all iterations."),
    "heading.mc_drivers": ("Motores de la varianza: {metric}", "Drivers of variance: {metric}"),
    "col.rank_correlation": ("Correlación de rangos", "Rank correlation"),
    "col.variance_share": ("Participación en la varianza", "Share of variance"),
    "note.drivers": (
        "Correlación de rangos de Spearman de cada supuesto con el indicador; la participación "
        "es su cuadrado sobre la suma de los cuadrados (aproximación usual: exacta para "
        "supuestos independientes con efecto monótono y aditivo).",
        "Spearman rank correlation of each input with the metric; the share is its square over "
        "the sum of the squares (the usual approximation: exact for independent inputs acting "
        "monotonically and additively)."),
    "heading.mc_histogram": ("Histograma: {metric}", "Histogram: {metric}"),
    "note.no_values": ("Ninguna iteración tiene valor de este indicador.",
                       "No iteration has a value of this metric."),
    "col.bin_from": ("Desde", "From"),
    "col.bin_to": ("Hasta", "To"),
    "col.bin_middle": ("Punto medio", "Middle"),
    "col.iterations": ("Iteraciones", "Iterations"),
    "col.share": ("Participación", "Share"),
    "note.histogram": (
        "{bins} entre el menor y el mayor valor de {count} con valor ({missing} sin valor).",
        "{bins} from the smallest to the largest value of {count} with a value ({missing} "
        "without)."),
    # a count and its noun ({n} written in the reader's convention), singular in ".one"
    "count.iterations": ("{n} iteraciones", "{n} iterations"),
    "count.iterations.one": ("{n} iteración", "{n} iteration"),
    "count.evaluations": ("{n} evaluaciones", "{n} evaluations"),
    "count.evaluations.one": ("{n} evaluación", "{n} evaluation"),
    "count.bins": ("{n} intervalos iguales", "{n} equal bins"),
    "count.bins.one": ("{n} intervalo", "{n} bin"),
    "count.years": ("{n} años", "{n} years"),
    "count.years.one": ("{n} año", "{n} year"),
    "chart.histogram": ("Distribución: {metric} ({unit})", "Distribution: {metric} ({unit})"),
}
TEXTS: dict[str, dict[str, str]] = {f"report.{k}": {"es": es, "en": en}
                                    for k, (es, en) in _TEXTS.items()}
