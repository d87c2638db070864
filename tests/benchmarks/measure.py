"""Helpers shared by the benchmarks, and the one table every benchmark run ends with.

To put a figure in the table, call `record()` once the figure is measured:

    from tests.benchmarks.measure import record

    record("ESCO import", seconds, target=60.0)                      # an absolute target
    record("open ESCO, first time", s, target=2 * floor, floor=floor)  # relative to a floor
    record("peak memory, ESCO open", mb, target=600, unit="MB")

`check_target` (tests/benchmarks/conftest.py) records for you. The table (figure | measured |
target | ratio to floor) is printed at the end of `pytest tests/benchmarks --benchmark-enable`;
the ratio is measured / floor where a floor was measured in the same run, else measured /
target. A benchmark that only sets `benchmark.extra_info["target_s"]` (and "p95_s" for a p95)
is picked up too.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Figure:
    figure: str
    measured: float
    target: float
    unit: str = "s"  # "s" (shown in ms or s), "MB", or "x" for a bare ratio
    floor: float | None = None  # what the target is relative to, measured in the same run
    kind: str = ""  # "median", "p95", "peak"…: which statistic `measured` is

    @property
    def met(self) -> bool:
        return self.measured < self.target

    @property
    def ratio(self) -> float:
        return self.measured / (self.floor if self.floor else self.target)


RESULTS: list[Figure] = []


def record(
    figure: str,
    measured: float,
    target: float,
    *,
    unit: str = "s",
    floor: float | None = None,
    kind: str = "",
    benchmark: Any = None,
) -> Figure:
    """Add one figure to the run's table (and to `benchmark.extra_info`, if given)."""
    entry = Figure(figure, measured, target, unit, floor, kind)
    RESULTS[:] = [r for r in RESULTS if r.figure != figure] + [entry]
    if benchmark is not None:
        benchmark.extra_info.update(
            recorded=figure, measured=measured, target=target, floor=floor, ratio=entry.ratio
        )
    return entry


def median_of(benchmark: Any) -> float | None:
    """Median seconds when benchmarking is enabled, else None (the run was a smoke test)."""
    if getattr(benchmark, "disabled", True) or benchmark.stats is None:
        return None
    return float(benchmark.stats.stats.median)


def p95(samples: Sequence[float]) -> float:
    return statistics.quantiles(samples, n=20, method="inclusive")[-1]


def shown(value: float, unit: str) -> str:
    if unit == "s":
        if value < 0.0001:  # a plan takes tens of microseconds: "0.0 ms" would hide it
            return f"{value * 1e6:.0f} µs"
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "x":
        return f"{value:.2f} x"
    return f"{value:.0f} {unit}"


def table(figures: Sequence[Figure]) -> list[str]:
    """The lines of the results table, as Markdown."""
    # The ratio is to the floor measured in the same run where the target has one, else to
    # the target itself.
    rows = [("figure", "measured", "target", "ratio to floor (or target)", "met")]
    for f in figures:
        measured = shown(f.measured, f.unit) + (f" ({f.kind})" if f.kind else "")
        target = "< " + shown(f.target, f.unit)
        if f.floor:
            target += f" ({f.target / f.floor:g} x floor {shown(f.floor, f.unit)})"
        rows.append((f.figure, measured, target, f"{f.ratio:.2f}", "yes" if f.met else "NO"))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = [
        "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"
        for row in rows
    ]
    lines.insert(1, "| " + " | ".join("-" * w for w in widths) + " |")
    return lines
