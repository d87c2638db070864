"""The career graph's plain moves (neither on the path nor lit), drawn together from one
kept picture.

A tick changes the fit of the roles that use the skill, often ten of them across the graph;
every move that touches one of their boxes was drawn again with it, some forty lines a tick
(about 1 ms). Those lines do not change on a tick: here they are drawn once into a picture
the size of the view (Qt's device coordinate cache), which a repaint copies from. The picture
is drawn again only when a move's look or route changes, or the theme does. Moves on the
path or lit by the hovered role are drawn above it by their own items (arrows.py `join`).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from pathfinder.qt.graph.arrows import EdgeItem
from pathfinder.qt.widgets.virtual_guard import guarded, nothing


class EdgeLayer(QGraphicsItem):
    def __init__(self) -> None:
        super().__init__()
        self._edges: list[EdgeItem] = []
        self._bounds = QRectF()
        self.setZValue(0)  # with the plain moves: under the lit (1) and path (1.5) ones
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def hold(self, edges: list[EdgeItem]) -> None:
        """Draw these moves (each while it is plain) from now on."""
        self._edges = edges
        bounds = QRectF()
        for edge in edges:
            bounds = bounds.united(edge.boundingRect())
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        for edge in edges:
            edge.join(self)
        self.update()

    @guarded(QRectF)
    def boundingRect(self) -> QRectF:
        return self._bounds

    @guarded(nothing)
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        for edge in self._edges:
            if edge.in_layer and edge.isVisible():
                edge.draw(painter)
