"""The compact marker on a path role that still needs skills: "5 skills · 120 h".

It replaces the cards of chips that used to hang off the path (too small to read at the
fitted zoom, and they jumped about as the plan changed). The marker sits on the bottom edge
of its role's box, always at the same place, and opens the route view, where the skills are
listed in order and large (qt/plan/route_view.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from pathfinder.core import figures
from pathfinder.qt.graph.items import LABEL_LOD
from pathfinder.qt.graph.theme import GraphTheme
from pathfinder.qt.widgets.virtual_guard import guarded, nothing

MARKER_H = 22.0
_PX = 16  # scene pixels: about 9 on screen at the fitted zoom of a laptop, 16 at 100 %
_PAD = 10.0


def marker_text(skills: int, hours: float) -> str:
    return QCoreApplication.translate("GraphView", "%n skill(s) · {hours} h", None, skills).format(
        hours=figures.hours_number(hours)
    )


class StepMarker(QGraphicsItem):
    """What one step of the route needs, on its role; a click opens the route view."""

    def __init__(
        self,
        role: str,
        role_name: str,
        skills: list[str],
        hours: float,
        theme: GraphTheme,
        box: QRectF,
        opened: Callable[[str], None],
    ) -> None:
        super().__init__()
        self.role = role
        self._theme, self._opened = theme, opened
        self._font = theme.scaled("badge", _PX)[0]
        self.skills: list[str] = []
        self.hours = 0.0
        self.text = ""
        self._rect = QRectF()
        self._corner = QPointF()
        self.show_needs(role_name, skills, hours, box)
        self.setZValue(5)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)

    def show_needs(self, role_name: str, skills: list[str], hours: float, box: QRectF) -> None:
        """What the step needs now: a tick changes the marker's text, not the marker."""
        if (skills, hours) == (self.skills, self.hours) and box.bottomRight() == self._corner:
            return
        self.skills, self.hours = skills, hours
        self.text = marker_text(len(skills), hours)
        width = self._theme.scaled("badge", _PX)[1].horizontalAdvance(self.text) + 2 * _PAD
        if width != self._rect.width():
            self.prepareGeometryChange()
            self._rect = QRectF(0, 0, width, MARKER_H)
        self._corner = box.bottomRight()
        # Over the fit bar at the bottom of the box (the name keeps the rest), at its right:
        # always the same place, clear of the name and the badges.
        self.setPos(box.right() - width - 6, box.bottom() - MARKER_H + 5)
        names = ", ".join(skills[:6]) + ("…" if len(skills) > 6 else "")
        self.setToolTip(
            QCoreApplication.translate(
                "GraphView", "To learn for {role_name}: {names}. Click to open the route view."
            ).format(role_name=role_name, names=names)
        )
        self.update()

    @property
    def card_rect(self) -> QRectF:
        return self._rect.translated(self.pos())

    @guarded(QRectF)
    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._rect.contains(event.pos()):
            self._opened(self.role)
        event.accept()

    @guarded(nothing)
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        theme = self._theme
        painter.setPen(theme.gap_border)
        painter.setBrush(theme.gap_fill)
        painter.drawRoundedRect(self._rect, MARKER_H / 2, MARKER_H / 2)
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if lod < LABEL_LOD:
            return
        painter.setFont(self._font)
        painter.setPen(theme.text_pen)
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self.text)
