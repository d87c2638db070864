"""Issue 6 window targets on the imported ESCO pack (3,007 roles, 13,896 skills):

- open it the first time in under 2 x the time PyYAML's C loader takes to parse the same
  file (measured in the same run), and from the cache in under 0.5 s;
- a tick to the repainted window, p95 under 25 ms; a skill-filter keystroke, p95 under 50 ms;
- peak memory with the pack open under 600 MB (in a fresh process, resource.getrusage).

The pack comes from the `esco_pack` fixture (conftest.py): skipped without --benchmark-enable.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from PySide6.QtWidgets import QApplication

from pathfinder.core.catalog import Catalog
from pathfinder.io.pack_cache import load_pack_cached
from pathfinder.qt.state.commands import set_skill_state, set_target_role
from pathfinder.qt.state.session import Session, SkillState
from pathfinder.qt.window.main_window import MainWindow
from tests.benchmarks.measure import p95, record

MEMORY_PROBE = Path(__file__).with_name("memory_probe.py")
# A learner moving from help-desk work towards data science: a long path through several
# families, so every panel has work to do on each tick.
CURRENT, TARGET = "ict-help-desk-agent", "data-scientist"


def _pyyaml_c(path: Path) -> float:
    began = time.perf_counter()
    yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
    return time.perf_counter() - began


def _first_open(path: Path, cache: Path) -> float:
    began = time.perf_counter()
    loaded = load_pack_cached(path, cache)
    seconds = time.perf_counter() - began
    assert not loaded.from_cache
    return seconds


def test_open_esco_first_time_against_pyyaml(
    benchmark: Any, esco_pack: Path, tmp_path: Path
) -> None:
    floor, ours = [], []
    for round_ in range(3):  # interleaved, so machine noise hits both alike
        floor.append(_pyyaml_c(esco_pack))
        ours.append(_first_open(esco_pack, tmp_path / f"cache-{round_}"))
    base, measured = statistics.median(floor), statistics.median(ours)
    print(f"\nopen ESCO first time: {measured:.2f} s; PyYAML C loader {base:.2f} s")
    record(
        "open ESCO pack, first time",
        measured,
        2 * base,
        floor=base,
        kind="median of 3",
        benchmark=benchmark,
    )
    benchmark.pedantic(lambda: None, rounds=1)  # the timing above is the measurement
    assert measured < 2 * base


def test_open_esco_cached(benchmark: Any, esco_pack: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = load_pack_cached(esco_pack, cache)

    def again() -> Catalog:
        loaded = load_pack_cached(esco_pack, cache)
        assert loaded.from_cache
        return loaded.catalog

    catalog = benchmark.pedantic(again, rounds=10, warmup_rounds=1)
    assert catalog.model_dump(include={"id", "version"}) == first.catalog.model_dump(
        include={"id", "version"}
    )
    median = float(benchmark.stats.stats.median)
    record("open ESCO pack, cached", median, 0.5, kind="median", benchmark=benchmark)
    assert median < 0.5


@pytest.fixture(scope="module")
def esco(esco_pack: Path, tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    return load_pack_cached(esco_pack, tmp_path_factory.mktemp("cache")).catalog


@pytest.fixture
def window(qtbot: Any, esco: Catalog, esco_pack: Path) -> MainWindow:
    win = MainWindow(Session(esco, esco_pack))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    if CURRENT in esco.role_by_id and TARGET in esco.role_by_id:
        win.session.apply_roles(CURRENT, TARGET)
    else:  # another import: any target with a plan will do
        set_target_role(win.session, esco.roles[len(esco.roles) // 2].id)
    QApplication.processEvents()
    return win


def test_tick_to_repainted_window_esco(benchmark: Any, window: MainWindow) -> None:
    session = window.session
    plan = session.plan
    # Skills a learner on this path would tick: the plan's gaps, then other skills.
    gaps = [g.skill for g in plan.gaps[:30]] if plan is not None else []
    skills = gaps + [s.id for s in session.catalog.skills[::700]]
    timings: list[float] = []

    def tick_all() -> None:
        timings.clear()
        for skill in skills * 2:  # ticked, then unticked
            now = session.skill_state(skill)
            began = time.perf_counter()
            state = SkillState.NOT_YET if now is SkillState.HAVE else SkillState.HAVE
            set_skill_state(session, skill, state)
            QApplication.processEvents()  # delivers the update requests: the window repaints
            timings.append(time.perf_counter() - began)

    benchmark.pedantic(tick_all, rounds=1)
    value = p95(timings)
    print(
        f"\ntick on ESCO: p95 {value * 1000:.1f} ms, median "
        f"{statistics.median(timings) * 1000:.1f} ms over {len(timings)} ticks"
    )
    record("tick to repainted window, ESCO", value, 0.025, kind="p95", benchmark=benchmark)
    assert value < 0.025


def test_skill_filter_keystroke_esco(benchmark: Any, window: MainWindow) -> None:
    panel = window.skills_panel
    words = ["python", "manage staff", "customer service", "welding", "data", "teach"]
    timings: list[float] = []

    def type_all() -> None:
        timings.clear()
        for word in words:
            typed = [word[:i] for i in range(1, len(word) + 1)]
            for text in [*typed, *reversed(typed[:-1]), ""]:  # type it, then erase it
                began = time.perf_counter()
                panel.filter_edit.setText(text)
                QApplication.processEvents()  # the coalesced filter runs, the list repaints
                timings.append(time.perf_counter() - began)
                assert panel.proxy.needle == text.strip()

    benchmark.pedantic(type_all, rounds=1)
    value = p95(timings)
    print(
        f"\nskill filter keystroke on ESCO: p95 {value * 1000:.1f} ms, median "
        f"{statistics.median(timings) * 1000:.1f} ms over {len(timings)} keystrokes"
    )
    record("skill filter keystroke, ESCO", value, 0.050, kind="p95", benchmark=benchmark)
    assert value < 0.050


def test_peak_memory_with_esco_open(benchmark: Any, esco_pack: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(MEMORY_PROBE), str(esco_pack), str(tmp_path / "cache")],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    megabytes = float(done.stdout.strip().splitlines()[-1])
    print(f"\npeak memory with ESCO open (first opening, window shown): {megabytes:.0f} MB")
    record("peak memory, ESCO pack open", megabytes, 600, unit="MB", kind="peak RSS")
    benchmark.extra_info.update(recorded=True, peak_mb=megabytes)
    benchmark.pedantic(lambda: None, rounds=1)
    assert megabytes < 600
