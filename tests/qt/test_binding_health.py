"""PySide6 6.12.0 on Python 3.11 drops a reference to True/None on every signal emit, and the
interpreter aborts after a few thousand ticks; pyproject excludes that release. These guard
the pin, and the binding's reference counting of what signals carry in general."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal

from pathfinder.qt.state.commands import set_skill_state
from pathfinder.qt.state.session import Session, SkillState


class _Emitter(QObject):
    fired = Signal()
    carried = Signal(object)


class _Payload:
    """An ordinary object: its reference count means something on every Python version."""


@pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="True and None are immortal from Python 3.12 on: their counts never move",
)
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


def test_an_object_sent_through_a_signal_keeps_its_reference_count(qtbot) -> None:  # type: ignore[no-untyped-def]
    emitter = _Emitter()
    seen: list[int] = []
    emitter.carried.connect(lambda payload: seen.append(id(payload)))
    payload = _Payload()
    before = sys.getrefcount(payload)
    for _ in range(2000):
        emitter.carried.emit(payload)
    # The slot ran every time with this object, and no emit kept or dropped a reference to it:
    # a binding that loses one per emit would leave the count 2,000 lower (and crash).
    assert seen == [id(payload)] * 2000
    assert sys.getrefcount(payload) == before
