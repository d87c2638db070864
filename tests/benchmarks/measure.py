"""Helpers shared by the benchmarks."""

from __future__ import annotations

from typing import Any


def median_of(benchmark: Any) -> float | None:
    """Median seconds when benchmarking is enabled, else None (the run was a smoke test)."""
    if getattr(benchmark, "disabled", True) or benchmark.stats is None:
        return None
    return float(benchmark.stats.stats.median)
