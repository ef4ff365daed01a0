"""Texts of the scenario (``.pppm``) and vehicle (``.pppv``) files: what is wrong with one,
what opening one tells."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # The forms a file's text fields take (fileformat.wrapper), said after "is not".
    "file.form.timestamp": {
        "es": "una fecha y hora como 2027-01-31T09:30:00+00:00 (o vacío)",
        "en": "a date and time such as 2027-01-31T09:30:00+00:00, or empty"},
    "file.form.hash": {"es": "sha256: seguido de 64 dígitos hexadecimales (o vacío)",
                       "en": "sha256: and 64 hexadecimal digits, or empty"},
    "file.form.name": {"es": "un nombre (no puede quedar en blanco)",
                       "en": "a name (it may not be blank)"},
    # A scenario file (.pppm) that cannot be opened (fileformat.FileFormatError): the file, then
    # each problem as "where: what", where is the place in the file (model.financing.rate).
    "file.problem": {"es": "{where}: {problem}", "en": "{where}: {problem}"},
    "file.problems": {"es": "{source}: {n} problemas:", "en": "{source}: {n} problems:"},
    "file.stopped": {"es": "(la revisión se detuvo en {limit} problemas; puede haber más)",
                     "en": "(stopped after {limit} problems; there may be more)"},
    "file.not_saved": {"es": "el documento no se guardó", "en": "document not saved"},
    "file.error.not_regular": {"es": "no es un archivo regular", "en": "not a regular file"},
    "file.error.too_large": {
        "es": "el archivo es demasiado grande ({size:.1f} MB; el límite es {limit} MB)",
        "en": "the file is too large ({size:.1f} MB; the limit is {limit} MB)"},
    "file.error.not_object": {
        "es": "un archivo de escenario contiene un objeto JSON, no {value}",
        "en": "a scenario file holds a JSON object, not {value}"},
    "file.error.not_scenario_file": {
        "es": "format: no es un archivo de escenario de pppmodeler ({found}; se esperaba "
              "\"format\": \"{name}\")",
        "en": "format: this is not a pppmodeler scenario file ({found}; expected "
              "\"format\": \"{name}\")"},
    "file.found.format": {"es": "su formato es {value}", "en": "its format is {value}"},
    "file.found.no_format": {"es": "no tiene la clave \"format\"",
                             "en": "it has no \"format\" key"},
    "file.where.top": {"es": "nivel superior", "en": "top level"},
    "file.error.missing": {"es": "falta", "en": "missing"},
    "file.error.missing_key": {"es": "falta; un archivo de escenario tiene {keys}",
                               "en": "missing; a scenario file has {keys}"},
    "file.error.expected": {"es": "se esperaba {wanted}; se recibió {value}",
                            "en": "expected {wanted}, got {value}"},
    "file.error.unknown_key": {
        "es": "campo desconocido {name}; nombres válidos: {names}{hint}",
        "en": "unknown field {name}; valid names: {names}{hint}"},
    "file.error.not_an_object": {"es": "se esperaba un objeto; se recibió {value}",
                                 "en": "expected an object, got {value}"},
    "file.error.not_lines": {"es": "se esperaba una lista de líneas; se recibió {value}",
                             "en": "expected a list of lines, got {value}"},
    "file.error.line_name_taken": {
        "es": "{name} también es el nombre de {other}; las líneas deben tener nombres "
              "distintos (las rutas las identifican por su nombre)",
        "en": "{name} is also the name of {other}; lines need different names (paths "
              "address them by name)"},
    "file.error.not_scenarios": {"es": "se esperaba una lista de escenarios; se recibió {value}",
                                 "en": "expected a list of scenarios, got {value}"},
    "file.error.scenario_name_taken": {
        "es": "{name} también es el nombre de {other}; los escenarios deben tener nombres "
              "distintos",
        "en": "{name} is also the name of {other}; scenarios need different names"},
    "file.error.not_overrides": {
        "es": "se esperaba un objeto de rutas de supuestos y valores; se recibió {value}",
        "en": "expected an object of input paths and values, got {value}"},
    "file.error.override_not_text": {"es": "la ruta de un cambio debe ser texto",
                                     "en": "an override path must be text"},
    "file.error.overrides_repeat_name": {
        "es": "los cambios dan a {line} el nombre {name}, que ya tiene {other}; las líneas "
              "deben tener nombres distintos",
        "en": "they give {line} the name {name} of {other}; lines need different names"},
    "file.error.not_numeric": {
        "es": "{value} no es un supuesto numérico; los análisis hacen variar números",
        "en": "{value} is not a numeric input; analyses vary numbers"},
    # The text of a file, before any of its fields is read (fileformat.strictjson).
    "file.json.not_utf8": {
        "es": "no es texto UTF-8: el byte {byte} en la posición {offset} no se puede leer; los "
              "archivos de escenario se escriben en UTF-8",
        "en": "not UTF-8 text: byte {byte} at offset {offset} cannot be read; scenario files "
              "are written in UTF-8"},
    "file.json.invalid": {
        "es": "no es JSON válido: {reason} en la línea {line}, columna {column}",
        "en": "not valid JSON: {reason} at line {line}, column {column}"},
    # What Python's JSON reader says is wrong, before "at line": the English is its own message
    # word for word, by which strictjson finds the entry (the last two are Python 3.13's).
    "file.json.decoder.value": {"es": "se esperaba un valor", "en": "Expecting value"},
    "file.json.decoder.colon": {"es": "se esperaba el separador ':'",
                                "en": "Expecting ':' delimiter"},
    "file.json.decoder.comma": {"es": "se esperaba el separador ','",
                                "en": "Expecting ',' delimiter"},
    "file.json.decoder.name": {
        "es": "se esperaba el nombre de un campo entre comillas dobles",
        "en": "Expecting property name enclosed in double quotes"},
    "file.json.decoder.unterminated": {"es": "un texto sin comillas de cierre que empieza",
                                       "en": "Unterminated string starting at"},
    "file.json.decoder.control": {"es": "un carácter de control no válido",
                                  "en": "Invalid control character at"},
    "file.json.decoder.escape": {
        "es": "una secuencia de escape con barra invertida (\\) no válida",
        "en": "Invalid \\escape"},
    "file.json.decoder.unicode_escape": {"es": "una secuencia \\uXXXX no válida",
                                         "en": "Invalid \\uXXXX escape"},
    "file.json.decoder.extra": {"es": "sobran datos después del valor JSON", "en": "Extra data"},
    "file.json.decoder.object_comma": {
        "es": "sobra una coma antes del cierre del objeto",
        "en": "Illegal trailing comma before end of object"},
    "file.json.decoder.array_comma": {
        "es": "sobra una coma antes del cierre de la lista",
        "en": "Illegal trailing comma before end of array"},
    "file.json.too_deep": {
        "es": "hay listas u objetos anidados en demasiados niveles (más de {levels})",
        "en": "arrays or objects are nested too deeply (more than {levels} levels)"},
    "file.json.repeated_key": {
        "es": "la clave {key} aparece dos veces en un mismo objeto; un objeto JSON no puede "
              "repetir una clave",
        "en": "the key {key} appears twice in one object; JSON objects may not repeat a key"},
    # Numbers a file holds that no input can take, said after the place that holds them.
    "file.json.not_finite": {"es": "{name} no está permitido: los números deben ser finitos",
                             "en": "{name} is not allowed: numbers must be finite"},
    "file.json.digits": {"es": "{value} ({digits} dígitos)", "en": "{value} ({digits} digits)"},
    # The format version of a scenario file (fileformat.migrations), after "version: ".
    "file.version.missing": {
        "es": "falta; un archivo de escenario indica en qué versión del formato está escrito",
        "en": "missing; a scenario file says which format version it is written in"},
    "file.version.newer": {
        "es": "este archivo está en la versión {version} del formato y se creó con {by}; este "
              "es pppmodeler {app}, que lee hasta la versión {current} del formato. Actualice "
              "pppmodeler para abrirlo",
        "en": "this file was made by {by} in format version {version}; this is pppmodeler "
              "{app}, which reads format versions up to {current}. Update pppmodeler to open "
              "it"},
    "file.version.newer_app": {"es": "una versión más reciente de pppmodeler",
                               "en": "a newer pppmodeler"},
    "file.version.unknown": {
        "es": "{version} no es una versión del formato que este pppmodeler conozca; lee de la "
              "versión {first} a la {current}",
        "en": "{version} is not a format version this pppmodeler knows; it reads versions "
              "{first} to {current}"},
    "file.version.no_upgrade": {
        "es": "no se conoce ninguna actualización de la versión {old} del formato a la {new}",
        "en": "no upgrade from format version {old} to {new} is known"},
    "file.version.upgrade_failed": {
        "es": "falló la actualización de la versión {old} del formato a la {new} ({error}); el "
              "archivo no tiene la estructura de la versión {old}",
        "en": "upgrading from format version {old} to {new} failed ({error}); the file does "
              "not have the shape of version {old}"},
    "file.version.upgrade_gave": {
        "es": "la actualización de la versión {old} del formato a la {new} dio {value}, no un "
              "objeto",
        "en": "the upgrade from format version {old} to {new} gave {value}, not an object"},
    # A vehicle file (.pppv) that cannot be opened, as a scenario file's problems (file.*).
    "vehiclefile.error.not_object": {
        "es": "un archivo de vehículo contiene un objeto JSON, no {value}",
        "en": "a vehicle file holds a JSON object, not {value}"},
    "vehiclefile.error.missing_key": {"es": "falta; un archivo de vehículo tiene {keys}",
                                      "en": "missing; a vehicle file has {keys}"},
    "vehiclefile.error.unknown_key": {
        "es": "clave desconocida {name} en el nivel superior; un archivo de vehículo tiene "
              "{keys}",
        "en": "unknown top-level key {name}; a vehicle file has {keys}"},
    "vehiclefile.error.not_vehicle_file": {
        "es": "no es un archivo de vehículo de pppmodeler (su formato es {value}; se esperaba "
              "\"{name}\")",
        "en": "this is not a pppmodeler vehicle file (its format is {value}; expected "
              "\"{name}\")"},
    "vehiclefile.error.version": {
        "es": "{value} no es una versión de archivo de vehículo que pppmodeler {app} pueda leer "
              "(lee la versión {version})",
        "en": "{value} is not a vehicle file version this pppmodeler {app} reads (it reads "
              "version {version})"},
    "vehiclefile.not_saved": {"es": "el vehículo no se guardó", "en": "vehicle not saved"},
    # What opening a vehicle file tells (fileformat.references), in the vehicle window and on
    # the command line alike.
    "vehiclefile.opening.title": {"es": "Al abrir el vehículo", "en": "Opening the vehicle"},
    "vehiclefile.opening.warning": {"es": "aviso: {file}:", "en": "warning: {file}:"},
    "vehiclefile.opening.missing": {
        "es": "No se encuentra el archivo del modelo de {n} inmueble(s). Siguen en el vehículo "
              "con su ruta: devuelva cada archivo al lugar donde se buscó, o quite el inmueble y "
              "agréguelo de nuevo. Mientras falte el de un inmueble incluido, el vehículo no se "
              "consolida.",
        "en": "The model file of {n} property(ies) cannot be found. They stay in the vehicle "
              "with their paths: put each file back where it was looked for, or remove the "
              "property and add it again. While an included property's file is missing, the "
              "vehicle is not consolidated."},
    "vehiclefile.opening.missing_item": {"es": "• {name}: se buscó en {path}",
                                         "en": "• {name}: looked for at {path}"},
    "vehiclefile.opening.defaulted": {
        "es": "El modelo de {n} inmueble(s) no trae algunos supuestos; se tomaron sus valores "
              "por defecto. Revíselos antes de usar los resultados.",
        "en": "The model of {n} property(ies) leaves out some inputs; they were taken at their "
              "defaults. Check them before using the results."},
    "vehiclefile.opening.defaulted_item": {"es": "• {name} ({where}): {count} supuesto(s)",
                                           "en": "• {name} ({where}): {count} input(s)"},
    "vehiclefile.opening.embedded": {"es": "modelo guardado en el vehículo",
                                     "en": "model kept in the vehicle"},
    "vehiclefile.opening.input": {"es": "    – {label} ({path})",
                                  "en": "    – {label} ({path})"},
    "vehiclefile.opening.more_inputs": {"es": "    … y {n} más", "en": "    … and {n} more"},
    "vehiclefile.opening.more_holdings": {"es": "… y {n} inmuebles más",
                                          "en": "… and {n} more properties"},
    "vehiclefile.missing": {"es": "no se encuentra el archivo de su modelo; se buscó en {path}",
                            "en": "its model file cannot be found; it was looked for at {path}"},
}
