"""One move between two roles on the career graph, drawn as a curve ending in an arrow head."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from pathfinder.qt.graph.items import LINE_LOD, SHAPE_LOD
from pathfinder.qt.graph.theme import GraphTheme
from pathfinder.qt.widgets.virtual_guard import guarded, nothing


class EdgeItem(QGraphicsItem):
    """One transition: a curve ending in an arrow head at the target's side."""

    def __init__(
        self,
        source: str,
        target: str,
        path: QPainterPath,
        arrow: QPolygonF,
        theme: GraphTheme,
        points: tuple[QPointF, ...] = (),
    ) -> None:
        super().__init__()
        self.source, self.target = source, target
        self._theme = theme
        self._layer: QGraphicsItem | None = None  # edge_layer.py, which may draw this move
        self.points: tuple[QPointF, ...] = ()  # the route's corners, start to arrow base
        self._path, self._arrow = QPainterPath(), QPolygonF()
        self.set_route(path, arrow, points)
        self._on_path = self._dimmed = self._lit = False
        self.update_count = 0
        self.setZValue(0)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_route(self, path: QPainterPath, arrow: QPolygonF, points: tuple[QPointF, ...]) -> None:
        """Run along this line (again when the roles around it move); repaints if it differs."""
        if points == self.points and arrow == self._arrow and path == self._path:
            return
        self.prepareGeometryChange()
        self.points, self._path, self._arrow = points, path, arrow
        start = path.elementAt(0)
        self._line = QLineF(QPointF(start.x, start.y), arrow.at(0))
        self._bounds = path.boundingRect().united(arrow.boundingRect()).adjusted(-6, -6, 6, 6)
        self._samples: list[QPointF] = []
        self.update()
        if self._layer is not None:
            self._layer.update()

    @property
    def on_path(self) -> bool:
        return self._on_path

    @property
    def dimmed(self) -> bool:
        return self._dimmed

    def path_shape(self) -> QPainterPath:
        return QPainterPath(self._path)

    def arrow_polygon(self) -> QPolygonF:
        return QPolygonF(self._arrow)

    def sample_points(self) -> list[QPointF]:
        """Points along the curve (cached): what a gap tray should not cover."""
        if not self._samples:
            self._samples = [self._path.pointAtPercent(i / 11) for i in range(12)]
        return self._samples

    @property
    def lit(self) -> bool:
        return self._lit

    def set_look(self, on_path: bool, dimmed: bool, lit: bool = False) -> bool:
        if (on_path, dimmed, lit) == (self._on_path, self._dimmed, self._lit):
            return False
        self._on_path, self._dimmed, self._lit = on_path, dimmed, lit
        # The path stays on top where lines cross, then the lit moves.
        self.setZValue(1.5 if on_path else 1 if lit else 0)
        self.update_count += 1
        self.update()
        if self._layer is not None:
            self._layer.update()  # it held this move in its old look, or holds it now
            self._follow_layer()
        return True

    def join(self, layer: QGraphicsItem | None) -> None:
        """Let `layer` (edge_layer.py) draw this move while it is neither on the path nor lit;
        None: the move draws itself."""
        self._layer = layer
        self._follow_layer()

    @property
    def in_layer(self) -> bool:
        return self._layer is not None and not (self._on_path or self._lit)

    def _follow_layer(self) -> None:
        # An item with no contents is never asked to paint: the layer's picture shows it.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, self.in_layer)

    @guarded(QRectF)
    def boundingRect(self) -> QRectF:
        return self._bounds

    @guarded(nothing)
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        self.draw(painter)

    def draw(self, painter: QPainter) -> None:
        """The move in its look, in scene coordinates (a move is never moved from 0, 0)."""
        theme = self._theme
        if self._on_path:
            pen, brush = theme.edge_path_pen, theme.edge_path_brush
        elif self._lit:
            pen, brush = theme.edge_lit_pen, theme.edge_lit_brush
        elif self._dimmed:
            pen, brush = theme.edge_dim_pen, theme.edge_dim_brush
        else:
            pen, brush = theme.edge_pen, theme.edge_brush
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if lod < LINE_LOD:  # a whole big pack: thousands of moves are only a grey haze here,
            if self._on_path:  # so draw just the path, as a straight line
                painter.drawLine(self._line)
            return
        painter.drawPath(self._path)
        if lod >= SHAPE_LOD:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(brush)
            painter.drawPolygon(self._arrow)
