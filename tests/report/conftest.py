"""Fixtures of the report tests: the bundled samples exported once, and recalculated once by
LibreOffice (one soffice process for all of them)."""

from __future__ import annotations

import datetime
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest

from pppmodeler import bundled
from pppmodeler.core import paths
from pppmodeler.core.results import Results, evaluate
from pppmodeler.fileformat import loads
from pppmodeler.report import about_document, report_bytes
from pppmodeler.report.cached import sheet_parts

from .libreoffice import convert

TODAY = datetime.date(2027, 1, 15)

# A model exercising what the samples do not: grant, availability payments, GMF, IPC + points,
# annuity with equity-first drawdown, half-yearly periods starting mid-year with a later base
# year, a District share of excess returns, short loss carry-forward and the going-concern view.
VARIANT = {
    "timeline.periods_per_year": 2, "timeline.start_date": "2027-07-01",
    "timeline.construction_months": 12,
    "macro.base_year": 2026, "district.capital_grant": 1500.0,
    "district.availability_payment": 200.0, "district.availability_years": 5,
    "taxes.gmf_enabled": True, "revenues[0].indexation": "cpi_plus",
    "revenues[0].index_spread": 0.01, "costs[0].indexation": "cpi_plus",
    "costs[0].index_spread": 0.005, "financing.repayment": "annuity",
    "financing.drawdown": "equity_first", "district.return_share": 0.2,
    "district.return_threshold_irr": 0.08, "taxes.loss_carryforward_years": 1,
    "end.mode": "terminal_value", "end.terminal_growth_real": 0.01,
}


@dataclass
class Exported:
    name: str
    lang: str
    results: Results
    path: Path            # as written by pppmodeler
    recalculated: Path | None = None


def sample_model(name: str, overrides: dict | None = None):
    doc = loads(bundled.sample_text(name))
    return doc, paths.apply(doc.model, overrides or {})


def export_to(tmp: Path, label: str, doc, model, lang: str) -> Exported:
    results = evaluate(model)
    about = about_document(doc, f"{label}.pppm", today=TODAY)
    path = tmp / f"{label}_{lang}.xlsx"
    path.write_bytes(report_bytes(results, about, lang))
    return Exported(label, lang, results, path)


@pytest.fixture(scope="session")
def exported(tmp_path_factory) -> dict[str, Exported]:
    """Every bundled sample in Spanish, the default one in English, the variant model, a
    model without debt, and a copy of the default one whose cached values were spoiled (to
    prove the recalculation is forced), all recalculated by one LibreOffice run."""
    tmp = tmp_path_factory.mktemp("report")
    out: dict[str, Exported] = {}
    for name in bundled.sample_names():
        out[f"{name}_es"] = export_to(tmp, name, *sample_model(name), "es")
    out["heritage_building_en"] = export_to(tmp, "heritage_building", *sample_model(
        "heritage_building"), "en")
    out["variant_es"] = export_to(tmp, "variant", *sample_model("heritage_building", VARIANT),
                                  "es")
    out["nodebt_es"] = export_to(tmp, "nodebt", *sample_model("public_space_aeep",
                                                              {"financing.gearing": 0.0}), "es")
    spoiled = spoil(out["heritage_building_es"], tmp / "spoiled_es.xlsx")
    out["spoiled_es"] = spoiled
    files = [e.path for e in out.values()]
    for e, converted in zip(out.values(), convert(files, "xlsx", tmp / "recalculated")):
        e.recalculated = converted
    return out


SPOILED_CELLS = {"ProjectIRR": 0.5, "MinDSCR": 9.0}


def spoil(source: Exported, path: Path) -> Exported:
    """The same report with wrong cached values in the named cells of SPOILED_CELLS."""
    names = openpyxl.load_workbook(source.path).defined_names
    wrong = {}
    for name, value in SPOILED_CELLS.items():
        ((sheet, ref),) = names[name].destinations
        wrong[(sheet, ref.replace("$", ""))] = value
    path.write_bytes(with_cached_values(source.path.read_bytes(), wrong))
    return Exported("spoiled", "es", source.results, path)


def with_cached_values(data: bytes, values: dict) -> bytes:
    """``data`` with the cached values of some formula cells replaced: (sheet, cell) -> value."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    parts = sheet_parts(archive)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in archive.infolist():
            content = archive.read(info.filename)
            for (sheet, ref), value in values.items():
                if parts[sheet] == info.filename:
                    content, n = re.subn(
                        rf'(<c r="{ref}"[^>]*>)(<f>[^<]*</f>)<v>[^<]*</v>'.encode(),
                        rb"\g<1>\g<2><v>" + repr(float(value)).encode() + b"</v>", content)
                    assert n == 1, (sheet, ref)
            target.writestr(info, content)
    return out.getvalue()
