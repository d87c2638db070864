"""PySide6 6.12.0 on Python 3.11 drops references to True/None on every signal emit, and the
interpreter aborts after a few thousand ticks. pyproject excludes it; this guards the pin."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from pathfinder.qt.state.commands import set_skill_state
from pathfinder.qt.state.session import Session, SkillState


class _Emitter(QObject):
    fired = Signal()


def test_signals_do_not_leak_references_to_singletons(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    emitter = _Emitter()
    emitter.fired.connect(lambda: None)
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(2000):
        emitter.fired.emit()
    for _ in range(100):
        set_skill_state(session, "docker", SkillState.HAVE)
        set_skill_state(session, "docker", SkillState.NOT_YET)
    # Small drift from caches is fine; a broken binding loses one reference per emit.
    assert sys.getrefcount(True) - true_before > -100
    assert sys.getrefcount(None) - none_before > -100
