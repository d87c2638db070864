"""Where the graph view looks: fitting the whole graph, zooming in and out, and keeping the
shown area clear of the focus bar and the presentation caption."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, QSizeF
from PySide6.QtWidgets import QGraphicsView

from pathfinder.qt.graph.fit import Room, best_room
from pathfinder.qt.graph.focus import is_big
from pathfinder.qt.graph.focus_bar import FocusBar
from pathfinder.qt.graph.items import LINE_LOD
from pathfinder.qt.graph.scene import GraphScene
from pathfinder.qt.state.session import Session

MIN_ZOOM = 0.12
MAX_ZOOM = 3.0
MAX_FIT_ZOOM = 1.25  # a huge screen should show more room around the graph, not giant boxes
ZOOM_STEP = 1.25
# Role names (up to 24 px) show 12 px from here on: a big pack's neighbourhood is never
# fitted smaller, and a search zooms in only below it.
READABLE_ZOOM = 0.5
_OVERLAY_GAP = 6  # pixels between a floating card and the graph it is fitted beside


class ZoomingView(QGraphicsView):
    """The zoom and fit half of GraphView (graph/view.py), which sets these attributes up."""

    _session: Session
    graph_scene: GraphScene
    focus_bar: FocusBar
    _room: Room
    caption_room: float
    _auto_fit: bool

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_in(self) -> None:
        self._auto_fit = False
        self._zoom_at(ZOOM_STEP, self.viewport().rect().center())

    def zoom_out(self) -> None:
        self._auto_fit = False
        self._zoom_at(1 / ZOOM_STEP, self.viewport().rect().center())

    def min_zoom(self) -> float:
        """MIN_ZOOM, or less when every role of a big pack is shown: then the whole graph
        must still fit (drawn as plain shapes at that size)."""
        if not (is_big(self._session.catalog) and self.graph_scene.shows_every_role):
            return MIN_ZOOM
        rect, area = self.graph_scene.sceneRect(), self.viewport().rect()
        fits = min(area.width() / max(rect.width(), 1), area.height() / max(rect.height(), 1))
        return min(MIN_ZOOM, max(fits, 0.002))

    def fit_all(self) -> None:
        """Show the whole graph, as large as it fits, clear of the focus bar (the legend
        floats over a corner, folded until asked for, and takes no room)."""
        rect = self.graph_scene.sceneRect()
        room = self._room_for_overlays(rect)
        zoom = min(max(room.zoom(rect, self._view_size()), self.min_zoom()), MAX_FIT_ZOOM)
        self._room = room
        self.resetTransform()
        self.scale(zoom, zoom)
        shown = self._show_with_room(rect)
        self.centerOn(shown.center())
        # A big pack's neighbourhood can span many family lanes: rather than shrink the names
        # away, stay readable and centre on the learner (scroll or zoom out for more).
        neighbourhood = self.focus_bar.isVisibleTo(self) and not self.graph_scene.shows_every_role
        if neighbourhood and self.zoom() < READABLE_ZOOM:
            self._set_zoom(READABLE_ZOOM)
            self.centerOn(self._clamped(self._learner_point(), shown))
        self.graph_scene.set_far_out(self.zoom() < LINE_LOD)
        self._auto_fit = True

    def _clamped(self, centre: QPointF, shown: QRectF) -> QPointF:
        """`centre` moved so the view shows no empty room beside `shown` that could hold
        more of it (the view may scroll past the graph, see _show_with_room)."""
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        half_w, half_h = visible.width() / 2, visible.height() / 2
        x, y = centre.x(), centre.y()
        if shown.width() <= visible.width():
            x = shown.center().x()
        else:
            x = min(max(x, shown.left() + half_w), shown.right() - half_w)
        if shown.height() <= visible.height():
            y = shown.center().y()
        else:
            y = min(max(y, shown.top() + half_h), shown.bottom() - half_h)
        return QPointF(x, y)

    def _view_size(self) -> QSizeF:
        return QSizeF(self.viewport().size())

    def _room_for_overlays(self, rect: QRectF) -> Room:
        """What the focus bar covers, measured from the viewport's top edge."""
        area = self.viewport().geometry()
        bar = 0.0
        if self.focus_bar.isVisibleTo(self):
            bar = self.focus_bar.geometry().bottom() - area.top() + 1 + _OVERLAY_GAP
        bar = max(bar, self.caption_room)
        return best_room(rect, self._view_size(), bar, None)

    def _show_with_room(self, rect: QRectF) -> QRectF:
        """Let the view show `rect` plus the room kept for the focus bar at the current zoom;
        returns that area. The view may scroll a viewport beyond it, so that a dock closing
        beside the view can leave every role where it was on screen."""
        zoom = max(self.zoom(), 1e-6)
        shown = self._room.around(rect, zoom)
        size = self._view_size()
        reach_x, reach_y = size.width() / zoom, size.height() / zoom
        self.setSceneRect(shown.adjusted(-reach_x, -reach_y, reach_x, reach_y))
        return shown

    def _on_scene_rect_changed(self, rect: QRectF) -> None:
        # New gap trays grow the scene: the view's own rect (set by the fit) must follow.
        self._show_with_room(rect)

    def _learner_point(self) -> QPointF:
        session, items = self._session, self.graph_scene.role_items
        plan = session.plan
        for role in (session.target_role, session.current_role, *(plan.path if plan else ())):
            if role in items:
                return items[role].scenePos()
        # Only now: ranking a big pack's roles for suggestions costs more than a whole tick.
        for suggestion in session.suggestions:
            if suggestion.role in items:
                return items[suggestion.role].scenePos()
        return self.graph_scene.sceneRect().center()

    def _set_zoom(self, zoom: float) -> None:
        centre = self.mapToScene(self.viewport().rect().center())
        self.resetTransform()
        self.scale(zoom, zoom)
        self.centerOn(centre)
        self.graph_scene.set_far_out(zoom < LINE_LOD)

    def _zoom_at(self, factor: float, anchor: QPoint) -> None:
        before = self.mapToScene(anchor)
        zoom = min(max(self.zoom() * factor, self.min_zoom()), MAX_ZOOM)
        if abs(zoom - self.zoom()) < 1e-9:
            return
        self.scale(zoom / self.zoom(), zoom / self.zoom())
        self.graph_scene.set_far_out(zoom < LINE_LOD)
        # Keep the scene point that was under the anchor under it after scaling.
        moved = self.mapFromScene(before) - anchor
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + moved.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved.y())

    # ----- events --------------------------------------------------------------------------
