"""The lane bands behind the career graph, with family names and "Level n" headers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from pathfinder.core.layout import COLUMN_WIDTH, LANE_HEADER, Layout
from pathfinder.qt.graph.items import BOX_W, GUTTER, LABEL_LOD, overview_pixels
from pathfinder.qt.graph.theme import GraphTheme
from pathfinder.qt.widgets.virtual_guard import guarded, nothing

_LANE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignCenter
_OVERVIEW_LANE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_OVERVIEW_LANE_PX = 10.0  # on-screen size of lane names in the far-out overview
_LARGEST_LANE_PX = 20  # zoomed out, lane names (in their strip) and level headers grow
_LARGEST_HEADER_PX = 22


class BackdropItem(QGraphicsItem):
    """Lane bands with their family names, and the "Level n" column headers."""

    def __init__(self, layout: Layout, theme: GraphTheme) -> None:
        super().__init__()
        self._theme = theme
        left = -BOX_W / 2 - GUTTER
        right = max(layout.width - COLUMN_WIDTH, 0.0) + BOX_W / 2 + 16
        self._lanes = [
            (QRectF(left, lane.top, right - left, lane.height), lane.family)
            for lane in layout.lanes
        ]
        # The family name sits in the strip atop its lane (core/layout.py LANE_HEADER).
        self._labels = [
            (QRectF(r.left() + 10, r.top() + 1, r.width() - 20, LANE_HEADER - 2), family)
            for r, family in self._lanes
        ]
        columns = layout.level_x or tuple(
            i * COLUMN_WIDTH for i in range(round(layout.width / COLUMN_WIDTH))
        )
        self._headers = [
            (
                QRectF(x - BOX_W / 2, -34, BOX_W, 26),
                QCoreApplication.translate("GraphView", "Level {level}").format(level=str(level)),
            )
            for level, x in enumerate(columns, start=1)
        ]
        self._bounds = QRectF(left, -40, right - left, max(layout.height, 1.0) + 40)
        self.setZValue(-10)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        # Every tick repaints the boxes that changed, and the bands behind them with them:
        # drawing big translucent bands into a clip of scattered rectangles was 1 to 2 ms of a
        # tick. Cached, they are copied from a picture of the view's size, made again only
        # on a zoom or a theme change (GraphScene.apply_theme calls update()).
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def lane_labels(self) -> list[str]:
        return [family for _, family in self._lanes]

    def label_rects(self) -> list[QRectF]:
        """Where the lane names and "Level n" headers are drawn, at the largest size they take
        (zoomed out): what a gap tray must not cover."""
        lane = self._theme.scaled("lane", _LARGEST_LANE_PX)[1]
        header = self._theme.scaled("header", _LARGEST_HEADER_PX)[1]
        found = [lane.boundingRect(rect, _LANE, family) for rect, family in self._labels]
        found += [header.boundingRect(rect, _CENTRE, text) for rect, text in self._headers]
        return [rect.adjusted(-4, -3, 4, 3) for rect in found if not rect.isEmpty()]

    @guarded(QRectF)
    def boundingRect(self) -> QRectF:
        return self._bounds

    @guarded(nothing)
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        theme = self._theme
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        painter.setPen(Qt.PenStyle.NoPen)
        for index, (rect, _) in enumerate(self._lanes):
            painter.setBrush(theme.band_brushes[index % 2])
            painter.drawRect(rect)  # large rounded rects are the costliest thing to paint
        if lod < LABEL_LOD:
            self._paint_overview_labels(painter, lod)
            return
        lane_px = overview_pixels(lod, 15, _LARGEST_LANE_PX)
        painter.setFont(theme.scaled("lane", lane_px)[0])
        painter.setPen(theme.header_pen)
        for rect, family in self._labels:
            painter.drawText(rect, _LANE, family)
        painter.setFont(theme.scaled("header", overview_pixels(lod, 13, _LARGEST_HEADER_PX))[0])
        for rect, text in self._headers:
            painter.drawText(rect, _CENTRE, text)

    def _paint_overview_labels(self, painter: QPainter, lod: float) -> None:
        """Far out (every role of a big pack), the gutter is a few pixels wide: name each
        lane across its band instead, at a size readable on screen, where the band is tall
        enough to hold it."""
        pixels = _OVERVIEW_LANE_PX / max(lod, 1e-4)
        theme = self._theme
        font = theme.scaled("lane", round(pixels))[0]
        painter.setFont(font)
        painter.setPen(theme.header_pen)
        for rect, family in self._lanes:
            if rect.height() * lod >= _OVERVIEW_LANE_PX * 1.15:
                painter.drawText(rect.adjusted(pixels, 0, 0, 0), _OVERVIEW_LANE, family)
