"""Texts of the desktop's analysis pages (scenarios, sensitivity, break-even, Monte Carlo) and
of the charts of the analyses."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # charts
    "chart.analysis.tornado": {"es": "Tornado: {metric}", "en": "Tornado: {metric}"},
    "chart.analysis.spider": {"es": "Araña: {metric}", "en": "Spider: {metric}"},
    "chart.analysis.histogram": {"es": "Distribución de las iteraciones",
                                 "en": "Distribution of the iterations"},
    "chart.analysis.cdf": {"es": "Probabilidad acumulada", "en": "Cumulative probability"},
    "chart.analysis.low": {"es": "Supuesto bajo", "en": "Input low"},
    "chart.analysis.high": {"es": "Supuesto alto", "en": "Input high"},
    "chart.analysis.base": {"es": "Caso base {value}", "en": "Base case {value}"},
    "chart.analysis.change": {"es": "Cambio del supuesto frente al caso base",
                              "en": "Change of the input from the base case"},
    "chart.analysis.hurdle": {"es": "Umbral {value}", "en": "Hurdle {value}"},
    "chart.analysis.share": {"es": "Iteraciones", "en": "Iterations"},
    "chart.analysis.cumulative": {"es": "Iteraciones en o por debajo",
                                  "en": "Iterations at or below"},
    "chart.analysis.target": {"es": "Objetivo {value}", "en": "Target {value}"},
    "chart.analysis.solution": {"es": "Solución {value}", "en": "Solution {value}"},
    "chart.analysis.nothing": {"es": "Nada que mostrar", "en": "Nothing to show"},
    "chart.analysis.no_values": {"es": "Ninguna iteración tiene un valor de este indicador",
                                 "en": "No iteration has a value of this metric"},
    # pages
    "gui.page.analyses": {"es": "Análisis", "en": "Analyses"},
    "gui.page.scenarios": {"es": "Escenarios", "en": "Scenarios"},
    "gui.page.sensitivity": {"es": "Sensibilidad", "en": "Sensitivity"},
    "gui.page.breakeven": {"es": "Punto de equilibrio", "en": "Break-even"},
    "gui.page.montecarlo": {"es": "Montecarlo", "en": "Monte Carlo"},
    "gui.about.scenarios": {
        "es": "Un escenario cambia algunos supuestos del caso base. Cree, renombre, duplique "
              "o elimine escenarios, edite sus cambios y compárelos con el caso base. Todo se "
              "guarda en el archivo y se puede deshacer.",
        "en": "A scenario changes some inputs of the base case. Create, rename, duplicate or "
              "delete scenarios, edit their changes and compare them with the base case. "
              "Everything is saved in the file and can be undone."},
    "gui.about.sensitivity": {
        "es": "Qué supuestos pesan más: el tornado y la araña mueven cada supuesto solo, con "
              "los demás en el caso base; la tabla de dos entradas cruza dos supuestos. Sin "
              "supuestos elegidos se usan los principales del modelo.",
        "en": "Which inputs matter most: the tornado and the spider move each input on its "
              "own, the others at base; the two-way table crosses two inputs. With no inputs "
              "chosen, the model's main inputs are used."},
    "gui.about.breakeven": {
        "es": "Despeje un supuesto para que un indicador llegue a un objetivo (VPN = 0, TIR = "
              "meta, ICSD = covenant), o use los atajos: canon máximo, participación máxima, "
              "plazo mínimo, aporte mínimo.",
        "en": "Solve an input so that a metric reaches a target (NPV = 0, IRR = target, DSCR "
              "= covenant), or use the shortcuts: maximum canon, maximum revenue share, "
              "minimum term, minimum grant."},
    "gui.about.montecarlo": {
        "es": "Supuestos inciertos con distribuciones (y correlaciones): miles de casos dan "
              "percentiles, histogramas, la probabilidad de incumplir cada umbral y los "
              "supuestos que más explican la varianza.",
        "en": "Uncertain inputs with distributions (and correlations): thousands of cases give "
              "percentiles, histograms, the probability of missing each hurdle and the inputs "
              "that drive the variance."},
    # every pane
    "gui.analysis.stale": {
        "es": "⚠ Los resultados están desactualizados: los supuestos cambiaron desde que se "
              "calcularon. Vuelva a ejecutar.",
        "en": "⚠ The results are out of date: the inputs changed since they were computed. "
              "Run again."},
    "gui.analysis.run_again": {"es": "Volver a ejecutar", "en": "Run again"},
    "gui.analysis.cancel": {"es": "Cancelar", "en": "Cancel"},
    "gui.analysis.running": {"es": "Calculando…", "en": "Computing…"},
    "gui.analysis.done": {"es": "Listo.", "en": "Done."},
    "gui.analysis.cancelled": {"es": "Cancelado: se conservan los resultados anteriores.",
                               "en": "Cancelled: the previous results are kept."},
    "gui.analysis.failed": {"es": "No se pudo calcular: {detail}",
                            "en": "Could not compute: {detail}"},
    "gui.analysis.busy": {"es": "Ya hay un cálculo en curso en esta página.",
                          "en": "A computation is already running on this page."},
    "gui.analysis.unavailable": {"es": "este análisis aún no está disponible ({detail})",
                                 "en": "this analysis is not available yet ({detail})"},
    "gui.analysis.choose_input": {"es": "(elija un supuesto)", "en": "(choose an input)"},
    "gui.analysis.input": {"es": "Supuesto", "en": "Input"},
    "gui.analysis.path": {"es": "Ruta", "en": "Path"},
    "gui.analysis.base_value": {"es": "Valor base", "en": "Base value"},
    "gui.analysis.chart_metric": {"es": "Indicador del gráfico:", "en": "Chart metric:"},
    "gui.analysis.metric": {"es": "Indicador:", "en": "Metric:"},
    "gui.analysis.row_problem": {"es": "Fila {n}, {field}: {problem}",
                                 "en": "Row {n}, {field}: {problem}"},
    "gui.analysis.line_added": {"es": "línea añadida", "en": "line added"},
    "gui.analysis.line_removed": {"es": "línea eliminada", "en": "line removed"},
    "gui.analysis.choice.percent": {"es": "± %", "en": "± %"},
    "gui.analysis.choice.values": {"es": "valores bajo y alto", "en": "low and high values"},
    "gui.analysis.choice.triangular": {"es": "triangular", "en": "triangular"},
    "gui.analysis.choice.pert": {"es": "PERT", "en": "PERT"},
    "gui.analysis.choice.normal": {"es": "normal", "en": "normal"},
    "gui.analysis.choice.lognormal": {"es": "lognormal", "en": "lognormal"},
    "gui.analysis.choice.uniform": {"es": "uniforme", "en": "uniform"},
    "gui.analysis.choice.discrete": {"es": "discreta", "en": "discrete"},
    "gui.analysis.choice.latin_hypercube": {"es": "hipercubo latino", "en": "Latin hypercube"},
    "gui.analysis.choice.random": {"es": "aleatorio simple", "en": "simple random"},
    "gui.analysis.choice.below": {"es": "por debajo", "en": "below"},
    "gui.analysis.choice.above": {"es": "por encima", "en": "above"},
    # scenarios
    "gui.analysis.scenarios": {"es": "Escenarios del archivo", "en": "Scenarios in the file"},
    "gui.analysis.tab.overrides": {"es": "Cambios del escenario", "en": "Scenario changes"},
    "gui.analysis.tab.comparison": {"es": "Comparación", "en": "Comparison"},
    "gui.analysis.new_empty": {"es": "Nuevo (sin cambios)", "en": "New (no changes)"},
    "gui.analysis.new_from_base": {"es": "Nuevo desde el caso base",
                                   "en": "New from the base case"},
    "gui.analysis.new_from_base_tip": {
        "es": "Fija los valores actuales del caso base de cada supuesto que cambian los otros "
              "escenarios, para editarlos.",
        "en": "Pins today's base values of every input the other scenarios change, to edit "
              "them."},
    "gui.analysis.duplicate": {"es": "Duplicar", "en": "Duplicate"},
    "gui.analysis.delete": {"es": "Eliminar…", "en": "Delete…"},
    "gui.analysis.delete_title": {"es": "Eliminar escenario", "en": "Delete scenario"},
    "gui.analysis.delete_question": {
        "es": "¿Eliminar el escenario «{name}»? (Se puede deshacer con Ctrl+Z.)",
        "en": "Delete the scenario “{name}”? (Ctrl+Z undoes it.)"},
    "gui.analysis.new_name": {"es": "Nuevo escenario", "en": "New scenario"},
    "gui.analysis.base_name": {"es": "Caso base fijado", "en": "Pinned base case"},
    "gui.analysis.base_description": {
        "es": "Valores del caso base al crear el escenario.",
        "en": "Values of the base case when the scenario was created."},
    "gui.analysis.copy_name": {"es": "{name} (copia)", "en": "{name} (copy)"},
    "gui.analysis.name": {"es": "Nombre:", "en": "Name:"},
    "gui.analysis.description": {"es": "Descripción:", "en": "Description:"},
    "gui.analysis.name_blank": {"es": "Un escenario necesita un nombre.",
                                "en": "A scenario needs a name."},
    "gui.analysis.name_taken": {"es": "Ya hay un escenario llamado «{name}».",
                                "en": "There is already a scenario named “{name}”."},
    "gui.analysis.overrides_hint": {
        "es": "Cada fila cambia un supuesto del caso base. Escriba el valor del escenario en "
              "la última columna (los porcentajes como 10 %).",
        "en": "Each row changes one input of the base case. Type the scenario's value in the "
              "last column (percentages as 10 %)."},
    "gui.analysis.scenario_value": {"es": "Valor del escenario", "en": "Scenario value"},
    "gui.analysis.add_input": {"es": "Supuesto:", "en": "Input:"},
    "gui.analysis.add_override": {"es": "Añadir cambio", "en": "Add change"},
    "gui.analysis.remove_override": {"es": "Quitar cambio", "en": "Remove change"},
    "gui.analysis.pick_first": {"es": "Elija primero un supuesto de la lista.",
                                "en": "Choose an input from the list first."},
    "gui.analysis.already_overridden": {"es": "Ese supuesto ya tiene un cambio: edítelo.",
                                        "en": "That input already has a change: edit it."},
    "gui.analysis.no_such_input": {"es": "(el supuesto ya no existe en el modelo)",
                                   "en": "(the input no longer exists in the model)"},
    "gui.analysis.added": {"es": "nuevo escenario «{name}»", "en": "new scenario “{name}”"},
    "gui.analysis.duplicated": {"es": "duplicar «{name}»", "en": "duplicate “{name}”"},
    "gui.analysis.deleted": {"es": "eliminar «{name}»", "en": "delete “{name}”"},
    "gui.analysis.renamed": {"es": "renombrar «{old}» a «{new}»",
                             "en": "rename “{old}” to “{new}”"},
    "gui.analysis.described": {"es": "descripción de «{name}»",
                               "en": "description of “{name}”"},
    "gui.analysis.override_set": {"es": "{what} en «{name}»", "en": "{what} in “{name}”"},
    "gui.analysis.override_removed": {"es": "quitar cambios de «{name}»",
                                      "en": "remove changes of “{name}”"},
    "gui.analysis.compare": {"es": "Comparar escenarios", "en": "Compare scenarios"},
    "gui.analysis.compare_hint": {
        "es": "Pulse «Comparar escenarios» para ver el caso base y los escenarios lado a lado.",
        "en": "Press “Compare scenarios” to see the base case and the scenarios side by "
              "side."},
    "gui.analysis.base_case": {"es": "Caso base", "en": "Base case"},
    "gui.analysis.case_problem": {"es": "«{name}» no se pudo evaluar: {problem}",
                                  "en": "“{name}” could not be evaluated: {problem}"},
    # sensitivity
    "gui.analysis.tab.tornado": {"es": "Tornado", "en": "Tornado"},
    "gui.analysis.tab.spider": {"es": "Araña", "en": "Spider"},
    "gui.analysis.tab.two_way": {"es": "Tabla de dos entradas", "en": "Two-way table"},
    "gui.analysis.tornado_hint": {
        "es": "Pulse «Calcular tornado y araña» para ver cuánto mueve cada supuesto el "
              "indicador.",
        "en": "Press “Compute tornado and spider” to see how much each input moves the "
              "metric."},
    "gui.analysis.run_sensitivity": {"es": "Calcular tornado y araña",
                                     "en": "Compute tornado and spider"},
    "gui.analysis.load_defaults": {"es": "Cargar supuestos principales",
                                   "en": "Load the main inputs"},
    "gui.analysis.defaults_loaded": {"es": "supuestos principales de la sensibilidad",
                                     "en": "main inputs of the sensitivity"},
    "gui.analysis.inputs_hint": {
        "es": "Supuestos que se mueven (vacío: los principales del modelo, ±10 %). «± %» "
              "mueve el valor base en esa fracción; «valores bajo y alto» usa los valores "
              "escritos, en la unidad del supuesto (una tasa como fracción: 0,12).",
        "en": "Inputs that move (empty: the model's main inputs, ±10 %). “± %” moves the "
              "base value by that fraction; “low and high values” uses the values typed, in "
              "the input's unit (a rate as a fraction: 0.12)."},
    "gui.analysis.run_two_way": {"es": "Calcular tabla", "en": "Compute table"},
    "gui.analysis.two_way_hint": {
        "es": "Sin supuestos elegidos: canon × ocupación del ingreso principal, ±20 % en 5 "
              "pasos.",
        "en": "With no inputs chosen: canon × occupancy of the main revenue, ±20 % in 5 "
              "steps."},
    "gui.analysis.two_way_title": {"es": "{metric}: filas {rows}; columnas {columns}",
                                   "en": "{metric}: rows {rows}; columns {columns}"},
    # break-even
    "gui.analysis.seek": {"es": "Despejar un supuesto", "en": "Solve for an input"},
    "gui.analysis.target": {"es": "Valor objetivo", "en": "Target value"},
    "gui.analysis.range": {"es": "Rango de búsqueda", "en": "Range searched"},
    "gui.analysis.range_auto": {"es": "automático", "en": "automatic"},
    "gui.analysis.solve": {"es": "Despejar", "en": "Solve"},
    "gui.analysis.solve_needs_input": {
        "es": "Elija el supuesto a despejar en la lista «Supuesto a despejar».",
        "en": "Choose the input to solve in the list “Input to solve”."},
    "gui.analysis.solve_tip": {
        "es": "Busca el valor del supuesto elegido con el que el indicador alcanza el "
              "valor objetivo.",
        "en": "Finds the value of the chosen input at which the metric reaches the "
              "target value."},
    "gui.analysis.default_input": {"es": "(predeterminado: {input})",
                                   "en": "(default: {input})"},
    "gui.analysis.default_input_unknown": {
        "es": "(predeterminado: se elige al calcular)",
        "en": "(default: chosen when the table is run)"},
    "gui.analysis.questions": {"es": "Preguntas del Distrito", "en": "The District's questions"},
    "gui.analysis.question_tip": {
        "es": "Con la TIR objetivo del inversionista (Valoración).",
        "en": "At the partner's target equity IRR (Valuation)."},
    "gui.analysis.question.max_canon": {"es": "Canon máximo", "en": "Maximum canon"},
    "gui.analysis.question.max_revenue_share": {"es": "Participación en ingresos máxima",
                                                "en": "Maximum revenue share"},
    "gui.analysis.question.min_term": {"es": "Plazo mínimo", "en": "Minimum term"},
    "gui.analysis.question.min_grant": {"es": "Aporte mínimo del Distrito",
                                        "en": "Minimum District grant"},
    "gui.analysis.no_answer": {"es": "Elija un supuesto, un indicador y un objetivo, o una "
                                     "pregunta del Distrito.",
                               "en": "Choose an input, a metric and a target, or one of the "
                                     "District's questions."},
    "gui.analysis.breakeven_hint": {
        "es": "Aquí aparecerá el indicador sobre el rango de búsqueda.",
        "en": "The metric over the range searched will appear here."},
    "gui.analysis.solved": {
        "es": "{what} = {value}\n{metric}: {achieved} (objetivo {target})",
        "en": "{what} = {value}\n{metric}: {achieved} (target {target})"},
    "gui.analysis.met_at_low": {
        "es": "El objetivo ya se cumple en el extremo inferior del rango.",
        "en": "The target is already met at the low end of the range."},
    "gui.analysis.no_solution": {
        "es": "Sin solución en [{lo}; {hi}]: {what} no lleva {metric} a {target}.\n"
              "{metric} en los extremos: {at_lo} y {at_hi}.",
        "en": "No solution in [{lo}, {hi}]: {what} does not bring {metric} to {target}.\n"
              "{metric} at the ends: {at_lo} and {at_hi}."},
    "gui.analysis.apply": {"es": "Aplicar al modelo", "en": "Apply to the model"},
    "gui.analysis.applied": {"es": "{what} del punto de equilibrio",
                             "en": "{what} from the break-even"},
    # Monte Carlo
    "gui.analysis.run_montecarlo": {"es": "Ejecutar Montecarlo", "en": "Run Monte Carlo"},
    "gui.analysis.tab.sampling": {"es": "Muestreo", "en": "Sampling"},
    "gui.analysis.tab.distributions": {"es": "Distribuciones", "en": "Distributions"},
    "gui.analysis.tab.correlations": {"es": "Correlaciones", "en": "Correlations"},
    "gui.analysis.tab.hurdles": {"es": "Umbrales", "en": "Hurdles"},
    "gui.analysis.distributions_hint": {
        "es": "Una fila por supuesto incierto, en su propia unidad (una tasa como fracción). "
              "Triangular y PERT: mínimo, más probable, máximo; normal y lognormal: media y "
              "desviación; uniforme: mínimo y máximo; discreta: valores y pesos (separados "
              "por ;).",
        "en": "One row per uncertain input, in its own unit (a rate as a fraction). "
              "Triangular and PERT: minimum, most likely, maximum; normal and lognormal: mean "
              "and deviation; uniform: minimum and maximum; discrete: values and weights "
              "(separated by ;)."},
    "gui.analysis.correlations_hint": {
        "es": "Correlación de rangos entre dos supuestos que tienen distribución (−0,99 a "
              "0,99).",
        "en": "Rank correlation between two inputs that have a distribution (−0.99 to "
              "0.99)."},
    "gui.analysis.hurdles_hint": {
        "es": "Umbrales que el negocio debe cumplir: la probabilidad de incumplir cada uno se "
              "muestra tras la corrida (una tasa como fracción: 0,14).",
        "en": "Thresholds the deal must clear: the probability of missing each is shown after "
              "the run (a rate as a fraction: 0.14)."},
    "gui.analysis.montecarlo_hint": {
        "es": "Pulse «Ejecutar Montecarlo» para ver la distribución del indicador.",
        "en": "Press “Run Monte Carlo” to see the distribution of the metric."},
    "gui.analysis.tab.distribution": {"es": "Distribución", "en": "Distribution"},
    "gui.analysis.tab.percentiles": {"es": "Percentiles", "en": "Percentiles"},
    "gui.analysis.tab.hurdle_results": {"es": "Probabilidad de incumplir",
                                        "en": "Probability of missing"},
    "gui.analysis.tab.drivers": {"es": "Supuestos que explican la varianza",
                                 "en": "Inputs that drive the variance"},
    "gui.analysis.montecarlo_summary": {
        "es": "{n} iteraciones (semilla {seed}); {refused} rechazadas por el modelo.",
        "en": "{n} iterations (seed {seed}); {refused} refused by the model."},
    "gui.analysis.refusal": {"es": "{n} iteraciones rechazadas: {reason}",
                             "en": "{n} iterations refused: {reason}"},
    "gui.analysis.column.mean": {"es": "Media", "en": "Mean"},
    "gui.analysis.column.P5": {"es": "P5", "en": "P5"},
    "gui.analysis.column.P10": {"es": "P10", "en": "P10"},
    "gui.analysis.column.P50": {"es": "P50", "en": "P50"},
    "gui.analysis.column.P90": {"es": "P90", "en": "P90"},
    "gui.analysis.column.P95": {"es": "P95", "en": "P95"},
    "gui.analysis.column.missing": {"es": "Sin valor", "en": "No value"},
    "gui.analysis.column.missed": {"es": "Probabilidad de incumplir",
                                   "en": "Probability of missing"},
    "gui.analysis.column.rank_correlation": {"es": "Correlación de rangos",
                                             "en": "Rank correlation"},
    "gui.analysis.column.share": {"es": "Parte de la varianza", "en": "Share of variance"},
    "gui.analysis.hurdle_row": {"es": "{metric} {side} de {threshold}",
                                "en": "{metric} {side} {threshold}"},
    "gui.analysis.no_hurdles": {"es": "Sin umbrales definidos", "en": "No hurdles set"},
}
