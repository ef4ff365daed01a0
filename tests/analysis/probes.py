"""Probes of how an analysis runs: the engine evaluations it makes (the promise is one per
analysis) and a progress callback that cancels."""

from __future__ import annotations

from pppmodeler.analysis import base


def batch_sizes(monkeypatch) -> list[int]:
    """A list that receives the number of cases of every ``evaluate_cases`` call the analyses
    make from now on (for the rest of the test)."""
    sizes: list[int] = []
    real = base.evaluate_cases

    def counted(model, overrides, metrics):
        sizes.append(len(next(iter(overrides.values()))))
        return real(model, overrides, metrics)

    monkeypatch.setattr(base, "evaluate_cases", counted)
    return sizes


class Cancelled(Exception):
    """What :func:`cancel` raises: a user pressing Cancel."""


def cancel(fraction: float, what: str) -> None:
    """A progress callback that cancels at once."""
    raise Cancelled
