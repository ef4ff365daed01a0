"""Goal seek: the value found, put into the model and evaluated on its own, gives the target;
the metric changes side there; without a crossing the ends are reported, never a number."""

from __future__ import annotations

import math

import pytest

from pppmodeler import bundled
from pppmodeler.analysis.base import AnalysisError
from pppmodeler.analysis.goalseek import goal_seek, seek
from pppmodeler.analysis.settings import GoalSeek
from pppmodeler.analysis.shortcuts import SHORTCUTS, shortcut
from pppmodeler.core import paths
from pppmodeler.core.results import evaluate
from pppmodeler.fileformat import document
from tests.analysis.probes import Cancelled

SAMPLES = bundled.sample_names()


def sample(name):
    return document.loads(bundled.sample_text(name)).model


def metric_at(model, path, value, metric):
    """The metric of the model evaluated on its own with the input at ``value``."""
    return evaluate(paths.with_value(model, path, value)).metric(metric)


def assert_crossing(model, solution, scale):
    """The solution hits the target, and the metric is on either side of it just around."""
    hit = metric_at(model, solution.path, solution.value, solution.metric)
    assert solution.status == "solved"
    assert hit == pytest.approx(solution.achieved, rel=1e-12, abs=1e-12)
    assert abs(hit - solution.target) <= 1e-6 * scale
    step = 1e-4 * (solution.high - solution.low)
    below = metric_at(model, solution.path, solution.value - step, solution.metric)
    above = metric_at(model, solution.path, solution.value + step, solution.metric)
    assert (below - solution.target) * (above - solution.target) < 0


def capex_total(model):
    return sum(c.amount for c in model.capex)


# (path, metric, target from the model, range): questions with an answer in every sample
CASES = {
    "equity_npv = 0": ("district.revenue_share", "equity_npv", lambda m: 0.0, (None, None)),
    "equity_irr = target": ("revenues[0].base_value", "equity_irr",
                            lambda m: m.valuation.target_equity_irr, (None, None)),
    "min_dscr = covenant": ("financing.gearing", "min_dscr",
                            lambda m: m.financing.covenant_dscr, (0.05, 1.0)),
    "district_npv = 0": ("district.capital_grant", "district_npv", lambda m: 0.0,
                         (0.0, "capex")),
}


@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.parametrize("case", list(CASES))
def test_the_solution_re_evaluated_hits_the_target(name, case):
    model = sample(name)
    path, metric, target_of, (lo, hi) = CASES[case]
    hi = capex_total(model) if hi == "capex" else hi
    target = target_of(model)
    solution = goal_seek(model, path, metric, target, lo, hi)
    base = evaluate(model).metric(metric)
    assert_crossing(model, solution, scale=max(abs(base - target), abs(target), 1e-3))
    assert solution.iterations <= 6 and solution.note == ""


def test_the_range_defaults_to_ten_times_the_base_for_an_open_end(model):
    solution = goal_seek(model, "district.canon", "equity_irr", 0.14)
    assert (solution.low, solution.high) == (0.0, 1760.0)       # canon 160, no upper limit
    assert solution.at_low.value == pytest.approx(metric_at(model, "district.canon", 0.0,
                                                            "equity_irr"), rel=1e-9)
    assert_crossing(model, solution, scale=0.01)
    rate = goal_seek(model, "financing.rate", "equity_npv", 0.0)
    assert (rate.low, rate.high) == (0.0, 1.0)                 # the declared valid range


def test_no_solution_reports_both_ends_and_the_closest_value(model):
    # no canon, however small, gives the partner a 50 % equity IRR
    solution = goal_seek(model, "district.canon", "equity_irr", 0.5, 0.0, 1000.0)
    assert solution.status == "no_solution" and solution.value is None
    assert solution.achieved is None and solution.note == "below"
    assert solution.at_low.value == pytest.approx(
        metric_at(model, "district.canon", 0.0, "equity_irr"), rel=1e-9)
    assert solution.at_high.value == pytest.approx(
        metric_at(model, "district.canon", 1000.0, "equity_irr"), rel=1e-9)
    assert solution.closest == 0.0
    assert solution.closest_metric == pytest.approx(solution.at_low.value)
    above = goal_seek(model, "district.canon", "equity_irr", -0.9, 0.0, 300.0)
    assert above.status == "no_solution" and above.note == "above"


def test_a_whole_number_input_gives_the_whole_number_where_the_target_is_reached(model):
    target = 0.14
    solution = goal_seek(model, "timeline.operation_years", "equity_irr", target, 10, 26)
    assert solution.status == "solved" and solution.note == "whole_number"
    assert isinstance(solution.value, int)
    years = solution.value
    assert metric_at(model, "timeline.operation_years", years, "equity_irr") >= target
    assert metric_at(model, "timeline.operation_years", years - 1, "equity_irr") < target
    assert solution.achieved == pytest.approx(
        metric_at(model, "timeline.operation_years", years, "equity_irr"), rel=1e-12)


def test_refused_cases_keep_their_reason_and_the_search_goes_on(model):
    # years below the debt's 16-year tenor are refused by the engine
    solution = goal_seek(model, "timeline.operation_years", "equity_irr", 0.14, 1, 26)
    assert solution.status == "solved" and solution.value == 25
    assert solution.at_low.status == "refused"
    assert solution.at_low.error.path == "financing.tenor_years"
    nothing = goal_seek(model, "timeline.operation_years", "equity_irr", 0.14, 1, 12)
    assert nothing.status == "not_evaluable" and nothing.value is None
    assert nothing.at_high.error.path == "financing.tenor_years"
    assert "16" in nothing.at_high.reason("en")


@pytest.mark.parametrize("name", SAMPLES)
def test_shortcuts_answer_the_agencys_questions(name):
    model = sample(name)
    target = model.valuation.target_equity_irr
    for question in ("max_canon", "max_revenue_share"):
        solution = shortcut(model, question)
        assert solution.metric == "equity_irr" and solution.target == target
        assert_crossing(model, solution, scale=0.01)
        # the partner's return falls as the District takes more
        above = metric_at(model, solution.path, solution.value * 1.01, "equity_irr")
        assert above < target
    term = shortcut(model, "min_term")
    assert metric_at(model, "timeline.operation_years", term.value, "equity_irr") >= target
    shorter = metric_at(model, "timeline.operation_years", term.value - 1, "equity_irr")
    assert shorter is None or shorter < target
    tl = model.timeline
    # whole years of operation within the legal maximum term (construction and extensions in)
    assert term.high == math.floor(tl.legal_max_years - tl.construction_months / 12
                                   - tl.extension_years)


@pytest.mark.parametrize("name", SAMPLES)
def test_min_grant_is_zero_when_the_deal_already_works_and_solved_when_not(name):
    model = sample(name)
    assert evaluate(model).metric("equity_irr") >= model.valuation.target_equity_irr
    none_needed = shortcut(model, "min_grant")
    assert (none_needed.status, none_needed.value, none_needed.note) == ("solved", 0.0,
                                                                         "met_at_low")
    demanding = paths.with_value(model, "valuation.target_equity_irr", 0.17)
    grant = shortcut(demanding, "min_grant")
    assert 0 < grant.value < capex_total(model)
    assert_crossing(demanding, grant, scale=0.01)


def test_a_question_without_answer_says_so(model):
    greedy = paths.with_value(model, "valuation.target_equity_irr", 0.5)
    solution = shortcut(greedy, "max_canon")
    assert solution.status == "no_solution" and solution.value is None
    assert solution.note == "below"          # even without a canon the partner falls short
    assert solution.at_low.value == pytest.approx(
        metric_at(model, "district.canon", 0.0, "equity_irr"), rel=1e-9)
    assert set(SHORTCUTS) == {"max_canon", "max_revenue_share", "min_term", "min_grant"}


def test_progress_is_reported_and_an_exception_from_it_cancels(model):
    seen = []
    goal_seek(model, "district.canon", "equity_irr", 0.14,
              progress=lambda f, what: seen.append((f, what)))
    fractions = [f for f, _ in seen]
    assert fractions[0] == 0.0 and fractions[-1] == 1.0
    assert fractions == sorted(fractions) and {w for _, w in seen} == {"goal_seek"}

    calls = []

    def cancel_in_refinement(fraction, what):
        calls.append(fraction)
        if fraction > 0.5:
            raise Cancelled

    with pytest.raises(Cancelled):
        shortcut(model, "max_canon", progress=cancel_in_refinement)
    assert max(calls) > 0.5


@pytest.mark.parametrize("args, where, words", [
    (("district.canon", "irr", 0.1), "analyses.goal_seek.metric", "unknown metric"),
    (("financing.repayment", "equity_irr", 0.1), "analyses.goal_seek.path",
     "not a numeric input"),
    (("", "equity_irr", 0.1), "analyses.goal_seek.path", "no input is named"),
    (("district.canon", "equity_irr", math.inf), "analyses.goal_seek.target", "finite"),
    (("district.canon", "equity_irr", 0.1, -5.0), "analyses.goal_seek.lo",
     "outside the valid range"),
    (("district.canon", "equity_irr", 0.1, 300.0, 200.0), "analyses.goal_seek",
     "give lo below hi"),
    (("district.capital_grant", "equity_irr", 0.1), "analyses.goal_seek.hi",
     "is 0 in the model"),
    (("timeline.operation_years", "equity_irr", 0.1, 20.2, 20.8), "analyses.goal_seek",
     "no whole numbers"),
])
def test_bad_requests_are_refused_naming_what_and_where(model, args, where, words):
    with pytest.raises(AnalysisError) as refused:
        goal_seek(model, *args)
    assert refused.value.where == where and words in str(refused.value)


@pytest.mark.parametrize("args, english, spanish", [
    (("financing.rate", "equity_irr", 0.1, -0.5), "-0.5 is outside the valid range of "
     "financing.rate (between 0 and 1 (fraction))", "-0,5 está fuera del rango válido de "
     "financing.rate (entre 0 y 1 (fracción))"),
    (("financing.target_dscr", "equity_irr", 0.1, 0.25), "0.25 is outside the valid range of "
     "financing.target_dscr (between 0.5 and 10 (x))", "0,25 está fuera del rango válido de "
     "financing.target_dscr (entre 0,5 y 10 (veces))"),
])
def test_a_search_end_outside_the_valid_range_says_the_range_in_spanish(model, args, english,
                                                                       spanish):
    with pytest.raises(AnalysisError) as refused:
        goal_seek(model, *args)
    assert str(refused.value) == f"analyses.goal_seek.lo: {english}"
    assert refused.value.text("es") == f"analyses.goal_seek.lo: {spanish}"


def test_an_unknown_shortcut_lists_the_known_ones(model):
    with pytest.raises(AnalysisError, match="max_canon, max_revenue_share"):
        shortcut(model, "max_rent")



def test_a_metric_that_jumps_across_the_target_has_no_solution(model):
    # once the lock-up threshold passes a year's DSCR, that year's dividends are held back:
    # the equity IRR drops from ~14.3 % to ~10.7 % at once and never equals 12 %
    solution = goal_seek(model, "financing.lockup_dscr", "equity_irr", 0.12, 1.5, 2.0)
    assert solution.status == "no_solution" and solution.note == "jump"
    assert solution.value is None
    jump = solution.closest
    before = metric_at(model, "financing.lockup_dscr", jump - 1e-6, "equity_irr")
    after = metric_at(model, "financing.lockup_dscr", jump + 1e-6, "equity_irr")
    assert before - 0.12 > 0.01 or 0.12 - after > 0.01
    assert (before - 0.12) * (after - 0.12) < 0


def test_the_files_settings_run_as_a_goal_seek(model):
    settings = GoalSeek(path="revenues[Locales comerciales].base_value", metric="equity_npv",
                        target=0.0)
    seen = []
    solution = seek(model, settings, progress=lambda f, what: seen.append(f))
    assert solution.path == "revenues[0].base_value" and seen[-1] == 1.0
    assert_crossing(model, solution, scale=abs(evaluate(model).metric("equity_npv")))
    seen.clear()
    missed = seek(model, GoalSeek(path="district.canon", metric="equity_irr", target=0.9),
                  progress=lambda f, what: seen.append(f))
    assert missed.status == "no_solution" and seen[-1] == 1.0
