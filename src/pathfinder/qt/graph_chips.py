"""Skill chips of the plan's gaps, grouped in a tray that hangs off the role needing them.

A tray is a small card: "Learn for <role>" and its total hours, then one chip per skill in
learning order (numbered across the whole plan). Its place is chosen among a few spots
around the role so it covers as little of the path as possible.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from pathfinder.qt.graph_items import LABEL_LOD, SHAPE_LOD, overview_pixels, tr
from pathfinder.qt.graph_theme import GraphTheme

CHIP_H = 24.0
MAX_CHIP_W = 250.0
_GAP = 5.0
_PAD = 9.0
_HEADER_H = 24.0
_NEAR = 14.0  # distance between a role box and its tray
_ORDER_W = 26.0  # room for the learning-order number at the chip's left

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CHIP_TEXT_LOD = 0.45  # chip text is 12 px: below this it is too small to read

Rect = tuple[float, float, float, float]  # left, top, right, bottom: cheap to compare in bulk


def hours_text(hours: float) -> str:
    return tr("%1 h").replace("%1", f"{hours:g}")


@dataclass(frozen=True)
class ChipInfo:
    skill: str
    name: str
    hours: float
    order: int  # 1-based place in the plan's learning order
    tooltip: str


class GapChip(QGraphicsItem):
    """One skill still to learn."""

    def __init__(self, info: ChipInfo, role: str, theme: GraphTheme, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.skill, self.hours, self.order, self.role = info.skill, info.hours, info.order, role
        self._theme = theme
        metrics = theme.chip_metrics
        self._hours = hours_text(info.hours)
        hours_w = metrics.horizontalAdvance(self._hours)
        room = MAX_CHIP_W - _ORDER_W - 8 - hours_w - 12
        self.label = metrics.elidedText(info.name, Qt.TextElideMode.ElideRight, room)
        width = _ORDER_W + 8 + metrics.horizontalAdvance(self.label) + 10 + hours_w + 12
        self._rect = QRectF(0, 0, width, CHIP_H)
        self._order = str(info.order)
        self._order_rect = QRectF(4, 0, _ORDER_W, CHIP_H)
        self._label_rect = QRectF(_ORDER_W + 8, 0, width, CHIP_H)
        self._hours_rect = QRectF(0, 0, width - 12, CHIP_H)
        self.setToolTip(info.tooltip)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    @property
    def width(self) -> float:
        return self._rect.width()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        theme, rect = self._theme, self._rect
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        painter.setBrush(theme.gap_fill)
        painter.setPen(theme.gap_border)
        if lod < SHAPE_LOD:
            painter.drawRect(rect)
            return
        if lod < CHIP_TEXT_LOD:
            # Blank pills read as broken; the card says what is inside instead (GapTray.paint).
            return
        painter.drawRoundedRect(rect, CHIP_H / 2, CHIP_H / 2)
        painter.setFont(theme.chip_font)
        painter.setPen(theme.muted_pen)
        painter.drawText(self._order_rect, _RIGHT, self._order)
        painter.setPen(theme.text_pen)
        painter.drawText(self._label_rect, _LEFT, self.label)
        painter.setPen(theme.muted_pen)
        painter.drawText(self._hours_rect, _RIGHT, self._hours)


class GapTray(QGraphicsItem):
    """The card holding the chips of one role, with a dashed leader to that role."""

    def __init__(
        self,
        role: str,
        role_name: str,
        chips: Sequence[ChipInfo],
        theme: GraphTheme,
        more: Sequence[ChipInfo] = (),
    ) -> None:
        """`more`: further skills counted in the card's total but not drawn as chips (a
        big pack's role can need forty; the Plan panel lists them all)."""
        super().__init__()
        self.role = role
        self._theme = theme
        total = hours_text(sum(c.hours for c in (*chips, *more)))
        self._total = total
        self.chips = [GapChip(info, role, theme, self) for info in chips]
        # Chips flow in learning order, left to right, in rows no wider than `limit`.
        count = len(chips) + len(more)
        limit = 2 * MAX_CHIP_W if count <= 4 else 2.2 * MAX_CHIP_W if count <= 14 else 720.0
        header_w = (
            theme.header_metrics.horizontalAdvance(tr("Learn for %1").replace("%1", role_name)) + 60
        )
        x, y, widest = 0.0, 0.0, min(header_w, limit)
        for chip in self.chips:
            if x > 0 and x + chip.width > limit:
                x, y = 0.0, y + CHIP_H + _GAP
            chip.setPos(_PAD + x, _PAD + _HEADER_H + y)
            x += chip.width + _GAP
            widest = max(widest, x - _GAP)
        self._more = ""
        if more:
            y += CHIP_H + _GAP
            self._more = tr("+ %1 more (see the Plan panel)").replace("%1", str(len(more)))
            self._more_rect = QRectF(_PAD + 4, _PAD + _HEADER_H + y, widest, CHIP_H)
        self._card = QRectF(0, 0, widest + 2 * _PAD, _PAD + _HEADER_H + y + CHIP_H + _PAD)
        self._title = tr("Learn for %1").replace("%1", role_name)
        self._summary = tr(
            "%1 skills to learn, in order. Zoom in to read them, or see the Plan panel."
        ).replace("%1", str(count))
        self._headers: dict[int, tuple[str, str]] = {}  # font px -> elided title, total
        self._leader = QLineF()
        self._bounds = self._card.adjusted(-2, -2, 2, 2)
        self.setZValue(6)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    @property
    def size(self) -> tuple[float, float]:
        return self._card.width(), self._card.height()

    def attach(self, top_left: QPointF, role_box: QRectF) -> None:
        """Move the card and draw its leader from the nearest side of the role's box."""
        self.prepareGeometryChange()
        self.setPos(top_left)
        card = self._card.translated(top_left)
        anchor = QPointF(
            min(max(card.center().x(), role_box.left() + 16), role_box.right() - 16),
            role_box.bottom() if card.top() >= role_box.bottom() else role_box.top(),
        )
        if card.left() >= role_box.right() or card.right() <= role_box.left():
            right = card.left() >= role_box.right()
            anchor = QPointF(
                role_box.right() if right else role_box.left(),
                min(max(card.center().y(), role_box.top() + 12), role_box.bottom() - 12),
            )
        near = QPointF(
            min(max(anchor.x(), card.left()), card.right()),
            min(max(anchor.y(), card.top()), card.bottom()),
        )
        self._leader = QLineF(anchor - top_left, near - top_left)
        self._bounds = self._card.united(
            QRectF(self._leader.p1(), self._leader.p2()).normalized()
        ).adjusted(-2, -2, 2, 2)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        theme = self._theme
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if not self._leader.isNull():
            painter.setPen(theme.leader_pen)
            painter.drawLine(self._leader)
        painter.setPen(theme.tray_pen)
        painter.setBrush(theme.tray_brush)
        painter.drawRoundedRect(self._card, 10, 10)
        if lod < LABEL_LOD:
            return
        # Zoomed out, the header grows (like role names) so the card still says what it is.
        pixels = 13 if lod >= CHIP_TEXT_LOD else overview_pixels(lod, 13, 20)
        header, total = self._header_texts(pixels)
        painter.setFont(self._theme.scaled("header", pixels)[0])
        painter.setPen(theme.text_pen)
        rect = QRectF(_PAD + 4, _PAD - 4, self._card.width() - 2 * _PAD - 8, _HEADER_H + 2)
        painter.drawText(rect, _LEFT, header)
        painter.setPen(theme.muted_pen)
        painter.drawText(rect, _RIGHT, total)
        if self._more and lod >= CHIP_TEXT_LOD:
            painter.setFont(theme.chip_font)
            painter.drawText(self._more_rect, _LEFT, self._more)
        if lod < CHIP_TEXT_LOD:
            body = self._card.adjusted(_PAD, _PAD + _HEADER_H, -_PAD, -_PAD)
            painter.setPen(theme.text_pen)
            painter.drawText(
                body, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._summary
            )

    def _header_texts(self, pixels: int) -> tuple[str, str]:
        found = self._headers.get(pixels)
        if found is None:
            metrics = self._theme.scaled("header", pixels)[1]
            room = self._card.width() - 2 * _PAD - 8 - metrics.horizontalAdvance(self._total) - 12
            # A cut-off role name says little; the leader line already shows which role it is.
            title = self._title if metrics.horizontalAdvance(self._title) <= room else tr("Learn")
            found = self._headers[pixels] = (
                metrics.elidedText(title, Qt.TextElideMode.ElideRight, room),
                self._total,
            )
        return found


def chip_tooltip(name: str, hours: float, needed_for: Sequence[str], after: Sequence[str]) -> str:
    lines = [
        f"<b>{escape(name)}</b> · {escape(hours_text(hours))}",
        escape(tr("Needed for: %1").replace("%1", ", ".join(needed_for))),
    ]
    if after:
        lines.append(escape(tr("Learn first: %1").replace("%1", ", ".join(after))))
    return "<br>".join(lines)


def place_tray(
    role_box: Rect,
    size: tuple[float, float],
    keep_clear: Sequence[Rect],
    avoid: Sequence[Rect],
    graph: Rect,
    columns: Iterable[tuple[float, float]],
    bands: Iterable[tuple[float, float]],
) -> tuple[float, float]:
    """Top-left of the card: near its role, covering as little as possible.

    `columns` and `bands` are (start, end) spans the card may align to, left/right or top/bottom.
    Covering the path or another tray costs most, covering other roles little, leaving the
    graph (which grows the scene) a bit; every pixel of leader line costs too. Candidates are
    tried nearest first, so the search stops as soon as distance alone cannot win.
    """
    width, height = size
    left, top, right, bottom = role_box
    near = [
        (left, bottom + _NEAR),
        (right - width, bottom + _NEAR),
        (right + _NEAR, top),
        (right + _NEAR, bottom - height),
        (left, top - _NEAR - height),
        (right - width, top - _NEAR - height),
        (left - _NEAR - width, top),
        (left - _NEAR - width, bottom - height),
    ]
    best, best_cost = near[0], float("inf")
    for x, y in near:
        cost = _cost(x, y, size, role_box, keep_clear, avoid, graph)
        if cost < best_cost:
            best, best_cost = (x, y), cost
    if best_cost == 0:
        return best
    # Farther spots can only win within this distance: look only there, and only at what
    # lies within reach of them.
    reach = best_cost / _DISTANCE_COST
    window = (
        left - reach - width,
        top - reach - height,
        right + reach + width,
        bottom + reach + height,
    )
    keep_clear = [r for r in keep_clear if _overlap(window, r) > 0]
    avoid = [r for r in avoid if _overlap(window, r) > 0]
    xs = {x for start, end in columns for x in (start, end - width)}
    ys = {y for start, end in bands for y in (start, end - height)}
    far = []
    for x in xs:
        for y in ys:
            distance = _distance(role_box, (x, y, x + width, y + height))
            if distance < reach:
                far.append((distance, x, y))
    far.sort()
    for distance, x, y in far:
        if distance * _DISTANCE_COST >= best_cost:
            break
        cost = _cost(x, y, size, role_box, keep_clear, avoid, graph)
        if cost < best_cost:
            best, best_cost = (x, y), cost
    return best


def _cost(
    x: float,
    y: float,
    size: tuple[float, float],
    role_box: Rect,
    keep_clear: Sequence[Rect],
    avoid: Sequence[Rect],
    graph: Rect,
) -> float:
    card = (x - 6, y - 6, x + size[0] + 6, y + size[1] + 6)
    if _overlap(card, role_box) > 0:
        return float("inf")
    cost = _distance(role_box, card) * _DISTANCE_COST
    cost += _covered(card, keep_clear) * 40 + _covered(card, avoid)
    outside = (card[2] - card[0]) * (card[3] - card[1]) - _overlap(card, graph)
    return cost + outside * 0.5  # growing the scene is allowed, but a last resort


_DISTANCE_COST = 40.0


def _distance(a: Rect, b: Rect) -> float:
    dx = max(b[0] - a[2], a[0] - b[2], 0.0)
    dy = max(b[1] - a[3], a[1] - b[3], 0.0)
    return max(dx, dy) if min(dx, dy) == 0 else (dx * dx + dy * dy) ** 0.5


def _overlap(a: Rect, b: Rect) -> float:
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    return width * height if width > 0 and height > 0 else 0.0


def _covered(card: Rect, rects: Sequence[Rect]) -> float:
    """Total area of `rects` under `card` (the hot loop of placement: no calls inside)."""
    left, top, right, bottom = card
    total = 0.0
    for r_left, r_top, r_right, r_bottom in rects:
        width = (right if right < r_right else r_right) - (left if left > r_left else r_left)
        if width > 0:
            height = (bottom if bottom < r_bottom else r_bottom) - (top if top > r_top else r_top)
            if height > 0:
                total += width * height
    return total


def as_rect(rect: QRectF) -> Rect:
    return rect.left(), rect.top(), rect.right(), rect.bottom()
