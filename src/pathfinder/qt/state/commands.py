"""Undoable edits. Each one changes the session, never a widget."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from pathfinder.qt.state.session import Session, SkillState


class SetSkillStates(QUndoCommand):
    def __init__(self, session: Session, states: dict[str, SkillState], text: str) -> None:
        super().__init__(text)
        self._session = session
        self._after = dict(states)
        self._before = {s: session.skill_state(s) for s in states}

    @property
    def skills(self) -> list[str]:
        """The skills this edit changes (what undo feedback points at)."""
        return list(self._after)

    def redo(self) -> None:
        self._session.apply_skill_states(self._after)

    def undo(self) -> None:
        self._session.apply_skill_states(self._before)


class SetRoles(QUndoCommand):
    def __init__(
        self, session: Session, current: str | None, target: str | None, text: str
    ) -> None:
        super().__init__(text)
        self._session = session
        self._after = (current, target)
        self._before = (session.current_role, session.target_role)

    @property
    def roles(self) -> list[str]:
        """The roles this edit sets or clears (what undo feedback points at)."""
        changed = {a for a, b in zip(self._after, self._before, strict=True) if a != b}
        changed |= {b for a, b in zip(self._after, self._before, strict=True) if a != b}
        return sorted(r for r in changed if r)

    def redo(self) -> None:
        self._session.apply_roles(*self._after)

    def undo(self) -> None:
        self._session.apply_roles(*self._before)


def set_skill_state(session: Session, skill: str, state: SkillState) -> None:
    if session.skill_state(skill) is state:
        return
    name = session.catalog.skill_by_id[skill].name
    label = {
        SkillState.HAVE: QCoreApplication.translate("commands", "Tick {skill}"),
        SkillState.LEARNING: QCoreApplication.translate("commands", "Mark {skill} as learning"),
        SkillState.NOT_YET: QCoreApplication.translate("commands", "Untick {skill}"),
    }[state].format(skill=name)
    session.undo_stack.push(SetSkillStates(session, {skill: state}, label))


def set_target_role(session: Session, role: str | None) -> None:
    if role == session.target_role:
        return
    name = (
        session.catalog.role_by_id[role].name
        if role
        else QCoreApplication.translate("commands", "suggestions")
    )
    session.undo_stack.push(
        SetRoles(
            session,
            session.current_role,
            role,
            QCoreApplication.translate("commands", "Set target to {name}").format(name=name),
        )
    )


def set_current_role(session: Session, role: str | None) -> None:
    if role == session.current_role:
        return
    target = None if role is not None and role == session.target_role else session.target_role
    name = (
        session.catalog.role_by_id[role].name
        if role
        else QCoreApplication.translate("commands", "starting out")
    )
    session.undo_stack.push(
        SetRoles(
            session,
            role,
            target,
            QCoreApplication.translate("commands", "Set current role to {name}").format(name=name),
        )
    )


class SetNotHeld(QUndoCommand):
    """Which of the current role's skills the learner lacks (the profile's `not_held`)."""

    def __init__(self, session: Session, not_held: frozenset[str], text: str) -> None:
        super().__init__(text)
        self._session = session
        self._after = not_held
        self._before = session.not_held

    def redo(self) -> None:
        self._session.apply_not_held(self._after)

    def undo(self) -> None:
        self._session.apply_not_held(self._before)


def set_not_held(session: Session, skill: str, lacking: bool) -> None:
    """Say that a skill from the current role is not held (or give it back), in one edit."""
    if lacking == (skill in session.not_held):
        return
    name = session.catalog.skill_by_id[skill].name
    if lacking:
        after, label = (
            session.not_held | {skill},
            QCoreApplication.translate("commands", "Mark {skill} as not held"),
        )
    else:
        after, label = (
            session.not_held - {skill},
            QCoreApplication.translate("commands", "Count {skill} from your role"),
        )
    session.undo_stack.push(SetNotHeld(session, after, label.format(skill=name)))


def count_role_skills_again(session: Session, skills: list[str]) -> None:
    """Give back every skill of the current role the learner marked as not held, in one edit."""
    if not skills:
        return
    session.undo_stack.push(
        SetNotHeld(
            session,
            session.not_held - set(skills),
            QCoreApplication.translate("commands", "Count all my role's skills again"),
        )
    )
