"""The report's look, read from the template ``templates/report_style.json``.

The agency restyles the report by editing that file (fonts, colours, number formats, column
widths, print set-up, the fixed text of the cover); nothing here hard-codes a colour or a
format. Cells get named styles ``role:format`` (e.g. ``key:amount``), created once per
workbook, so writing a cell costs one assignment.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

from .. import bundled

TEMPLATE = "report_style.json"


@lru_cache(maxsize=1)
def template() -> dict:
    return json.loads(bundled.template(TEMPLATE).read_text(encoding="utf-8"))


def _millions(fmt: str) -> str:
    """A number format showing pesos as millions (Excel's trailing-comma scaling): ``,,``
    after the last digit placeholder of each section."""
    return ";".join(re.sub(r"0(?!.*0)", "0,,", part) for part in fmt.split(";"))


@dataclass
class Styles:
    """Named styles of one workbook; ``cell.style = styles(role, fmt)``."""

    spec: dict
    currency_unit: str
    workbook: object = None
    yes: str = "yes"
    no: str = "no"

    def __post_init__(self):
        self._made: set[str] = set()
        self.scaled = (self.currency_unit == "pesos"
                       and bool(self.spec.get("amounts_in_millions_when_pesos")))

    @property
    def colors(self) -> dict:
        return self.spec["colors"]

    def number_format(self, fmt: str) -> str:
        if fmt == "bool":    # TRUE/FALSE shown as the report's yes/no
            return f'"{self.yes}";"{self.yes}";"{self.no}"'
        code = self.spec["number_formats"].get(fmt, "General")
        if fmt == "amount" and self.scaled:
            return _millions(code)
        return code

    def font(self, **kw) -> Font:
        f = self.spec["font"]
        return Font(name=f["name"], **{"size": f["size"], **kw})

    def __call__(self, role: str, fmt: str = "text") -> str:
        name = f"{role}:{fmt}"
        if name not in self._made:
            self.workbook.add_named_style(self._named(name, role, fmt))
            self._made.add(name)
        return name

    def _named(self, name: str, role: str, fmt: str) -> NamedStyle:
        style = NamedStyle(name=name)
        style.number_format = self.number_format(fmt)
        style.font = self.font(**self._font_of(role))
        fill = FILLS.get(role)
        if fill:
            style.fill = PatternFill("solid", fgColor=self.colors[fill])
        if role in ("key", "label_key"):
            style.border = Border(top=Side(style="thin", color=self.colors["key_border"]))
        if role in ALIGNMENTS:
            style.alignment = Alignment(**ALIGNMENTS[role])
        return style

    def _font_of(self, role: str) -> dict:
        c, size = self.colors, self.spec["font"]["size"]
        heading = dict(bold=True, color=c["header_font"])
        return {
            "title": dict(bold=True, size=self.spec["title_font_size"], color=c["title"]),
            "subtitle": dict(italic=True, color=c["note_font"]),
            "header": heading, "colhead": heading,
            "section": dict(bold=True, color=c["title"]),
            "subsection": dict(bold=True, italic=True, color=c["title"]),
            "key": dict(bold=True), "label_key": dict(bold=True),
            "strong": dict(bold=True), "base": dict(bold=True),
            "cover_label": dict(bold=True), "cover_value": dict(bold=True, color=c["title"]),
            "link": dict(color=c["link_font"]),
            "note": dict(italic=True, color=c["note_font"]),
            "unit": dict(color=c["note_font"]),
            "path": dict(color=c["note_font"], size=size - 1),
            "flag": dict(color=c["flag_font"]),
        }.get(role, {})


# role -> the template colour that fills it; role -> its alignment
FILLS = {"header": "header_fill", "colhead": "header_fill", "section": "section_fill",
         "subsection": "subsection_fill", "input": "input_fill", "solved": "solved_fill",
         "check": "check_fill", "ok": "ok_fill", "warn": "warn_fill", "base": "input_fill"}
ALIGNMENTS = {"colhead": dict(horizontal="right"), "note": dict(vertical="top"),
              "wrap": dict(wrap_text=True, vertical="top"),
              "cover_label": dict(vertical="top"),
              "cover_value": dict(horizontal="left", vertical="top")}


def styles_for(workbook, currency_unit: str, yes: str = "yes", no: str = "no") -> Styles:
    s = Styles(template(), currency_unit, workbook, yes, no)
    return s
