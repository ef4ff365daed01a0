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
        return Font(name=f["name"], size=kw.pop("size", f["size"]), **kw)

    def __call__(self, role: str, fmt: str = "text") -> str:
        name = f"{role}:{fmt}"
        if name not in self._made:
            self.workbook.add_named_style(self._named(name, role, fmt))
            self._made.add(name)
        return name

    def _named(self, name: str, role: str, fmt: str) -> NamedStyle:
        c = self.colors
        style = NamedStyle(name=name)
        style.number_format = self.number_format(fmt)
        style.font = self.font()
        thin = Side(style="thin", color=c["key_border"])
        fills = {"header": c["header_fill"], "colhead": c["header_fill"], "section": c["section_fill"],
                 "subsection": c["subsection_fill"], "input": c["input_fill"],
                 "solved": c["solved_fill"], "check": c["check_fill"], "ok": c["ok_fill"],
                 "warn": c["warn_fill"]}
        if role in fills:
            style.fill = PatternFill("solid", fgColor=fills[role])
        if role == "title":
            style.font = self.font(bold=True, size=self.spec["title_font_size"],
                                   color=c["title"])
        elif role in ("header", "colhead", "section"):
            style.font = self.font(bold=True, color=c["title"] if role == "section"
                                   else c["header_font"])
        elif role == "subsection":
            style.font = self.font(bold=True, italic=True, color=c["title"])
        elif role == "cover_value":
            style.font = self.font(bold=True, color=c["title"])
            style.alignment = Alignment(horizontal="left", vertical="top")
        elif role == "cover_label":
            style.font = self.font(bold=True)
            style.alignment = Alignment(vertical="top")
        elif role in ("key", "label_key"):
            style.font = self.font(bold=True)
            style.border = Border(top=thin)
        elif role == "link":
            style.font = self.font(color=c["link_font"])
        elif role in ("note", "unit", "flag", "path"):
            style.font = self.font(italic=role == "note", color=c["note_font"] if role != "flag"
                                   else c["flag_font"], size=self.spec["font"]["size"] - (
                                       1 if role == "path" else 0))
        elif role == "subtitle":
            style.font = self.font(italic=True, color=c["note_font"])
        if role == "wrap" or role == "note":
            style.alignment = Alignment(wrap_text=role == "wrap", vertical="top")
        if role == "colhead":
            style.alignment = Alignment(horizontal="right")
        return style


def styles_for(workbook, currency_unit: str, yes: str = "yes", no: str = "no") -> Styles:
    s = Styles(template(), currency_unit, workbook, yes, no)
    return s
