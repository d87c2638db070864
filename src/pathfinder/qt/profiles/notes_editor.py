"""Editing a session note: double-click it (or right-click › Edit note…), change the text,
and Ctrl+Z puts the old text back. The list draws each note apart from the next, its date
first, so notes no longer run together.

An edit is a command on the session's undo stack like a tick, so Edit › Undo and the status
bar's "Undid: …" work for notes too. It remembers which learner it belongs to: after
switching learners, undoing it changes nothing in the other learner's notes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QInputDialog, QListWidget, QListWidgetItem, QMenu, QWidget

from pathfinder.core.profile import Note
from pathfinder.qt.profiles.keeper import ProfileKeeper


class EditNote(QUndoCommand):
    def __init__(self, keeper: ProfileKeeper, index: int, text: str) -> None:
        super().__init__(QCoreApplication.translate("notes_editor", "Edit a note"))
        assert keeper.profile is not None
        self._keeper = keeper
        self._path: Path | None = keeper.path
        self._index = index
        self._before = keeper.profile.notes[index]
        self._after = self._before.model_copy(update={"text": text})

    def _put(self, note: Note) -> None:
        keeper = self._keeper
        if keeper.profile is None or keeper.path != self._path:
            return  # another learner is open: this edit was not theirs
        notes = list(keeper.profile.notes)
        if self._index < len(notes):
            notes[self._index] = note
            keeper.set_notes(notes)

    def redo(self) -> None:
        self._put(self._after)

    def undo(self) -> None:
        self._put(self._before)


class NotesEditor:
    """Adds editing to the Learner panel's list of notes (newest first)."""

    def __init__(self, notes: QListWidget, keeper: ProfileKeeper, parent: QWidget) -> None:
        self.notes, self.keeper, self._parent = notes, keeper, parent
        notes.setAlternatingRowColors(True)  # each note on its own band
        notes.setSpacing(3)
        notes.setToolTip(
            QCoreApplication.translate("notes_editor", "Double-click a note to edit it")
        )
        notes.itemDoubleClicked.connect(self.edit_item)
        notes.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        notes.customContextMenuRequested.connect(self._menu)

    def index_of(self, item: QListWidgetItem) -> int | None:
        """The note's place in the profile (the list shows the newest first)."""
        profile = self.keeper.profile
        row = self.notes.row(item)
        if profile is None or row < 0:
            return None
        index = len(profile.notes) - 1 - row
        return index if 0 <= index < len(profile.notes) else None

    def edit(self, index: int, text: str) -> bool:
        profile = self.keeper.profile
        if profile is None or not text.strip() or profile.notes[index].text == text.strip():
            return False
        self.keeper.session.undo_stack.push(EditNote(self.keeper, index, text.strip()))
        return True

    def edit_item(self, item: QListWidgetItem) -> None:
        index = self.index_of(item)
        profile = self.keeper.profile
        if index is None or profile is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self._parent,
            QCoreApplication.translate("notes_editor", "Edit note"),
            QCoreApplication.translate("notes_editor", "Note:"),
            profile.notes[index].text,
        )
        if ok:
            self.edit(index, text)

    def _menu(self, pos: QPoint) -> None:
        item = self.notes.itemAt(pos)
        if item is None:
            return
        menu = QMenu(self.notes)
        menu.addAction(
            QCoreApplication.translate("notes_editor", "&Edit note…"), lambda: self.edit_item(item)
        )
        menu.exec(self.notes.viewport().mapToGlobal(pos))
