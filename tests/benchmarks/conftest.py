"""Benchmarks run once as plain tests in the normal suite (benchmarking disabled) and measure
for real with `pytest tests/benchmarks --benchmark-enable`; then targets are checked."""

from __future__ import annotations

import os
from typing import Any

import pytest

from tests.benchmarks.measure import median_of

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any benchmark imports Qt


@pytest.fixture
def check_target(benchmark: Any) -> Any:
    def check(seconds: float, label: str) -> None:
        median = median_of(benchmark)
        if median is None:
            return
        benchmark.extra_info["target_s"] = seconds
        benchmark.extra_info["ratio_to_target"] = median / seconds
        print(f"\n{label}: median {median * 1000:.2f} ms (target {seconds * 1000:.0f} ms)")
        assert median < seconds, f"{label}: median {median * 1000:.2f} ms over target"

    return check
