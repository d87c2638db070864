"""Undoable edits of the learner: each one changes the Qt-free model (core/learner.py), never
a widget; the session turns the model's changes into signals. Their text is what Edit › Undo
and the status bar's "Undid: …" say.

Kept apart from commands.py (which words the edits a panel asks for) so that the session
can push the edits it is asked for itself (pace, interests) without an import circle.
"""

from __future__ import annotations

from typing import Final, Protocol

from PySide6.QtGui import QUndoCommand

from pathfinder.core.learner import Learner
from pathfinder.core.profile import Note, SkillMark

PACE_EDIT: Final = 1  # QUndoCommand.id(): pace edits in a row merge into one


class HoldsLearner(Protocol):
    """The session, as far as an edit needs it."""

    @property
    def learner(self) -> Learner: ...


class SetSkillStates(QUndoCommand):
    def __init__(self, session: HoldsLearner, states: dict[str, SkillMark], text: str) -> None:
        super().__init__(text)
        self._learner = session.learner
        self._after = dict(states)
        self._before = {s: self._learner.mark(s) for s in states}

    @property
    def skills(self) -> list[str]:
        """The skills this edit changes (what undo feedback points at)."""
        return list(self._after)

    def redo(self) -> None:
        self._learner.set_marks(self._after)

    def undo(self) -> None:
        self._learner.set_marks(self._before)


class SetRoles(QUndoCommand):
    def __init__(
        self, session: HoldsLearner, current: str | None, target: str | None, text: str
    ) -> None:
        super().__init__(text)
        self._learner = session.learner
        self._after = (current, target)
        self._before = (self._learner.current_role, self._learner.target_role)

    @property
    def roles(self) -> list[str]:
        """The roles this edit sets or clears (what undo feedback points at)."""
        changed = {a for a, b in zip(self._after, self._before, strict=True) if a != b}
        changed |= {b for a, b in zip(self._after, self._before, strict=True) if a != b}
        return sorted(r for r in changed if r)

    def redo(self) -> None:
        self._learner.set_roles(*self._after)

    def undo(self) -> None:
        self._learner.set_roles(*self._before)


class SetNotHeld(QUndoCommand):
    """Which of the current role's skills the learner lacks (the profile's `not_held`)."""

    def __init__(self, session: HoldsLearner, not_held: frozenset[str], text: str) -> None:
        super().__init__(text)
        self._learner = session.learner
        self._after = not_held
        self._before = self._learner.not_held

    def redo(self) -> None:
        self._learner.set_not_held(self._after)

    def undo(self) -> None:
        self._learner.set_not_held(self._before)


class SetInterests(QUndoCommand):
    """What the learner enjoys, among this pack's interests."""

    def __init__(self, session: HoldsLearner, chosen: tuple[str, ...], text: str) -> None:
        super().__init__(text)
        self._learner = session.learner
        self._after = chosen
        self._before = self._learner.interests

    def redo(self) -> None:
        self._learner.set_interests(self._after)

    def undo(self) -> None:
        self._learner.set_interests(self._before)


class SetPace(QUndoCommand):
    """Hours a week. Steps of the spin box in a row are one edit: one Ctrl+Z goes back to
    the pace before them, not half an hour at a time."""

    def __init__(self, session: HoldsLearner, hours: float, text: str) -> None:
        super().__init__(text)
        self._learner = session.learner
        self._after = hours
        self._before = self._learner.hours_per_week

    @property
    def hours(self) -> float:
        return self._after

    def id(self) -> int:
        return PACE_EDIT

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetPace) or other._learner is not self._learner:
            return False
        self._after = other.hours
        self.setText(other.text())
        # Back where it started: nothing to undo, the stack drops the edit.
        self.setObsolete(self._after == self._before)
        return True

    def redo(self) -> None:
        self._learner.set_pace(self._after)

    def undo(self) -> None:
        self._learner.set_pace(self._before)


class Rename(QUndoCommand):
    def __init__(self, session: HoldsLearner, name: str, text: str) -> None:
        super().__init__(text)
        self._learner = session.learner
        self._after = name
        self._before = self._learner.name

    def redo(self) -> None:
        self._learner.rename(self._after)

    def undo(self) -> None:
        self._learner.rename(self._before)


class SetNote(QUndoCommand):
    """One note added (`before` None), deleted (`after` None) or edited, at `index` (oldest
    first). Only that note is kept, not the list: a profile may hold 20,000 notes, and 500
    edits of such a list would keep millions of references alive."""

    def __init__(
        self,
        session: HoldsLearner,
        index: int,
        before: Note | None,
        after: Note | None,
        text: str,
    ) -> None:
        super().__init__(text)
        self._learner = session.learner
        self._index, self._before, self._after = index, before, after

    def _put(self, old: Note | None, new: Note | None) -> None:
        notes = list(self._learner.notes)
        if old is None and new is not None:
            notes.insert(self._index, new)
        elif new is None:
            del notes[self._index]
        else:
            notes[self._index] = new
        self._learner.set_notes(notes)

    def redo(self) -> None:
        self._put(self._before, self._after)

    def undo(self) -> None:
        self._put(self._after, self._before)
