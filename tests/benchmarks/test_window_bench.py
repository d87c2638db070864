"""Window targets (issue 14): start to a fully drawn window, the whole process as
`pathfinder --snapshot` runs it, under 2 x a bare PySide6 window that shows, grabs and saves one
label (measured in the same run), recorded beside its ratio to a bare window that also loads
the stack's fixed costs (stack_probe.py); the window's frame painted first, under 1.5 x a bare
window's first paint; a tick to the repainted window under 10 ms median; scene build under
50 ms."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
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
PAINT_PROBE = Path(__file__).with_name("first_paint_probe.py")
STACK_PROBE = Path(__file__).with_name("stack_probe.py")
ROOT = Path(__file__).resolve().parents[2]
START_RATIO = 2.0
FIRST_PAINT_RATIO = 1.5  # the window's own start-up target (issue 3)
# Proposed in issue 14's closing note, recorded beside the contract and not yet asserted: the
# bare window plus the stack's own fixed costs (stack_probe.py) already takes 2 x the bare
# window, so the contract's 2 x leaves nothing for Pathfinder.
STACK_RATIO = 1.75


def _child_env() -> dict[str, str]:
    """The code under test, offscreen, and with Python's bytecode cache allowed: an installed
    Pathfinder has its .pyc files, so a start-up that compiles every module measures nothing
    a learner waits for (the first, warming run of each writes them)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    return env


def _seconds(command: list[str]) -> float:
    """Wall-clock seconds of a whole process, from launch to exit."""
    began = time.perf_counter()
    done = subprocess.run(
        command, capture_output=True, text=True, check=False, timeout=120, env=_child_env()
    )
    seconds = time.perf_counter() - began
    assert done.returncode == 0, done.stderr
    return seconds


def _medians(
    timer: Callable[[list[str]], float], commands: list[list[str]], rounds: int
) -> list[float]:
    """The median time of each command, run in turn `rounds` times (interleaved, so machine
    noise hits all alike), after one warming run each when measuring for real."""
    if rounds > 1:
        for command in commands:
            timer(command)  # warm: bytecode written, files in the cache
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(rounds):
        for command, seen in zip(commands, times, strict=True):
            seen.append(timer(command))
    return [statistics.median(seen) for seen in times]


def test_start_to_a_drawn_window_against_a_bare_window(benchmark: Any, tmp_path: Path) -> None:
    bare_cmd = [sys.executable, str(PROBE), str(tmp_path / "bare.png")]
    stack_cmd = [sys.executable, str(STACK_PROBE), str(tmp_path / "stack.png")]
    ours_cmd = [sys.executable, "-m", "pathfinder", "--snapshot", str(tmp_path / "ours.png")]
    ours_cmd += ["--to", "mlops-engineer"]  # the built-in pack, with a plan on every panel
    rounds = 1 if benchmark.disabled else 7
    floor, stack_floor, measured = _medians(_seconds, [bare_cmd, stack_cmd, ours_cmd], rounds)
    assert (tmp_path / "ours.png").stat().st_size > (tmp_path / "bare.png").stat().st_size
    print(
        f"\nstart to a drawn window: bare {floor * 1000:.0f} ms, bare with the stack "
        f"{stack_floor * 1000:.0f} ms, Pathfinder {measured * 1000:.0f} ms, ratio "
        f"{measured / floor:.2f} (target {START_RATIO:g}), {measured / stack_floor:.2f} to the "
        f"stack (proposed {STACK_RATIO:g})"
    )
    # The subprocess timing above is the measurement; this puts it in the benchmark table.
    benchmark.pedantic(lambda: None, rounds=1)
    if not benchmark.disabled:
        record(
            "start to a drawn window against a bare window with the stack (proposed)",
            measured,
            STACK_RATIO * stack_floor,
            floor=stack_floor,
            kind=f"median of {rounds}",
            benchmark=benchmark,
        )
        record(
            "start to a drawn window (--snapshot), built-in pack",
            measured,
            START_RATIO * floor,
            floor=floor,
            kind=f"median of {rounds}",
            benchmark=benchmark,
        )
        assert measured / floor < START_RATIO


def _seconds_to_first_paint(command: list[str]) -> float:
    """From launch to the first paint, as the process itself reports it (a wall-clock time)."""
    began = time.time()
    done = subprocess.run(
        command, capture_output=True, text=True, check=False, timeout=120, env=_child_env()
    )
    assert done.returncode == 0, done.stderr
    return float(done.stdout.strip().splitlines()[-1].split()[-1]) - began


def test_start_to_first_paint_against_a_bare_window(benchmark: Any) -> None:
    """What the learner sees first: the window's frame, painted before the pack is read."""
    bare_cmd = [sys.executable, str(PAINT_PROBE)]
    ours_cmd = [sys.executable, "-m", "pathfinder", "--quit-after-first-paint"]
    rounds = 1 if benchmark.disabled else 7
    floor, measured = _medians(_seconds_to_first_paint, [bare_cmd, ours_cmd], rounds)
    print(
        f"\nstart to first paint: bare {floor * 1000:.0f} ms, Pathfinder "
        f"{measured * 1000:.0f} ms, ratio {measured / floor:.2f} (target {FIRST_PAINT_RATIO:g})"
    )
    benchmark.pedantic(lambda: None, rounds=1)
    if not benchmark.disabled:
        record(
            "start to first paint (the window's frame), built-in pack",
            measured,
            FIRST_PAINT_RATIO * floor,
            floor=floor,
            kind=f"median of {rounds}",
            benchmark=benchmark,
        )
        assert measured / floor < FIRST_PAINT_RATIO


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
    check_target(0.010, "tick to repainted window, built-in pack")


def test_scene_build(benchmark: Any, check_target: Any, window: MainWindow) -> None:
    scene = window.graph.graph_scene
    benchmark(scene.rebuild)
    assert len(scene.role_items) == len(window.session.catalog.roles)
    check_target(0.050, "graph scene build, built-in pack")
