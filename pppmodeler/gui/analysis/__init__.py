"""The analysis pages of the main window: scenarios, sensitivity, break-even and Monte Carlo.

Each page is an :class:`.pane.AnalysisPane` on the window's :class:`.runs.AnalysisRuns`, which
runs the functions of :mod:`pppmodeler.analysis` off the GUI thread with progress and Cancel and
keeps their last results (marked out of date, never deleted, when the inputs change).
"""

from __future__ import annotations

from .breakeven_pane import BreakEvenPane
from .montecarlo_pane import MonteCarloPane
from .runs import AnalysisRuns, Run
from .scenarios_pane import ScenariosPane
from .sensitivity_pane import SensitivityPane

PANES = {"scenarios": ScenariosPane, "sensitivity": SensitivityPane,
         "breakeven": BreakEvenPane, "montecarlo": MonteCarloPane}

__all__ = ["PANES", "AnalysisRuns", "Run"]
