"""Skill chips of the plan's gaps, grouped in a tray that hangs off the role needing them.

A tray is a small card: "Learn for <role>" and its total hours, then one chip per skill in
learning order (numbered across the whole plan); zoomed out, a summary that fits the card
instead of the chips. Its place is chosen among spots around the role and along the graph's
columns and lanes: free room near the role first, else room just outside the graph (the
scene grows), so it hides no role, lane name or earlier card, and its leader stays short.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter
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
# Below CHIP_TEXT_LOD the card's header and summary grow to this size (overview_pixels gives
# it for every such zoom: 10.5 px on screen / 0.45 is more).
OVERVIEW_PX = 20
SUMMARY_FLAGS = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap  # summary, in its box

Rect = tuple[float, float, float, float]  # left, top, right, bottom: cheap to compare in bulk
Weighted = tuple[float, float, float, float, float]  # a Rect and its cost per square pixel


def hours_text(hours: float) -> str:
    return tr("%1 h").replace("%1", f"{hours:g}")


@dataclass(frozen=True)
class ChipInfo:
    skill: str
    name: str
    hours: float
    order: int  # 1-based place in the plan's learning order
    tooltip: str


def _chip_texts(theme: GraphTheme, name: str, hours: float) -> tuple[str, str, float]:
    """A chip's label (cut to fit), its hours text and its width, measured once per theme."""
    found = theme.chip_texts.get((name, hours))
    if found is None:
        metrics = theme.chip_metrics
        hours_shown = hours_text(hours)
        hours_w = metrics.horizontalAdvance(hours_shown)
        room = MAX_CHIP_W - _ORDER_W - 8 - hours_w - 12
        label = metrics.elidedText(name, Qt.TextElideMode.ElideRight, room)
        width = _ORDER_W + 8 + metrics.horizontalAdvance(label) + 10 + hours_w + 12
        found = theme.chip_texts[(name, hours)] = (label, hours_shown, width)
    return found


class GapChip(QGraphicsItem):
    """One skill still to learn."""

    def __init__(self, info: ChipInfo, role: str, theme: GraphTheme, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.skill, self.hours, self.order, self.role = info.skill, info.hours, info.order, role
        self._theme = theme
        self.label, self._hours, width = _chip_texts(theme, info.name, info.hours)
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
        return self._rect.adjusted(-2, -2, 2, 2)  # a thick presentation outline, antialiased

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
        self._title = tr("Learn for %1").replace("%1", role_name)
        # Zoomed out the header is drawn at OVERVIEW_PX: the card is wide enough to show the
        # whole title then too (a cut-off "Learn" alone says little), within the chip rows'
        # limit.
        big = theme.scaled("header", OVERVIEW_PX)[1]
        header_w = max(
            theme.header_metrics.horizontalAdvance(self._title) + 60,
            big.horizontalAdvance(self._title) + big.horizontalAdvance(total) + 2 * _PAD + 24,
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
        # Zoomed out, a summary is drawn instead of the chips: the longest that fits their room,
        # else the shortest, with the card grown to hold it.
        self.summary, text_h = _summary(count, big, widest, y + CHIP_H)
        body_h = max(y + CHIP_H, text_h)
        self._card = QRectF(0, 0, widest + 2 * _PAD, _PAD + _HEADER_H + body_h + _PAD)
        self._summary_box = self._card.adjusted(_PAD, _PAD + _HEADER_H, -_PAD, -_PAD)
        self._headers: dict[int, tuple[str, str]] = {}  # font px -> elided title, total
        self._leader = QLineF()
        self._bounds = self._card.adjusted(-2, -2, 2, 2)
        self.setZValue(6)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    @property
    def size(self) -> tuple[float, float]:
        return self._card.width(), self._card.height()

    @property
    def card_rect(self) -> QRectF:
        """The card, without its leader, in scene coordinates."""
        return self._card.translated(self.pos())

    @property
    def summary_box(self) -> QRectF:
        """Where the summary is drawn zoomed out (item coordinates), at OVERVIEW_PX."""
        return QRectF(self._summary_box)

    @property
    def leader(self) -> QLineF:
        """The leader line from the role's box to the card, in scene coordinates."""
        return self._leader.translated(self.pos())

    def attach(self, top_left: QPointF, role_box: QRectF) -> None:
        """Move the card and draw its leader from the nearest side of the role's box."""
        self.prepareGeometryChange()
        self.setPos(top_left)
        ax, ay, nx, ny = leader_ends(as_rect(self._card.translated(top_left)), as_rect(role_box))
        self._leader = QLineF(QPointF(ax, ay) - top_left, QPointF(nx, ny) - top_left)
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
        pixels = 13 if lod >= CHIP_TEXT_LOD else overview_pixels(lod, 13, OVERVIEW_PX)
        header, total = self.header_texts(pixels)
        painter.setFont(self._theme.scaled("header", pixels)[0])
        painter.setPen(theme.text_pen)
        rect = QRectF(_PAD + 4, _PAD - 4, self._card.width() - 2 * _PAD - 8, _HEADER_H + 2)
        painter.drawText(rect, _LEFT, header)
        painter.setPen(theme.muted_pen)
        painter.drawText(rect, _RIGHT, total)
        if self._more and lod >= CHIP_TEXT_LOD:
            painter.setFont(theme.chip_font)
            painter.drawText(self._more_rect, _LEFT, self._more)
        if lod < CHIP_TEXT_LOD:  # pixels is OVERVIEW_PX here (see summary_box)
            painter.setPen(theme.text_pen)
            painter.drawText(self._summary_box, SUMMARY_FLAGS, self.summary)

    def header_texts(self, pixels: int) -> tuple[str, str]:
        """The header's title (the whole "Learn for <role>" if it fits, else "Skills to
        learn") and total hours, drawn at `pixels`."""
        found = self._headers.get(pixels)
        if found is None:
            metrics = self._theme.scaled("header", pixels)[1]
            room = self._card.width() - 2 * _PAD - 8 - metrics.horizontalAdvance(self._total) - 12
            # A cut-off role name says little; the leader line already shows which role it is
            # (the card is made wide enough for the whole title unless the name is very long).
            fits = metrics.horizontalAdvance(self._title) <= room
            title = self._title if fits else tr("Skills to learn")
            found = self._headers[pixels] = (
                metrics.elidedText(title, Qt.TextElideMode.ElideRight, room),
                self._total,
            )
        return found


def _summary(count: int, metrics: QFontMetricsF, width: float, height: float) -> tuple[str, float]:
    """The longest summary that fits `width` x `height` at `metrics`, else the shortest;
    with its height."""
    if count == 1:
        texts = [
            tr("1 skill to learn. Zoom in to read it, or see the Plan panel."),
            tr("1 skill to learn. Zoom in to read it."),
            tr("1 skill to learn."),
        ]
    else:
        texts = [
            tr("%1 skills to learn, in order. Zoom in to read them, or see the Plan panel."),
            tr("%1 skills to learn, in order. Zoom in to read them."),
            tr("%1 skills to learn, in order."),
            tr("%1 skills to learn."),
        ]
        texts = [text.replace("%1", str(count)) for text in texts]
    room = QRectF(0, 0, width, 10_000)
    for text in texts:
        needed = metrics.boundingRect(room, SUMMARY_FLAGS, text)
        if needed.width() <= width and needed.height() <= height:
            break
    return text, needed.height()


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
    obstacles: Sequence[Weighted],
    solid: Sequence[Rect],
    graph: Rect,
    columns: Iterable[tuple[float, float]],
    bands: Iterable[tuple[float, float]],
) -> tuple[float, float]:
    """Top-left of the card: near its role, covering nothing that matters.

    `obstacles` are what the card should not cover, each with its cost per square pixel
    covered: KEEP_COST for the path and earlier cards, AVOID_COST for other roles and lane
    names, HALO_COST for the room around other roles (there a card would read as theirs).
    `solid`: what its leader line should not cross. `columns` and `bands` are (start, end)
    spans the card may align to, left/right or top/bottom. Covering costs far more than a
    longer leader or growing the scene (leaving the `graph`), so a card takes free room
    nearby, else room just outside the graph, and covers a role only when nothing else is
    left. Candidates are tried nearest first, so the search stops as soon as distance alone
    cannot win.
    """
    width, height = size
    left, top, right, bottom = role_box
    g_left, g_top, g_right, g_bottom = graph
    area = (width + 2 * _MARGIN) * (height + 2 * _MARGIN)
    # Obstacles by top, so a spot looks only at those starting at most _LOW above it; the
    # few taller ones (earlier cards) apart.
    low = sorted((t, b, le, r, w) for le, t, r, b, w in obstacles if b - t <= _LOW)
    tops = [t for t, _, _, _, _ in low]
    tall = [(t, b, le, r, w) for le, t, r, b, w in obstacles if b - t > _LOW]

    def cost_at(x: float, y: float, limit: float) -> float:
        """What the card at (x, y) costs; at or above `limit` (the best so far) the sum
        may stop early."""
        c_left, c_top = x - _MARGIN, y - _MARGIN
        c_right, c_bottom = x + width + _MARGIN, y + height + _MARGIN
        # Conditionals rather than min() and max(): this runs for every spot tried.
        dx = c_left - right if c_left > right else left - c_right if c_right < left else 0.0
        dy = c_top - bottom if c_top > bottom else top - c_bottom if c_bottom < top else 0.0
        if dx == 0 and dy == 0:
            return float("inf")  # on its own role
        # Across plus down: a card off a corner, whose leader runs aslant past the
        # neighbours, counts as farther than one straight beside or below.
        cost = (dx + dy) * _DISTANCE_COST
        inside_w = (c_right if c_right < g_right else g_right) - (
            c_left if c_left > g_left else g_left
        )
        inside_h = (c_bottom if c_bottom < g_bottom else g_bottom) - (
            c_top if c_top > g_top else g_top
        )
        inside = inside_w * inside_h if inside_w > 0 and inside_h > 0 else 0.0
        cost += (area - inside) * _OUTSIDE_COST
        if cost >= limit:
            return cost
        for index in range(bisect_left(tops, c_top - _LOW), bisect_left(tops, c_bottom)):
            r_top, r_bottom, r_left, r_right, per_pixel = low[index]  # the hot loop
            if r_right > c_left and r_left < c_right:
                covered = (c_bottom if c_bottom < r_bottom else r_bottom) - (
                    c_top if c_top > r_top else r_top
                )
                if covered > 0:
                    cost += (
                        covered
                        * per_pixel
                        * (
                            (c_right if c_right < r_right else r_right)
                            - (c_left if c_left > r_left else r_left)
                        )
                    )
                    if cost >= limit:
                        return cost
        for r_top, r_bottom, r_left, r_right, per_pixel in tall:
            if r_right > c_left and r_left < c_right and r_bottom > c_top and r_top < c_bottom:
                cost += (
                    per_pixel
                    * (
                        (c_bottom if c_bottom < r_bottom else r_bottom)
                        - (c_top if c_top > r_top else r_top)
                    )
                    * (
                        (c_right if c_right < r_right else r_right)
                        - (c_left if c_left > r_left else r_left)
                    )
                )
        if cost >= limit:
            return cost
        if not solid:
            return cost
        line = leader_ends((x, y, x + width, y + height), role_box)
        return cost + _crossed(line, solid) * _CROSS_COST

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
        cost = cost_at(x, y, best_cost)
        if cost < best_cost:
            best, best_cost = (x, y), cost
    # Farther spots can only win within this distance: look only there, and only at what
    # lies within reach of them.
    reach = best_cost / _DISTANCE_COST
    w_left, w_top = left - reach - width - _MARGIN, top - reach - height - _MARGIN
    w_right, w_bottom = right + reach + width + _MARGIN, bottom + reach + height + _MARGIN
    solid = [
        r for r in solid if r[0] < w_right and r[2] > w_left and r[1] < w_bottom and r[3] > w_top
    ]
    # Aligned with a column or a lane, beside the role, or just outside the graph.
    xs = {x for start, end in columns for x in (start, end - width)}
    xs.update((left, right - width, right + _NEAR, left - _NEAR - width))
    xs.update((g_right + _NEAR, g_left - _NEAR - width))
    ys = {y for start, end in bands for y in (start, end - height)}
    ys.update((top, bottom - height, bottom + _NEAR, top - _NEAR - height))
    ys.update((g_bottom + _NEAR, g_top - _NEAR - height))
    gaps_y = [(max(y - _MARGIN - bottom, top - y - height - _MARGIN, 0.0), y) for y in ys]
    far = []
    for x in xs:
        dx = max(x - _MARGIN - right, left - x - width - _MARGIN, 0.0)
        if dx < reach:
            far += [(dx + dy, x, y) for dy, y in gaps_y if dx + dy < reach]
    far.sort()
    for distance, x, y in far:
        if distance * _DISTANCE_COST >= best_cost:
            break
        cost = cost_at(x, y, best_cost)
        if cost < best_cost:
            best, best_cost = (x, y), cost
    return best


_MARGIN = 6.0  # room kept around a card
_DISTANCE_COST = 100.0  # per pixel between the role's box and its card (the leader)
KEEP_COST = 60.0  # per square pixel of the path or of an earlier card covered
AVOID_COST = 40.0  # per square pixel of another role's box or of a lane name covered
HALO_COST = 2.0  # per square pixel of the room around another role (its box included)
HALO = 40.0  # how far that room reaches above and below the box
HALO_SIDE = 30.0  # and left and right
_OUTSIDE_COST = 0.15  # per square pixel of card outside the graph: the scene grows
_CROSS_COST = 60_000.0  # per role box or card the leader line crosses
_LOW = 150.0  # obstacles up to this tall (roles and the room around them, lane names,
# points along lines) are bisected; the few taller ones (earlier cards) are not


def leader_ends(card: Rect, role_box: Rect) -> tuple[float, float, float, float]:
    """The leader line from the side of the role's box facing the card to the card's nearest
    point (x1, y1, x2, y2)."""
    left, top, right, bottom = role_box
    c_left, c_top, c_right, c_bottom = card
    if c_left >= right or c_right <= left:  # beside: from the left or right side
        ax = right if c_left >= right else left
        ay = min(max((c_top + c_bottom) / 2, top + 12), bottom - 12)
    else:  # above or below: from the top or bottom
        ax = min(max((c_left + c_right) / 2, left + 16), right - 16)
        ay = bottom if c_top >= bottom else top
    return ax, ay, min(max(ax, c_left), c_right), min(max(ay, c_top), c_bottom)


def _crossed(line: tuple[float, float, float, float], rects: Sequence[Rect]) -> int:
    """How many of `rects` the segment passes through (touching an edge does not count)."""
    x1, y1, x2, y2 = line
    dx, dy = x2 - x1, y2 - y1
    low_x, high_x = (x1, x2) if x1 < x2 else (x2, x1)
    low_y, high_y = (y1, y2) if y1 < y2 else (y2, y1)
    count = 0
    for r_left, r_top, r_right, r_bottom in rects:
        r_left, r_top, r_right, r_bottom = r_left + 1, r_top + 1, r_right - 1, r_bottom - 1
        if high_x <= r_left or low_x >= r_right or high_y <= r_top or low_y >= r_bottom:
            continue
        # Liang-Barsky: clip the segment's parameter range to the rectangle.
        t0, t1 = 0.0, 1.0
        for p, q in (
            (-dx, x1 - r_left),
            (dx, r_right - x1),
            (-dy, y1 - r_top),
            (dy, r_bottom - y1),
        ):
            if p == 0:
                if q < 0:
                    break
            else:
                t = q / p
                if p < 0:
                    t0 = max(t0, t)
                else:
                    t1 = min(t1, t)
        else:
            if t0 < t1:
                count += 1
    return count


def as_rect(rect: QRectF) -> Rect:
    return rect.left(), rect.top(), rect.right(), rect.bottom()
