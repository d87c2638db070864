"""Endurance (issue 7): a scripted session of 10,000 ticks and 100 pack reloads in the window
keeps memory flat and the undo history bounded.

With `--benchmark-enable` the full session runs (a few minutes) and its figures go to the run's
table: resident memory before and after, Python objects and widgets before and after. In the
normal suite the same script runs a short version as a smoke test.
"""

from __future__ import annotations

import gc
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from pathfinder.paths import builtin_pack
from pathfinder.qt.state.commands import set_skill_state, set_target_role
from pathfinder.qt.state.session import SkillState
from tests.benchmarks.measure import record

TICKS, RELOADS = 10_000, 100
SMOKE_TICKS, SMOKE_RELOADS = 300, 3
MAX_GROWTH_MB = 30.0  # after a warm-up; a leak of one plan per tick would be hundreds of MB


def rss_mb() -> float:
    statm = Path("/proc/self/statm")
    if not statm.exists():
        pytest.skip("resident memory is read from /proc (Linux)")
    return int(statm.read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def settle() -> None:
    """What the running event loop does between a user's actions, widgets deleted later too
    (processEvents alone leaves deleteLater() to a loop that is not running in a test)."""
    for _ in range(3):
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def settle_events() -> None:
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def session_script(window: Any, ticks: int, reloads: int) -> int:
    """Tick and untick skills in turn (repainting as a user would see it) and aim at a few
    targets: the first half of the ticks in one long stretch (longer than the undo limit),
    the second half with the pack reopened every so often. Returns the longest undo history
    seen."""
    stack = window.session.undo_stack
    longest = 0
    stretch = ticks // 2
    every = max((ticks - stretch) // max(reloads, 1), 1)
    for tick in range(ticks):
        session = window.session
        skills = [s.id for s in session.catalog.skills]
        skill = skills[tick % len(skills)]
        have = session.skill_state(skill) is SkillState.HAVE
        set_skill_state(session, skill, SkillState.NOT_YET if have else SkillState.HAVE)
        if tick % 97 == 0:
            roles = [r.id for r in session.catalog.roles]
            set_target_role(session, roles[(tick // 97) % 5])
        stack = session.undo_stack
        longest = max(longest, stack.count())
        if tick % 20 == 0:
            settle_events()  # repaint the graph and panels
        if tick >= stretch and (tick - stretch) % every == every - 1 and reloads:
            assert window.open_pack(builtin_pack())
            settle_events()
            reloads -= 1
    for _ in range(reloads):
        assert window.open_pack(builtin_pack())
        settle_events()
    return longest


def test_ten_thousand_ticks_and_a_hundred_reloads_keep_memory_flat(
    benchmark: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pathfinder.qt.app import _start
    from tests.hardening.conftest import start_args

    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var))  # the profile autosaves here, not at home
    from pathfinder.qt.window.main_window import MainWindow

    full = not benchmark.disabled
    ticks, reloads = (TICKS, RELOADS) if full else (SMOKE_TICKS, SMOKE_RELOADS)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    _start(window, start_args())
    session_script(window, ticks // 10, reloads // 10)  # warm-up: caches, fonts, first layouts
    settle()
    before_mb, before_objects = rss_mb(), len(gc.get_objects())
    before_widgets = len(window.findChildren(QWidget))

    longest = benchmark.pedantic(
        session_script, args=(window, ticks, reloads), rounds=1, iterations=1
    )

    stack = window.session.undo_stack
    settle()
    after_mb, after_objects = rss_mb(), len(gc.get_objects())
    after_widgets = len(window.findChildren(QWidget))
    growth = after_mb - before_mb
    print(
        f"\nendurance: {ticks} ticks, {reloads} reloads: resident memory {before_mb:.1f} MB -> "
        f"{after_mb:.1f} MB ({growth:+.1f} MB); Python objects {before_objects} -> "
        f"{after_objects}; widgets {before_widgets} -> {after_widgets}; longest undo history "
        f"{longest} (limit {stack.undoLimit()})"
    )
    if full:
        record(
            f"endurance: memory growth, 10,000 ticks + 100 reloads "
            f"(resident {before_mb:.0f} -> {after_mb:.0f} MB)",
            growth,
            MAX_GROWTH_MB,
            unit="MB",
        )
    assert stack.undoLimit() > 0 and longest <= stack.undoLimit()
    if ticks // 2 > stack.undoLimit():
        assert longest == stack.undoLimit()  # the stretch reached the limit and stayed there
    assert growth < MAX_GROWTH_MB
    assert after_widgets <= before_widgets + 10  # panels rebuilt in place, not piled up
    assert after_objects < before_objects * 1.1 + 10_000
    assert window.keeper.save_now()
