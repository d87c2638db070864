"""What the keyboard and a screen reader need from the main window, added in one call:

- View > Map as text (Ctrl+Shift+M) and Route as text (Ctrl+Shift+R): the outline dialog;
- View > Next panel (F6) and Previous panel (Shift+F6): the keyboard goes from the map to the
  Skills, Plan, Role details and Route panels and the search box, bringing a tabbed panel
  forward;
- a Tab order that follows the same round;
- Space on the map opens the role's details; each change is said aloud (announcer.py).
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLineEdit,
    QMainWindow,
    QMenu,
    QScrollArea,
    QWidget,
)
from shiboken6 import isValid

from pathfinder.qt.outline.announcer import Announcer
from pathfinder.qt.outline.outline_dialog import MAP_TAB, ROUTE_TAB, OutlineDialog

if TYPE_CHECKING:
    from pathfinder.qt.graph.view import GraphView
    from pathfinder.qt.plan.panel import PlanPanel
    from pathfinder.qt.plan.route_view import RouteView
    from pathfinder.qt.roles.role_panel import RolePanel
    from pathfinder.qt.skills.panel import SkillsPanel
    from pathfinder.qt.state.session import Session


class MainWindow(QMainWindow):
    """What keyboard access needs of the main window (qt/window/main_window.py, which builds
    it; cast, not subclassed): named here so the two do not import each other."""

    session: Session
    graph: GraphView
    role_panel: RolePanel
    role_dock: QDockWidget
    view_menu: QMenu
    presentation_action: QAction
    search: QLineEdit
    skills_panel: SkillsPanel
    plan_panel: PlanPanel
    route_view: RouteView


def first_focusable(panel: QWidget) -> QWidget | None:
    """The first widget inside `panel` that Tab would stop at."""
    widget = panel if panel.focusPolicy() & Qt.FocusPolicy.TabFocus else panel.nextInFocusChain()
    for _ in range(2000):  # the chain is a ring through the whole window
        if widget is None:
            return None
        inside = widget is panel or panel.isAncestorOf(widget)
        if (
            inside
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
        if widget is panel:
            return None
    return None


class KeyboardAccess(QObject):
    def __init__(self, main_window: QMainWindow) -> None:
        super().__init__(main_window)
        window = cast(MainWindow, main_window)
        self._window = window
        self.outline: OutlineDialog | None = None
        self._return_to: QWidget | None = None
        self.announcer = Announcer(window, window.session)
        self.map_action = self._action(
            self.tr("&Map as text…"), "Ctrl+Shift+M", lambda: self.show_outline(MAP_TAB)
        )
        self.route_action = self._action(
            self.tr("Route as te&xt…"), "Ctrl+Shift+R", lambda: self.show_outline(ROUTE_TAB)
        )
        self.next_action = self._action(self.tr("&Next panel"), "F6", lambda: self.next_panel(1))
        self.previous_action = self._action(
            self.tr("Pre&vious panel"), "Shift+F6", lambda: self.next_panel(-1)
        )
        menu = window.view_menu
        for action in (self.map_action, self.route_action, self.next_action, self.previous_action):
            menu.insertAction(window.presentation_action, action)
        menu.insertSeparator(window.presentation_action)
        chain = self.panels()
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        for panel in chain:
            self._name_scroll_areas(panel)
        window.graph.keys.detailsRequested.connect(self.show_details)
        window.graph.keys.walked.connect(self.tell)

    def _action(self, text: str, keys: str, slot: object) -> QAction:
        action = QAction(text, self._window)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self._window.addAction(action)
        return action

    def _name_scroll_areas(self, panel: QWidget) -> None:
        """A panel's scroll area is a Tab stop (the keys scroll it): a reader names it by its
        panel instead of saying nothing."""
        dock = self._dock_of(panel)
        if dock is None:
            return
        for area in panel.findChildren(QScrollArea):
            if not area.accessibleName():
                area.setAccessibleName(dock.windowTitle())

    def panels(self) -> list[QWidget]:
        """The round F6 and Tab make: search, map, then the docks left to right."""
        w = self._window
        return [w.search, w.graph, w.skills_panel, w.plan_panel, w.role_panel, w.route_view]

    def _dock_of(self, panel: QWidget) -> QDockWidget | None:
        for dock in self._window.findChildren(QDockWidget):
            if dock.widget() is panel:
                return dock
        return None

    def focus_panel(self, panel: QWidget) -> bool:
        dock = self._dock_of(panel)
        if dock is not None:
            if dock.isHidden():
                return False  # closed by the learner (View menu opens it again)
            dock.raise_()
        target = first_focusable(panel)
        if target is None:
            return False
        target.setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def next_panel(self, step: int) -> None:
        panels = self.panels()
        focused = self._window.focusWidget()
        at = next((i for i, p in enumerate(panels) if focused is p or p.isAncestorOf(focused)), -1)
        for offset in range(1, len(panels) + 1):
            panel = panels[(at + step * offset) % len(panels)]
            if self.focus_panel(panel):
                name = self._dock_of(panel)
                self.tell(name.windowTitle() if name is not None else panel.accessibleName())
                return

    def show_details(self, role: str) -> None:
        """Space on the map: the role's details, with the keyboard in them."""
        self._window.role_dock.show()
        self.focus_panel(self._window.role_panel)

    def show_outline(self, tab: int) -> None:
        if self.outline is None:
            self.outline = OutlineDialog(self._window.session, self._window)
            self.outline.finished.connect(self._back_from_outline)
        if not self.outline.isVisible():
            self._return_to = QApplication.focusWidget()
        self.outline.show()
        self.outline.raise_()
        self.outline.activateWindow()
        self.outline.show_tab(tab)

    def _back_from_outline(self) -> None:
        """The keyboard goes back where it was before the outline opened."""
        self._window.activateWindow()
        back = self._return_to
        if back is not None and isValid(back) and back.isVisible():
            back.setFocus(Qt.FocusReason.PopupFocusReason)

    def tell(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 4000)
        self.announcer.say(text)
