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


def _tr(text: str) -> str:
    return QCoreApplication.translate("commands", text)


def set_skill_state(session: Session, skill: str, state: SkillMark) -> None:
    if session.skill_state(skill) is state:
        return
    name = session.catalog.skill_by_id[skill].name
    label = {
        SkillMark.HAVE: _tr("Tick %1"),
        SkillMark.LEARNING: _tr("Mark %1 as learning"),
        SkillMark.NOT_YET: _tr("Untick %1"),
    }[state].replace("%1", name)
    session.undo_stack.push(SetSkillStates(session, {skill: state}, label))


def set_target_role(session: Session, role: str | None) -> None:
    if role == session.target_role:
        return
    name = session.catalog.role_by_id[role].name if role else _tr("suggestions")
    session.undo_stack.push(
        SetRoles(session, session.current_role, role, _tr("Set target to %1").replace("%1", name))
    )


def set_current_role(session: Session, role: str | None) -> None:
    if role == session.current_role:
        return
    target = None if role is not None and role == session.target_role else session.target_role
    name = session.catalog.role_by_id[role].name if role else _tr("starting out")
    session.undo_stack.push(
        SetRoles(session, role, target, _tr("Set current role to %1").replace("%1", name))
    )


def set_not_held(session: Session, skill: str, lacking: bool) -> None:
    """Say that a skill from the current role is not held (or give it back), in one edit."""
    if lacking == (skill in session.not_held):
        return
    name = session.catalog.skill_by_id[skill].name
    if lacking:
        after, label = session.not_held | {skill}, _tr("Mark %1 as not held")
    else:
        after, label = session.not_held - {skill}, _tr("Count %1 from your role")
    session.undo_stack.push(SetNotHeld(session, after, label.replace("%1", name)))


def count_role_skills_again(session: Session, skills: list[str]) -> None:
    """Give back every skill of the current role the learner marked as not held, in one edit."""
    if not skills:
        return
    session.undo_stack.push(
        SetNotHeld(session, session.not_held - set(skills), _tr("Count all my role's skills again"))
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
