"""Texts of the desktop's vehicle window (:mod:`pppmodeler.gui.vehicle`); what opening a vehicle
file tells is with the files' texts in :mod:`.core`."""

from __future__ import annotations

_ACTIONS = {
    "new_inventory": ("Nuevo vehículo desde un inventario…", "New vehicle from an inventory…"),
    "open": ("Abrir vehículo…", "Open vehicle…"),
    "save": ("Guardar vehículo", "Save vehicle"),
    "save_as": ("Guardar vehículo como…", "Save vehicle as…"),
    "export": ("Exportar libro del vehículo…", "Export vehicle workbook…"),
    "close": ("Cerrar ventana del vehículo", "Close vehicle window"),
    "add_embedded": ("Agregar modelos (.pppm) copiados en el vehículo…",
                     "Add models (.pppm) copied into the vehicle…"),
    "add_file": ("Agregar modelos (.pppm) como referencia al archivo…",
                 "Add models (.pppm) as references to their files…"),
    "add_inventory": ("Agregar inmuebles desde un inventario…",
                      "Add properties from an inventory…"),
    "remove": ("Quitar del vehículo…", "Remove from the vehicle…"),
    "open_model": ("Abrir el modelo en el editor", "Open the model in the editor"),
}
_COLUMNS = {
    "included": ("Incluido", "Included"),
    "project_irr": ("TIR proyecto", "Project IRR"), "equity_irr": ("TIR inversionista",
                                                                   "Equity IRR"),
    "project_npv": ("VPN proyecto", "Project NPV"),
    "equity_npv": ("VPN inversionista", "Equity NPV"),
    "district_npv": ("VPN Distrito (concesión sola)", "District NPV (stand-alone)"),
    "min_dscr": ("ICSD mínimo", "Minimum DSCR"),
    "district_npv_in_vehicle": ("VPN Distrito en el vehículo", "District NPV in the vehicle"), "code": ("Código", "Code"),
    "name": ("Nombre", "Name"), "kind": ("Tipo", "Type"), "comuna": ("Comuna", "Comuna"),
    "area_m2": ("Área (m²)", "Area (m²)"), "source": ("Modelo", "Model"),
}
_LINES = {
    "from_properties": ("Caja recibida de los inmuebles", "Cash from the properties"),
    "overheads": ("Gastos generales", "Overheads"),
    "structuring": ("Costos de estructuración", "Structuring costs"),
    "partner_equity": ("Aporte de capital del socio", "Partner's equity"),
    "debt_drawdown": ("Desembolso de la deuda", "Debt drawn"),
    "interest": ("Intereses de la deuda", "Debt interest"),
    "principal": ("Amortización de la deuda", "Debt principal"),
    "debt_balance": ("Saldo de la deuda del vehículo", "Vehicle debt balance"),
    "contributions": ("Aportes de los socios", "Shareholders' contributions"),
    "dividends": ("Dividendos pagados", "Dividends paid"),
    "cash": ("Caja del vehículo al cierre", "Vehicle cash at year end"),
    "district": ("Flujos del Distrito con el vehículo", "District flows with the vehicle"),
    "partner": ("Flujos del socio privado", "Private partner's flows"),
    "balance_check": ("Control de balance (debe ser 0)", "Balance check (must be 0)"),
}

TEXTS: dict[str, dict[str, str]] = {
    **{f"gui.vehicle.action.{k}": {"es": es, "en": en} for k, (es, en) in _ACTIONS.items()},
    **{f"gui.vehicle.column.{k}": {"es": es, "en": en} for k, (es, en) in _COLUMNS.items()},
    **{f"gui.vehicle.line.{k}": {"es": es, "en": en} for k, (es, en) in _LINES.items()},
    "gui.vehicle.menu": {"es": "Vehículo corporativo", "en": "Corporate vehicle"},
    "gui.vehicle.main.show": {"es": "Mostrar la ventana del vehículo",
                              "en": "Show the vehicle window"},
    "gui.vehicle.main.open": {"es": "Abrir vehículo (.pppv)…", "en": "Open vehicle (.pppv)…"},
    "gui.vehicle.main.new_inventory": {"es": "Nuevo vehículo desde un inventario…",
                                       "en": "New vehicle from an inventory…"},
    "gui.vehicle.window": {"es": "Vehículo corporativo", "en": "Corporate vehicle"},
    "gui.vehicle.untitled": {"es": "Vehículo sin nombre", "en": "Untitled vehicle"},
    "gui.vehicle.tab.terms": {"es": "Términos", "en": "Terms"},
    "gui.vehicle.tab.holdings": {"es": "Inmuebles", "en": "Properties"},
    "gui.vehicle.tab.consolidation": {"es": "Consolidado", "en": "Consolidation"},
    "gui.vehicle.tab.map": {"es": "Mapa", "en": "Map"},
    "gui.vehicle.tab.montecarlo": {"es": "Montecarlo", "en": "Monte Carlo"},
    "gui.vehicle.page.terms": {"es": "Términos del vehículo", "en": "Terms of the vehicle"},
    "gui.vehicle.about.terms": {
        "es": "Constitución, costos propios, capital y deuda, dividendos y valoración del "
              "vehículo. Los montos están en la unidad del vehículo y a precios del año base; "
              "cada cambio vuelve a consolidar el vehículo.",
        "en": "The vehicle's set-up, own costs, capital and debt, dividends and valuation. "
              "Amounts are in the vehicle's unit and base-year prices; every change "
              "consolidates the vehicle again."},
    "gui.vehicle.headline": {"es": "Indicadores del vehículo", "en": "Vehicle metrics"},
    "gui.vehicle.hurdle.partner_irr": {"es": "costo del capital: {value}",
                                       "en": "cost of equity: {value}"},
    "gui.vehicle.empty": {"es": "Abra un vehículo o créelo desde un inventario.",
                          "en": "Open a vehicle or create one from an inventory."},
    "gui.vehicle.add": {"es": "Agregar inmuebles", "en": "Add properties"},
    "gui.vehicle.filter": {"es": "Buscar por código, nombre, comuna…",
                           "en": "Search by code, name, comuna…"},
    "gui.vehicle.count": {"es": "{n} inmuebles, {included} incluidos",
                          "en": "{n} properties, {included} included"},
    "gui.vehicle.holdings_hint": {
        "es": "La casilla incluye o excluye un inmueble del consolidado sin perderlo. Haga "
              "clic en un encabezado para ordenar; doble clic en un inmueble abre su modelo en "
              "el editor. Los inmuebles excluidos no tienen indicadores.",
        "en": "The tick box includes or excludes a property from the consolidation without "
              "losing it. Click a header to sort; double-click a property to open its model "
              "in the editor. Excluded properties have no metrics."},
    "gui.vehicle.source.embedded": {"es": "en el vehículo", "en": "in the vehicle"},
    "gui.vehicle.source.file": {"es": "archivo", "en": "file"},
    "gui.vehicle.include": {"es": "incluir {name}", "en": "include {name}"},
    "gui.vehicle.exclude": {"es": "excluir {name}", "en": "exclude {name}"},
    "gui.vehicle.added": {"es": "agregar {n} inmuebles", "en": "add {n} properties"},
    "gui.vehicle.removed": {"es": "quitar {n} inmuebles", "en": "remove {n} properties"},
    "gui.vehicle.remove_title": {"es": "Quitar inmuebles", "en": "Remove properties"},
    "gui.vehicle.remove_ask": {
        "es": "¿Quitar {n} inmuebles del vehículo?\n{names}\n\nPuede deshacerlo con Ctrl+Z.",
        "en": "Remove {n} properties from the vehicle?\n{names}\n\nYou can undo it with "
              "Ctrl+Z."},
    "gui.vehicle.select_first": {"es": "Seleccione primero un inmueble en la tabla.",
                                 "en": "Select a property in the table first."},
    "gui.vehicle.no_results": {"es": "El gráfico aparece cuando el vehículo se ha evaluado.",
                               "en": "The chart appears once the vehicle has been evaluated."},
    "gui.vehicle.map_metric": {"es": "Color según:", "en": "Colour by:"},
    "gui.vehicle.chart.year": {"es": "Año", "en": "Year"},
    "gui.vehicle.chart.cash": {"es": "Caja del vehículo por año ({unit}, nominal)",
                               "en": "Vehicle cash by year ({unit}, nominal)"},
    "gui.vehicle.of_properties": {"es": "Inmuebles: {line}", "en": "Properties: {line}"},
    "gui.vehicle.holding_problem": {"es": "{name}: {reason}", "en": "{name}: {reason}"},
    "gui.vehicle.internal_error": {"es": "Error interno: {error}",
                                   "en": "Internal error: {error}"},
    "gui.vehicle.cannot_evaluate": {
        "es": "El vehículo no se puede consolidar: {n} inmuebles no se pueden usar (ver "
              "mensajes).",
        "en": "The vehicle cannot be consolidated: {n} properties cannot be used (see the "
              "messages)."},
    "gui.vehicle.unsaved": {"es": "El vehículo tiene cambios sin guardar. ¿Desea guardarlos?",
                            "en": "The vehicle has unsaved changes. Save them?"},
    "gui.vehicle.bad_file": {
        "es": "No se pudo abrir el vehículo {path}:\n\n{detail}\n\nEl vehículo que estaba "
              "abierto sigue abierto.",
        "en": "The vehicle {path} could not be opened:\n\n{detail}\n\nThe vehicle that was "
              "open stays open."},
    "gui.vehicle.notes_title": {"es": "Notas del vehículo creado",
                                "en": "Notes on the vehicle created"},
    "gui.vehicle.import_title": {"es": "Importación del inventario",
                                 "en": "Inventory import"},
    "gui.vehicle.import_source": {"es": "Inventario: {source}", "en": "Inventory: {source}"},
    "gui.vehicle.import_counts": {
        # Counts after their labels: "1 filas" would need a plural the catalogue lacks.
        "es": "Filas leídas: {rows}. Importadas: {imported} (con advertencia: "
              "{with_warnings}). Rechazadas: {rejected}. Duplicadas, no importadas: "
              "{duplicates}.",
        "en": "Rows read: {rows}. Imported: {imported} (with a warning: {with_warnings}). "
              "Rejected: {rejected}. Duplicates, not imported: {duplicates}."},
    "gui.vehicle.import_unused": {"es": "Columna no usada: {column}",
                                  "en": "Column not used: {column}"},
    "gui.vehicle.import_problems": {"es": "Filas con problemas ({n})",
                                    "en": "Rows with problems ({n})"},
    "gui.vehicle.import_column.row": {"es": "Fila", "en": "Row"},
    "gui.vehicle.import_column.column": {"es": "Columna", "en": "Column"},
    "gui.vehicle.import_column.message": {"es": "Problema", "en": "Problem"},
    "gui.vehicle.import_column.outcome": {"es": "Resultado", "en": "Outcome"},
    "gui.vehicle.outcome.rejected": {"es": "no importada", "en": "not imported"},
    "gui.vehicle.outcome.duplicate": {"es": "duplicada, no importada",
                                      "en": "duplicate, not imported"},
    "gui.vehicle.outcome.kept": {"es": "importada sin ese valor",
                                 "en": "imported without that value"},
    "gui.vehicle.import_name": {"es": "Nombre del vehículo:", "en": "Vehicle name:"},
    "gui.vehicle.import_create": {"es": "Crear el vehículo con {n} inmuebles",
                                  "en": "Create the vehicle with {n} properties"},
    "gui.vehicle.import_add": {"es": "Agregar {n} inmuebles al vehículo",
                               "en": "Add {n} properties to the vehicle"},
    "gui.vehicle.import_nothing": {"es": "Ninguna fila se pudo importar.",
                                   "en": "No row could be imported."},
    "gui.vehicle.back": {"es": "Volver al vehículo", "en": "Back to the vehicle"},
    "gui.vehicle.linked_embedded": {
        "es": "Editando «{name}», inmueble del vehículo «{vehicle}». Guardar (Ctrl+S) o "
              "«Volver al vehículo» lleva los cambios al vehículo (se pueden deshacer allí).",
        "en": "Editing “{name}”, a property of the vehicle “{vehicle}”. Save (Ctrl+S) or "
              "“Back to the vehicle” takes the changes into the vehicle (undoable there)."},
    "gui.vehicle.linked_file": {
        "es": "«{name}» del vehículo «{vehicle}» usa este archivo: guárdelo y el vehículo lo "
              "leerá de nuevo al volver.",
        "en": "“{name}” of the vehicle “{vehicle}” uses this file: save it and the vehicle "
              "reads it again when you go back."},
    "gui.vehicle.linked_title": {"es": "inmueble «{name}» de «{vehicle}»",
                                 "en": "property “{name}” of “{vehicle}”"},
    "gui.vehicle.model_edited": {"es": "editar el modelo de {name}",
                                 "en": "edit the model of {name}"},
    "gui.vehicle.applied": {"es": "Cambios llevados al vehículo: {name}",
                            "en": "Changes taken into the vehicle: {name}"},
    "gui.vehicle.gone": {
        "es": "El inmueble «{name}» ya no está en el vehículo; sus cambios quedan aquí, "
              "guárdelos como archivo si los quiere conservar.",
        "en": "The property “{name}” is no longer in the vehicle; its changes stay here, "
              "save them as a file to keep them."},
    "gui.vehicle.amounts_in": {
        "es": "Montos en {unit}, a la tasa de cada modelo; el VPN del Distrito en el vehículo "
              "descuenta a la tasa social del vehículo. Pase el cursor sobre un encabezado "
              "para ver el nombre completo.",
        "en": "Amounts in {unit}, at each model's rates; the District NPV in the vehicle "
              "discounts at the vehicle's social rate. Hover over a header for the full "
              "name."},
    "gui.vehicle.factors_hint": {
        "es": "Multiplicadores: 1 = el modelo como está (0,9 = 10 % menos). Puntos: 0,01 = "
              "un punto porcentual. Un factor de ancho cero no varía.",
        "en": "Multipliers: 1 = the model as entered (0.9 = 10 % less). Points: 0.01 = one "
              "percentage point. A factor of zero width does not vary."},
    "gui.vehicle.factors": {"es": "Factores del portafolio", "en": "Portfolio factors"},
    "gui.vehicle.run_montecarlo": {"es": "Correr Montecarlo del vehículo",
                                   "en": "Run the vehicle Monte Carlo"},
    "gui.vehicle.mc_hint": {"es": "Corra el Montecarlo para ver la distribución.",
                            "en": "Run the Monte Carlo to see the distribution."},
    "gui.vehicle.mc_stale": {
        "es": "El vehículo cambió después de esta corrida: los resultados están desactualizados.",
        "en": "The vehicle changed after this run: the results are out of date."},
    "gui.vehicle.mc_guide": {
        "es": "Todavía no hay corrida. Cada factor del portafolio mueve a la vez todos los "
              "inmuebles (sus ingresos, ocupación, costos, inversión, IPC o tasa de interés), "
              "y por defecto todos están apagados: mínimo = más probable = máximo. Dé arriba "
              "a los factores que le preocupan una distribución con ancho (por ejemplo, Precio "
              "de los ingresos entre 0,85 y 1,1) o una desviación propia de los ingresos de "
              "cada inmueble, y pulse «{run}».",
        "en": "No run yet. Each portfolio factor moves every property at once (their "
              "revenue, occupancy, costs, capex, CPI or interest rate), and by default they "
              "are all switched off: minimum = most likely = maximum. Above, give the factors "
              "you worry about a distribution with some width (say, Revenue price between "
              "0.85 and 1.1) or each property's own revenue deviation, and press “{run}”."},
    "gui.vehicle.mc_certain": {
        "es": "Esta corrida no tiene incertidumbre: todos los factores toman un solo valor y "
              "los inmuebles no tienen desviación propia, así que las {n} iteraciones dan los "
              "mismos números. Dé a algún factor un mínimo y un máximo distintos (arriba) y "
              "vuelva a correr.",
        "en": "This run has no uncertainty: every factor takes one value and the properties "
              "have no own deviation, so all {n} iterations give the same numbers. Give "
              "some factor a different minimum and maximum (above) and run again."},
    "gui.vehicle.mc_certain_chart": {
        "es": "Sin incertidumbre: todas las iteraciones dan el mismo valor, no hay "
              "distribución que mostrar.",
        "en": "No uncertainty: every iteration gives the same value, there is no "
              "distribution to show."},
}
