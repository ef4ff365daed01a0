"""Texts of the engine, its messages and the command line: metrics, statuses, units, rules,
what is wrong with an input or a path (the files' texts are in :mod:`.files`, the desktop's
main window's in :mod:`.gui`)."""

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
}
