"""Benchmarks run once as plain tests in the normal suite (benchmarking disabled) and measure
for real with `pytest tests/benchmarks --benchmark-enable -s`; then targets are checked and
the run ends with one table of every figure recorded (tests/benchmarks/measure.py)."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.benchmarks.measure import RESULTS, record, table

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any benchmark imports Qt

# The imported ESCO pack: the importer engineer's file if it is there, else one made here.
ESCO_PACK = Path(os.environ.get("PATHFINDER_ESCO_PACK", "/tmp/pathfinder-esco.yaml"))
REALDATA = Path(__file__).resolve().parents[3] / "shared" / "realdata"


@pytest.fixture
def check_target(benchmark: Any) -> Any:
    def check(seconds: float, label: str) -> None:
        from tests.benchmarks.measure import median_of

        median = median_of(benchmark)
        if median is None:
            return
        record(label, median, seconds, kind="median", benchmark=benchmark)
        benchmark.extra_info["target_s"] = seconds
        benchmark.extra_info["ratio_to_target"] = median / seconds
        print(f"\n{label}: median {median * 1000:.2f} ms (target {seconds * 1000:.0f} ms)")
        assert median < seconds, f"{label}: median {median * 1000:.2f} ms over target"

    return check


@pytest.fixture(scope="session")
def esco_pack(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The imported ESCO pack: /tmp/pathfinder-esco.yaml (or $PATHFINDER_ESCO_PACK) if present,
    else imported here from ../shared/realdata/esco; skipped when neither can be had, and in
    the normal suite (these take minutes: they run with --benchmark-enable)."""
    if getattr(request.config, "_benchmarksession", None) is None or (
        request.config._benchmarksession.disabled  # type: ignore[attr-defined]
    ):
        pytest.skip("ESCO-sized benchmarks run only with --benchmark-enable")
    if ESCO_PACK.is_file():
        return ESCO_PACK
    try:
        from pathfinder.importers import esco  # noqa: F401  (is there an importer yet?)
    except ImportError:
        pytest.skip(f"no ESCO pack at {ESCO_PACK} and no ESCO importer to make one")
    if not (REALDATA / "esco").is_dir():
        pytest.skip(f"no ESCO pack at {ESCO_PACK} and no ESCO data at {REALDATA / 'esco'}")
    from pathfinder.cli import run

    out = tmp_path_factory.mktemp("esco") / "esco.yaml"
    err = io.StringIO()
    code = run(["import", "esco", str(REALDATA / "esco"), "-o", str(out), "-q"], io.StringIO(), err)
    if code != 0:
        pytest.skip(f"the ESCO importer failed: {err.getvalue().strip()[:300]}")
    return out


@pytest.fixture
def empty_cache(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "pack-cache"
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _unrecorded(config: pytest.Config) -> list[tuple[str, float, float, str]]:
    """Benchmarks that set extra_info["target_s"] without calling record()."""
    session = getattr(config, "_benchmarksession", None)
    found = []
    for bench in getattr(session, "benchmarks", []) if session is not None else []:
        info = getattr(bench, "extra_info", {}) or {}
        if "target_s" not in info or "recorded" in info:
            continue
        with contextlib.suppress(AttributeError, TypeError):
            if "p95_s" in info:
                found.append((bench.name, float(info["p95_s"]), float(info["target_s"]), "p95"))
            else:
                median = float(bench.stats.median)
                found.append((bench.name, median, float(info["target_s"]), "median"))
    return found


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    for name, measured, target, kind in _unrecorded(config):
        record(name, measured, target, kind=kind)
    if not RESULTS:
        return
    terminalreporter.write_sep("=", "Pathfinder performance (figure | measured | target | ratio)")
    for line in table(RESULTS):
        terminalreporter.write_line(line)
