"""The report's formulas follow the engine across the mechanics the samples do not all use.

Each variant is exported without LibreOffice: the export itself verifies every row that mirrors
an engine line (its formula, fed with the values it reads, gives the engine's numbers) and
refuses to write a workbook that disagrees (``book.Book.verify``). ``test_recalculation.py``
recalculates the samples and one combined variant in LibreOffice."""

from __future__ import annotations

import io

import openpyxl
import pytest

from pppmodeler.core.results import evaluate
from pppmodeler.report import report_bytes

from .conftest import sample_model

VARIANTS = {
    "annuity": ("heritage_building", {"financing.repayment": "annuity"}),
    "equal_principal": ("public_parking", {"financing.repayment": "equal_principal",
                                           "financing.dsra_months": 0.0}),
    "amount_sizing": ("heritage_building", {"financing.sizing": "amount",
                                            "financing.amount": 8000.0,
                                            "financing.repayment": "annuity"}),
    "sculpted_amount": ("public_parking", {"financing.sizing": "amount",
                                           "financing.amount": 9000.0}),
    "equity_first_sculpted": ("heritage_building", {"financing.drawdown": "equity_first"}),
    "going_concern": ("public_parking", {"end.mode": "terminal_value",
                                         "end.terminal_growth_real": 0.005}),
    "public_money": ("heritage_building", {
        "district.capital_grant": 2000.0, "district.availability_payment": 300.0,
        "district.availability_indexation": "none", "district.canon_indexation": "cpi_plus",
        "district.canon_spread": 0.02, "end.residual_value": 500.0}),
    "gmf_and_losses": ("heritage_building", {"taxes.gmf_enabled": True,
                                             "taxes.loss_carryforward_years": 1,
                                             "taxes.gmf_deductible_share": 0.3}),
    "no_income_tax": ("public_parking", {"taxes.income_tax_rate": 0.0}),
    "indexations": ("public_parking", {"revenues[0].indexation": "none",
                                       "revenues[1].indexation": "cpi_plus",
                                       "revenues[1].index_spread": 0.015,
                                       "costs[1].indexation": "cpi_plus",
                                       "costs[1].index_spread": -0.01,
                                       "capex[0].indexation": "none",
                                       "capex[1].indexation": "cpi_plus",
                                       "capex[1].index_spread": 0.02}),
    "lines_in_and_out": ("heritage_building", {"revenues[1].start_year": 3,
                                               "revenues[1].end_year": 20,
                                               "revenues[0].real_growth": 0.01,
                                               "costs[0].start_year": 2,
                                               "costs[0].real_growth": -0.005,
                                               "costs[1].end_year": 10,
                                               "revenues[2].vacancy": 0.05}),
    "lock_up_and_return_share": ("public_parking", {"financing.lockup_dscr": 2.0,
                                                    "district.return_share": 0.3,
                                                    "district.return_threshold_irr": 0.05}),
    "base_year_after_start": ("public_space_aeep", {"macro.base_year": 2029,
                                                    "macro.cpi": [0.05, 0.04, 0.06, 0.03]}),
    "monthly_partial_reserve": ("public_space_aeep", {
        "timeline.periods_per_year": 12, "financing.dsra_months": 7.0,
        "financing.grace_years": 0.25, "capex[0].schedule": [],
        "capex[1].schedule": [0.1, 0.1, 0.2, 0.2, 0.2, 0.2], "capex[2].schedule": []}),
    "no_working_capital": ("public_space_aeep", {"working_capital.receivable_days": 0.0,
                                                 "working_capital.payable_days": 0.0}),
}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_variant_exports_with_formulas_equal_to_the_engine(name):
    sample, overrides = VARIANTS[name]
    _, model = sample_model(sample, overrides)
    results = evaluate(model)
    data = report_bytes(results)           # raises ReportError on any disagreement
    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    value = wb.defined_names["ProjectIRR"].destinations
    ((sheet, ref),) = value
    shown = wb[sheet][ref.replace("$", "")].value
    engine = results.metric("project_irr")
    if engine is None:
        assert isinstance(shown, str)
    else:
        assert shown == pytest.approx(engine, rel=1e-12)
