"""The portfolio map shows each property with coordinates, sized by area, coloured by value."""

from __future__ import annotations

import numpy as np
import pandas as pd

from pppmodeler.charts.portfolio import MAX_POINT, portfolio_map


def table() -> pd.DataFrame:
    return pd.DataFrame({
        "code": ["a", "b", "c", "d"], "comuna": ["10 - La Candelaria", "10 - La Candelaria",
                                                 "14 - El Poblado", "14 - El Poblado"],
        "latitude": [6.25, 6.26, 6.21, 0.0], "longitude": [-75.57, -75.56, -75.57, 0.0],
        "area_m2": [1000.0, 4000.0, 2000.0, 500.0],
        "district_npv": [-50.0, 300.0, np.nan, 10.0]})


def test_points_sizes_colours_and_labels_follow_the_table():
    fig = portfolio_map(table(), "district_npv", "VPN del Distrito", lang="en")
    ax = fig.axes[0]
    hollow, coloured = ax.collections[:2]
    assert len(hollow.get_offsets()) == 1 and len(coloured.get_offsets()) == 2
    sizes = coloured.get_sizes()
    assert sizes[1] == 12 + MAX_POINT            # the largest property
    assert sizes[0] == 12 + MAX_POINT * 1000 / 4000
    assert np.allclose(coloured.get_array(), [-50.0, 300.0])
    assert coloured.norm.vcenter == 0.0          # money of both signs: centred on zero
    labels = {t.get_text() for t in ax.texts}
    assert labels == {"10 - La Candelaria", "14 - El Poblado"}
    assert ax.get_title() == "3 of 4 properties; size by area (1 without coordinates not shown)"


def test_coordinates_are_written_in_the_readers_convention():
    fig = portfolio_map(table(), "district_npv", "VPN", lang="es")
    ax = fig.axes[0]
    fig.canvas.draw()
    ticks = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert ticks and all("," in t and "." not in t for t in ticks)
