"""Saying what changed to a screen reader: each tick, role choice, undo and redo, with the
route it leads to ("Tick Python. Route to ML Engineer: 3 steps, 120 hours of study.").

Qt 6.8 added QAccessibleAnnouncementEvent: a reader speaks its text without the focus
moving. The words are also kept in `said`, so tests hear what a reader would.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from pathfinder.qt.outline.spoken import route_summary
from pathfinder.qt.state.session import Session


def announce(widget: QObject, text: str) -> None:
    """Have a running screen reader say `text` (politely: after what it is saying)."""
    if QAccessible.isActive():
        event = QAccessibleAnnouncementEvent(widget, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)


class Announcer(QObject):
    def __init__(self, window: QWidget, session: Session) -> None:
        super().__init__(window)
        self._window, self._session = window, session
        self._index = session.undo_stack.index()
        self.said: list[str] = []
        session.undo_stack.indexChanged.connect(self._on_index)
        session.packChanged.connect(self._on_pack)

    def say(self, text: str) -> None:
        self.said.append(text)
        del self.said[:-100]  # the latest hundred are plenty to look back on
        announce(self._window, text)

    def _on_index(self, index: int) -> None:
        stack = self._session.undo_stack
        if not isValid(stack) or not isValid(self._window):
            return  # the window is closing: nothing to say
        before, self._index = self._index, index
        if index > before:
            command = stack.command(index - 1)
            template = self.tr("{change}. {route}")
        else:
            command = stack.command(index)
            template = self.tr("Undone: {change}. {route}")
        if command is None:
            return
        self.say(template.format(change=command.text(), route=route_summary(self._session)))

    def _on_pack(self) -> None:
        self._index = self._session.undo_stack.index()
        self.say(
            self.tr("Opened {pack}: %n role(s).", None, len(self._session.catalog.roles)).format(
                pack=self._session.catalog.name
            )
        )
