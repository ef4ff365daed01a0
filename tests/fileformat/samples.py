"""A small but complete scenario document, the one ``versions/v1.pppm`` was written from."""

from __future__ import annotations

from pppmodeler.core.inputs import (CapexItem, CostLine, District, Financing, Macro, Model,
                                    Property, RevenueLine, Timeline, Valuation)
from pppmodeler.fileformat import Document, Metadata, Scenario


def sample_model() -> Model:
    return Model(
        property=Property(code="BIC-0042", name="Edificio del Telégrafo — locales y parqueadero",
                          kind="bic", mechanism="concession", comuna="10 - La Candelaria",
                          area_m2=3200.0, leasable_area_m2=2100.0,
                          heritage_intervention_authorised=True),
        timeline=Timeline(start_date="2027-01-01", periods_per_year=1, construction_months=24,
                          operation_years=20, extension_years=5.0, legal_max_years=30.0),
        macro=Macro(base_year=2027, cpi=[0.051, 0.042, 0.035, 0.03]),
        revenues=[
            RevenueLine(name="Locales comerciales", kind="rent_per_m2", base_value=0.95,
                        area_m2=1800.0, ramp_up=[0.55, 0.8], stabilised_occupancy=0.93,
                        vacancy=0.03, collection_loss=0.015, real_growth=0.005,
                        indexation="cpi_plus", index_spread=0.01),
            RevenueLine(name="Parqueadero", kind="unit_fee", base_value=0.006, volume=110000.0,
                        ramp_up=[0.7], stabilised_occupancy=0.85, start_year=2,
                        revenue_share_applies=False),
        ],
        costs=[CostLine(name="Operación y mantenimiento", kind="fixed", value=310.0,
                        real_growth=0.002)],
        capex=[CapexItem(name="Restauración y adecuación", amount=6800.0, schedule=[0.45, 0.55],
                         contingency=0.12, life_years=45.0, replacement_every_years=15,
                         replacement_fraction=0.2)],
        district=District(canon=150.0, revenue_share=0.04),
        financing=Financing(gearing=0.55, rate=0.118, grace_years=2.0, tenor_years=12.0,
                            dsra_months=6.0),
        valuation=Valuation(project_rate=0.125, equity_rate=0.145),
    )


def sample_scenario() -> Scenario:
    return Scenario(
        name="Pesimista", description="Ocupación más baja, tasa más alta, IPC alto al inicio.",
        overrides={"revenues[Locales comerciales].stabilised_occupancy": 0.8,
                   "financing.rate": 0.135,
                   "macro.cpi[0]": 0.065,
                   "revenues[Parqueadero].ramp_up": [0.5, 0.6]})


def sample_document() -> Document:
    return Document(
        metadata=Metadata(author="Agencia APP — Subdirección financiera",
                          created="2026-11-28T05:00:00+00:00",
                          modified="2026-11-28T05:00:00+00:00", app_version="0.1.0",
                          notes="Modelo de ejemplo.\nDos líneas de ingreso, un costo, una "
                                "inversión y un escenario."),
        model=sample_model(), scenarios=[sample_scenario()])
