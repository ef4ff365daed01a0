"""One catalogue of user-facing texts in Spanish (es-CO, the default) and English.

Texts are keyed; placeholders use ``str.format`` names and must be the same in both languages
(a test checks it). The core, the command line and (later) the report and the GUI all look up
their texts here, so none of them needs Qt to speak Spanish.
"""

from __future__ import annotations

LANGUAGES = ("es", "en")
DEFAULT_LANGUAGE = "es"

CATALOGUE: dict[str, dict[str, str]] = {
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
    "input_error": {
        "es": "{text}",
        "en": "{text}",
    },
    "share_of_iterations": {
        "es": "(en {share:.0%} de las iteraciones) ",
        "en": "(in {share:.0%} of the iterations) ",
    },
}


def tr(key: str, lang: str = DEFAULT_LANGUAGE, **values) -> str:
    """The text ``key`` in ``lang`` with its placeholders filled."""
    entry = CATALOGUE[key]
    return entry.get(lang, entry[DEFAULT_LANGUAGE]).format(**values)
