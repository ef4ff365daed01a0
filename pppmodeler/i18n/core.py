"""Texts of the engine, its messages and the command line: metrics, statuses, units, rules;
and of the scenario and vehicle files: what is wrong with one, what opening it tells."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # Metrics
    "metric.project_irr": {"es": "TIR del proyecto (después de impuestos, nominal)",
                           "en": "Project IRR (post-tax, nominal)"},
    "metric.project_irr_pretax": {"es": "TIR del proyecto antes de impuestos",
                                  "en": "Project IRR (pre-tax)"},
    "metric.project_irr_real": {"es": "TIR del proyecto (real)", "en": "Project IRR (real)"},
    "metric.project_irr_pretax_real": {"es": "TIR del proyecto antes de impuestos (real)",
                                       "en": "Project IRR (pre-tax, real)"},
    "metric.equity_irr": {"es": "TIR del inversionista (nominal)", "en": "Equity IRR (nominal)"},
    "metric.equity_irr_real": {"es": "TIR del inversionista (real)", "en": "Equity IRR (real)"},
    "metric.project_npv": {"es": "VPN del proyecto", "en": "Project NPV"},
    "metric.equity_npv": {"es": "VPN del inversionista", "en": "Equity NPV"},
    "metric.district_npv": {"es": "VPN del Distrito (tasa social)",
                            "en": "District NPV (social rate)"},
    "metric.min_dscr": {"es": "ICSD mínimo", "en": "Minimum DSCR"},
    "metric.avg_dscr": {"es": "ICSD promedio", "en": "Average DSCR"},
    "metric.min_llcr": {"es": "LLCR mínimo", "en": "Minimum LLCR"},
    "metric.min_plcr": {"es": "PLCR mínimo", "en": "Minimum PLCR"},
    "metric.payback_years": {"es": "Periodo de recuperación", "en": "Payback"},
    "metric.discounted_payback_years": {"es": "Recuperación descontada",
                                        "en": "Discounted payback"},
    "metric.peak_debt": {"es": "Deuda máxima", "en": "Peak debt"},
    "metric.peak_funding": {"es": "Financiación máxima", "en": "Peak funding"},
    "metric.value_for_money": {"es": "Valor por dinero", "en": "Value for money"},
    "metric.public_disbursement_share": {
        "es": "Desembolsos públicos / inversión (VP)",
        "en": "Public disbursements / investment (PV)"},
    "metric.balance_check": {"es": "Control del balance (diferencia máxima)",
                             "en": "Balance check (largest difference)"},
    "status.no_sign_change": {
        "es": "no existe: los flujos nunca cambian de signo",
        "en": "does not exist: the flows never change sign"},
    "status.no_root": {
        "es": "no se encontró: ninguna tasa anula el valor presente",
        "en": "not found: no rate makes the present value zero"},
    "status.multiple": {
        "es": "no es única: varias tasas anulan el valor presente; use el VPN",
        "en": "not unique: several rates make the present value zero; use the NPV"},
    "status.invalid": {
        "es": "no se puede calcular: hay valores faltantes o infinitos",
        "en": "cannot be computed: missing or infinite values"},
    "status.no_debt_service": {"es": "sin servicio de deuda", "en": "no debt service"},
    "status.no_comparator": {"es": "sin comparador público", "en": "no public comparator"},
    "status.never": {"es": "no se recupera", "en": "never pays back"},
    "unit.years": {"es": "años", "en": "years"},
    "unit.pesos": {"es": "COP", "en": "COP"},
    "unit.thousands": {"es": "miles de COP", "en": "COP thousands"},
    "unit.millions": {"es": "millones de COP", "en": "COP millions"},
    "cli.metric": {"es": "Indicador", "en": "Metric"},
    "cli.value": {"es": "Valor", "en": "Value"},
    "cli.messages": {"es": "Advertencias", "en": "Warnings"},
    "cli.model": {"es": "Modelo: {name} — escenario: {scenario}",
                  "en": "Model: {name} — scenario: {scenario}"},
    "cli.base_case": {"es": "caso base", "en": "base case"},
    "cli.no_desktop": {
        "es": "La aplicación de escritorio aún no está construida; se muestra la evaluación "
              "del modelo de ejemplo por defecto. Use 'pppmodeler --help' para los comandos.",
        "en": "The desktop application is not built yet; here is the evaluation of the default "
              "sample model. Use 'pppmodeler --help' for the commands.",
    },
    # Shown values: choices, units and period lines (desktop application, charts)
    "choice.pesos": {"es": "pesos", "en": "pesos"},
    "choice.thousands": {"es": "miles", "en": "thousands"},
    "choice.millions": {"es": "millones", "en": "millions"},
    "choice.uso_publico": {"es": "Uso público", "en": "Public use"},
    "choice.fiscal": {"es": "Fiscal", "en": "Fiscal"},
    "choice.bic": {"es": "Bien de Interés Cultural (BIC)", "en": "Heritage asset (BIC)"},
    "choice.app_private_initiative": {"es": "APP de iniciativa privada",
                                      "en": "APP, private initiative"},
    "choice.app_public_initiative": {"es": "APP de iniciativa pública",
                                     "en": "APP, public initiative"},
    "choice.concession": {"es": "Concesión", "en": "Concession"},
    "choice.aeep": {"es": "Aprovechamiento económico del espacio público",
                    "en": "Economic use of public space"},
    "choice.lease": {"es": "Arrendamiento", "en": "Lease"},
    "choice.cpi": {"es": "IPC", "en": "CPI"},
    "choice.cpi_plus": {"es": "IPC + puntos", "en": "CPI + points"},
    "choice.none": {"es": "Sin indexación", "en": "None"},
    "choice.rent_per_m2": {"es": "Arriendo por m²", "en": "Rent per m²"},
    "choice.unit_fee": {"es": "Tarifa × volumen", "en": "Unit fee × volume"},
    "choice.fixed": {"es": "Monto fijo", "en": "Fixed amount"},
    "choice.percent_of_line": {"es": "% de otra línea", "en": "% of another line"},
    "choice.per_m2": {"es": "Por m²", "en": "Per m²"},
    "choice.percent_of_revenue": {"es": "% de los ingresos", "en": "% of revenue"},
    "choice.per_unit": {"es": "Por unidad", "en": "Per unit"},
    "choice.gearing": {"es": "Apalancamiento (%)", "en": "Gearing (%)"},
    "choice.amount": {"es": "Monto", "en": "Amount"},
    "choice.pro_rata": {"es": "A prorrata con el patrimonio", "en": "Pro rata with equity"},
    "choice.equity_first": {"es": "Patrimonio primero", "en": "Equity first"},
    "choice.annuity": {"es": "Cuota fija (anualidad)", "en": "Annuity"},
    "choice.equal_principal": {"es": "Abono a capital constante", "en": "Equal principal"},
    "choice.sculpted": {"es": "Esculpida a un ICSD", "en": "Sculpted to a DSCR"},
    "choice.reversion": {"es": "Reversión al Distrito", "en": "Reversion to the District"},
    "choice.terminal_value": {"es": "Valor terminal (empresa en marcha)",
                              "en": "Terminal value (going concern)"},
    "choice.1": {"es": "1 (anual)", "en": "1 (annual)"},
    "choice.2": {"es": "2 (semestral)", "en": "2 (semiannual)"},
    "choice.4": {"es": "4 (trimestral)", "en": "4 (quarterly)"},
    "choice.12": {"es": "12 (mensual)", "en": "12 (monthly)"},
    "unit.fraction": {"es": "fracción (0,10 = 10 %)", "en": "fraction (0.10 = 10 %)"},
    "unit.months": {"es": "meses", "en": "months"},
    "unit.days": {"es": "días", "en": "days"},
    "unit.units": {"es": "unidades", "en": "units"},
    "unit.x": {"es": "veces (x)", "en": "times (x)"},
    "unit.m²": {"es": "m²", "en": "m²"},
    "unit.date": {"es": "AAAA-MM-DD", "en": "YYYY-MM-DD"},
    "line.revenue": {"es": "Ingresos", "en": "Revenue"},
    "line.availability_payments": {"es": "Pagos por disponibilidad",
                                   "en": "Availability payments"},
    "line.opex": {"es": "Costos de operación", "en": "Operating costs"},
    "line.canon": {"es": "Canon al Distrito", "en": "Canon to the District"},
    "line.revenue_share": {"es": "Participación del Distrito en ingresos",
                           "en": "District revenue share"},
    "line.ica": {"es": "ICA", "en": "ICA"},
    "line.ebitda": {"es": "EBITDA", "en": "EBITDA"},
    "line.depreciation": {"es": "Depreciación", "en": "Depreciation"},
    "line.ebit": {"es": "EBIT", "en": "EBIT"},
    "line.interest": {"es": "Intereses", "en": "Interest"},
    "line.tax": {"es": "Impuesto de renta", "en": "Income tax"},
    "line.net_income": {"es": "Utilidad neta", "en": "Net income"},
    "line.cfads": {"es": "Flujo disponible para la deuda (CFADS)",
                   "en": "Cash flow available for debt service (CFADS)"},
    "line.debt_service": {"es": "Servicio de la deuda", "en": "Debt service"},
    "line.dscr": {"es": "ICSD", "en": "DSCR"},
    "line.debt_balance": {"es": "Saldo de la deuda", "en": "Debt outstanding"},
    "line.dsra_balance": {"es": "Cuenta de reserva (DSRA)", "en": "Debt service reserve (DSRA)"},
    "line.capex": {"es": "Inversión (CAPEX)", "en": "Investment (CAPEX)"},
    "line.debt_drawdown": {"es": "Desembolsos de deuda", "en": "Debt drawdown"},
    "line.equity_injection": {"es": "Aportes de patrimonio", "en": "Equity injections"},
    "line.distributions": {"es": "Dividendos y distribuciones", "en": "Distributions"},
    "line.fcff": {"es": "Flujo de caja del proyecto (FCFF)", "en": "Project cash flow (FCFF)"},
    "line.fcfe": {"es": "Flujo de caja del inversionista (FCFE)",
                  "en": "Equity cash flow (FCFE)"},
    "line.district": {"es": "Flujos del Distrito", "en": "District flows"},
    "line.balance_check": {"es": "Control del balance", "en": "Balance check"},
    # Charts
    "chart.cash_flow": {"es": "Flujos de caja por periodo", "en": "Cash flows by period"},
    "chart.inflows": {"es": "Ingresos", "en": "Revenue"},
    "chart.operating_costs": {"es": "Costos de operación", "en": "Operating costs"},
    "chart.district_payments": {"es": "Pagos al Distrito e ICA",
                                "en": "Payments to the District and ICA"},
    "chart.taxes": {"es": "Impuesto de renta", "en": "Income tax"},
    "chart.investment": {"es": "Inversión", "en": "Investment"},
    "chart.fcff": {"es": "Flujo del proyecto (FCFF)", "en": "Project cash flow (FCFF)"},
    "chart.fcfe": {"es": "Flujo del inversionista (FCFE)", "en": "Equity cash flow (FCFE)"},
    "chart.dscr": {"es": "ICSD frente al covenant", "en": "DSCR against the covenant"},
    "chart.dscr_line": {"es": "ICSD", "en": "DSCR"},
    "chart.covenant": {"es": "Covenant ({value})", "en": "Covenant ({value})"},
    "chart.lockup": {"es": "Bloqueo de dividendos ({value})",
                     "en": "Dividend lock-up ({value})"},
    "chart.no_debt": {"es": "Sin servicio de deuda", "en": "No debt service"},
    "chart.debt": {"es": "Saldo de la deuda", "en": "Debt outstanding"},
    "chart.debt_line": {"es": "Deuda", "en": "Debt"},
    "chart.dsra": {"es": "Cuenta de reserva (DSRA)", "en": "Reserve account (DSRA)"},
    "chart.equity_cash": {"es": "Caja acumulada del inversionista",
                          "en": "Cumulative equity cash"},
    "chart.cumulative_fcfe": {"es": "FCFE acumulado", "en": "Cumulative FCFE"},
    "chart.period": {"es": "Periodo", "en": "Period"},
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
    # Guardrails: legal rules (GLOSSARY "Rules to check")
    "term_exceeds_legal": {
        "es": "El plazo con prórrogas ({years:g} años) supera el máximo legal de {limit:g} años "
              "(Ley 1508 de 2012, art. 6).",
        "en": "The term including extensions ({years:g} years) exceeds the legal maximum of "
              "{limit:g} years (Ley 1508 de 2012, art. 6).",
    },
    "public_disbursements_cap": {
        "es": "Los desembolsos públicos (aporte + pagos por disponibilidad, en valor presente) "
              "son {share:.1%} de la inversión; en una iniciativa privada el tope es {cap:.0%} "
              "(Ley 1508, art. 17).",
        "en": "Public disbursements (grant + availability payments, in present value) are "
              "{share:.1%} of the investment; for a private initiative the cap is {cap:.0%} "
              "(Ley 1508, art. 17).",
    },
    "public_use_lease": {
        "es": "Un bien de uso público es inalienable y no puede arrendarse: use concesión, APP o "
              "aprovechamiento económico.",
        "en": "A public-use property is inalienable and cannot be leased: use a concession, an "
              "APP or economic use of public space.",
    },
    "availability_service_levels": {
        "es": "Los pagos por disponibilidad deben depender de la disponibilidad y de los niveles "
              "de servicio; el modelo los supone pagados completos.",
        "en": "Availability payments must depend on availability and service levels; the model "
              "assumes they are paid in full.",
    },
    "no_value_for_money": {
        "es": "Una APP requiere análisis de valor por dinero: ingrese el costo del comparador "
              "público (Resolución DNP 3656 de 2012, anexo de la Resolución 857 de 2023).",
        "en": "An APP needs a value-for-money analysis: enter the public sector comparator's "
              "cost (DNP Resolución 3656 de 2012, annex of Resolución 857 de 2023).",
    },
    "aeep_term": {
        "es": "El aprovechamiento económico del espacio público es temporal (hasta un año, "
              "renovable; Decreto 2148 de 2015): un plazo de {years:g} años supone renovaciones.",
        "en": "Economic use of public space is temporary (up to a year, renewable; Decreto 2148 "
              "de 2015): a term of {years:g} years assumes renewals.",
    },
    "bic_intervention": {
        "es": "El inmueble es un Bien de Interés Cultural: su intervención requiere autorización "
              "y la inversión lleva obligaciones de conservación.",
        "en": "The property is a heritage asset (BIC): its intervention needs authorisation and "
              "its investment carries conservation obligations.",
    },
    "contingent_liabilities": {
        "es": "El Distrito asume pagos o aportes: los pasivos contingentes retenidos requieren "
              "aportes al Fondo de Contingencias.",
        "en": "The District makes payments or contributions: retained contingent liabilities "
              "need contributions to the Fondo de Contingencias.",
    },
    # Guardrails: inputs that make no sense
    "ramp_up_too_long": {
        "es": "La curva de ocupación tiene {k} años pero la línea opera {years:g}: los años "
              "sobrantes no se usan.",
        "en": "The occupancy curve has {k} years but the line operates {years:g}: the extra "
              "years are never used.",
    },
    "line_never_active": {
        "es": "La línea empieza en el año de operación {start:g}, después del fin de la "
              "operación ({years:g} años): nunca está activa.",
        "en": "The line starts in operating year {start:g}, after the operation ends ({years:g} "
              "years): it is never active.",
    },
    "zero_driver": {
        "es": "La línea es por {driver} pero su {driver} es cero: no produce nada.",
        "en": "The line is per {driver} but its {driver} is zero: it produces nothing.",
    },
    "leasable_area_exceeded": {
        "es": "Las líneas de arriendo suman {total:,.0f} m², más que el área arrendable del "
              "inmueble ({area:,.0f} m²).",
        "en": "The rent lines add up to {total:,.0f} m², more than the property's leasable "
              "area ({area:,.0f} m²).",
    },
    "percent_above_one": {
        "es": "Es una línea de porcentaje y su valor es {value:g}, es decir {value:.0%}: los "
              "porcentajes se escriben como fracción (0,10 = 10 %).",
        "en": "This is a percentage line and its value is {value:g}, that is {value:.0%}: "
              "percentages are written as fractions (0.10 = 10 %).",
    },
    "no_revenue": {
        "es": "El modelo no tiene ingresos ni pagos por disponibilidad.",
        "en": "The model has no revenue and no availability payments.",
    },
    "duplicate_name": {
        "es": "El nombre '{name}' se repite; cada línea necesita un nombre propio.",
        "en": "The name '{name}' is used twice; each line needs a name of its own.",
    },
    "tenor_after_term": {
        "es": "La deuda vence {tenor:g} años después del inicio de la operación, después del "
              "fin de la concesión ({years:g} años).",
        "en": "The debt matures {tenor:g} years after operation starts, after the concession "
              "ends ({years:g} years).",
    },
    "grace_not_before_tenor": {
        "es": "La gracia ({grace:g} años) debe ser menor que el plazo de la deuda ({tenor:g}).",
        "en": "The grace period ({grace:g} years) must be shorter than the tenor ({tenor:g}).",
    },
    "grant_without_capex": {
        "es": "Hay un aporte de capital pero no hay inversión de construcción que financiar.",
        "en": "There is a capital grant but no construction investment for it to fund.",
    },
    "grant_exceeds_capex": {
        "es": "El aporte del Distrito supera la inversión: financiaría más del 100 %.",
        "en": "The District's grant exceeds the investment: it would fund more than 100 %.",
    },
    "target_below_covenant": {
        "es": "El ICSD objetivo de la amortización esculpida ({target:.2f}x) es menor que el "
              "covenant ({covenant:.2f}x).",
        "en": "The sculpting target DSCR ({target:.2f}x) is below the covenant "
              "({covenant:.2f}x).",
    },
    "maintenance_never": {
        "es": "El mantenimiento cada {every:g} años nunca ocurre en {years:g} años de operación.",
        "en": "Maintenance every {every:g} years never occurs in {years:g} operating years.",
    },
    # Guardrails on results
    "dscr_below_covenant": {
        "es": "El ICSD cae por debajo del covenant ({covenant:.2f}x) en {periods}; mínimo "
              "{minimum:.2f}x.",
        "en": "The DSCR falls below the covenant ({covenant:.2f}x) in {periods}; minimum "
              "{minimum:.2f}x.",
    },
    "dscr_below_one": {
        "es": "El flujo no alcanza para el servicio de la deuda en {periods}: la reserva o los "
              "socios lo cubren.",
        "en": "Cash flow does not cover debt service in {periods}: the reserve or the sponsors "
              "cover it.",
    },
    "equity_support": {
        "es": "Los socios deben aportar {amount:,.0f} adicionales durante la operación para "
              "cubrir faltantes ({periods}).",
        "en": "The sponsors must inject a further {amount:,.0f} during operation to cover "
              "shortfalls ({periods}).",
    },
    "lockup": {
        "es": "Los dividendos quedan bloqueados (ICSD bajo el umbral) en {periods}.",
        "en": "Distributions are locked up (DSCR below the threshold) in {periods}.",
    },
    "irr_missing": {
        "es": "La {metric} {reason}.",
        "en": "The {metric} {reason}.",
    },
    "balance_not_zero": {
        "es": "El balance no cuadra: diferencia máxima {difference:.6g}. Es un error del "
              "modelo; por favor repórtelo.",
        "en": "The balance sheet does not balance: largest difference {difference:.6g}. This "
              "is a model error; please report it.",
    },
    # Inputs the engine cannot evaluate (core InputError)
    "input.schedule_length": {
        "es": "da {shares} fracciones pero la construcción tiene {periods} periodos",
        "en": "gives {shares} shares but construction has {periods} periods"},
    "input.schedule_sum": {
        "es": "las fracciones deben sumar 1 (100 %)",
        "en": "the shares must add up to 1 (100 %)"},
    "input.capex_without_construction": {
        "es": "una inversión necesita una fase de construcción de al menos un periodo",
        "en": "an investment needs a construction phase of at least one period"},
    "input.funding_diverges": {
        "es": "la financiación de la construcción no converge (intereses y comisiones superan "
              "lo que financian)",
        "en": "the funding of the construction phase does not converge (interest and fees "
              "exceed what they fund)"},
    "input.debt_over_needs": {
        "es": "la deuda supera el 100 % de las necesidades de financiación ({needs:,.2f})",
        "en": "the debt exceeds 100 % of the funding needs ({needs:,.2f})"},
    "input.sculpting_diverges": {
        "es": "la amortización esculpida no converge",
        "en": "the sculpted repayment does not converge"},
    "input.no_cpi": {
        "es": "indique al menos una tasa de inflación",
        "en": "give at least one inflation rate"},
    "input.circular_line": {
        "es": "'{name}' depende de sí misma a través de líneas de porcentaje",
        "en": "'{name}' depends on itself through percentage lines"},
    "input.no_such_line": {
        "es": "ninguna línea de ingreso se llama '{name}'",
        "en": "no revenue line is named '{name}'"},
    "input.unknown_kind": {
        "es": "tipo desconocido '{kind}'",
        "en": "unknown kind '{kind}'"},
    "input.growth_above_rate": {
        "es": "el crecimiento nominal debe ser menor que la tasa de descuento ({rate})",
        "en": "the nominal growth must stay below the discount rate ({rate})"},
    "input.whole_periods": {
        "es": "la duración debe llenar periodos completos; da {periods:g} periodos — cambie la "
              "duración o los periodos por año",
        "en": "the duration must fill whole periods; it gives {periods:g} periods — change "
              "the length or the periods per year"},
    "input.periods_per_year": {
        "es": "debe ser 1, 2, 4 o 12; es {ppy}",
        "en": "must be 1, 2, 4 or 12; got {ppy}"},
    "input.not_a_date": {
        "es": "'{text}' no es una fecha (se espera AAAA-MM-DD)",
        "en": "'{text}' is not a date (expected YYYY-MM-DD)"},
    "input.negative": {
        "es": "no puede ser negativo",
        "en": "cannot be negative"},
    "input.no_operation": {
        "es": "la operación debe durar al menos un periodo",
        "en": "the operation must last at least one period"},
    "input.start_mid_month": {
        "es": "el modelo debe empezar el primer día de un mes",
        "en": "the model must start on the first day of a month"},
    "share_of_iterations": {
        "es": "(en {share:.0%} de las iteraciones) ",
        "en": "(in {share:.0%} of the iterations) ",
    },
    # Paths to inputs (core.paths.PathError): the path, then what is wrong with it. Positions
    # count from 0 as in the path itself; characters of the path count from 1.
    "path.error": {"es": "{path}: {reason}", "en": "{path}: {reason}"},
    "path.error.not_text": {"es": "una ruta debe ser texto", "en": "a path must be text"},
    "path.error.empty": {"es": "la ruta está vacía", "en": "the path is empty"},
    "path.error.field_expected": {
        "es": "se esperaba un nombre de campo en el carácter {at}{found}",
        "en": "expected a field name at character {at}{found}"},
    "path.error.dot_expected": {"es": "se esperaba '.' o '[' en el carácter {at}{found}",
                                "en": "expected '.' or '[' at character {at}{found}"},
    "path.found.char": {"es": ", pero hay {char}", "en": ", found {char}"},
    "path.found.end": {"es": " (ahí termina la ruta)", "en": " (the path ends there)"},
    "path.error.bracket_expected": {
        "es": "se esperaba ']' después del nombre entre comillas, en el carácter {at}",
        "en": "expected ']' after the quoted name at character {at}"},
    "path.error.unclosed_bracket": {"es": "el '[' del carácter {at} no se cierra",
                                    "en": "'[' at character {at} is never closed"},
    "path.error.empty_brackets": {"es": "corchetes vacíos en el carácter {at}",
                                  "en": "empty brackets at character {at}"},
    "path.error.quote_name": {"es": "escriba el nombre completo entre comillas dobles: {name}",
                              "en": "put the whole name in double quotes: {name}"},
    "path.error.negative_position": {
        "es": "las posiciones se cuentan desde 0; no se admite {position}",
        "en": "positions count from 0; {position} is not allowed"},
    "path.error.huge_position": {"es": "la posición {position} es demasiado grande",
                                 "en": "position {position} is far too large"},
    "path.error.backslash": {
        "es": "entre comillas, después de una barra invertida solo puede ir \\\" o \\\\ "
              "(carácter {at})",
        "en": "inside quotes only \\\" and \\\\ may follow a backslash (character {at})"},
    "path.error.unclosed_quote": {"es": "las comillas de un nombre no se cierran",
                                  "en": "a quoted name is never closed"},
    "path.error.single_value": {
        "es": "{place} es un valor único; después de él no puede ir nada",
        "en": "{place} is a single value; nothing can follow it"},
    "path.error.not_a_list": {"es": "{place} no es una lista; indique uno de sus campos: {names}",
                              "en": "{place} is not a list; name one of its fields: {names}"},
    "path.word.model": {"es": "el modelo", "en": "the model"},
    "path.word.none": {"es": "ninguno", "en": "none"},
    "path.error.unknown_field": {
        "es": "campo desconocido {name} {where}; nombres válidos: {names}{hint}",
        "en": "unknown field {name} {where}; valid names: {names}{hint}"},
    "path.where.in": {"es": "en {place}", "en": "in {place}"},
    "path.where.top": {"es": "en el nivel superior", "en": "at the top level"},
    "path.hint.did_you_mean": {"es": "; ¿quiso decir {name}?", "en": "; did you mean {name}?"},
    "path.error.lines_by_position": {
        "es": "{place} es una lista de líneas; elija una por posición o por nombre, p. ej. "
              "{example}",
        "en": "{place} is a list of lines; pick one by position or by name, e.g. {example}"},
    "path.error.no_line": {
        "es": "no existe la línea en la posición {position} de {place}: {count}",
        "en": "there is no line {position} in {place}: {count}"},
    "path.error.same_name": {
        "es": "{n} líneas de {place} se llaman {name}; elija una por posición",
        "en": "{n} lines of {place} are named {name}; pick one by position"},
    "path.error.no_line_named": {
        "es": "ninguna línea de {place} se llama {name}; nombres: {names}",
        "en": "no line of {place} is named {name}; names: {names}"},
    "path.count.lines.none": {"es": "no tiene líneas", "en": "it has no lines"},
    "path.count.lines.one": {"es": "tiene 1 línea, en la posición 0",
                             "en": "it has 1 line, at position 0"},
    "path.count.lines.many": {"es": "tiene {n} líneas, en las posiciones 0 a {last}",
                              "en": "it has {n} lines, at positions 0 to {last}"},
    "path.count.elements.none": {"es": "no tiene elementos", "en": "it has no elements"},
    "path.count.elements.one": {"es": "tiene 1 elemento, en la posición 0",
                                "en": "it has 1 element, at position 0"},
    "path.count.elements.many": {"es": "tiene {n} elementos, en las posiciones 0 a {last}",
                                 "en": "it has {n} elements, at positions 0 to {last}"},
    "path.error.elements_by_position": {
        "es": "los elementos de {place} se eligen por posición, p. ej. {example}",
        "en": "the elements of {place} are picked by position, e.g. {example}"},
    "path.error.no_element": {
        "es": "no existe el elemento en la posición {position} de {place}: {count}; para "
              "alargar la lista, asígnela completa, p. ej. {example}",
        "en": "{place} has no element {position}: {count}; to make it longer, set the whole "
              "list, e.g. {example}"},
    "path.error.not_one_input": {
        "es": "{place} no es un solo supuesto; indique uno de sus campos: {names}",
        "en": "{place} is not one input; name one of its fields: {names}"},
    "path.error.lines_not_input": {
        "es": "{place} es una lista de líneas, no un solo supuesto; elija una línea y un "
              "campo, p. ej. {example}",
        "en": "{place} is a list of lines, not one input; pick a line and a field, e.g. "
              "{example}"},
    "path.error.value_not_text": {"es": "se esperaba el valor como texto; se recibió {value}",
                                  "en": "expected the value as text, got {value}"},
    "path.error.list_expected": {
        "es": "este supuesto es una lista; indique una lista de valores, no {value}",
        "en": "this input is a list; give a list of values, not {value}"},
    "path.error.one_value": {
        "es": "este supuesto toma un solo valor, no {value}; para varias iteraciones a la vez, "
              "indique un arreglo de numpy de forma (n,)",
        "en": "this input takes one value, not {value}; for several iterations at once give a "
              "numpy array of shape (n,)"},
    "path.error.array_shape": {"es": "un arreglo de valores debe tener forma (n,), no {shape}",
                               "en": "an array of values must have shape (n,), not {shape}"},
    "path.error.same_input": {"es": "nombra el mismo supuesto que {other}",
                              "en": "names the same input as {other}"},
    # A value an input does not take (core.specs.InvalidValue), after the path or the place in
    # the file that holds it. Values are shown as the file writes them ("diez", true, null).
    "spec.error.not_number": {"es": "se esperaba un número; se recibió {value}",
                              "en": "expected a number, got {value}"},
    "spec.error.decimal_comma": {
        "es": "se esperaba un número; se recibió {value}; use el punto como separador decimal",
        "en": "expected a number, got {value}; use a dot as the decimal separator"},
    "spec.error.too_large": {
        "es": "{value} es demasiado grande (un número puede valer como máximo 1e15 en valor "
              "absoluto)",
        "en": "{value} is too large (numbers may be at most 1e15 in size)"},
    "spec.error.not_finite": {"es": "{value} no es un número finito",
                              "en": "{value} is not a finite number"},
    "spec.error.below": {"es": "{value} está por debajo del mínimo de {lo}{unit}",
                         "en": "{value} is below the minimum {lo}{unit}"},
    "spec.error.above": {"es": "{value} supera el máximo de {hi}{unit}",
                         "en": "{value} is above the maximum {hi}{unit}"},
    "spec.error.not_whole": {"es": "se esperaba un número entero; se recibió {value}",
                             "en": "expected a whole number, got {value}"},
    "spec.error.not_boolean": {"es": "se esperaba true o false; se recibió {value}",
                               "en": "expected true or false, got {value}"},
    "spec.error.not_choice": {"es": "{value} no es una de las opciones: {options}",
                              "en": "{value} is not one of: {options}"},
    "spec.error.not_text": {"es": "se esperaba un texto; se recibió {value}",
                            "en": "expected text, got {value}"},
    "spec.error.line_break": {
        "es": "{value} contiene saltos de línea o caracteres de control (U+{code})",
        "en": "{value} contains line breaks or control characters (U+{code})"},
    "spec.error.control": {"es": "{value} contiene caracteres de control (U+{code})",
                           "en": "{value} contains control characters (U+{code})"},
    "spec.error.surrogate": {
        "es": "{value} contiene un carácter Unicode no válido (un sustituto aislado)",
        "en": "{value} contains an invalid Unicode character (a lone surrogate)"},
    "spec.error.form": {"es": "{value} no es {form}", "en": "{value} is not {form}"},
    "spec.word.expected_form": {"es": "de la forma esperada", "en": "of the expected form"},
    # The forms a file's text fields take (fileformat.wrapper), said after "is not".
    "file.form.timestamp": {
        "es": "una fecha y hora como 2027-01-31T09:30:00+00:00 (o vacío)",
        "en": "a date and time such as 2027-01-31T09:30:00+00:00, or empty"},
    "file.form.hash": {"es": "sha256: seguido de 64 dígitos hexadecimales (o vacío)",
                       "en": "sha256: and 64 hexadecimal digits, or empty"},
    "file.form.name": {"es": "un nombre (no puede quedar en blanco)",
                       "en": "a name (it may not be blank)"},
    "spec.error.not_date": {"es": "{value} no es una fecha en formato AAAA-MM-DD",
                            "en": "{value} is not a date written YYYY-MM-DD"},
    "spec.error.not_list": {"es": "se esperaba una lista de números; se recibió {value}",
                            "en": "expected a list of numbers, got {value}"},
    "spec.error.not_json_list": {
        "es": "se esperaba una lista JSON como [0.5, 0.8]; se recibió {value}",
        "en": "expected a JSON list such as [0.5, 0.8], got {value}"},
    # A value shown in a message that has no JSON form (core.specs.show).
    "spec.shown.array": {"es": "un arreglo de forma {shape}", "en": "an array of shape {shape}"},
    "spec.shown.other": {"es": "un valor de tipo {type}", "en": "a {type}"},
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
