"""The career graph widget: roles in lanes by family and columns by level, the best path,
and the skills still to learn hanging off the roles that need them.

Clicks and keys only ask the session (select_role) or push undo commands (set_target_role,
set_current_role); the picture follows the session's signals through GraphScene.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QMoveEvent,
    QPainter,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QFrame, QGraphicsView, QMenu, QWidget

from pathfinder.qt.graph.accessible import focus_role
from pathfinder.qt.graph.accessible import install as install_accessibility
from pathfinder.qt.graph.arrows import EdgeItem
from pathfinder.qt.graph.fit import Room
from pathfinder.qt.graph.focus import is_big
from pathfinder.qt.graph.focus_bar import FocusBar
from pathfinder.qt.graph.items import RoleItem, fit_percent
from pathfinder.qt.graph.keys import GraphKeys
from pathfinder.qt.graph.legend import GraphLegend
from pathfinder.qt.graph.markers import StepMarker
from pathfinder.qt.graph.scene import GraphScene
from pathfinder.qt.graph.search import Match, find_matches, role_needing
from pathfinder.qt.graph.theme import GraphTheme
from pathfinder.qt.graph.zooming import READABLE_ZOOM, ZoomingView
from pathfinder.qt.state.commands import set_current_role, set_target_role
from pathfinder.qt.state.session import Session


class GraphView(ZoomingView):
    compareRequested = Signal(str)  # role id the learner wants to compare with another role
    routeRequested = Signal(str)  # a step marker was clicked (role id of the step)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.theme = GraphTheme(self.palette())
        self.graph_scene = GraphScene(session, self.theme, self)
        self.setScene(self.graph_scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        # Zooming keeps its own anchor (cursor or centre); resizing keeps the middle in view.
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        # Every item's bounds already include its antialiased outline (the thick presentation
        # pens too), so the view need not grow each repainted area: about 1 ms of a tick.
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # The view can scroll past the graph (see _show_with_room): scroll bars would always
        # show and say nothing. Drag, the wheel and the arrow keys move around instead.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Nothing in the scene takes drops, yet a view that accepts them claims every drag over
        # it, so a pack dropped on the graph never reached the window that opens it.
        self.setAcceptDrops(False)
        self.setAccessibleName(self.tr("Career graph"))
        self.setAccessibleDescription(
            self.tr(
                "Roles by family and level. Arrow keys move between roles, Alt with an arrow "
                "along their moves, Enter makes the selected role your target, Space shows "
                "its details, the menu key offers more."
            )
        )

        self.graph_scene.routeRequested.connect(self.routeRequested)
        self.keys = GraphKeys(self, self.graph_scene, session)
        install_accessibility(GraphView)  # the roles as the view's accessible children
        self.legend = GraphLegend(self.theme, self)
        self.focus_bar = FocusBar(session, self.graph_scene, self)
        self.graph_scene.shownChanged.connect(self._on_shown_changed)
        self.legend.toggled.connect(self._on_legend_toggled)
        self._room = Room()  # kept clear of the graph for the focus bar (graph_fit.py)
        self.caption_room = 0.0  # pixels kept above the graph for presentation.py's caption
        self._window_size: QSize | None = None  # to tell a window resize from a dock's
        self._corner: QPoint | None = None  # the viewport's top-left in the window, last seen
        self.graph_scene.sceneRectChanged.connect(self._on_scene_rect_changed)
        self._legend_choice: bool | None = None  # the learner's own fold/unfold wins
        self._auto_fit = True  # follow the window size until the learner zooms or pans
        self._press: QPoint | None = None
        self._placing = False

        session.selectionChanged.connect(self._on_selection_changed)
        session.packChanged.connect(self._on_pack_changed)

    # ----- public API ----------------------------------------------------------------------

    def item_for_role(self, role_id: str) -> RoleItem | None:
        return self.graph_scene.role_items.get(role_id)

    def edge_item(self, source: str, target: str) -> EdgeItem | None:
        return self.graph_scene.edge_items.get((source, target))

    def markers(self) -> list[StepMarker]:
        return self.graph_scene.markers

    @property
    def auto_fit(self) -> bool:
        """True until the learner zooms or pans: the graph follows the window's size."""
        return self._auto_fit

    def find_text(self, text: str) -> Match | None:
        """Centre on and select the best role matching `text`, or the role that needs the best
        skill matching it; the match, or None if nothing matches."""
        for match in find_matches(self._session.catalog, text):
            if self.go_to(match):
                return match
        return None

    def go_to(self, match: Match) -> bool:
        """Centre on and select the role of `match` (for a skill, a role that needs it),
        keeping the learner's zoom unless names would be too small to read there."""
        session = self._session
        catalog = session.catalog
        if match.kind == "role":
            role: str | None = match.ident
        else:
            role = role_needing(catalog, match.ident, session.plan)
        if role and role not in self.graph_scene.role_items:
            self.show_roles([role])  # a big pack draws a neighbourhood: add the find
        item = self.item_for_role(role) if role else None
        if item is None:
            return False
        self._auto_fit = False
        if self.zoom() < READABLE_ZOOM:  # names below about 12 px: come close enough to read
            self._set_zoom(READABLE_ZOOM)
        self.centerOn(item)
        session.select_role(item.role_id)
        return True

    def role_menu(self, role_id: str) -> QMenu:
        """The context menu of one role (built fresh, so texts follow the current state)."""
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Role actions"))
        session = self._session
        current = menu.addAction(self.tr("Set as my &current role"))
        current.setEnabled(session.current_role != role_id)
        current.triggered.connect(lambda: set_current_role(session, role_id))
        target = menu.addAction(self.tr("Set as &target"))
        target.setEnabled(session.target_role != role_id)
        target.triggered.connect(lambda: set_target_role(session, role_id))
        menu.addSeparator()
        compare = menu.addAction(self.tr("Co&mpare with…"))
        compare.triggered.connect(lambda: self.compareRequested.emit(role_id))
        if is_big(session.catalog) and not self.graph_scene.shows_every_role:
            menu.addSeparator()
            around = menu.addAction(self.tr("Show the &moves around this role"))
            around.triggered.connect(lambda: self.show_roles([role_id]))
            family = session.catalog.role_by_id[role_id].family
            whole = menu.addAction(
                self.tr("Show its whole &family ({family})").format(family=family)
            )
            whole.setEnabled(family not in self.graph_scene.focus.families)
            whole.triggered.connect(lambda: self.show_family(family))
        return menu

    def show_roles(self, roles: list[str]) -> None:
        """Add these roles (and their first moves) to a big pack's neighbourhood."""
        self.graph_scene.show(roles=roles)

    def show_family(self, family: str) -> None:
        self.graph_scene.show(family=family)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y()
        if delta == 0:
            super().wheelEvent(event)
            return
        self._auto_fit = False
        self._zoom_at(1.0015**delta, event.position().toPoint())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        point = event.position().toPoint()
        if (point - self._press).manhattanLength() < QApplication.startDragDistance():
            item = self._role_at(point)
            self._session.select_role(item.role_id if item else None)
            event.accept()
        else:
            self._auto_fit = False  # the learner panned: stop refitting on resize
        self._press = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self._role_at(event.position().toPoint())
        if item is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        self._session.select_role(item.role_id)
        set_target_role(self._session, item.role_id)
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            item = self.item_for_role(self._session.selected_role or "")
            point = self.mapFromScene(item.scenePos()) if item else QPoint()
        else:
            point = event.pos()
            item = self._role_at(point)
        if item is None:
            event.ignore()
            return
        self._session.select_role(item.role_id)
        self.role_menu(item.role_id).exec(self.viewport().mapToGlobal(point))
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        session = self._session
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif ctrl and key == Qt.Key.Key_0:
            self.fit_all()
        elif self.keys.handle(event):  # arrows, Alt+arrows, Space, Shift+F10: keys.py
            pass
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and session.selected_role:
            set_target_role(session, session.selected_role)
        elif key == Qt.Key.Key_Escape and session.selected_role:
            session.select_role(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.keys.focus_in(event.reason())

    def resizeEvent(self, event: QResizeEvent) -> None:
        window = self.window().size()
        resized = self._window_size is None or window != self._window_size
        self._window_size = QSize(window)
        origin = self.mapToScene(QPoint(0, 0))  # still the old view: shown at self._corner
        super().resizeEvent(event)
        self._place_legend()
        if self._auto_fit and resized:
            self.fit_all()
        elif self._corner is not None and self.isVisible():
            # The window kept its size: a dock or a banner opened or closed beside the view.
            # Every role stays where it was on screen, at the same zoom, instead of a refit.
            self._show_with_room(self.graph_scene.sceneRect())  # room to scroll at this size
            self._put(origin, self._corner)
        self._corner = self._window_corner()

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        if self._corner is not None and self.isVisible():
            self._put(self.mapToScene(QPoint(0, 0)), self._corner)
        self._corner = self._window_corner()

    def _window_corner(self) -> QPoint | None:
        """Where the viewport's top-left corner is in the window."""
        return self.viewport().mapTo(self.window(), QPoint(0, 0)) if self.isVisible() else None

    def _put(self, scene_point: QPointF, corner: QPoint) -> None:
        """Scroll so that `scene_point` shows at window point `corner`."""
        now = self.viewport().mapTo(self.window(), QPoint(0, 0))
        moved = self.mapFromScene(scene_point) - (corner - now)
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + moved.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved.y())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._place_legend()
        if self._auto_fit:
            self.fit_all()
        self._corner = self._window_corner()

    def set_presentation(self, on: bool, text_scale: float = 1.0) -> None:
        """Thicker lines and larger names for a projector."""
        self.theme.line_scale = 1.8 if on else 1.0
        self.theme.text_scale = text_scale if on else 1.0
        self.theme.apply(self.palette())
        self.graph_scene.apply_theme()
        self.fit_all()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.theme.apply(self.palette())
            self.graph_scene.apply_theme()
            self.legend.refresh_theme()

    # ----- helpers -------------------------------------------------------------------------

    def _role_at(self, point: QPoint) -> RoleItem | None:
        return self.graph_scene.role_at(self.mapToScene(point))

    def _on_legend_toggled(self, shown: bool) -> None:
        if not self._placing:
            self._legend_choice = shown
            self._place_legend()  # it floats over the graph: nothing else moves

    def _place_legend(self) -> None:
        area = self.viewport().geometry()
        if self._legend_choice is None:
            # Folded until asked for: open, it would hide part of the graph.
            self._placing = True
            self.legend.set_open(False)
            self._placing = False
        self.legend.adjustSize()
        self.focus_bar.move(area.left() + 10, area.top() + 10)
        # Bottom left: lanes are ordered by their lowest level, so the last lanes start
        # right of level 1 and that corner is the emptiest (the top holds the level names).
        self.legend.move(area.left() + 6, area.bottom() - self.legend.height() - 6)
        self.legend.raise_()
        self.focus_bar.raise_()

    def _on_shown_changed(self) -> None:
        # Other roles means other places: the old view of the scene shows nothing useful.
        if is_big(self._session.catalog):
            self.fit_all()

    def _on_pack_changed(self) -> None:
        if self._auto_fit:
            self.fit_all()

    def _on_selection_changed(self, role_id: str) -> None:
        item = self.item_for_role(role_id)
        if item is None:
            return
        self.ensureVisible(item, 40, 40)
        focus_role(self, role_id)
        role = item.role
        self.setAccessibleDescription(
            self.tr("Selected: {role}, level {level}, {family}, fit {fit}").format(
                role=role.name,
                level=str(role.level),
                family=role.family,
                fit=fit_percent(self._session.fit(role.id)),
            )
        )
