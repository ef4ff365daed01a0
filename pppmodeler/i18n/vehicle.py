"""Texts of the corporate vehicle (metrics, the command line), shared by every surface."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "vehicle.metric.partner_irr": {"es": "TIR del socio privado (nominal)",
                                   "en": "Private partner's IRR (nominal)"},
    "vehicle.metric.partner_npv": {"es": "VPN del socio privado", "en": "Private partner's NPV"},
    "vehicle.metric.district_npv_vehicle": {
        "es": "VPN del Distrito con el vehículo", "en": "District NPV with the vehicle"},
    "vehicle.metric.district_npv_standalone": {
        "es": "VPN del Distrito con concesiones independientes",
        "en": "District NPV with stand-alone concessions"},
    "vehicle.metric.district_gain": {"es": "Ganancia del Distrito por el vehículo",
                                     "en": "District's gain from the vehicle"},
    "vehicle.metric.peak_contributions": {"es": "Aportes máximos de los socios (acumulados)",
                                          "en": "Peak shareholder contributions (cumulative)"},
    "vehicle.metric.min_vehicle_dscr": {"es": "ICSD mínimo de la deuda del vehículo",
                                        "en": "Minimum DSCR of the vehicle debt"},
    "vehicle.metric.total_dividends": {"es": "Dividendos totales (nominales)",
                                       "en": "Total dividends (nominal)"},
    "vehicle.cli.title": {"es": "Vehículo: {name} — {count} inmuebles",
                          "en": "Vehicle: {name} — {count} properties"},
    "vehicle.cli.properties": {"es": "Inmuebles", "en": "Properties"},
    "vehicle.column.code": {"es": "Código", "en": "Code"},
    "vehicle.column.name": {"es": "Nombre", "en": "Name"},
    "vehicle.column.kind": {"es": "Tipo", "en": "Type"},
    "vehicle.column.comuna": {"es": "Comuna", "en": "Comuna"},
    "vehicle.column.district_npv_in_vehicle": {
        "es": "VPN de sus flujos al Distrito (años calendario)",
        "en": "NPV of its District flows (calendar years)"},
    "vehicle.cli.calendar_note": {
        "es": "Los flujos de cada inmueble se suman por año calendario y se descuentan a fin de "
              "año desde el 1 de enero de {year}; por eso la columna puede diferir del VPN del "
              "Distrito del modelo propio del inmueble (periodos trimestrales, otra fecha de "
              "inicio). Sumada, da el VPN con concesiones independientes.",
        "en": "Each property's flows are summed by calendar year and discounted at year end "
              "from 1 January {year}; the column may therefore differ from the District NPV of "
              "the property's own model (quarterly periods, another start date). Added up, it "
              "gives the NPV with stand-alone concessions."},
    "vehicle.check.empty": {
        "es": "El vehículo no tiene inmuebles incluidos: sus indicadores son cero",
        "en": "The vehicle has no included properties: its metrics are zero"},
    "chart.map.no_value": {"es": "sin valor", "en": "no value"},
    "chart.map.longitude": {"es": "Longitud (°)", "en": "Longitude (°)"},
    "chart.map.latitude": {"es": "Latitud (°)", "en": "Latitude (°)"},
    "chart.map.caption": {"es": "{shown} de {total} inmuebles; tamaño según el área",
                          "en": "{shown} of {total} properties; size by area"},
    "chart.map.left_off": {"es": "({count} sin coordenadas no se muestran)",
                           "en": "({count} without coordinates not shown)"},
    "vehicle.check.cpi": {
        "es": "{name}: su modelo supone una trayectoria de IPC (o un año base) distinta de la "
              "del vehículo; el vehículo indexa y descuenta con la suya",
        "en": "{name}: its model assumes a CPI path (or base year) other than the vehicle's; "
              "the vehicle indexes and discounts with its own"},
    "vehicle.check.social_rate": {
        "es": "{name}: su modelo usa otra tasa social de descuento; el vehículo descuenta "
              "con la suya",
        "en": "{name}: its model uses another social discount rate; the vehicle discounts "
              "with its own"},
    "ranking.sheet": {"es": "Priorización", "en": "Ranking"},
    "ranking.title": {"es": "Priorización de inmuebles (modelos preliminares)",
                      "en": "Ranking of properties (first models)"},
    "ranking.note": {
        "es": "Inventario: {source}. Fecha: {date}. Cada inmueble se evaluó con la muestra de "
              "su tipo escalada a su área; valores, no fórmulas.",
        "en": "Inventory: {source}. Date: {date}. Each property was evaluated with the sample "
              "of its kind scaled to its area; values, not formulas."},
    "ranking.yes": {"es": "sí", "en": "yes"},
    "ranking.no": {"es": "no", "en": "no"},
    "ranking.rank_by": {"es": "Puesto por {metric}", "en": "Rank by {metric}"},
    "ranking.column.row": {"es": "Fila del inventario", "en": "Inventory row"},
    "ranking.column.code": {"es": "Código", "en": "Code"},
    "ranking.column.name": {"es": "Nombre", "en": "Name"},
    "ranking.column.kind": {"es": "Tipo de bien", "en": "Property type"},
    "ranking.column.comuna": {"es": "Comuna", "en": "Comuna"},
    "ranking.column.area_m2": {"es": "Área (m²)", "en": "Area (m²)"},
    "ranking.column.template": {"es": "Modelo base", "en": "Template"},
    "ranking.column.unit": {"es": "Unidad monetaria", "en": "Currency unit"},
    "ranking.column.target_equity_irr": {"es": "TIR objetivo", "en": "Target equity IRR"},
    "ranking.column.viable": {"es": "Viable", "en": "Viable"},
    "ranking.column.rank": {"es": "Puesto", "en": "Rank"},
    "ranking.column.problem": {"es": "Problema", "en": "Problem"},
    "screen.cli.shown": {"es": "{shown} de {total} inmuebles (ordenados por {metric})",
                         "en": "{shown} of {total} properties (ranked by {metric})"},
    "vehicle.check.debt_cover": {
        "es": "En {count} años (desde {first}) la caja de los inmuebles, menos los gastos "
              "generales, no cubre el servicio de la deuda del vehículo: lo pagan los socios "
              "con aportes (el ICSD de esos años es menor que 1, o negativo mientras se "
              "construye)",
        "en": "In {count} years (from {first}) the properties' cash less the overheads does "
              "not cover the vehicle's debt service: the shareholders pay it with "
              "contributions (the DSCR of those years is below 1, or negative during "
              "construction)"},
    "status.no_partner": {"es": "sin socio privado", "en": "no private partner"},
    "vehicle.check.debt_above_needs": {
        "es": "La deuda del vehículo ({debt}) supera lo que su caja llega a necesitar ({need}): "
              "el exceso se reparte de inmediato como dividendos y se paga después; la ganancia "
              "del Distrito aumenta solo porque la tasa de la deuda es menor que la tasa social",
        "en": "The vehicle's debt ({debt}) exceeds what its cash ever needs ({need}): the "
              "excess is paid out at once as dividends and repaid later; the District's gain "
              "rises only because the debt rate is below the social rate"},
    "vehicle.cli.written": {"es": "{path}: vehículo escrito con {count} inmueble(s)",
                            "en": "{path}: vehicle written with {count} property(ies)"},
    "cli.not_evaluable": {"es": "los supuestos no se pueden evaluar:",
                          "en": "the inputs cannot be evaluated:"},
    # A first vehicle from an inventory (vehicle.build): what it left out or assumed.
    "vehicle.build.no_template": {
        "es": "{label}: no hay plantilla para el tipo {kind}; el inmueble queda por fuera",
        "en": "{label}: no template for kind {kind}; left out"},
    "vehicle.build.no_cadastral_value": {
        "es": "{count} inmuebles no tienen avalúo catastral; el aporte en especie del Distrito "
              "los cuenta como cero",
        "en": "{count} properties have no cadastral value; the District's contribution in "
              "kind counts them as zero"},
    "vehicle.build.no_cadastral_value_one": {
        "es": "{count} inmueble no tiene avalúo catastral; el aporte en especie del Distrito "
              "lo cuenta como cero",
        "en": "{count} property has no cadastral value; the District's contribution in kind "
              "counts it as zero"},
    # Notes of a vehicle Monte Carlo run (vehicle.montecarlo), shown under its results.
    "vmontecarlo.note.fixed_factors": {
        "es": "Factores con un solo valor en todas las iteraciones: {factors}",
        "en": "Factors that take one value in every iteration: {factors}"},
    "vmontecarlo.note.correlations_too_few": {
        "es": "{correlations}: no se imponen; {n} iteraciones son muy pocas para {k} factores "
              "(se necesitan más iteraciones que factores)",
        "en": "{correlations}: not imposed, {n} iterations are too few for {k} factors (more "
              "iterations than factors are needed)"},
}
