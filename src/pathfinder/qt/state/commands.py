"""The edits a panel asks for, worded for Edit › Undo. Each pushes one undoable edit
(qt/state/edits.py) that changes the learner, never a widget."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pathfinder.core.profile import MAX_NOTE_CHARS, Note, SkillMark
from pathfinder.qt.state.edits import (
    Rename,
    SetNote,
    SetNotHeld,
    SetRoles,
    SetSkillStates,
)
from pathfinder.qt.state.session import Session

__all__ = [
    "SetNotHeld",
    "SetRoles",
    "SetSkillStates",
    "add_note",
    "count_role_skills_again",
    "delete_note",
    "edit_note",
    "rename_learner",
    "set_current_role",
    "set_not_held",
    "set_skill_state",
    "set_target_role",
]


def set_skill_state(session: Session, skill: str, state: SkillMark) -> None:
    if session.skill_state(skill) is state:
        return
    name = session.catalog.skill_by_id[skill].name
    label = {
        SkillMark.HAVE: QCoreApplication.translate("commands", "Tick {skill}"),
        SkillMark.LEARNING: QCoreApplication.translate("commands", "Mark {skill} as learning"),
        SkillMark.NOT_YET: QCoreApplication.translate("commands", "Untick {skill}"),
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


def rename_learner(session: Session, name: str) -> bool:
    """A new name for the learner (spaces around it dropped); False when there is none."""
    name = name.strip()
    if not name or name == session.learner.name:
        return False
    text = QCoreApplication.translate("commands", "Rename the learner to {name}").format(name=name)
    session.undo_stack.push(Rename(session, name, text))
    return True


def add_note(session: Session, note: Note) -> bool:
    """Add a dated note; False (nothing added) for an empty one, one over the length limit,
    or one more than a profile holds."""
    if not session.learner.can_add_note(note.text):
        return False
    added = note.model_copy(update={"text": note.text.strip()})
    end = len(session.learner.notes)
    session.undo_stack.push(
        SetNote(session, end, None, added, QCoreApplication.translate("commands", "Add a note"))
    )
    return True


def edit_note(session: Session, index: int, text: str) -> bool:
    """Change the text of the note at `index` (oldest first); False when nothing changes."""
    notes = session.learner.notes
    text = text.strip()
    if not 0 <= index < len(notes) or not text or len(text) > MAX_NOTE_CHARS:
        return False
    if notes[index].text == text:
        return False
    after = notes[index].model_copy(update={"text": text})
    session.undo_stack.push(
        SetNote(
            session,
            index,
            notes[index],
            after,
            QCoreApplication.translate("commands", "Edit a note"),
        )
    )
    return True


def delete_note(session: Session, index: int) -> bool:
    """Delete the note at `index` (oldest first)."""
    notes = session.learner.notes
    if not 0 <= index < len(notes):
        return False
    session.undo_stack.push(
        SetNote(
            session,
            index,
            notes[index],
            None,
            QCoreApplication.translate("commands", "Delete a note"),
        )
    )
    return True
