"""Editing and deleting a session note: double-click it (or right-click › Edit note…) to change
its text, press Delete (or right-click › Delete note) to remove it, and Ctrl+Z puts it back.
The list draws each note apart from the next, its date first, so notes no longer run together.

Each is an undoable edit of the learner like a tick (qt/state/commands.py), so Edit › Undo and
the status bar's "Undid: …" work for notes too. Switching learners clears the undo history,
so an undo never changes another learner's notes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QInputDialog, QListWidget, QListWidgetItem, QMenu, QWidget

from pathfinder.qt.profiles.keeper import ProfileKeeper
from pathfinder.qt.profiles.learner_panel import SHOWN_NOTES
from pathfinder.qt.state import commands


class NotesEditor:
    """Adds editing to the Learner panel's list of notes (newest first)."""

    def __init__(self, notes: QListWidget, keeper: ProfileKeeper, parent: QWidget) -> None:
        self.notes, self.keeper, self._parent = notes, keeper, parent
        notes.setAlternatingRowColors(True)  # each note on its own band
        notes.setSpacing(3)
        notes.setToolTip(
            QCoreApplication.translate(
                "notes_editor", "Double-click a note to edit it; Delete removes it"
            )
        )
        notes.itemDoubleClicked.connect(self.edit_item)
        notes.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        notes.customContextMenuRequested.connect(self._menu)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), notes)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current)

    def index_of(self, item: QListWidgetItem) -> int | None:
        """The note's place in the profile (the list shows the newest first)."""
        profile = self.keeper.profile
        row = self.notes.row(item)
        if profile is None or not 0 <= row < SHOWN_NOTES:
            return None  # the last line may say how many older notes the list leaves out
        index = len(profile.notes) - 1 - row
        return index if 0 <= index < len(profile.notes) else None

    def edit(self, index: int, text: str) -> bool:
        if self.keeper.profile is None:
            return False
        return commands.edit_note(self.keeper.session, index, text)

    def delete(self, index: int) -> bool:
        if self.keeper.profile is None:
            return False
        return commands.delete_note(self.keeper.session, index)

    def delete_current(self) -> None:
        item = self.notes.currentItem()
        index = self.index_of(item) if item is not None else None
        if index is not None:
            self.delete(index)

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
        index = self.index_of(item)
        if index is not None:
            menu.addAction(
                QCoreApplication.translate("notes_editor", "&Delete note"),
                lambda: self.delete(index),
            )
        menu.exec(self.notes.viewport().mapToGlobal(pos))
