"""Check boxes and text fields with edges that show (WCAG 2.2 1.4.11: 3:1 for what identifies
a control and its state).

Fusion outlines them in a shade darker than the window: 1.7:1 in light, 1.2:1 in dark, and
nothing at all on the high-contrast theme's black, so an unticked skill's box and the search
field vanished. This style lets Fusion draw them, then traces their edge again in a colour
measured against the window and the base behind it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

from pathfinder.qt.widgets.contrast import GRAPHIC, reaching

_EDGED = {
    QStyle.PrimitiveElement.PE_IndicatorCheckBox: 1.0,  # corner radius, as Fusion draws it
    QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck: 1.0,
    QStyle.PrimitiveElement.PE_FrameLineEdit: 2.0,
}


def edge_colour(palette: QPalette, minimum: float = GRAPHIC) -> QColor:
    """The palette's frame shade, moved toward the text colour until it has `minimum`
    contrast on both the window and the base."""
    role = QPalette.ColorRole
    papers = [palette.color(role.Window), palette.color(role.Base)]
    return reaching(palette.color(role.Mid), palette.color(role.Text), papers, minimum)


class ReadableEdges(QProxyStyle):
    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        radius = _EDGED.get(element)
        if radius is None or not option.state & QStyle.StateFlag.State_Enabled:
            return  # greyed-out controls are exempt, and should look it
        rect = QRectF(option.rect)
        if element == QStyle.PrimitiveElement.PE_FrameLineEdit:
            rect = rect.adjusted(0.5, 0.5, -0.5, -0.5)
        else:  # Fusion's box: a square of the indicator's height, less a pixel
            side = min(rect.width(), rect.height()) - 1
            rect = QRectF(rect.left() + 0.5, rect.center().y() - side / 2, side, side)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(edge_colour(option.palette), 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, radius, radius)
        painter.restore()
