"""The look of the report comes from templates/report_style.json: the agency restyles it
without touching code."""

from __future__ import annotations

import copy
import io

import openpyxl

from pppmodeler.core.results import evaluate
from pppmodeler.report import report_bytes, style

from .conftest import sample_model


def test_the_template_ships_and_has_what_the_report_reads():
    spec = style.template()
    for key in ("font", "colors", "number_formats", "column_widths", "print", "cover",
                "freeze", "chart"):
        assert key in spec
    for lang in ("es", "en"):
        assert spec["cover"]["organisation"][lang] and spec["cover"]["disclaimer"][lang]


def test_colours_formats_and_cover_text_follow_the_template(monkeypatch):
    spec = copy.deepcopy(style.template())
    spec["colors"]["header_fill"] = "8B0000"
    spec["number_formats"]["rate"] = "0.0%"
    spec["cover"]["organisation"]["es"] = "Agencia de prueba"
    monkeypatch.setattr(style, "template", lambda: spec)
    _, model = sample_model("public_parking")
    wb = openpyxl.load_workbook(io.BytesIO(report_bytes(evaluate(model))))
    assert wb["Portada"]["A1"].value == "Agencia de prueba"
    header = wb["Flujo de caja"]["E4"]
    assert header.fill.fgColor.rgb.endswith("8B0000")
    ((sheet, ref),) = wb.defined_names["ProjectIRR"].destinations
    assert wb[sheet][ref.replace("$", "")].number_format == "0.0%"
