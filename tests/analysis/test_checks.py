"""Analysis settings that cannot run are all found, each with its place, without running."""

from __future__ import annotations

from dataclasses import replace

from pppmodeler.analysis.checks import problems
from pppmodeler.analysis.settings import Correlation, GoalSeek, TwoWay


def test_the_bundled_settings_can_run(sample_document):
    assert problems(sample_document.model, sample_document.analyses) == []


def test_every_setting_that_cannot_run_is_named(sample_document):
    analyses = sample_document.analyses
    mc = analyses.montecarlo
    first, second, third = (d.path for d in mc.distributions[:3])
    bad = replace(
        analyses,
        goal_seek=GoalSeek(path="property.name", metric="equity_npv"),
        two_way=TwoWay(row_path="revenues[Nada].base_value"),
        montecarlo=replace(mc, correlations=[Correlation(first, second, 0.9),
                                             Correlation(second, third, 0.9),
                                             Correlation(first, third, -0.9)]))
    where = [p.where for p in problems(sample_document.model, bad)]
    assert where == ["analyses.two_way.row_path", "analyses.goal_seek.path",
                     "analyses.montecarlo.correlations"]
