"""Measured figures of the engine's hot paths: prints numbers, asserts nothing.

Run ``python benchmarks/benchmark.py`` for every section, or name sections to run only those:
``python benchmarks/benchmark.py irr``.

Sections are registered in :data:`SECTIONS` as ``(name, function)``; a section function takes no
argument and returns the lines to print. To add one, write the function and append it (or
decorate it with :func:`section`).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

# run from a checkout without installing the package
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SECTIONS: list[tuple[str, Callable[[], list[str]]]] = []


def section(name: str):
    """Register ``function`` as the benchmark section ``name``."""

    def register(function: Callable[[], list[str]]):
        SECTIONS.append((name, function))
        return function

    return register


def _best_of(function, repeat: int = 3) -> float:
    """Smallest wall time of ``repeat`` calls, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def conventional_flows(rng: np.random.Generator, n: int, periods: int) -> np.ndarray:
    """``n`` rows of conventional flows: an investment phase of outflows, then inflows.

    Investment over the first 1 to ``periods // 6`` periods, inflows of random level with noise;
    the sizes are drawn so that the periodic IRRs spread from about -1% to +45% (30 periods)
    and from about -0.3% to +5% (360 periods).
    """
    build = rng.integers(1, max(2, periods // 6) + 1, size=n)
    col = np.arange(periods)
    level = rng.uniform(0.5, 1.5, size=(n, 1))
    flows = level * rng.uniform(0.6, 1.4, size=(n, periods))
    investing = col[None, :] < build[:, None]
    # capital cost per investment period: between ~1 and ~(periods/build) years of inflows
    multiple = rng.uniform(0.05, 1.05, size=(n, 1)) * periods / build[:, None]
    flows = np.where(investing, -flows * multiple, flows)
    return flows


@section("irr")
def irr_section() -> list[str]:
    import numpy_financial as npf

    from pppmodeler.core import finance

    lines = []
    rng = np.random.default_rng(20270101)
    targets = {30: 50.0, 360: 1000.0}
    for periods, sample in ((30, None), (360, 200)):
        flows = conventional_flows(rng, 10_000, periods)
        n = flows.shape[0]
        finance.irr(flows)  # warm-up
        t_batch = _best_of(lambda: finance.irr(flows), repeat=3)
        result = finance.irr(flows)

        rows = np.arange(n) if sample is None else rng.choice(n, size=sample, replace=False)
        start = time.perf_counter()
        reference = np.array([npf.irr(flows[i]) for i in rows])
        t_ref_rows = time.perf_counter() - start
        t_ref = t_ref_rows * n / rows.size

        one = result.sign_changes[rows] == 1
        both = one & np.isfinite(reference)
        diff = np.abs(result.rate[rows][both] - reference[both])
        speedup = t_ref / t_batch
        ok = result.status == "ok"
        lines.append(f"{n:,} x {periods} conventional flows (periodic rates, periods_per_year=1)")
        statuses = ", ".join(
            f"{s}: {c:,}" for s, c in zip(*np.unique(result.status, return_counts=True))
        )
        lines.append(
            f"  finance.irr, one batch:        {t_batch * 1e3:10.1f} ms   (best of 3; {statuses})"
        )
        if sample is None:
            lines.append(
                f"  numpy_financial.irr, by row:   {t_ref * 1e3:10.1f} ms   (all {n:,} rows)"
            )
        else:
            lines.append(
                f"  numpy_financial.irr, by row:   {t_ref * 1e3:10.1f} ms   (measured on "
                f"{rows.size} random rows, {t_ref_rows * 1e3:.1f} ms, scaled to {n:,})"
            )
        lines.append(
            f"  speed-up:                      {speedup:10.0f} x    (target >= {targets[periods]:,.0f} x)"
        )
        lines.append(
            f"  max |rate - numpy_financial|:  {diff.max() if diff.size else float('nan'):10.2e}      "
            f"(target <= 1e-09; over {diff.size:,} compared rows with one sign change)"
        )
        lines.append(
            f"  IRR range (periodic):          {np.nanmin(result.rate):.4f} .. "
            f"{np.nanmax(result.rate):.4f}"
        )
    # flows that change sign more than once (a lifecycle outflow late in the term): the grid
    # scan path, for information (no target)
    flows = conventional_flows(rng, 10_000, 360)
    late = rng.integers(180, 360, size=flows.shape[0])
    flows[np.arange(flows.shape[0]), late] = -rng.uniform(1, 20, size=flows.shape[0]) * np.abs(
        flows
    ).mean(axis=1)
    finance.irr(flows)
    t_multi = _best_of(lambda: finance.irr(flows), repeat=3)
    result = finance.irr(flows)
    statuses = ", ".join(
        f"{s}: {c:,}" for s, c in zip(*np.unique(result.status, return_counts=True))
    )
    lines.append("10,000 x 360 flows with a late lifecycle outflow (2-3 sign changes; grid scan)")
    lines.append(f"  finance.irr, one batch:        {t_multi * 1e3:10.1f} ms   ({statuses})")
    lines.append(
        "note: numpy_financial.irr finds the eigenvalues of a companion matrix per row (LAPACK);"
    )
    lines.append("      its time depends on BLAS threading and on the load of the machine.")
    return lines


def main(argv: list[str]) -> int:
    wanted = set(argv)
    known = {name for name, _ in SECTIONS}
    unknown = wanted - known
    if unknown:
        print(f"unknown section(s): {', '.join(sorted(unknown))}; known: {', '.join(sorted(known))}")
        return 2
    for name, function in SECTIONS:
        if wanted and name not in wanted:
            continue
        print(f"== {name} ==")
        for line in function():
            print(line)
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
