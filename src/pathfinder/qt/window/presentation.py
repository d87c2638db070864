"""Presentation mode (F11): the map and the route for a projector.

Full screen; the graph's names, lines and markers grow (GraphView.set_presentation) and so
does the route view, which comes forward beside the graph while the Skills and Role details
panels step aside; a caption over the graph says whose plan it is and where it leads, since
full screen hides the title bar. Esc or F11 leaves, and every panel returns to the width
it had (the window's state is restored once the window is back to its size).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

from pathfinder.qt.widgets.virtual_guard import guarded, not_handled

if TYPE_CHECKING:
    from pathfinder.qt.graph.view import GraphView
    from pathfinder.qt.plan.route_view import RouteView
    from pathfinder.qt.state.session import Session


class MainWindow(QMainWindow):
    """What presentation mode needs of the main window (qt/window/main_window.py, which
    builds it; cast, not subclassed): named here so the two do not import each other."""

    session: Session
    graph: GraphView
    route_view: RouteView
    learner_name: str | None
    attached: bool
    presentation_action: QAction
    skills_dock: QDockWidget
    plan_dock: QDockWidget
    role_dock: QDockWidget

    def show_route(self, role: str | None = None) -> None: ...


TEXT_SCALE = 1.35  # graph names, aimed for on screen
ROUTE_SCALE = 1.5
ROUTE_SHARE = 0.3  # of the screen's width, for the route view


class Caption(QLabel):
    """'Ada → MLOps Engineer', large, over the top-left of the graph."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("presentationCaption")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.Base)
        self.setMargin(10)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 2.0)
        font.setWeight(QFont.Weight.Bold)
        self.setFont(font)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()


class Presentation(QObject):
    def __init__(self, main_window: QMainWindow) -> None:
        super().__init__(main_window)
        window = cast(MainWindow, main_window)
        self._window = window
        self.on = False
        self._state = QByteArray()
        self._geometry = QByteArray()
        self._hidden: list[QWidget] = []
        self.caption: Caption | None = None
        self._leave = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
        self._leave.setContext(Qt.ShortcutContext.WindowShortcut)
        self._leave.setEnabled(False)
        self._leave.activated.connect(self.leave)

    def caption_text(self) -> str:
        window = self._window
        session = window.session
        target = session.catalog.role_by_id.get(session.target_role or "")
        who = window.learner_name or self.tr("This plan")
        if target is None:
            return self.tr("{who} · no target yet").format(who=who)
        return self.tr("{who} → {target}").format(who=who, target=target.name)

    def toggle(self) -> None:
        if self.on:
            self.leave()
        else:
            self.enter()

    def enter(self) -> None:
        window = self._window
        if self.on or not window.attached:
            return
        self.on = True
        self._state = window.saveState()
        self._geometry = window.saveGeometry()
        self._hidden = [d for d in (window.skills_dock, window.role_dock) if d.isVisible()]
        for dock in self._hidden:
            dock.hide()
        window.route_view.set_scale(ROUTE_SCALE)
        window.show_route()
        window.graph.set_presentation(True, TEXT_SCALE)
        self._show_caption()
        window.session.rolesChanged.connect(self._show_caption)
        window.showFullScreen()
        self._leave.setEnabled(True)
        window.presentation_action.setChecked(True)
        QTimer.singleShot(0, self._arrange)

    def leave(self) -> None:
        window = self._window
        if not self.on:
            return
        self.on = False
        self._leave.setEnabled(False)
        window.session.rolesChanged.disconnect(self._show_caption)
        if self.caption is not None:
            self.caption.hide()
        window.graph.caption_room = 0.0
        window.route_view.set_scale(1.0)
        window.graph.set_presentation(False)
        window.showNormal()
        window.restoreGeometry(self._geometry)
        window.presentation_action.setChecked(False)
        # The docks' widths are only right once the window is back to its own size: restore
        # the state then (restoring at once gave them the full screen's proportions).
        window.restoreState(self._state)
        QTimer.singleShot(0, lambda: window.restoreState(self._state))

    def _arrange(self) -> None:
        window = self._window
        if not self.on:
            return
        window.resizeDocks(
            [window.plan_dock], [int(window.width() * ROUTE_SHARE)], Qt.Orientation.Horizontal
        )
        window.graph.fit_all()
        self._place_caption()

    def _show_caption(self) -> None:
        graph = self._window.graph
        if self.caption is None:
            self.caption = Caption(graph)
            graph.installEventFilter(self)
        self.caption.setText(self.caption_text())
        self.caption.adjustSize()
        self.caption.show()
        graph.caption_room = self.caption.height() + 12
        self._place_caption()

    def _place_caption(self) -> None:
        if self.caption is not None:
            area = self._window.graph.viewport().geometry()
            self.caption.move(area.left() + 12, area.top() + 12)
            self.caption.raise_()

    @guarded(not_handled)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place_caption()
        return False
