"""Texts of the vehicle workbook (:mod:`pppmodeler.report.vehicle`).

Keys start with "report.vbook." so the report's ``Words`` finds them as ``vbook.*``; the
workbook also reuses the report's col.*, cover.*, unit.* keys, line.*, status.* and the
vehicle's vehicle.metric.* and vehicle.column.*.
"""

from __future__ import annotations

_TEXTS: dict[str, tuple[str, str]] = {
    # sheets: names (at most 31 characters), printed titles, what each holds (cover)
    "sheet.cover": ("Portada", "Cover"),
    "sheet.consolidated": ("Consolidado", "Consolidated"),
    "sheet.inputs": ("Supuestos", "Inputs"),
    "sheet.holdings": ("Inmuebles", "Properties"),
    "sheet.ranking": ("Priorización", "Ranking"),
    "sheet.map": ("Mapa", "Map"),
    "sheet.lines": ("Líneas por inmueble", "Lines by property"),
    "sheet.consolidated.heading": ("Vehículo consolidado: inmuebles, caja, balance e indicadores",
                                   "Consolidated vehicle: properties, cash, balance sheet and "
                                   "metrics"),
    "sheet.inputs.heading": ("Supuestos del vehículo", "Inputs of the vehicle"),
    "sheet.holdings.heading": ("Inmuebles del vehículo", "Properties of the vehicle"),
    "sheet.ranking.heading": ("Priorización de los inmuebles por su aporte al Distrito",
                              "Ranking of the properties by what they bring the District"),
    "sheet.map.heading": ("Mapa del portafolio", "Map of the portfolio"),
    "sheet.lines.heading": ("Líneas anuales de cada inmueble",
                            "Annual lines of each property"),
    "sheet.consolidated.about": (
        "suma de los inmuebles, gastos, deuda y caja del vehículo, dividendos, balance y su "
        "control, flujos del Distrito y del socio e indicadores (fórmulas)",
        "sum of the properties, the vehicle's costs, debt and cash, dividends, balance sheet "
        "and its check, District and partner flows and metrics (formulas)"),
    "sheet.inputs.about": ("términos del vehículo, cada uno con su nombre definido",
                           "the vehicle's terms, each with its defined name"),
    "sheet.holdings.about": ("una fila por inmueble con sus indicadores (valores)",
                             "one row per property with its metrics (values)"),
    "sheet.ranking.about": ("los inmuebles ordenados por su VPN para el Distrito en el "
                            "vehículo (valores)",
                            "the properties ranked by their NPV to the District in the vehicle "
                            "(values)"),
    "sheet.map.about": ("los inmuebles en el mapa, coloreados por su VPN para el Distrito",
                        "the properties on the map, coloured by their NPV to the District"),
    "sheet.lines.about": (
        "las líneas anuales de cada inmueble según su propio modelo, que Consolidado suma "
        "(valores calculados por pppmodeler, no fórmulas). Hoja oculta para que no se imprima: "
        "para verla, clic derecho en una pestaña › Mostrar, o Formato › Hoja › Mostrar",
        "each property's annual lines from its own model, which Consolidated sums (values "
        "pppmodeler computed, not formulas). A hidden sheet, so that it does not print: to "
        "show it, right-click a sheet tab › Unhide, or Format › Sheet › Unhide"),
    # notes
    "note.lines": (
        "Valores calculados por pppmodeler con el modelo de cada inmueble, llevados a años "
        "calendario (flujos sumados en el año; saldos al cierre del año) y a la unidad del "
        "vehículo.",
        "Values computed by pppmodeler from each property's model, brought to calendar years "
        "(flows summed over the year; balances at the end of the year) and to the vehicle's "
        "unit."),
    "note.consolidated": (
        "Fórmulas vivas: una por fila, igual en cada año, a partir de la hoja Supuestos y de "
        "las líneas de los inmuebles. Flujos al final de cada año.",
        "Live formulas: one per row, the same in every year, from the Inputs sheet and the "
        "properties' lines. Flows at the end of each year."),
    "note.sums": ("Cada línea es la suma de su sección en la hoja {sheet} (oculta: la Portada "
                  "dice cómo mostrarla).",
                  "Each line is the sum of its section of the {sheet} sheet (hidden: the Cover "
                  "says how to show it)."),
    "note.holdings": (
        "Valores, no fórmulas: los indicadores de cada inmueble según su propio modelo (dinero "
        "en la unidad del vehículo); el VPN para el Distrito en el vehículo descuenta sus flujos "
        "como el vehículo.",
        "Values, not formulas: each property's metrics from its own model (money in the "
        "vehicle's unit); the NPV to the District in the vehicle discounts its flows as the "
        "vehicle does."),
    "note.ranking": (
        "Las mismas filas de la hoja de inmuebles, de mayor a menor VPN para el Distrito en el "
        "vehículo.",
        "The same rows as the properties sheet, from the largest NPV to the District in the "
        "vehicle to the smallest."),
    "note.map": (
        "Cada punto es un inmueble; color según su VPN para el Distrito en el vehículo, tamaño "
        "según su área.",
        "Each point is a property; colour by its NPV to the District in the vehicle, size by "
        "its area."),
    # cover
    "cover.title": ("Vehículo corporativo: modelo consolidado",
                    "Corporate vehicle: consolidated model"),
    "cover.properties": ("Inmuebles incluidos", "Properties included"),
    "cover.years": ("Años", "Years"),
    "cover.file": ("Archivo del vehículo", "Vehicle file"),
    "cover.headline": ("Resultados principales (ver Consolidado)",
                       "Main results (see Consolidated)"),
    "cover.formulas": (
        "Las hojas de cálculo propias del vehículo (Consolidado) llevan fórmulas vivas que "
        "parten de la hoja Supuestos; las líneas de los inmuebles (Líneas por inmueble) son los "
        "valores calculados por pppmodeler con el modelo de cada uno. Cada fórmula guarda "
        "también el valor del motor, de modo que el libro se lee igual sin recalcular.",
        "The vehicle's own calculation sheet (Consolidated) carries live formulas that start "
        "from the Inputs sheet; the properties' lines (Lines by property) are the values "
        "pppmodeler computed from each property's model. Every formula also stores the "
        "engine's value, so the workbook reads the same without recalculation."),
    # headings of Consolidado
    "heading.calendar": ("Calendario e índice de precios", "Calendar and price index"),
    "heading.properties": ("Inmuebles consolidados", "Consolidated properties"),
    "heading.vehicle": ("Partidas propias del vehículo", "The vehicle's own items"),
    "heading.debt": ("Deuda del vehículo (gracia, luego anualidad)",
                     "Vehicle debt (grace, then annuity)"),
    "heading.cash": ("Caja, aportes y dividendos", "Cash, contributions and dividends"),
    "heading.balance": ("Balance consolidado", "Consolidated balance sheet"),
    "heading.shareholders": ("Flujos del Distrito y del socio",
                             "District and partner flows"),
    "heading.metrics": ("Indicadores del vehículo", "Vehicle metrics"),
    # rows
    "row.year": ("Año", "Year"),
    "row.cpi_count": ("Años de la trayectoria del IPC", "Years in the CPI path"),
    "row.last_year": ("Último año", "Last year"),
    "row.years_since_start": ("Años desde la constitución", "Years since incorporation"),
    "row.start_flag": ("Año de constitución", "Year of incorporation"),
    "row.last_flag": ("Último año (liquidación)", "Last year (wind-up)"),
    "row.years_since_base": ("Años desde el año base", "Years since the base year"),
    "row.cpi_index": ("Índice de precios (IPC, 1 en el año base)",
                      "Price index (CPI, 1 in the base year)"),
    "row.cpi_of_year": ("IPC del año", "CPI of the year"),
    "row.cpi_path_year": ("Año de la trayectoria del IPC (1 = año base)",
                          "Year of the CPI path (1 = base year)"),
    "row.cpi_growth": ("1 + IPC", "1 + CPI"),
    "row.cpi_level": ("Producto acumulado de 1 + IPC", "Running product of 1 + CPI"),
    "row.from_properties": ("Caja de los inmuebles (distribuciones − aportes)",
                            "Cash from the properties (distributions − equity injected)"),
    "row.overheads": ("Gastos generales (indexados)", "Overheads (indexed)"),
    "row.structuring": ("Costos de estructuración", "Structuring costs"),
    "row.partner_equity": ("Aporte de capital del socio", "Partner's equity"),
    "row.debt_drawn": ("Deuda desembolsada", "Debt drawn"),
    "row.debt_payment": ("Cuota anual de la deuda", "Annual debt payment"),
    "row.debt_opening": ("Saldo inicial de la deuda", "Opening debt balance"),
    "row.serving_flag": ("Año con servicio de la deuda", "Year with debt service"),
    "row.repaying_flag": ("Año de amortización de la deuda", "Year of debt repayment"),
    "row.debt_grace": ("Años de gracia aplicados (el último año del plazo siempre amortiza)",
                       "Grace years applied (the tenor's last year always repays)"),
    "row.interest": ("Intereses", "Interest"),
    "row.principal": ("Amortización", "Principal"),
    "row.debt_balance": ("Saldo final de la deuda", "Closing debt balance"),
    "row.debt_service": ("Servicio de la deuda", "Debt service"),
    "row.dscr": ("ICSD del vehículo", "Vehicle DSCR"),
    "row.cash_before": ("Caja del año antes de aportes y dividendos",
                        "Cash of the year before contributions and dividends"),
    "row.available_before": ("Caja disponible antes de aportes",
                             "Cash available before contributions"),
    "row.contributions": ("Aportes de los socios", "Shareholder contributions"),
    "row.available": ("Caja disponible", "Cash available"),
    "row.minimum_cash": ("Caja mínima (indexada)", "Minimum cash (indexed)"),
    "row.payout": ("Proporción repartida", "Share paid out"),
    "row.dividends": ("Dividendos", "Dividends"),
    "row.cash": ("Caja retenida al cierre", "Cash kept at the end of the year"),
    "row.total_assets": ("Activos totales", "Total assets"),
    "row.total_liabilities": ("Pasivos totales", "Total liabilities"),
    "row.paid_in": ("Capital pagado", "Paid-in equity"),
    "row.retained": ("Utilidades retenidas", "Retained earnings"),
    "row.balance_check": ("Control: activos − pasivos − patrimonio",
                          "Check: assets − liabilities − equity"),
    "row.balance_check_max": ("Control del balance (mayor diferencia)",
                              "Balance check (largest difference)"),
    "row.district_share": ("Participación del Distrito en el vehículo",
                           "District's share of the vehicle"),
    "row.district_standalone": ("Flujos del Distrito con concesiones independientes",
                                "District flows with stand-alone concessions"),
    "row.district_vehicle": ("Flujos del Distrito con el vehículo",
                             "District flows with the vehicle"),
    "row.partner": ("Flujos del socio privado", "Private partner's flows"),
    "row.cumulative_contributions": ("Aportes acumulados", "Cumulative contributions"),
    "row.social_growth": ("1 + tasa social nominal del año",
                          "1 + nominal social rate of the year"),
    "row.social_factor": ("Factor de descuento social (fin de año)",
                          "Social discount factor (end of year)"),
    # the properties' lines that the core catalogue does not name
    "line.gmf": ("GMF (4 por mil)", "GMF (financial transactions tax)"),
    "line.write_off": ("Castigo de activos al revertir", "Write-off at reversion"),
    "line.ebt": ("Utilidad antes de impuestos", "Earnings before tax"),
    "line.return_share": ("Participación del Distrito en el exceso de retorno",
                          "District's share of excess returns"),
    "line.grant": ("Aporte de capital del Distrito", "District capital grant"),
    "line.cash_balance": ("Caja", "Cash"),
    "line.receivables": ("Cuentas por cobrar", "Receivables"),
    "line.payables": ("Cuentas por pagar", "Payables"),
    "line.fixed_assets": ("Activos fijos", "Fixed assets"),
    "line.total_assets": ("Activos totales", "Total assets"),
    "line.paid_in_equity": ("Capital pagado", "Paid-in equity"),
    "line.retained_earnings": ("Utilidades retenidas", "Retained earnings"),
    "line.total_liabilities_equity": ("Pasivos y patrimonio", "Liabilities and equity"),
    # columns of the properties' table
    "column.rank": ("Puesto", "Rank"),
    "column.code": ("Código", "Code"),
    "column.name": ("Nombre", "Name"),
    "column.kind": ("Tipo de bien", "Property type"),
    "column.comuna": ("Comuna", "Comuna"),
    "column.area_m2": ("Área (m²)", "Area (m²)"),
}
TEXTS = {f"report.vbook.{k}": {"es": es, "en": en} for k, (es, en) in _TEXTS.items()}
