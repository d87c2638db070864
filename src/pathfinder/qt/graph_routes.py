"""Curves for the transition arrows, computed once per pack.

Arrows leave a box on the side facing their target and enter the target from the side,
with horizontal ends so arrow heads sit square. Several arrows on one side get their own
port, ordered by where the other end is, so heads never pile up on one point. A move that
skips a level is bent around the boxes it would otherwise cross.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QPolygonF

from pathfinder.core.catalog import Transition

ARROW_LENGTH = 11.0
ARROW_WIDTH = 9.0
_PORT_SPACING = 10.0
_SAME_COLUMN_BULGE = 40.0
_CHANNELS = (-1, 1, -2, 2, -3, 3)  # half rows above/below the start to run a detour along
_CORNER = 10.0

Route = tuple[QPainterPath, QPolygonF]


def route_edges(
    positions: dict[str, tuple[float, float]],
    transitions: Iterable[Transition],
    box_w: float,
    box_h: float,
    row_h: float,
    column_gap: float,
    *,
    detours: bool = True,
) -> dict[tuple[str, str], Route]:
    """Curves for every move between placed roles. With `detours`, a curve that would cross
    other boxes is bent around them (costs roles x moves: off for very large graphs)."""
    half_w = box_w / 2
    ends: dict[tuple[str, str], tuple[int, int]] = {}  # edge -> (side leaving, side entering)
    ports: dict[tuple[str, int], list[tuple[float, float, tuple[str, str]]]] = defaultdict(list)
    for move in transitions:
        key = (move.source, move.target)
        if key in ends or move.source == move.target:
            continue
        if move.source not in positions or move.target not in positions:
            continue
        (xs, ys), (xt, yt) = positions[move.source], positions[move.target]
        if abs(xt - xs) > 1:
            out_side = 1 if xt > xs else -1
            in_side = -out_side
        else:
            # Same level: loop out on the right going down and on the left going up, so a
            # pair of opposite moves stays two visible arrows.
            out_side = in_side = 1 if yt > ys else -1
        ends[key] = (out_side, in_side)
        ports[(move.source, out_side)].append((yt, xt, key))
        ports[(move.target, in_side)].append((ys, xs, key))

    offset: dict[tuple[tuple[str, str], str], float] = {}
    for (role, _side), entries in ports.items():
        entries.sort()
        spacing = min(_PORT_SPACING, (box_h - 24) / max(len(entries) - 1, 1))
        for index, (_, _, key) in enumerate(entries):
            end = "out" if key[0] == role else "in"
            offset[(key, end)] = (index - (len(entries) - 1) / 2) * spacing

    boxes = {
        role: QRectF(x - half_w - 8, y - box_h / 2 - 8, box_w + 16, box_h + 16)
        for role, (x, y) in positions.items()
    }
    routes: dict[tuple[str, str], Route] = {}
    for key, (out_side, in_side) in ends.items():
        (xs, ys), (xt, yt) = positions[key[0]], positions[key[1]]
        start = QPointF(xs + out_side * half_w, ys + offset[(key, "out")])
        tip = QPointF(xt + in_side * half_w, yt + offset[(key, "in")])
        heading = -in_side  # the arrow points into the box
        base = QPointF(tip.x() - heading * ARROW_LENGTH, tip.y())
        if out_side == in_side:
            path = _curve(start, base, out_side, heading, _SAME_COLUMN_BULGE)
        else:
            path = _curve(start, base, out_side, heading, abs(base.x() - start.x()) / 2)
            if not detours:
                routes[key] = (path, _arrow(tip, heading))
                continue
            blockers = [
                r
                for role, r in boxes.items()
                if role not in key and min(xs, xt) < r.center().x() < max(xs, xt)
            ]
            if blockers and _hits(path, blockers):
                path = (
                    _detour(
                        start, base, tip, out_side, heading, blockers, row_h / 2, column_gap / 2
                    )
                    or path
                )
        routes[key] = (path, _arrow(tip, heading))
    return routes


def _curve(start: QPointF, end: QPointF, out_dir: int, in_dir: int, reach: float) -> QPainterPath:
    path = QPainterPath(start)
    path.cubicTo(
        QPointF(start.x() + out_dir * reach, start.y()),
        QPointF(end.x() - in_dir * reach, end.y()),
        end,
    )
    return path


def _detour(
    start: QPointF,
    base: QPointF,
    tip: QPointF,
    out_dir: int,
    in_dir: int,
    blockers: list[QRectF],
    step: float,
    half_gap: float,
) -> QPainterPath | None:
    """Out into the column gap, along the nearest clear channel between rows, and back in."""
    turn_out = start.x() + out_dir * half_gap
    turn_in = tip.x() - in_dir * half_gap
    for shift in _CHANNELS:
        channel = start.y() + shift * step
        low, high = min(turn_out, turn_in), max(turn_out, turn_in)
        if any(
            r.top() < channel < r.bottom() and r.left() < high and r.right() > low for r in blockers
        ):
            continue
        points = [
            start,
            QPointF(turn_out, start.y()),
            QPointF(turn_out, channel),
            QPointF(turn_in, channel),
            QPointF(turn_in, base.y()),
            base,
        ]
        return _rounded(points)
    return None


def _rounded(points: list[QPointF]) -> QPainterPath:
    """A polyline with its corners rounded off."""
    path = QPainterPath(points[0])
    for before, corner, after in zip(points, points[1:], points[2:], strict=False):
        radius = min(_CORNER, _length(corner - before) / 2, _length(after - corner) / 2)
        path.lineTo(_towards(corner, before, radius))
        path.quadTo(corner, _towards(corner, after, radius))
    path.lineTo(points[-1])
    return path


def _length(vector: QPointF) -> float:
    return float((vector.x() ** 2 + vector.y() ** 2) ** 0.5)


def _towards(origin: QPointF, goal: QPointF, distance: float) -> QPointF:
    vector = goal - origin
    length = _length(vector)
    if length == 0:
        return QPointF(origin)
    return origin + vector * (distance / length)


def _hits(path: QPainterPath, rects: list[QRectF], samples: int = 24) -> bool:
    for i in range(1, samples):
        point = path.pointAtPercent(i / samples)
        if any(r.contains(point) for r in rects):
            return True
    return False


def _arrow(tip: QPointF, heading: int) -> QPolygonF:
    back = tip.x() - heading * ARROW_LENGTH
    return QPolygonF(
        [tip, QPointF(back, tip.y() - ARROW_WIDTH / 2), QPointF(back, tip.y() + ARROW_WIDTH / 2)]
    )
