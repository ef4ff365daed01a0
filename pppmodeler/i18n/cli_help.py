"""The command line's help (descriptions, option help, metavars) and argparse's own messages.

Option names, commands, choices and metric keys are code and stay as they are in both
languages. Help texts are %-formatted by argparse, so a literal percent sign is written ``%%``.

The ``argparse.*`` entries are argparse's gettext messages: each English text is exactly the
message id argparse asks gettext for (``pppmodeler.cli.language`` finds an entry by it), and its
%-placeholders must be the same in Spanish (tests/cli/test_help_language.py checks both).
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # The program and its commands.
    "clihelp.description": {
        "es": "Modelos de flujo de caja de concesiones para la Agencia APP de Medellín. Sin "
              "comando, abre la aplicación de escritorio.",
        "en": "Concession cash-flow models for Medellín's PPP agency. With no command, "
              "starts the desktop application."},
    "clihelp.version": {"es": "muestra la versión del programa y termina",
                        "en": "show program's version number and exit"},
    "clihelp.selftest": {
        "es": "abre la aplicación de escritorio (sin ventana donde no hay pantalla), evalúa el "
              "ejemplo por defecto, lo verifica y termina con 0, o con 1 diciendo qué falló",
        "en": "open the desktop application (offscreen where there is no display), evaluate "
              "the default sample, check it and exit 0, or 1 saying what failed"},
    "clihelp.evaluate": {"es": "evalúa un archivo de escenario e imprime sus indicadores",
                         "en": "evaluate a scenario file and print its metrics"},
    "clihelp.validate": {
        "es": "revisa un archivo de escenario (sale con 0 si es válido, 1 si no; los mensajes "
              "van a stderr)",
        "en": "check a scenario file (exit 0 valid, 1 invalid; messages on stderr)"},
    "clihelp.sample": {"es": "lista los modelos de ejemplo incluidos o escribe uno en un archivo",
                       "en": "list the bundled sample models or write one to a file"},
    "clihelp.export": {
        "es": "escribe el informe en Excel de un archivo de escenario (fórmulas vivas con sus "
              "valores calculados)",
        "en": "write the Excel report of a scenario file (live formulas with cached values)"},
    "clihelp.scenarios": {
        "es": "compara lado a lado el caso base y cada escenario con nombre de un archivo",
        "en": "compare the base case and every named scenario of a file side by side"},
    "clihelp.sensitivity": {
        "es": "tornado (y araña, tabla de dos entradas) de un indicador frente a los supuestos",
        "en": "tornado (and spider, two-way table) of a metric over inputs"},
    "clihelp.goalseek": {
        "es": "despeja un supuesto para que un indicador llegue a un objetivo (punto de "
              "equilibrio), o responde una pregunta del Distrito",
        "en": "solve an input for a target metric (break-even), or answer a named question"},
    "clihelp.montecarlo": {
        "es": "Montecarlo de las distribuciones de un archivo: percentiles, umbrales y "
              "supuestos que más pesan",
        "en": "Monte Carlo of a file's distributions: percentiles, hurdles, drivers"},
    "clihelp.vehicle": {
        "es": "el vehículo corporativo: evalúa un archivo de vehículo (.pppv)",
        "en": "the corporate vehicle: evaluate a vehicle file (.pppv)"},
    "clihelp.inventory": {
        "es": "importa un inventario de inmuebles a un archivo de vehículo",
        "en": "import a property inventory into a vehicle file"},
    "clihelp.screen": {
        "es": "da a cada inmueble de un inventario un primer modelo, los evalúa y los prioriza",
        "en": "give every property of an inventory a first model, evaluate and rank them"},
    "clihelp.vehicle.evaluate": {
        "es": "consolida un archivo de vehículo e imprime sus indicadores y una fila por inmueble",
        "en": "consolidate a vehicle file and print its metrics and one row per property"},
    "clihelp.vehicle.export": {
        "es": "escribe el libro de Excel del vehículo (fórmulas vivas, una fila por inmueble, "
              "priorización y mapa)",
        "en": "write the vehicle's Excel workbook (live formulas, one row per property, "
              "ranking and map)"},
    "clihelp.vehicle.montecarlo": {
        "es": "el Montecarlo del vehículo: sus factores de portafolio, por bloques en varios "
              "procesos",
        "en": "the vehicle's Monte Carlo: its portfolio factors, in blocks over worker "
              "processes"},
    "clihelp.inventory.import": {
        "es": "importa un inventario de inmuebles (CSV o XLSX) a un archivo de vehículo nuevo; "
              "informa cada fila que no se tomó",
        "en": "import a property inventory (CSV or XLSX) into a new vehicle file; every row "
              "not taken is reported"},

    # Metavars: what an argument stands for in the usage line and the option list.
    "clihelp.metavar.command": {"es": "COMANDO", "en": "COMMAND"},
    "clihelp.metavar.action": {"es": "ACCIÓN", "en": "ACTION"},
    "clihelp.metavar.file": {"es": "archivo", "en": "file"},
    "clihelp.metavar.sample": {"es": "nombre", "en": "name"},
    "clihelp.metavar.name": {"es": "NOMBRE", "en": "NAME"},
    "clihelp.metavar.names": {"es": "NOMBRES", "en": "NAMES"},
    "clihelp.metavar.output": {"es": "SALIDA", "en": "OUTPUT"},
    "clihelp.metavar.set": {"es": "RUTA=VALOR", "en": "PATH=VALUE"},
    "clihelp.metavar.path": {"es": "RUTA", "en": "PATH"},
    "clihelp.metavar.iterations": {"es": "ITERACIONES", "en": "ITERATIONS"},
    "clihelp.metavar.seed": {"es": "SEMILLA", "en": "SEED"},
    "clihelp.metavar.workers": {"es": "PROCESOS", "en": "WORKERS"},
    "clihelp.metavar.percent": {"es": "FRACCIÓN", "en": "PERCENT"},
    "clihelp.metavar.target": {"es": "OBJETIVO", "en": "TARGET"},
    "clihelp.metavar.lo": {"es": "MÍNIMO", "en": "LO"},
    "clihelp.metavar.hi": {"es": "MÁXIMO", "en": "HI"},
    "clihelp.metavar.column": {"es": "CAMPO=ENCABEZADO", "en": "FIELD=HEADER"},
    "clihelp.metavar.sheet": {"es": "HOJA", "en": "SHEET"},
    "clihelp.metavar.price_elasticity": {"es": "ELASTICIDAD", "en": "PRICE_ELASTICITY"},
    "clihelp.metavar.top": {"es": "FILAS", "en": "TOP"},

    # Options shared by several commands.
    "clihelp.lang": {
        "es": "idioma de la salida (es: español, el predeterminado; en: inglés)",
        "en": "language of the output (es: Spanish, the default; en: English)"},
    "clihelp.scenario_file": {"es": "archivo de escenario (.pppm)",
                              "en": "scenario file (.pppm)"},
    "clihelp.vehicle_file": {"es": "archivo de vehículo (.pppv)", "en": "vehicle file (.pppv)"},
    "clihelp.scenario": {"es": "evalúa este escenario con nombre en lugar del caso base",
                         "en": "evaluate this named scenario instead of the base case"},
    "clihelp.set": {
        "es": "cambia un supuesto solo para esta corrida (se puede repetir), p. ej. "
              "--set financing.rate=0.11 --set 'revenues[0].area_m2=1500'",
        "en": "override one input for this run (repeatable), e.g. "
              "--set financing.rate=0.11 --set 'revenues[0].area_m2=1500'"},
    "clihelp.set_base": {
        "es": "cambia un supuesto del caso base solo para esta corrida (se puede repetir)",
        "en": "override one input of the base case for this run (repeatable)"},
    "clihelp.force": {"es": "reemplaza un archivo existente", "en": "replace an existing file"},
    "clihelp.json.results": {"es": "imprime los resultados como JSON",
                             "en": "print the results as JSON"},
    "clihelp.iterations": {"es": "iteraciones (por defecto: las del archivo)",
                           "en": "iterations (default: the file's)"},
    "clihelp.seed": {"es": "semilla (por defecto: la del archivo)",
                     "en": "seed (default: the file's)"},

    # evaluate, sample, export
    "clihelp.evaluate.json": {
        "es": "imprime los indicadores como un objeto JSON (null donde un indicador no tiene "
              "valor, con el motivo en 'notes')",
        "en": "print the metrics as a JSON object (null where a metric has no value, with the "
              "reason under 'notes')"},
    "clihelp.sample.name": {"es": "nombre del ejemplo (por defecto {sample})",
                            "en": "sample name (default {sample})"},
    "clihelp.sample.output": {"es": "archivo que se escribe (.pppm)",
                              "en": "file to write (.pppm)"},
    "clihelp.sample.list": {"es": "lista los ejemplos incluidos",
                            "en": "list the bundled samples"},
    "clihelp.export.output": {
        "es": "el informe que se escribe (.xlsx; un informe existente se reemplaza)",
        "en": "the report to write (.xlsx; an existing report is replaced)"},
    "clihelp.export.sheets": {
        "es": "hojas de análisis que se agregan, separadas por comas: scenarios, sensitivity, "
              "montecarlo (por defecto: scenarios si el archivo tiene escenarios, sensitivity, "
              "y montecarlo si tiene distribuciones)",
        "en": "analysis sheets to add, comma-separated: scenarios, sensitivity, montecarlo "
              "(default: scenarios when the file has any, sensitivity, and Monte Carlo when it "
              "has distributions)"},
    "clihelp.export.no_analyses": {
        "es": "sin hojas de análisis: solo las hojas propias del modelo",
        "en": "no analysis sheets: only the model's own sheets"},
    "clihelp.export.iterations": {
        "es": "iteraciones de Montecarlo para el informe (por defecto: las del archivo, como "
              "máximo 100.000)",
        "en": "Monte Carlo iterations for the report (default: the file's settings, at most "
              "100,000)"},

    # scenarios, sensitivity, goalseek, montecarlo
    "clihelp.scenarios.json": {"es": "imprime los indicadores de cada caso como JSON",
                               "en": "print the metrics of every case as JSON"},
    "clihelp.sensitivity.metric": {
        "es": "el indicador (por defecto: el de la configuración de sensibilidad del archivo)",
        "en": "the metric (default: the file's sensitivity settings)"},
    "clihelp.sensitivity.input": {
        "es": "un supuesto del tornado (se puede repetir; por defecto: los del archivo, o los "
              "supuestos con los que un analista suele empezar)",
        "en": "an input of the tornado (repeatable; default: the file's settings, or the "
              "inputs an analyst starts with)"},
    "clihelp.sensitivity.percent": {
        "es": "cuánto se mueven los supuestos, como fracción (por defecto 0.10 = ±10 %%; sin "
              "--input, se aplica a los supuestos del archivo o a los habituales)",
        "en": "how far the inputs move, as a fraction (default 0.10 = ±10 %%; without "
              "--input, applied to the file's or the usual inputs)"},
    "clihelp.sensitivity.spider": {"es": "también la tabla de araña",
                                   "en": "also the spider table"},
    "clihelp.sensitivity.two_way": {
        "es": "también la tabla de dos entradas de la configuración del archivo",
        "en": "also the two-way table of the file's settings"},
    "clihelp.sensitivity.rows": {"es": "tabla de dos entradas: el supuesto de las filas",
                                 "en": "two-way table: the input of the rows"},
    "clihelp.sensitivity.columns": {"es": "tabla de dos entradas: el supuesto de las columnas",
                                    "en": "two-way table: the input of the columns"},
    "clihelp.sensitivity.row_values": {
        "es": "tabla de dos entradas: los valores del supuesto de las filas (por defecto ±20 %% "
              "del caso base)",
        "en": "two-way table: the row input's values (default ±20 %% of base)"},
    "clihelp.sensitivity.column_values": {
        "es": "tabla de dos entradas: los valores del supuesto de las columnas",
        "en": "two-way table: the column input's values"},
    "clihelp.goalseek.input": {"es": "el supuesto que se despeja",
                               "en": "the input to solve for"},
    "clihelp.goalseek.metric": {"es": "el indicador que debe llegar al objetivo",
                                "en": "the metric to reach"},
    "clihelp.goalseek.target": {"es": "el valor al que debe llegar el indicador",
                                "en": "the value the metric must reach"},
    "clihelp.goalseek.lo": {
        "es": "el valor más bajo que se busca (por defecto: el rango válido del supuesto)",
        "en": "lowest value to search (default: the input's valid range)"},
    "clihelp.goalseek.hi": {"es": "el valor más alto que se busca",
                            "en": "highest value to search"},
    "clihelp.goalseek.shortcut": {
        "es": "una de las preguntas de la Agencia en lugar de --input/--metric/--target",
        "en": "one of the agency's questions instead of --input/--metric/--target"},
    "clihelp.goalseek.json": {"es": "imprime la solución como JSON",
                              "en": "print the solution as JSON"},
    "clihelp.montecarlo.iterations": {
        "es": "iteraciones (por defecto: la configuración del archivo)",
        "en": "iterations (default: the file's settings)"},
    "clihelp.montecarlo.seed": {"es": "semilla (por defecto: la configuración del archivo)",
                                "en": "seed (default: the file's settings)"},
    "clihelp.montecarlo.sampling": {
        "es": "método de muestreo (por defecto: la configuración del archivo)",
        "en": "sampling method (default: the file's settings)"},
    "clihelp.montecarlo.json": {"es": "imprime percentiles, umbrales y notas como JSON",
                                "en": "print percentiles, hurdles and notes as JSON"},

    # vehicle, inventory, screen
    "clihelp.vehicle.workbook": {"es": "libro de Excel (.xlsx)", "en": "workbook (.xlsx)"},
    "clihelp.vehicle.workers": {
        "es": "procesos de trabajo (por defecto: uno por CPU cuando la corrida es lo bastante "
              "grande)",
        "en": "worker processes (default: one per CPU when the run is large enough)"},
    "clihelp.inventory.file": {"es": "inventario (.csv o .xlsx)",
                               "en": "inventory (.csv or .xlsx)"},
    "clihelp.inventory.column": {
        "es": "el encabezado de un campo que la importación no reconoce (se puede repetir), "
              "p. ej. --column 'area_m2=Superficie útil'",
        "en": "the header of a field the import does not recognise (repeatable), e.g. "
              "--column 'area_m2=Superficie útil'"},
    "clihelp.inventory.sheet": {"es": "la hoja del XLSX que se lee (por defecto: la primera)",
                                "en": "the XLSX sheet to read (default: the first)"},
    "clihelp.inventory.output": {"es": "el archivo de vehículo que se escribe (.pppv)",
                                 "en": "the vehicle file to write (.pppv)"},
    "clihelp.inventory.name": {"es": "nombre del vehículo (por defecto: el nombre del archivo)",
                               "en": "name of the vehicle (default: the file's name)"},
    "clihelp.screen.output": {
        "es": "escribe toda la priorización (.xlsx o .csv); un archivo existente se reemplaza",
        "en": "write the whole ranking (.xlsx, or .csv); an existing file is replaced"},
    "clihelp.screen.kind": {"es": "solo los inmuebles de este tipo (se puede repetir)",
                            "en": "only properties of this kind (repeatable)"},
    "clihelp.screen.comuna": {
        "es": "solo los inmuebles de esta comuna, por número o nombre (se puede repetir)",
        "en": "only properties of this comuna, by number or name (repeatable)"},
    "clihelp.screen.viable": {
        "es": "solo los inmuebles cuya TIR del inversionista alcanza el objetivo",
        "en": "only properties whose equity IRR reaches the target"},
    "clihelp.screen.rank_by": {"es": "el indicador que los ordena (por defecto project_npv)",
                               "en": "the metric that ranks them (default project_npv)"},
    "clihelp.screen.price_elasticity": {
        "es": "prima por ubicación: precios × (avalúo catastral por m² ÷ mediana de su tipo) "
              "^ este valor (por defecto 0: los precios de la plantilla)",
        "en": "location premium: prices × (cadastral value per m² ÷ median of its kind) ^ "
              "this (default 0: the template's prices)"},
    "clihelp.screen.top": {"es": "filas que se imprimen (por defecto 20)",
                           "en": "rows to print (default 20)"},
    "clihelp.screen.json": {"es": "imprime las filas como JSON", "en": "print the rows as JSON"},

    # argparse's own messages, by their message ids.
    "argparse.usage": {"es": "uso: ", "en": "usage: "},
    "argparse.positionals": {"es": "argumentos posicionales", "en": "positional arguments"},
    "argparse.options": {"es": "opciones", "en": "options"},
    "argparse.help": {"es": "muestra esta ayuda y termina",
                      "en": "show this help message and exit"},
    "argparse.argument": {"es": "argumento %(argument_name)s: %(message)s",
                          "en": "argument %(argument_name)s: %(message)s"},
    "argparse.required": {"es": "faltan estos argumentos obligatorios: %s",
                          "en": "the following arguments are required: %s"},
    "argparse.unrecognized": {"es": "argumentos no reconocidos: %s",
                              "en": "unrecognized arguments: %s"},
    "argparse.invalid_choice": {"es": "opción no válida: %(value)r (elija entre %(choices)s)",
                                "en": "invalid choice: %(value)r (choose from %(choices)s)"},
    # Python 3.14 with suggest_on_error (its default from 3.15 on).
    "argparse.invalid_choice_closest": {
        "es": "opción no válida: %(value)r; ¿quiso decir %(closest)r? (elija entre "
              "%(choices)s)",
        "en": "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from "
              "%(choices)s)"},
    "argparse.invalid_value": {"es": "valor no válido (se esperaba %(type)s): %(value)r",
                               "en": "invalid %(type)s value: %(value)r"},
    "argparse.expected_one": {"es": "se esperaba un valor", "en": "expected one argument"},
    "argparse.expected_at_most_one": {"es": "se esperaba como máximo un valor",
                                      "en": "expected at most one argument"},
    "argparse.expected_at_least_one": {"es": "se esperaba al menos un valor",
                                       "en": "expected at least one argument"},
    "argparse.expected_n": {"es": "se esperaba %s valor", "en": "expected %s argument"},
    "argparse.expected_n_plural": {"es": "se esperaban %s valores",
                                   "en": "expected %s arguments"},
    "argparse.ambiguous": {"es": "opción ambigua: %(option)s puede ser %(matches)s",
                           "en": "ambiguous option: %(option)s could match %(matches)s"},
    "argparse.ignored_explicit": {"es": "esta opción no lleva valor; sobra %r",
                                  "en": "ignored explicit argument %r"},
}
