"""The map's coordinates tell nearby properties apart: no two ticks read the same."""

from __future__ import annotations

import pandas as pd

from pppmodeler.charts.portfolio import portfolio_map


def test_ticks_of_properties_a_few_blocks_apart_differ():
    table = pd.DataFrame({"comuna": ["10", "11"], "latitude": [6.2518, 6.245],
                          "longitude": [-75.5636, -75.59], "area_m2": [2400.0, 3100.0],
                          "district_npv": [2913.4, 887.3]})
    fig = portfolio_map(table, "district_npv", "VPN", lang="es")
    fig.canvas.draw()
    ax = fig.axes[0]
    for labels in (ax.get_xticklabels(), ax.get_yticklabels()):
        ticks = [t.get_text() for t in labels if t.get_text()]
        assert len(ticks) > 2 and len(set(ticks)) == len(ticks), ticks
