"""Window targets (issue 3): start to first paint under 1.5x a bare PySide6 window measured in
the same run; a tick to the repainted window under 16 ms median; scene build under 50 ms."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from pathfinder.core.catalog import Catalog
from pathfinder.qt.state.commands import set_skill_state, set_target_role
from pathfinder.qt.state.session import Session, SkillState
from pathfinder.qt.window.main_window import MainWindow
from tests.benchmarks.measure import record

PROBE = Path(__file__).with_name("startup_probe.py")


def _start(kind: str) -> float:
    """Seconds from launching the process to its window's first paint."""
    began = time.time()
    done = subprocess.run(
        [sys.executable, str(PROBE), kind],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return float(done.stdout.strip().splitlines()[-1]) - began


def test_start_to_first_paint_against_a_bare_window(benchmark: Any) -> None:
    rounds = 1 if benchmark.disabled else 7
    bare, ours = [], []
    for _ in range(rounds):  # interleaved, so machine noise hits both alike
        bare.append(_start("bare"))
        ours.append(_start("pathfinder"))
    ratio = statistics.median(ours) / statistics.median(bare)
    print(
        f"\nstart to first paint: bare {statistics.median(bare) * 1000:.0f} ms, "
        f"Pathfinder {statistics.median(ours) * 1000:.0f} ms, ratio {ratio:.2f} (target 1.5)"
    )
    if not benchmark.disabled:
        floor = statistics.median(bare)
        record(
            "window start to first paint, built-in pack",
            statistics.median(ours),
            1.5 * floor,
            floor=floor,
            kind="median of 7",
            benchmark=benchmark,
        )
        assert ratio < 1.5
    # The subprocess timing above is the measurement; this records it in the benchmark table.
    benchmark.pedantic(lambda: None, rounds=1)


@pytest.fixture
def window(qtbot: Any, builtin: Catalog) -> MainWindow:
    session = Session(builtin)
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    set_target_role(session, "mlops-engineer")
    QApplication.processEvents()
    return win


def test_tick_to_repainted_window(benchmark: Any, check_target: Any, window: MainWindow) -> None:
    session = window.session
    skills = ["docker", "kubernetes", "python", "mlflow", "linux", "git"]
    state = {"i": 0}

    def tick() -> None:
        skill = skills[state["i"] % len(skills)]
        now = session.skill_state(skill)
        state["i"] += 1
        set_skill_state(
            session, skill, SkillState.NOT_YET if now is SkillState.HAVE else SkillState.HAVE
        )
        QApplication.processEvents()  # delivers the update requests: the window repaints

    benchmark(tick)
    check_target(0.016, "tick to repainted window, built-in pack")


def test_scene_build(benchmark: Any, check_target: Any, window: MainWindow) -> None:
    scene = window.graph.graph_scene
    benchmark(scene.rebuild)
    assert len(scene.role_items) == len(window.session.catalog.roles)
    check_target(0.050, "graph scene build, built-in pack")
