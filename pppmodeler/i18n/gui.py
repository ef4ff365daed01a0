"""Texts of the desktop's main window: pages, forms, cards, menus, files, dialogs and the
results view (the analysis pages and the vehicle window have their own modules)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # Desktop application
    "gui.yes": {"es": "sí", "en": "yes"},
    "gui.no": {"es": "no", "en": "no"},
    "gui.unrunnable_title": {"es": "Análisis que no se pueden ejecutar",
                             "en": "Analyses that cannot run"},
    "gui.unrunnable": {
        "es": "{path}: estos ajustes de análisis no se pueden ejecutar; corríjalos en su "
              "página de Análisis:\n{problems}",
        "en": "{path}: these analysis settings cannot run; correct them on their Analysis "
              "page:\n{problems}"},
    "gui.defaulted_title": {"es": "Supuestos que faltaban", "en": "Missing inputs"},
    "gui.defaulted": {
        "es": "{path} no trae {count} supuesto(s); se tomaron sus valores por defecto. "
              "Revíselos antes de usar los resultados:\n{inputs}",
        "en": "{path} leaves out {count} input(s); they were taken at their defaults. Check "
              "them before using the results:\n{inputs}"},
    "gui.ambiguous_point": {
        "es": "«{text}»: ¿{thousands} o {decimal}? Escriba {thousands} (sin puntos) o use la "
              "coma decimal ({decimal}).",
        "en": "«{text}»: {thousands} or {decimal}? Type {thousands} (without points) or use "
              "a decimal comma ({decimal})."},
    "gui.not_a_number": {"es": "«{text}» no es un número (use coma decimal: 10,5).",
                         "en": "“{text}” is not a number (use a decimal point: 10.5)."},
    "gui.bad_date": {"es": "«{text}» no es una fecha AAAA-MM-DD válida.",
                     "en": "“{text}” is not a valid YYYY-MM-DD date."},
    "gui.no_percent": {"es": "Este valor no es una fracción: escríbalo sin %.",
                       "en": "This value is not a fraction: write it without %."},
    "gui.not_whole": {"es": "«{text}» no es un número entero.",
                      "en": "“{text}” is not a whole number."},
    "gui.between": {"es": "Debe estar entre {lo} y {hi}{unit}.",
                    "en": "Must be between {lo} and {hi}{unit}."},
    "gui.at_least": {"es": "Debe ser al menos {lo}{unit}.", "en": "Must be at least {lo}{unit}."},
    "gui.at_most": {"es": "Debe ser como máximo {hi}{unit}.", "en": "Must be at most {hi}{unit}."},
    "gui.item": {"es": "Elemento {n}: ", "en": "Item {n}: "},
    "gui.list_hint": {"es": "valores separados por ;", "en": "values separated by ;"},
    "gui.edit": {"es": "cambio de {what}", "en": "change of {what}"},
    "gui.cell_problem": {"es": "{line} › {field}: {problem}", "en": "{line} › {field}: {problem}"},
    "gui.add_line": {"es": "Añadir línea", "en": "Add line"},
    "gui.remove_line": {"es": "Eliminar líneas seleccionadas", "en": "Remove selected lines"},
    "gui.table_hint": {
        "es": "Una fila por línea. Doble clic o escriba sobre una celda para cambiarla; Enter "
              "confirma. Los porcentajes se escriben 10,5 o 10,5 %; las listas, valores "
              "separados por punto y coma.",
        "en": "One row per line. Double-click or type over a cell to change it; Enter confirms. "
              "Percentages are typed 10.5 or 10.5%; lists take values separated by semicolons."},
    "gui.new_line": {"es": "Nueva línea {n}", "en": "New line {n}"},
    "gui.added_line": {"es": "añadir la línea {name}", "en": "add the line {name}"},
    "gui.removed_line": {"es": "eliminar {name}", "en": "remove {name}"},
    "gui.light_green": {"es": "Cumple", "en": "Meets"},
    "gui.light_amber": {"es": "Al límite", "en": "Borderline"},
    "gui.light_missing": {"es": "Revise los flujos", "en": "Check the flows"},
    "gui.light_red": {"es": "No cumple", "en": "Fails"},
    "gui.hurdle.project_irr": {"es": "tasa de descuento {value}", "en": "discount rate {value}"},
    "gui.hurdle.equity_irr": {"es": "objetivo {value}", "en": "target {value}"},
    "gui.hurdle.min_dscr": {"es": "covenant {value}", "en": "covenant {value}"},
    "gui.hurdle.project_npv": {"es": "> {value}", "en": "> {value}"},
    "gui.hurdle.equity_npv": {"es": "> {value}", "en": "> {value}"},
    "gui.hurdle.district_npv": {"es": "> {value}", "en": "> {value}"},
    "gui.not_evaluated": {"es": "sin calcular: corrija los errores",
                          "en": "not computed: fix the errors"},
    "gui.go_to_input": {"es": "Doble clic para ir a {path}", "en": "Double-click to go to {path}"},
    "gui.no_messages": {"es": "Sin advertencias.", "en": "No warnings."},
    "gui.page.property": {"es": "Inmueble", "en": "Property"},
    "gui.page.timeline": {"es": "Cronograma y macro", "en": "Timeline and macro"},
    "gui.page.revenues": {"es": "Ingresos", "en": "Revenues"},
    "gui.page.costs": {"es": "Costos de operación", "en": "Operating costs"},
    "gui.page.capex": {"es": "Inversión (CAPEX)", "en": "Investment (CAPEX)"},
    "gui.page.district": {"es": "Condiciones del Distrito", "en": "District terms"},
    "gui.page.taxes": {"es": "Impuestos", "en": "Taxes"},
    "gui.page.working_capital": {"es": "Capital de trabajo", "en": "Working capital"},
    "gui.page.financing": {"es": "Financiación", "en": "Financing"},
    "gui.page.end": {"es": "Fin de la concesión", "en": "End of concession"},
    "gui.page.valuation": {"es": "Valoración", "en": "Valuation"},
    "gui.page.results": {"es": "Resultados", "en": "Results"},
    "gui.about.property": {
        "es": "El inmueble y el mecanismo de la concesión. Los montos de todo el modelo están "
              "en la unidad monetaria elegida aquí.",
        "en": "The property and the concession mechanism. Every amount of the model is in the "
              "currency unit chosen here."},
    "gui.about.timeline": {
        "es": "Fases de la concesión y la inflación. Los montos se ingresan a precios del año "
              "base y se indexan con el IPC.",
        "en": "Phases of the concession and inflation. Amounts are entered in base-year prices "
              "and indexed with the CPI."},
    "gui.about.revenues": {
        "es": "Las líneas de ingreso de la operación, a precios del año base.",
        "en": "The operation's revenue lines, in base-year prices."},
    "gui.about.costs": {
        "es": "Los costos de operación y el mantenimiento mayor, a precios del año base.",
        "en": "Operating costs and major maintenance, in base-year prices."},
    "gui.about.capex": {
        "es": "La inversión de construcción o rehabilitación y sus reposiciones.",
        "en": "The construction or rehabilitation investment and its replacements."},
    "gui.about.district": {
        "es": "Lo que el concesionario paga al Distrito y lo que el Distrito aporta.",
        "en": "What the concessionaire pays the District and what the District contributes."},
    "gui.about.taxes": {"es": "Impuesto de renta, ICA y GMF.",
                        "en": "Income tax, ICA and GMF."},
    "gui.about.working_capital": {"es": "Días de cartera y de proveedores.",
                                  "en": "Receivable and payable days."},
    "gui.about.financing": {
        "es": "La deuda senior: tamaño, costo, plazo, amortización y covenants.",
        "en": "The senior debt: size, cost, tenor, repayment and covenants."},
    "gui.about.end": {"es": "Qué pasa con los activos al final del plazo.",
                      "en": "What happens to the assets at the end of the term."},
    "gui.about.valuation": {
        "es": "Tasas de descuento y objetivos con los que se juzgan los indicadores.",
        "en": "Discount rates and targets against which the metrics are judged."},
    "gui.section.timeline": {"es": "Cronograma", "en": "Timeline"},
    "gui.section.macro": {"es": "Macroeconomía", "en": "Macro"},
    "gui.headline": {"es": "Indicadores", "en": "Headline metrics"},
    "gui.tab.charts": {"es": "Gráficos", "en": "Charts"},
    "gui.tab.periods": {"es": "Estados por periodo", "en": "Period statements"},
    "gui.messages": {"es": "Advertencias", "en": "Warnings"},
    "gui.action.open": {"es": "Abrir…", "en": "Open…"},
    "gui.action.save": {"es": "Guardar", "en": "Save"},
    "gui.action.save_as": {"es": "Guardar como…", "en": "Save as…"},
    "gui.action.quit": {"es": "Salir", "en": "Quit"},
    "gui.action.undo": {"es": "Deshacer", "en": "Undo"},
    "gui.action.redo": {"es": "Rehacer", "en": "Redo"},
    "gui.action.about": {"es": "Acerca de pppmodeler", "en": "About pppmodeler"},
    "gui.menu.file": {"es": "&Archivo", "en": "&File"},
    "gui.menu.edit": {"es": "&Edición", "en": "&Edit"},
    "gui.menu.language": {"es": "&Idioma", "en": "&Language"},
    "gui.menu.help": {"es": "A&yuda", "en": "&Help"},
    "gui.language.es": {"es": "Español", "en": "Español (Spanish)"},
    "gui.language.en": {"es": "English (inglés)", "en": "English"},
    "gui.toolbar": {"es": "Herramientas", "en": "Tools"},
    "gui.evaluating": {"es": "Calculando…", "en": "Computing…"},
    "gui.evaluated": {"es": "Resultados al día ({ms} ms).", "en": "Results up to date ({ms} ms)."},
    "gui.cannot_evaluate": {"es": "El modelo no se puede calcular: vea las advertencias.",
                            "en": "The model cannot be computed: see the warnings."},
    "gui.internal_error": {"es": "Error interno al calcular ({error}); por favor repórtelo.",
                           "en": "Internal error while computing ({error}); please report it."},
    "gui.unsaved_title": {"es": "Cambios sin guardar", "en": "Unsaved changes"},
    "gui.unsaved": {"es": "El modelo tiene cambios sin guardar. ¿Desea guardarlos?",
                    "en": "The model has unsaved changes. Do you want to save them?"},
    "gui.opened": {"es": "Abierto: {path}", "en": "Opened: {path}"},
    "gui.bad_file_title": {"es": "No se pudo abrir el archivo", "en": "The file cannot be opened"},
    "gui.bad_file": {
        "es": "No se pudo abrir {path}:\n\n{detail}\n\nEl modelo abierto no cambió.",
        "en": "{path} could not be opened:\n\n{detail}\n\nThe open model has not "
              "changed."},
    "gui.save_failed_title": {"es": "No se pudo guardar", "en": "The file was not saved"},
    "gui.save_failed": {"es": "No se pudo guardar en {path}:\n\n{detail}",
                        "en": "Could not save to {path}:\n\n{detail}"},
    "gui.saved": {"es": "Guardado: {path}", "en": "Saved: {path}"},
    # Export, review, recent files, samples, recovery, drag-and-drop (issue 4)
    "gui.action.export": {"es": "Exportar a Excel…", "en": "Export to Excel…"},
    "gui.export_filter": {"es": "Libro de Excel (*.xlsx)", "en": "Excel workbook (*.xlsx)"},
    "gui.cancel_export": {"es": "Cancelar", "en": "Cancel"},
    "gui.export_cancelled": {"es": "Exportación cancelada: no se escribió ningún archivo.",
                             "en": "Export cancelled: no file was written."},
    "gui.exporting": {"es": "Exportando el informe a Excel…",
                      "en": "Exporting the report to Excel…"},
    "gui.exported": {"es": "Informe exportado: {path}", "en": "Report exported: {path}"},
    "gui.export_busy": {"es": "Ya se está exportando un informe; espere a que termine.",
                        "en": "A report is already being exported; wait until it ends."},
    "gui.export_failed_title": {"es": "No se pudo exportar el informe",
                                "en": "The report was not exported"},
    "gui.export_failed": {"es": "No se pudo escribir el informe en {path}:\n\n{detail}\n\n"
                                "El modelo abierto no cambió.",
                          "en": "Could not write the report to {path}:\n\n{detail}\n\n"
                                "The open model has not changed."},
    "gui.action.open_review": {"es": "Abrir para revisión…", "en": "Open for review…"},
    "gui.action.edit_copy": {"es": "Editar una copia", "en": "Edit a copy"},
    "gui.review_banner": {"es": "Solo lectura — revisión de {name}. Nada se puede cambiar; "
                                "use «Editar una copia» para modificarlo.",
                          "en": "Read only — reviewing {name}. Nothing can be changed; use "
                                "“Edit a copy” to modify it."},
    "gui.review_title": {"es": "Solo lectura — revisión", "en": "Read only — review"},
    "gui.review_opened": {"es": "Abierto para revisión: {path}",
                          "en": "Opened for review: {path}"},
    "gui.copy_made": {"es": "Copia sin guardar de {name}: al guardar se pide un nombre nuevo.",
                      "en": "Unsaved copy of {name}: saving asks for a new name."},
    "gui.copy_of": {"es": "copia de {name}", "en": "copy of {name}"},
    "gui.meta.heading": {"es": "Datos del archivo", "en": "File details"},
    "gui.meta.file": {"es": "Archivo", "en": "File"},
    "gui.meta.author": {"es": "Autor", "en": "Author"},
    "gui.meta.created": {"es": "Creado", "en": "Created"},
    "gui.meta.modified": {"es": "Modificado", "en": "Modified"},
    "gui.meta.app_version": {"es": "Versión de pppmodeler", "en": "pppmodeler version"},
    "gui.meta.notes": {"es": "Notas", "en": "Notes"},
    "gui.meta.content_hash": {"es": "Huella del contenido", "en": "Content hash"},
    "gui.meta.hash_state": {"es": "¿Coincide la huella?", "en": "Does the hash match?"},
    "gui.meta.hash_ok": {"es": "Sí: las entradas son las que se guardaron con pppmodeler.",
                         "en": "Yes: the inputs are those saved with pppmodeler."},
    "gui.meta.hash_bad": {"es": "No: el contenido cambió fuera de pppmodeler (o nunca se "
                                "guardó) desde que se calculó la huella.",
                          "en": "No: the content changed outside pppmodeler (or was never "
                                "saved) since the hash was stamped."},
    "gui.meta.empty": {"es": "—", "en": "—"},
    "gui.menu.recent": {"es": "&Recientes", "en": "&Recent"},
    "gui.recent_none": {"es": "(ninguno)", "en": "(none)"},
    "gui.recent_clear": {"es": "Vaciar la lista", "en": "Clear the list"},
    "gui.menu.new": {"es": "&Nuevo", "en": "&New"},
    "gui.new_from": {"es": "Nuevo desde el ejemplo «{name}»", "en": "New from sample “{name}”"},
    "gui.new_opened": {"es": "Nuevo modelo desde el ejemplo {name} (sin guardar)",
                       "en": "New model from sample {name} (unsaved)"},
    "gui.recover_title": {"es": "Recuperar el trabajo", "en": "Recover your work"},
    "gui.recover": {"es": "pppmodeler no se cerró bien la última vez. Hay una copia de "
                          "recuperación de {name}, guardada el {when}.\n\n¿Recuperarla? "
                          "(Si responde No, la copia se borra.)",
                    "en": "pppmodeler did not close cleanly last time. There is a recovery "
                          "copy of {name}, saved on {when}.\n\nRecover it? (If you answer "
                          "No, the copy is deleted.)"},
    "gui.recovered": {"es": "Trabajo recuperado (sin guardar): guárdelo con un nombre.",
                      "en": "Work recovered (unsaved): save it under a name."},
    "gui.autosaved": {"es": "Copia de recuperación guardada", "en": "Recovery copy saved"},
    "gui.drop_one": {"es": "Suelte un solo archivo .pppm.", "en": "Drop a single .pppm file."},
    "gui.about_text": {
        "es": "pppmodeler {version}\n\nModelos de flujo de caja de concesiones de inmuebles "
              "públicos para la Agencia APP de Medellín.",
        "en": "pppmodeler {version}\n\nCash-flow models of concessions of public properties "
              "for Medellín's PPP agency (Agencia APP)."},
}
