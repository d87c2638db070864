"""Undo you can see: after Ctrl+Z or Ctrl+Shift+Z the status bar says what was undone or
redone ("Undid: tick Docker"), and what it changed flashes: the skill in the Skills list,
the role on the graph. An edit undone out of sight (a tick in a collapsed category, a
target off screen) was otherwise a silent change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QRectF, QTimer
from PySide6.QtGui import QAction, QPen, QUndoCommand
from PySide6.QtWidgets import QDockWidget, QGraphicsRectItem, QStatusBar

from pathfinder.qt.state.commands import SetRoles, SetSkillStates

if TYPE_CHECKING:
    from pathfinder.qt.graph.view import GraphView
    from pathfinder.qt.skills.panel import SkillsPanel
    from pathfinder.qt.state.session import Session


class UndoWindow(Protocol):
    """What the feedback needs of the window (the main window is one): named here so this
    module does not import the window that builds it."""

    undo_action: QAction
    redo_action: QAction
    session: Session
    skills_dock: QDockWidget
    skills_panel: SkillsPanel
    graph: GraphView

    def statusBar(self) -> QStatusBar: ...


FLASH_MS = 1200
MESSAGE_MS = 6000


def _lowered(text: str) -> str:
    return text[:1].lower() + text[1:]


class UndoFeedback(QObject):
    def __init__(self, window: UndoWindow, parent: QObject) -> None:
        super().__init__(parent)
        self._window = window
        self.last_message = ""
        self.flashed: list[str] = []  # ids of what flashed last (for tests)
        self._flash: QGraphicsRectItem | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._end_flash)
        window.undo_action.triggered.connect(self._undone)  # after the stack's own slot
        window.redo_action.triggered.connect(self._redone)

    def _undone(self) -> None:
        stack = self._window.session.undo_stack
        command = stack.command(stack.index())  # the one just undone
        if command is not None:
            self._tell(self.tr("Undid: {edit}"), command)

    def _redone(self) -> None:
        stack = self._window.session.undo_stack
        command = stack.command(stack.index() - 1)  # the one just redone
        if command is not None:
            self._tell(self.tr("Redid: {edit}"), command)

    def _tell(self, template: str, command: QUndoCommand) -> None:
        window = self._window
        self.last_message = template.format(edit=_lowered(command.text()))
        window.statusBar().showMessage(self.last_message, MESSAGE_MS)
        self.flashed = []
        if isinstance(command, SetSkillStates) and command.skills:
            skill = command.skills[0]
            self.flashed = command.skills
            if window.skills_dock.isVisible():
                window.skills_panel.show_skill(skill)
        elif isinstance(command, SetRoles) and command.roles:
            self.flashed = command.roles
            self._flash_role(command.roles[0])

    def _flash_role(self, role: str) -> None:
        graph = self._window.graph
        item = graph.item_for_role(role)
        if item is None:
            return
        self._end_flash()
        box = item.mapRectToScene(item.box_rect).adjusted(-9, -9, 9, 9)
        pen = QPen(graph.theme.gap_border.color(), 6 * graph.theme.line_scale)
        flash = QGraphicsRectItem(QRectF(box))
        flash.setPen(pen)
        flash.setZValue(20)
        graph.graph_scene.addItem(flash)
        graph.ensureVisible(item, 40, 40)
        self._flash = flash
        self._timer.start(FLASH_MS)

    @property
    def flash_item(self) -> QGraphicsRectItem | None:
        return self._flash

    def _end_flash(self) -> None:
        if self._flash is not None and self._flash.scene() is not None:
            self._flash.scene().removeItem(self._flash)
        self._flash = None
