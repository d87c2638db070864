"""The undo history of a long session is bounded: the oldest steps drop off, the newest can
still all be undone (the endurance benchmark runs 10,000 ticks; this is the quick check)."""

from __future__ import annotations

from typing import Any

from pathfinder.core.catalog import Catalog
from pathfinder.qt.state.commands import set_skill_state
from pathfinder.qt.state.session import Session, SkillState


def test_the_undo_history_stops_growing_at_its_limit(qtbot: Any, tiny: Catalog) -> None:
    session = Session(tiny)
    stack = session.undo_stack
    limit = stack.undoLimit()
    assert 0 < limit <= 1000
    skills = [s.id for s in tiny.skills]
    for tick in range(limit + 150):
        skill = skills[tick % len(skills)]
        have = session.skill_state(skill) is SkillState.HAVE
        set_skill_state(session, skill, SkillState.NOT_YET if have else SkillState.HAVE)
        assert stack.count() <= limit
    assert stack.count() == limit
    before = session.have
    for _ in range(limit):
        stack.undo()
    assert not stack.canUndo()
    for _ in range(limit):
        stack.redo()
    assert session.have == before
