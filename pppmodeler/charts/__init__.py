"""Charts of a model's results as matplotlib Figures, built without any GUI.

Each builder takes :class:`pppmodeler.core.results.Results` and a language and returns a
``matplotlib.figure.Figure`` (never pyplot, never Qt), so the desktop application embeds it in a
canvas, the report can save it as an image and tests read its axes.
"""

from .figures import (BUILDERS, cash_flow_figure, debt_figure, dscr_figure,
                      equity_cash_figure)

__all__ = ["BUILDERS", "cash_flow_figure", "debt_figure", "dscr_figure", "equity_cash_figure"]
