"""Messages of the analyses, the goal seek and the inventory import, and the :class:`Phrase`
that carries one.

A :class:`Phrase` is a catalogue key with its values. It *is* its English text (a ``str``), so
code that stores, compares, logs or prints messages keeps working unchanged; ``text(lang)``
says it in another language. A value that is itself a phrase (or anything with a
``text(lang)``, such as a :class:`pppmodeler.core.guardrails.Message`) is said in the same
language; numbers take the language's decimal and thousands signs (es-CO: ``1.234,5``).
"""

from __future__ import annotations

import errno
import numbers
import string

DEFAULT = "es"


class _Formatter(string.Formatter):
    def __init__(self, lang: str):
        self.lang = lang

    def format_field(self, value, format_spec: str) -> str:
        shown = format(value, format_spec)
        if self.lang == "es" and isinstance(value, numbers.Real) and \
                not isinstance(value, bool):
            shown = shown.translate(str.maketrans({",": ".", ".": ","}))
        return shown


def _said(value, lang: str):
    """``value`` in ``lang`` if it can say itself in one; in English its own ``str``, as the
    messages always read in English."""
    if lang == "en" and hasattr(value, "text"):
        return str(value)
    if hasattr(value, "text") and callable(value.text):
        return value.text(lang)
    return value


class Phrase(str):
    """The text of catalogue ``key`` with ``values``: equal to its English text."""

    key: str
    values: dict

    def __new__(cls, key: str, /, **values) -> "Phrase":
        self = super().__new__(cls, _render(key, "en", values))
        self.key, self.values = key, values
        return self

    def text(self, lang: str = DEFAULT) -> str:
        return _render(self.key, lang, self.values)

    def __reduce__(self):      # pickled for worker processes: rebuilt from key and values
        return _rebuild, (self.key, self.values)


def _rebuild(key: str, values: dict) -> Phrase:
    return Phrase(key, **values)


def _render(key: str, lang: str, values: dict) -> str:
    from . import CATALOGUE
    entry = CATALOGUE[key]
    template = entry.get(lang, entry[DEFAULT])
    return _Formatter(lang).format(template, **{k: _said(v, lang) for k, v in values.items()})


def in_language(thing, lang: str = DEFAULT) -> str:
    """``thing`` (a phrase, an error or message with ``text(lang)``, an operating-system error,
    or plain text) in ``lang``."""
    text = getattr(thing, "text", None)
    if callable(text):
        return text(lang)
    if isinstance(thing, OSError):
        return in_language(os_error(thing), lang)
    return str(thing)


# The operating system words its errors in its own language (English on most machines);
# the ones a user meets are said here in theirs.
_OS_ERRORS = {errno.ENOENT: "os.error.not_found", errno.EACCES: "os.error.no_permission",
              errno.EPERM: "os.error.no_permission", errno.EISDIR: "os.error.folder",
              errno.ENOTDIR: "os.error.not_folder", errno.ENOSPC: "os.error.disk_full",
              errno.EROFS: "os.error.read_only", errno.EEXIST: "os.error.exists"}


def os_error(exc: OSError) -> str:
    """What went wrong with a file: a known error as a phrase (said in the user's language),
    any other in the system's own words."""
    key = _OS_ERRORS.get(exc.errno)
    return Phrase(key) if key else str(exc.strerror or exc)


def phrase_of(exc: BaseException):
    """The phrase an exception was raised with (``ValueError(Phrase(...))``), else its text."""
    if exc.args and isinstance(exc.args[0], Phrase) and len(exc.args) == 1:
        return exc.args[0]
    return str(exc)


class Joined(str):
    """``items`` joined by ``sep``: each said in the language of the message it is part of."""

    def __new__(cls, items, sep: str = ", ") -> "Joined":
        items = list(items)
        self = super().__new__(cls, sep.join(map(str, items)))
        self.items, self.sep = items, sep
        return self

    def text(self, lang: str = DEFAULT) -> str:
        return self.sep.join(in_language(item, lang) for item in self.items)

    def __reduce__(self):
        return Joined, (self.items, self.sep)


class Wording:
    """The words of a message with ``text(lang)`` (an engine's Message), without the level and
    path its ``str`` adds."""

    def __init__(self, message):
        self.message = message

    def text(self, lang: str = DEFAULT) -> str:
        return self.message.text(lang)

    def __str__(self) -> str:
        return self.message.text("en")


def either(choices) -> Phrase:
    """``a or b`` (``a, b or c``) in each language."""
    choices = [str(c) for c in choices]
    return Phrase("words.either", first=", ".join(choices[:-1]), last=choices[-1])


TEXTS: dict[str, dict[str, str]] = {
    "os.error.not_found": {"es": "no existe (revise el nombre y la carpeta)",
                           "en": "does not exist (check the name and the folder)"},
    "os.error.no_permission": {"es": "no hay permiso para leerlo o escribirlo",
                               "en": "no permission to read or write it"},
    "os.error.folder": {"es": "es una carpeta, no un archivo",
                        "en": "is a folder, not a file"},
    "os.error.not_folder": {"es": "una parte de la ruta no es una carpeta",
                            "en": "a part of the path is not a folder"},
    "os.error.disk_full": {"es": "no queda espacio en el disco", "en": "the disk is full"},
    "os.error.read_only": {"es": "el disco o la carpeta es de solo lectura",
                           "en": "the disk or folder is read-only"},
    "os.error.exists": {"es": "ya existe", "en": "already exists"},
    # The analyses: what they are asked and cannot do (AnalysisError, SettingsError).
    "analysis.error.unknown_metric": {
        "es": "indicador desconocido {metric}; los indicadores son: {metrics}",
        "en": "unknown metric {metric}; metrics: {metrics}"},
    "analysis.error.no_input": {
        "es": "no se indica ningún supuesto: escriba la ruta de un supuesto numérico, "
              "p. ej. district.canon",
        "en": "no input is named: give the path of a numeric input, e.g. district.canon"},
    "analysis.error.path": {"es": "{problem}", "en": "{problem}"},
    "analysis.error.not_numeric": {
        "es": "{path} no es un supuesto numérico: solo los números pueden variar",
        "en": "{path} is not a numeric input: only numbers can vary"},
    "analysis.error.many_values": {
        "es": "{path} tiene {n} valores; los análisis parten de un modelo con un solo valor "
              "por supuesto",
        "en": "{path} carries {n} values; the analyses start from a model with one value per "
              "input"},
    "analysis.error.not_finite": {
        "es": "{what} debe ser un número finito; se recibió {value}",
        "en": "{what} must be a finite number, got {value}"},
    "analysis.error.base_refused": {
        "es": "el modelo base no se puede evaluar: {error}",
        "en": "the base model cannot be evaluated: {error}"},
    "analysis.what.target": {"es": "el objetivo", "en": "the target"},
    "analysis.what.range_end": {"es": "el extremo {end} del rango",
                                "en": "the {end} end of the range"},
    "analysis.what.step": {"es": "un paso", "en": "a step"},
    "analysis.what.change": {"es": "el cambio", "en": "the change"},
    "analysis.what.low": {"es": "el valor bajo", "en": "the low value"},
    "analysis.what.high": {"es": "el valor alto", "en": "the high value"},
    "analysis.what.value": {"es": "un valor", "en": "a value"},
    "analysis.error.outside_range": {
        "es": "{value:g} está fuera del rango válido de {path} ({range})",
        "en": "{value:g} is outside the valid range of {path} ({range})"},
    "analysis.range.lo_hi": {"es": "entre {lo} y {hi}{unit}", "en": "between {lo} and {hi}{unit}"},
    "analysis.range.lo": {"es": "al menos {lo}{unit}", "en": "at least {lo}{unit}"},
    "analysis.range.hi": {"es": "como máximo {hi}{unit}", "en": "at most {hi}{unit}"},
    "analysis.range.none": {"es": "un número{unit}", "en": "a number{unit}"},
    # The units of a declared range (Spec.range_text), said after its ends.
    "range.unit.fraction": {"es": " (fracción)", "en": " (fraction)"},
    "range.unit.years": {"es": " (años)", "en": " (years)"},
    "range.unit.months": {"es": " (meses)", "en": " (months)"},
    "range.unit.days": {"es": " (días)", "en": " (days)"},
    "range.unit.units": {"es": " (unidades)", "en": " (units)"},
    "range.unit.currency": {"es": " (unidad monetaria)", "en": " (currency)"},
    "range.unit.x": {"es": " (veces)", "en": " (x)"},
    "range.unit.m²": {"es": " (m²)", "en": " (m²)"},
    "range.unit.degrees": {"es": " (grados)", "en": " (degrees)"},
    "range.unit.date": {"es": " (fecha)", "en": " (date)"},
    "analysis.error.open_range": {
        "es": "{path} vale 0 en el modelo y su rango es abierto: indique este extremo del "
              "rango de búsqueda",
        "en": "{path} is 0 in the model and its range is open: give this end of the range to "
              "search"},
    "analysis.error.empty_range": {
        "es": "el rango de búsqueda de {path} no tiene valores entre {low:g} y {high:g}: el "
              "extremo inferior (lo) debe ser menor que el superior (hi)",
        "en": "the range searched for {path} holds no values between {low:g} and {high:g}: "
              "give lo below hi"},
    "analysis.error.empty_whole_range": {
        "es": "el rango de búsqueda de {path} no tiene números enteros entre {low:g} y "
              "{high:g}: el extremo inferior (lo) debe ser menor que el superior (hi)",
        "en": "the range searched for {path} holds no whole numbers values between {low:g} "
              "and {high:g}: give lo below hi"},
    # The goal seek's notes on its answer (Solution.note).
    "goalseek.note.jump": {
        "es": "El indicador pasa de un lado al otro del objetivo con un salto (o no tiene "
              "valor donde lo cruzaría): ningún valor lo alcanza exactamente.",
        "en": "The metric jumps across the target (or has no value where it would cross "
              "it): no value reaches it exactly."},
    "goalseek.note.above": {
        "es": "El indicador queda por encima del objetivo en todo el rango donde tiene valor.",
        "en": "The metric stays above the target wherever it has a value in the range."},
    "goalseek.note.below": {
        "es": "El indicador queda por debajo del objetivo en todo el rango donde tiene valor.",
        "en": "The metric stays below the target wherever it has a value in the range."},
    "goalseek.note.met_at_low": {
        "es": "El objetivo ya se cumple en el extremo inferior del rango.",
        "en": "The target is already met at the low end of the range."},
    "goalseek.note.whole_number": {
        "es": "El supuesto toma valores enteros: la respuesta es el primer entero con el que "
              "el indicador alcanza o supera el objetivo, no el objetivo exacto.",
        "en": "The input takes whole numbers: the answer is the first whole number at which "
              "the metric reaches or exceeds the target, not the exact target."},
    "words.either": {"es": "{first} o {last}", "en": "{first} or {last}"},
    "analysis.error.no_row_input": {
        "es": "el modelo no tiene canon, ni participación en ingresos, ni ingresos: indique "
              "el supuesto de las filas",
        "en": "the model has no canon, no revenue share and no revenue: name the row input"},
    "analysis.error.no_column_input": {
        "es": "el modelo no tiene ninguna línea de ingresos: indique el supuesto de las "
              "columnas",
        "en": "the model has no revenue line: name the column input"},
    "analysis.error.zero_base": {
        "es": "{path} vale 0 en el modelo, así que un rango porcentual a su alrededor está "
              "vacío: indique los valores",
        "en": "{path} is 0 in the model, so a percentage range around it is empty: give the "
              "values"},
    "analysis.error.no_canon_source": {
        "es": "el modelo no tiene ingresos ni canon: no hay de dónde pagar un canon",
        "en": "the model has no revenue and no canon: there is nothing to pay a canon from"},
    "analysis.error.no_investment": {
        "es": "el modelo no tiene inversión: un aporte de capital necesita CAPEX que financiar",
        "en": "the model has no investment: a capital grant needs CAPEX to fund"},
    "analysis.error.unknown_question": {
        "es": "pregunta desconocida {name}; las preguntas son: {questions}",
        "en": "unknown question {name}; questions: {questions}"},
    "analysis.error.same_axes": {
        "es": "{path} es también el supuesto de las filas: una tabla de doble entrada cruza "
              "dos supuestos distintos",
        "en": "{path} is also the row input: a two-way table crosses two different inputs"},
    "analysis.error.no_steps": {
        "es": "no hay pasos: indique las fracciones del valor base a las que moverse, "
              "p. ej. [-0.2, 0, 0.2]",
        "en": "no steps: give the fractions of the base value to move to, e.g. [-0.2, 0, 0.2]"},
    "analysis.error.not_an_input": {
        "es": "se esperaba un SensitivityInput; se recibió {item}",
        "en": "expected a SensitivityInput, got {item}"},
    "analysis.error.input_twice": {
        "es": "{path} ya está en {other}: indique cada supuesto una sola vez",
        "en": "{path} is already {other}: give each input once"},
    "analysis.error.negative_change": {
        "es": "el cambio es una fracción del valor base, de 0 o más; se recibió {value}",
        "en": "the change is a fraction of the base value of 0 or more, got {value}"},
    "analysis.error.unknown_range": {
        "es": "rango desconocido {range}; use {ranges}",
        "en": "unknown range {range}; use {ranges}"},
    # The Monte Carlo settings (SettingsError) and notes.
    "analysis.error.iterations": {
        "es": "debe ser un número entero de 1 a {most:,}; se recibió {value}",
        "en": "must be a whole number from 1 to {most:,}, got {value}"},
    "analysis.error.seed": {
        "es": "debe ser un número entero de 0 a 2**32 - 1; se recibió {value}",
        "en": "must be a whole number from 0 to 2**32 - 1, got {value}"},
    "analysis.error.sampling": {
        "es": "método desconocido {method}; use {methods}",
        "en": "unknown method {method}; use {methods}"},
    "analysis.error.self_correlation": {
        "es": "correlaciona {path} consigo mismo",
        "en": "correlates {path} with itself"},
    "analysis.error.rank": {
        "es": "una correlación de rangos debe estar estrictamente entre -1 y 1; se recibió "
              "{rank:g}",
        "en": "a rank correlation lies strictly between -1 and 1, got {rank:g}"},
    "analysis.error.correlated_twice": {
        "es": "{first} y {second} ya están correlacionados en {other}",
        "en": "{first} and {second} are already correlated in {other}"},
    "analysis.error.not_positive_definite": {
        "es": "las correlaciones de rangos se contradicen: su matriz no es definida positiva "
              "(menor valor propio {smallest:.3g})",
        "en": "the rank correlations contradict each other: their matrix is not positive "
              "definite (smallest eigenvalue {smallest:.3g})"},
    "analysis.error.contradiction": {
        "es": "{problem}; la contradicción está entre {involved}: debilite algunas de sus "
              "correlaciones",
        "en": "{problem}; the contradiction is among {involved}: weaken some of their "
              "correlations"},
    "analysis.error.no_distributions": {
        "es": "el modelo no tiene distribuciones: asigne una distribución al menos a un "
              "supuesto para correr un análisis de Montecarlo",
        "en": "the model has no distributions: give at least one input a distribution to run "
              "a Monte Carlo analysis"},
    "analysis.error.side": {
        "es": "el lado debe ser {sides}; se recibió {value}",
        "en": "side must be {sides}, got {value}"},
    "analysis.error.distributed_twice": {
        "es": "{path} ya tiene una distribución ({other}); asigne una sola por supuesto",
        "en": "{path} already has a distribution ({other}); give an input one"},
    "analysis.error.not_distributed": {
        "es": "{path} no tiene distribución: solo se pueden correlacionar supuestos con "
              "distribución",
        "en": "{path} has no distribution: only inputs with a distribution can be correlated"},
    "analysis.where.distribution": {"es": "{where} ({kind} en {path})",
                                    "en": "{where} ({kind} on {path})"},
    "analysis.error.low_mode_high": {
        "es": "requiere bajo ≤ moda ≤ alto; se recibió bajo {low:g}, moda {mode:g}, "
              "alto {high:g}",
        "en": "needs low ≤ mode ≤ high, got low {low:g}, mode {mode:g}, high {high:g}"},
    "analysis.error.low_high": {
        "es": "requiere bajo ≤ alto; se recibió bajo {low:g}, alto {high:g}",
        "en": "needs low ≤ high, got low {low:g}, high {high:g}"},
    "analysis.error.negative_sd": {
        "es": "requiere una desviación estándar de 0 o más; se recibió {sd:g}",
        "en": "needs a standard deviation of 0 or more, got {sd:g}"},
    "analysis.error.lognormal_mean": {
        "es": "un supuesto lognormal es positivo: su media debe ser mayor que 0; se recibió "
              "{mean:g} (use una distribución normal para supuestos que pueden ser negativos)",
        "en": "a lognormal input is positive: its mean must be above 0, got {mean:g} (use a "
              "normal distribution for inputs that can be negative)"},
    "analysis.error.unknown_kind": {"es": "tipo desconocido {kind}", "en": "unknown kind {kind}"},
    "analysis.error.no_values": {
        "es": "una distribución discreta necesita al menos un valor",
        "en": "a discrete distribution needs at least one value"},
    "analysis.error.weights_count": {
        "es": "requiere un peso por valor (o ninguno para pesos iguales): {values} valores, "
              "{weights} pesos",
        "en": "needs one weight per value (or none for equal weights): {values} values, "
              "{weights} weights"},
    "analysis.error.negative_weight": {
        "es": "los pesos no pueden ser negativos; se recibió {weight:g}",
        "en": "weights cannot be negative, got {weight:g}"},
    "analysis.error.zero_weights": {
        "es": "los pesos suman 0: asigne un peso positivo al menos a uno",
        "en": "the weights add up to 0: give at least one a positive weight"},
    "montecarlo.note.weights": {
        "es": "{where} ({path}): los pesos suman {total}, no 1; se toman como proporciones",
        "en": "{where} ({path}): the weights add up to {total}, not 1; they are taken as "
              "proportions"},
    "montecarlo.note.point_mass": {
        "es": "{where} ({path}) es una masa puntual: el supuesto toma un solo valor en todas "
              "las iteraciones",
        "en": "{where} ({path}) is a point mass: the input takes one value in every iteration"},
    "montecarlo.note.too_few": {
        "es": "{where}: no se imponen; {n} iteraciones son muy pocas para {k} supuestos "
              "correlacionados (se necesitan más iteraciones que supuestos)",
        "en": "{where}: not imposed, {n} iterations are too few for {k} correlated inputs "
              "(more iterations than inputs are needed)"},
    "analysis.error.negative": {"es": "debe ser 0 o más; se recibió {value}",
                                "en": "must be 0 or more, got {value}"},
    "analysis.error.unknown_factor": {
        "es": "factor desconocido {name}; los factores son: {factors}",
        "en": "unknown factor {name}; the factors are {factors}"},
    "analysis.error.unknown_vehicle_metric": {
        "es": "indicador del vehículo desconocido: {metric}",
        "en": "unknown vehicle metric {metric}"},
    # The inventory import: files it cannot read (InventoryError), notes on how it read one,
    # and the problems of its rows (RowProblem).
    "inventory.error.empty": {"es": "el archivo está vacío", "en": "the file is empty"},
    "inventory.error.xls": {
        "es": "es un archivo de Excel antiguo (.xls) o un libro protegido con contraseña; "
              "guárdelo como .xlsx o CSV sin contraseña",
        "en": "this is an old Excel file (.xls) or a password-protected workbook; save it as "
              ".xlsx or CSV without a password"},
    "inventory.error.no_header": {
        "es": "el archivo no tiene fila de encabezados (todas las filas están vacías)",
        "en": "the file has no header row (every row is empty)"},
    "inventory.error.too_large": {
        "es": "el archivo pesa {size:,.0f} MB; un inventario se lee hasta {most:,.0f} MB",
        "en": "the file is {size:,.0f} MB; an inventory is read up to {most:,.0f} MB"},
    "inventory.error.no_file": {"es": "el archivo no existe", "en": "there is no such file"},
    "inventory.error.folder": {"es": "es una carpeta, no un archivo",
                               "en": "this is a folder, not a file"},
    "inventory.error.unreadable": {"es": "no se puede leer el archivo ({detail})",
                                   "en": "the file cannot be read ({detail})"},
    "inventory.error.binary": {
        "es": "no es un archivo CSV ni XLSX (contiene datos binarios)",
        "en": "this is not a CSV or XLSX file (it holds binary data)"},
    "inventory.error.one_column": {
        "es": "el encabezado tiene una sola columna: ningún ';', ',' ni tabulador separa sus "
              "columnas (¿es un archivo CSV?)",
        "en": "the header has one column only: no ';', ',' or tab separates its columns (is "
              "this a CSV file?)"},
    "inventory.error.csv_row": {"es": "la fila {row} no se puede leer como CSV ({detail})",
                                "en": "row {row} cannot be read as CSV ({detail})"},
    "inventory.error.xlsx": {"es": "no es un libro XLSX legible ({detail})",
                             "en": "this is not a readable XLSX workbook ({detail})"},
    "inventory.error.no_sheet": {
        "es": "el libro no tiene la hoja {sheet}; sus hojas son {sheets}",
        "en": "the workbook has no sheet {sheet}; its sheets are {sheets}"},
    "inventory.error.mapping_field": {
        "es": "la correspondencia de columnas nombra {name}, que no es un campo; los campos "
              "son {fields}",
        "en": "the column mapping names {name}, which is not a field; fields are {fields}"},
    "inventory.error.mapping_header": {
        "es": "la correspondencia de columnas da {header} para {name}, pero el archivo no "
              "tiene esa columna; sus columnas son {columns}",
        "en": "the column mapping gives {header} for {name}, but the file has no such "
              "column; its columns are {columns}"},
    "inventory.error.mapping": {"es": "{problem} (encabezado en la fila {row})",
                                "en": "{problem} (header in row {row})"},
    "inventory.error.unrecognised": {"es": "; no reconocidas: {columns}",
                                     "en": "; not recognised: {columns}"},
    "inventory.error.missing_columns": {
        "es": "no hay columna para {fields} en el encabezado (fila {row}){unused}. Nombre las "
              "columnas con mapping={{campo: encabezado}}, p. ej. "
              "{{'area_m2': 'Superficie'}}",
        "en": "no column for {fields} in the header (row {row}){unused}. Name the columns "
              "with mapping={{field: header}}, e.g. {{'area_m2': 'Superficie'}}"},
    "inventory.word.identity_fields": {"es": "code, matricula o cbml",
                                       "en": "code or matricula or cbml"},
    "inventory.word.none": {"es": "ninguna", "en": "none"},
    "inventory.word.latitude": {"es": "latitud", "en": "latitude"},
    "inventory.word.longitude": {"es": "longitud", "en": "longitude"},
    "inventory.unused.unknown": {"es": "{header} (no es una columna conocida)",
                                 "en": "{header} (not a known column)"},
    "inventory.unused.repeated": {
        "es": "{header} (también {name}; se usa la columna {used})",
        "en": "{header} (also {name}; the column {used} is used)"},
    "inventory.separator.semicolon": {"es": "punto y coma", "en": "semicolon"},
    "inventory.separator.comma": {"es": "coma", "en": "comma"},
    "inventory.separator.tab": {"es": "tabulador", "en": "tab"},
    "inventory.note.csv": {
        "es": "leído como CSV, {encoding}, columnas separadas por {separator}",
        "en": "read as CSV, {encoding}, columns separated by {separator}"},
    "inventory.note.xlsx": {"es": "leído como XLSX, hoja {sheet}",
                            "en": "read as XLSX, sheet {sheet}"},
    "inventory.note.titles": {
        "es": "encabezado en la fila {row}; las filas de arriba se toman como títulos",
        "en": "header in row {row}; the rows above it are taken as titles"},
    "inventory.note.es_co": {
        "es": "columna {column}: textos como {text} se leen en es-CO (punto = miles, coma = "
              "decimales); la columna no muestra otra señal",
        "en": "column {column}: texts such as {text} read as es-CO (point = thousands, comma "
              "= decimal); the column shows no other sign"},
    "inventory.summary": {
        "es": "{source}: filas leídas: {rows:,}; importadas: {imported:,}; rechazadas: "
              "{rejected:,}; duplicadas omitidas: {duplicates:,}; importadas con advertencia: "
              "{with_warnings:,}",
        "en": "{source}: rows read: {rows:,}; imported: {imported:,}; rejected: {rejected:,}; "
              "duplicates left out: {duplicates:,}; imported with a warning: "
              "{with_warnings:,}"},
    "inventory.problem": {"es": "{where}: {message} ({then})", "en": "{where}: {message} ({then})"},
    "inventory.where.row": {"es": "fila {row}", "en": "row {row}"},
    "inventory.where.cell": {"es": "fila {row}, columna {column}",
                             "en": "row {row}, column {column}"},
    "inventory.outcome.imported": {"es": "fila importada", "en": "row imported"},
    "inventory.outcome.not_imported": {"es": "fila no importada", "en": "row not imported"},
    "inventory.problem.no_identity": {
        "es": "sin código, matrícula ni CBML: la fila no dice de qué inmueble se trata",
        "en": "no code, matrícula or CBML: the row does not say which property it is"},
    "inventory.problem.no_name": {"es": "falta el nombre", "en": "the name is missing"},
    "inventory.problem.date_text": {
        "es": "Excel guarda aquí una fecha, leída como {shown}: verifique que eso es lo que "
              "la fila quiere decir",
        "en": "Excel holds a date here, read as {shown}: check that this is what the row "
              "means"},
    "inventory.problem.no_kind": {
        "es": "falta el tipo de inmueble (uso público, fiscal o BIC)",
        "en": "the kind of property is missing (uso público, fiscal or BIC)"},
    "inventory.problem.unknown_kind": {
        "es": "{text} no es un tipo de inmueble; use Uso público, Fiscal o BIC",
        "en": "{text} is not a kind of property; use Uso público, Fiscal or BIC"},
    "inventory.problem.no_area": {"es": "falta el área", "en": "the area is missing"},
    "inventory.problem.area": {
        "es": "el área debe ser mayor que 0 m² (es {area:g})",
        "en": "the area must be more than 0 m² (it is {area:g})"},
    "inventory.problem.negative": {"es": "{value:,.0f} es negativo; se deja vacío",
                                   "en": "{value:,.0f} is negative; left empty"},
    "inventory.problem.one_coordinate": {
        "es": "falta la {other}; las coordenadas se dejan vacías",
        "en": "the {other} is missing; coordinates left empty"},
    "inventory.problem.swapped": {"es": " (parecen invertidas)",
                                  "en": " (they look swapped)"},
    "inventory.problem.outside": {
        "es": "({lat:g}; {lon:g}) está fuera de Medellín (latitud {lat_lo:g} a {lat_hi:g}, "
              "longitud {lon_lo:g} a {lon_hi:g}){hint}; las coordenadas se dejan vacías",
        "en": "({lat:g}, {lon:g}) is outside Medellín (latitude {lat_lo:g} to {lat_hi:g}, "
              "longitude {lon_lo:g} to {lon_hi:g}){hint}; coordinates left empty"},
    "inventory.problem.code_twice": {
        "es": "el código {code} es también el de la fila {row}, con otra matrícula y otro "
              "CBML: verifique cuál es el correcto",
        "en": "the code {code} is also that of row {row}, another matrícula and CBML: check "
              "which is right"},
    "inventory.problem.differs": {
        "es": " pero con {label} diferente ({here} aquí, {there} allá)",
        "en": " under another {label} ({here} here, {there} there)"},
    "inventory.problem.duplicate": {
        "es": "duplicado de la fila {row}: coincide en {label} {value}{differs}",
        "en": "duplicate of row {row}: same {label} {value}{differs}"},
    "inventory.problem.boolean": {"es": "un valor verdadero/falso, no un número",
                                  "en": "a true/false value, not a number"},
    "inventory.problem.date_number": {"es": "una fecha u hora ({cell}), no un número",
                                      "en": "a date or time ({cell}), not a number"},
    "inventory.problem.not_a_number": {"es": "{text} no es un número",
                                       "en": "{text} is not a number"},
    "inventory.problem.two_readings": {
        "es": "{text} se lee como {comma:g} (es-CO) o como {point:g}, y esta columna usa "
              "ambas convenciones; escríbalo sin separadores de miles",
        "en": "{text} reads as {comma:g} (es-CO) or {point:g}, and this column uses both "
              "conventions; write it without thousands separators"},
    "inventory.problem.not_finite": {"es": "{shown} no es un número finito",
                                     "en": "{shown} is not a finite number"},
    "inventory.problem.too_large": {"es": "{shown} es demasiado grande (más de {limit:.0e})",
                                    "en": "{shown} is too large (more than {limit:.0e})"},
    # Screening the inventory: why a property has no metrics.
    "screening.problem.no_template": {
        "es": "no hay plantilla para el tipo {kind} (plantillas: {templates})",
        "en": "no template for the kind {kind} (templates: {templates})"},
    "screening.problem.area": {
        "es": "el área debe ser un número mayor que 0 m² (es {area})",
        "en": "the area must be a number above 0 m² (it is {area})"},
    "screening.problem.refused": {"es": "no evaluado: {where}{error}",
                                  "en": "not evaluated: {where}{error}"},
    "screening.problem.unbalanced": {
        "es": "el balance general no cuadra (diferencia {difference:g})",
        "en": "the balance sheet does not balance (difference {difference:g})"},
    "screening.problem.no_irr": {"es": "sin TIR del inversionista: {status}",
                                 "en": "no equity IRR: {status}"},
    # Scenario names and the vehicle's properties that cannot be evaluated.
    "scenario.error.blank": {
        "es": "un escenario necesita un nombre (no puede quedar en blanco)",
        "en": "a scenario needs a name (it may not be blank)"},
    "scenario.error.taken": {"es": "ya existe un escenario llamado {name}",
                             "en": "there is already a scenario named {name}"},
    "scenario.error.not_found": {"es": "no hay ningún escenario llamado {name} en {file}",
                                 "en": "no scenario named {name} in {file}"},
    "scenario.error.not_found_among": {
        "es": "no hay ningún escenario llamado {name} en {file} (escenarios: {known})",
        "en": "no scenario named {name} in {file} (scenarios: {known})"},
    # The command line.
    "cli.error.vehicle": {
        "es": "estos inmuebles del vehículo no se pueden evaluar:",
        "en": "these properties of the vehicle cannot be evaluated:"},
    "cli.note": {"es": "nota: {note}", "en": "note: {note}"},
    "cli.warning.defaulted": {
        "es": "aviso: {file}: {count} supuesto(s) que faltaban en el archivo se tomaron con sus "
              "valores por defecto: {inputs}",
        "en": "warning: {file}: {count} input(s) missing from the file were taken at their "
              "defaults: {inputs}"},
    # Options of a command that cannot be used as given, after the option (-o, --set...).
    "cli.error.set_form": {"es": "se esperaba RUTA=VALOR, p. ej. financing.rate=0.11",
                           "en": "expected PATH=VALUE, e.g. financing.rate=0.11"},
    "cli.error.output_suffix": {"es": "{output}: {what} debe tener la extensión {suffixes}",
                               "en": "{output}: {what} is named with {suffixes}"},
    "cli.error.output_folder": {"es": "{output}: la carpeta {folder} no existe",
                                "en": "{output}: the folder {folder} does not exist"},
    "cli.error.output_is_input": {"es": "{output} es el archivo de entrada; elija otro nombre",
                                  "en": "{output} is the input file; choose another name"},
    "cli.error.output_exists": {"es": "{output}: ya existe; use --force para reemplazarlo",
                                "en": "{output}: exists; use --force to replace it"},
    "cli.output.scenario_file": {"es": "un archivo de escenario", "en": "a scenario file"},
    "cli.sample.default": {"es": "(predeterminado)", "en": "(default)"},
    "cli.sample.how": {"es": "use -o ARCHIVO para escribir uno", "en": "use -o FILE to write one"},
    "cli.sample.written": {"es": "{path}: se escribió el modelo de ejemplo '{name}'",
                           "en": "{path}: sample '{name}' written"},
    "cli.sample.unknown": {"es": "no hay un modelo de ejemplo con ese nombre; disponibles: "
                                 "{available}",
                           "en": "no bundled sample model of that name; available: "
                                 "{available}"},
    "cli.output.report": {"es": "el informe, un libro de Excel,",
                          "en": "the report, an Excel workbook,"},
    "cli.output.workbook": {"es": "el libro, un archivo de Excel,",
                            "en": "the workbook, an Excel file,"},
    "cli.output.vehicle_file": {"es": "un archivo de vehículo", "en": "a vehicle file"},
    "cli.output.ranking": {"es": "la priorización", "en": "the ranking"},
    "cli.ranking_written": {"es": "{path}: se escribieron {count} inmuebles",
                            "en": "{path}: {count} properties written"},
    "cli.error.column_form": {
        "es": "se esperaba CAMPO=ENCABEZADO, p. ej. area_m2='Superficie'; se recibió {item}",
        "en": "expected FIELD=HEADER, e.g. area_m2='Superficie', got {item}"},
    "cli.error.no_row_imported": {
        "es": "no se pudo importar ninguna fila; no se escribió nada",
        "en": "no row could be imported; nothing written"},
    "cli.error.unknown_sheet": {"es": "hoja desconocida {name}; las hojas de análisis son {names}",
                                "en": "unknown sheet {name}; the analysis sheets are {names}"},
    "cli.error.not_numbers": {
        "es": "se esperaban números separados por comas, con punto decimal (0,100,200 o "
              "0.8,0.9,1); se recibió {text}",
        "en": "expected numbers separated by commas, with a dot for decimals (0,100,200 or "
              "0.8,0.9,1), got {text}"},
    "cli.error.not_finite": {"es": "se esperaban números finitos; se recibió {text}",
                             "en": "expected finite numbers, got {text}"},
    "cli.error.goalseek_needs": {"es": "falta (o indique un --shortcut: {shortcuts})",
                                 "en": "needed (or name a --shortcut: {shortcuts})"},
}
