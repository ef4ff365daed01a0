"""The corporate vehicle in the desktop application: a window of its own beside the property
editor (:mod:`.window`), over a :class:`.state.VehicleState` with its undo history, assembled
from its actions and menus (:mod:`.menus`), its pages of input (:mod:`.pages`), the commands on
its properties (:mod:`.editing`), its file (:mod:`.files`) and its workbook (:mod:`.export`);
its terms as forms generated from the declarations (:mod:`.declared`), its properties as a
sortable table (:mod:`.holdings`), the consolidation, map (:mod:`.consolidation_view`) and
Monte Carlo (:mod:`.montecarlo_view`), the inventory import's row report
(:mod:`.inventory_dialog`), and the way a property's model goes to the main window's editor and
back (:mod:`.link`).
"""

from __future__ import annotations

from .state import VehicleState
from .window import VehicleWindow

__all__ = ["VehicleState", "VehicleWindow"]
