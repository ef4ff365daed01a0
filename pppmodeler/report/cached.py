"""Cached values for formula cells: what a reader that does not recalculate shows.

openpyxl writes ``<c r="E12"><f>…</f><v/></c>``: a formula without a value. Excel's Protected
View (files from e-mail or the web), previewers and ``data_only`` readers do not recalculate
and would show 0 or nothing. :func:`inject` rewrites each sheet of the saved file, giving every
formula cell its value: ``<v>1234.5</v>`` for a number, ``t="str"`` and the text for text,
``t="b"`` for a boolean. A formula cell left without a value is a defect and raises.
"""

from __future__ import annotations

import io
import math
import posixpath
import re
import zipfile
from xml.sax.saxutils import escape

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_SHEET = re.compile(r'<sheet [^>]*?name="([^"]*)"[^>]*?r:id="([^"]*)"')
_REL = re.compile(r'<Relationship [^>]*?Id="([^"]*)"[^>]*?Target="([^"]*)"')
_REL_ALT = re.compile(r'<Relationship [^>]*?Target="([^"]*)"[^>]*?Id="([^"]*)"')
_FORMULA_CELL = re.compile(r'<c r="([A-Z]+[0-9]+)"([^>]*)><f>(.*?)</f><v\s*/></c>', re.S)
_EMPTY_V = re.compile(r"<f>[^<]*</f><v\s*/>")


class CacheError(RuntimeError):
    pass


def _unescape_attr(text: str) -> str:
    return (text.replace("&quot;", '"').replace("&apos;", "'").replace("&lt;", "<")
            .replace("&gt;", ">").replace("&amp;", "&"))


def sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet title -> its part name in the archive (``xl/worksheets/sheet3.xml``)."""
    workbook = archive.read("xl/workbook.xml").decode("utf-8")
    rels_text = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    rels = dict(_REL.findall(rels_text)) or {i: t for t, i in _REL_ALT.findall(rels_text)}
    out = {}
    for name, rid in _SHEET.findall(workbook):
        target = rels[rid]
        part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
            posixpath.join("xl", target))
        out[_unescape_attr(name)] = part
    return out


def _value_xml(value) -> tuple[str, str]:
    """(type attribute, <v> content) of a cached value."""
    if isinstance(value, bool):
        return ' t="b"', "1" if value else "0"
    if isinstance(value, str):
        return ' t="str"', escape(value)
    v = float(value)
    if math.isnan(v):
        return ' t="str"', ""
    if math.isinf(v):
        raise CacheError("an infinite value cannot be cached")
    return "", repr(v)


def _fill(xml: str, values: dict[str, object], sheet: str) -> str:
    missing = []

    def sub(m: re.Match) -> str:
        ref, attrs, formula = m.group(1), m.group(2), m.group(3)
        if ref not in values:
            missing.append(ref)
            return m.group(0)
        t_attr, v = _value_xml(values[ref])
        attrs = re.sub(r'\s+t="[^"]*"', "", attrs)
        return f'<c r="{ref}"{attrs}{t_attr}><f>{formula}</f><v>{v}</v></c>'

    out = _FORMULA_CELL.sub(sub, xml)
    if missing:
        raise CacheError(f"{sheet}: no cached value for {len(missing)} formula cells, e.g. "
                         f"{', '.join(missing[:5])}")
    if _EMPTY_V.search(out):
        raise CacheError(f"{sheet}: a formula cell was left without a value")
    return out


def inject(data: bytes, cache: dict) -> bytes:
    """The xlsx ``data`` with every formula cell given its value from ``cache``
    ((sheet title, cell) -> value)."""
    by_sheet: dict[str, dict[str, object]] = {}
    for (sheet, ref), value in cache.items():
        by_sheet.setdefault(sheet, {})[ref] = value
    source = zipfile.ZipFile(io.BytesIO(data))
    parts = sheet_parts(source)
    rewritten = {parts[s]: s for s in parts}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename in rewritten:
                sheet = rewritten[info.filename]
                content = _fill(content.decode("utf-8"), by_sheet.get(sheet, {}),
                                sheet).encode("utf-8")
            target.writestr(info, content)
    return out.getvalue()


def formula_cells_without_value(data: bytes) -> list[tuple[str, str]]:
    """(sheet, cell) of every formula cell with no cached value: for tests and checks."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for sheet, part in sheet_parts(archive).items():
        xml = archive.read(part).decode("utf-8")
        for m in re.finditer(r'<c r="([A-Z]+[0-9]+)"[^>]*>(.*?)</c>', xml, re.S):
            body = m.group(2)
            if "<f" in body and not re.search(r"<v>.*?</v>", body, re.S):
                out.append((sheet, m.group(1)))
    return out
