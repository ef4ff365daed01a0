"""The tornado's colour convention, shared by the desktop and the Excel report: red is the
metric with the input at its low value, blue with the input at its high value."""

from __future__ import annotations

from matplotlib.colors import to_hex

from pppmodeler.charts.analysis import HIGH, LOW, Measure, TornadoBar, tornado_figure

RATE = Measure("TIR del inversionista", "rate", "")


def test_red_is_the_input_low_and_blue_the_input_high():
    assert (LOW, HIGH) == ("#c62828", "#1565c0")
    # the high input lowers the metric here: the colour follows the input, not the side
    fig = tornado_figure([TornadoBar("Tasa", 0.16, 0.12, "9 %", "11 %")], 0.14, RATE, "es")
    low_bar, high_bar = fig.axes[0].patches
    assert to_hex(low_bar.get_facecolor()) == LOW and low_bar.get_x() + \
        low_bar.get_width() == 0.16
    assert to_hex(high_bar.get_facecolor()) == HIGH and round(high_bar.get_x()
                                                              + high_bar.get_width(), 12) == 0.12
    legend = {t.get_text(): to_hex(h.get_facecolor())
              for t, h in zip(fig.legends[0].get_texts(), fig.legends[0].legend_handles)
              if hasattr(h, "get_facecolor")}
    assert legend["Supuesto bajo"] == LOW and legend["Supuesto alto"] == HIGH
