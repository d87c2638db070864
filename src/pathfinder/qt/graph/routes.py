"""Lines for the transition arrows, computed once per pack: orthogonal routing in the gaps.

Each move leaves its role's box from the side facing the target, runs to a vertical track
in the gap beside that column, and enters the target from the side with a square arrow
head. A move that skips columns crosses them along a corridor between two rows of boxes.
Every vertical run in a gap and every horizontal run in a corridor gets its own track where
it would overlap another (interval partitioning, as orthogonal layouts do), and every arrow
gets its own port on its box's side: no two moves share a stretch of line or an arrow head,
and no line crosses a box it does not join.

Very large graphs (every role of an imported taxonomy) get plain curves: the tracks cost
moves x columns, and at that zoom only the path is drawn anyway.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath, QPolygonF

from pathfinder.core.catalog import Transition

ARROW_LENGTH = 10.0
ARROW_WIDTH = 8.0
_HEAD_STEP = ARROW_WIDTH + 1.5  # between two arrow heads on one side of a box
_PORT_STEP = 5.0  # between other ports on one side of a gap
_TRACK_SPACING = 6.0  # widest distance between two tracks of one gap
_CLEAR = 5.0  # two runs closer than this along a track count as overlapping
_CORNER = 6.0

Key = tuple[str, str]


@dataclass(frozen=True)
class Route:
    path: QPainterPath
    arrow: QPolygonF
    points: tuple[QPointF, ...]  # the corners, start to arrow base (for tests and samples)


@dataclass
class _Plan:
    """One move's route before tracks are known."""

    start: QPointF
    tip: QPointF
    heading: int  # +1: the arrow points right, -1: left
    gap_out: int
    gap_in: int
    corridor: float | None = None  # y of the corridor, when the gaps differ
    x_out: float = 0.0
    x_in: float = 0.0
    y_corridor: float = 0.0


def route_edges(
    positions: dict[str, tuple[float, float]],
    transitions: Iterable[Transition],
    box_w: float,
    box_h: float,
    row_h: float,
    column_gap: float,
    *,
    detours: bool = True,
) -> dict[Key, Route]:
    """Routes for every move between placed roles. Without `detours` (huge graphs), plain
    curves that may cross boxes."""
    half_w, half_h = box_w / 2, box_h / 2
    columns = sorted({round(x, 3) for x, _ in positions.values()})
    column_of = {x: i for i, x in enumerate(columns)}
    ends: dict[Key, tuple[int, int, int, int]] = {}  # column out/in, side out/in
    # The ports along one gap in one row: the right side of the box left of the gap and the
    # left side of the box right of it. Spread as one group, a line leaving one box and a line
    # entering the other never run together across the gap.
    ports: dict[tuple[int, float], list[tuple[float, float, Key, str]]] = defaultdict(list)
    for move in transitions:
        key = (move.source, move.target)
        if key in ends or move.source == move.target:
            continue
        if move.source not in positions or move.target not in positions:
            continue
        (xs, ys), (xt, yt) = positions[move.source], positions[move.target]
        cs, ct = column_of[round(xs, 3)], column_of[round(xt, 3)]
        if ct > cs:
            out_side, in_side = 1, -1
        elif ct < cs:
            out_side, in_side = -1, 1
        else:  # same column: out and back in on the right, through the gap beside it
            out_side = in_side = 1
        ends[key] = (cs, ct, out_side, in_side)
        # Ports ordered by where the line goes next, so lines leaving one side do not cross.
        gap_s = cs if out_side > 0 else cs - 1
        gap_t = ct if in_side > 0 else ct - 1
        ports[(gap_s, round(ys, 3))].append((yt, -xt * out_side, key, "out"))
        ports[(gap_t, round(yt, 3))].append((ys, -xs * in_side, key, "in"))

    offset: dict[tuple[Key, str], float] = {}
    for entries in ports.values():
        entries.sort()
        # Arrow heads into one box need a head's width between them; other ports only
        # enough to stay apart.
        steps = [
            _HEAD_STEP if (e1, k1[1]) == (e2, k2[1]) == ("in", k2[1]) else _PORT_STEP
            for (_, _, k1, e1), (_, _, k2, e2) in pairwise(entries)
        ]
        scale = min(1.0, (box_h - 12) / max(sum(steps), 1.0))
        place, places = 0.0, [0.0]
        for step in steps:
            place += step * scale
            places.append(place)
        middle = place / 2
        for (_, _, key, end), at in zip(entries, places, strict=True):
            offset[(key, end)] = at - middle

    if not detours:
        return {
            key: _curved(positions, key, out_side, in_side, offset, half_w)
            for key, (_, _, out_side, in_side) in ends.items()
        }

    # Corridors: the free band between two rows of boxes anywhere in the graph, with its
    # height (what its tracks may spread over).
    rows = sorted({round(y, 3) for _, y in positions.values()})
    band: dict[float, float] = {}
    for a, b in pairwise(rows):
        if b - a > box_h + 8:
            band[(a + b) / 2] = b - a - box_h - 8
    if rows:
        band[rows[0] - half_h - row_h / 4] = band[rows[-1] + half_h + row_h / 4] = row_h / 4
    corridors = sorted(band)

    plans: dict[Key, _Plan] = {}
    for key, (cs, ct, out_side, in_side) in ends.items():
        (xs, ys), (xt, yt) = positions[key[0]], positions[key[1]]
        start = QPointF(xs + out_side * half_w, ys + offset[(key, "out")])
        tip = QPointF(xt + in_side * half_w, yt + offset[(key, "in")])
        gap_out = cs if out_side > 0 else cs - 1  # gap g lies right of column g
        gap_in = ct - 1 if in_side < 0 else ct
        plans[key] = _Plan(start, tip, -in_side, gap_out, gap_in)

    # Corridors for moves that cross columns: near their rows, and away from busy ones.
    load: dict[float, list[tuple[float, float]]] = defaultdict(list)
    for key in sorted(plans, key=lambda k: (abs(plans[k].gap_in - plans[k].gap_out), k)):
        plan = plans[key]
        if plan.gap_in == plan.gap_out or not corridors:
            continue
        low = min(plan.start.x(), plan.tip.x())
        high = max(plan.start.x(), plan.tip.x())

        def cost(y: float, low: float = low, high: float = high, plan: _Plan = plan) -> float:
            busy = sum(1 for a, b in load[y] if a < high and b > low)
            return abs(plan.start.y() - y) + abs(y - plan.tip.y()) + 30 * busy

        index = bisect_left(corridors, plan.start.y())
        near = corridors[max(index - 4, 0) : index + 4]
        plan.corridor = min(near, key=cost)
        load[plan.corridor].append((low, high))

    # Vertical runs per gap, horizontal runs per corridor: each gets a track.
    verticals: dict[int, list[tuple[float, float, Key, str]]] = defaultdict(list)
    horizontals: dict[float, list[tuple[float, float, Key]]] = defaultdict(list)
    for key, plan in plans.items():
        y_mid = plan.corridor if plan.corridor is not None else plan.tip.y()
        verticals[plan.gap_out].append((*_span(plan.start.y(), y_mid), key, "out"))
        if plan.corridor is not None:
            verticals[plan.gap_in].append((*_span(plan.corridor, plan.tip.y()), key, "in"))
            horizontals[plan.corridor].append((0.0, 0.0, key))  # x known after the gaps

    for gap, runs in verticals.items():
        left = columns[gap] + half_w if gap >= 0 else columns[0] - half_w - column_gap
        right = columns[gap + 1] - half_w if gap + 1 < len(columns) else left + column_gap
        # Arrow heads at a side of the gap take room from the tracks there.
        if any(plans[k].gap_in == gap and plans[k].heading < 0 for _, _, k, _ in runs):
            left += ARROW_LENGTH
        if any(plans[k].gap_in == gap and plans[k].heading > 0 for _, _, k, _ in runs):
            right -= ARROW_LENGTH
        tracks = _tracks([(a, b) for a, b, _, _ in runs])
        count = max(tracks, default=0) + 1
        spacing = min(_TRACK_SPACING, (right - left - 6) / max(count, 1))
        first = (left + right) / 2 - spacing * (count - 1) / 2
        for (_, _, key, end), track in zip(runs, tracks, strict=True):
            x = first + track * spacing
            if end == "out":
                plans[key].x_out = x
            else:
                plans[key].x_in = x

    for y, corridor in horizontals.items():
        spans = [(*_span(plans[k].x_out, plans[k].x_in), k) for _, _, k in corridor]
        tracks = _tracks([(a, b) for a, b, _ in spans])
        count = max(tracks, default=0) + 1
        spacing = min(_TRACK_SPACING, band[y] / max(count, 1))
        first = y - spacing * (count - 1) / 2
        for (_, _, key), track in zip(spans, tracks, strict=True):
            plans[key].y_corridor = first + track * spacing

    routes: dict[Key, Route] = {}
    for key, plan in plans.items():
        start, tip = plan.start, plan.tip
        base = QPointF(tip.x() - plan.heading * ARROW_LENGTH, tip.y())
        points = [start, QPointF(plan.x_out, start.y())]
        if plan.corridor is not None:
            points += [
                QPointF(plan.x_out, plan.y_corridor),
                QPointF(plan.x_in, plan.y_corridor),
                QPointF(plan.x_in, base.y()),
            ]
        else:
            points.append(QPointF(plan.x_out, base.y()))
        points.append(base)
        points = _simplified(points)
        routes[key] = Route(_rounded(points), _arrow(tip, plan.heading), tuple(points))
    return routes


def _span(a: float, b: float) -> tuple[float, float]:
    return (a, b) if a <= b else (b, a)


def _tracks(spans: list[tuple[float, float]]) -> list[int]:
    """A track per span so that spans on one track stay _CLEAR apart: the fewest tracks
    (interval partitioning, longest first so long runs sit together)."""
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0], -spans[i][1]))
    ends: list[float] = []  # per track, where its last span ends
    found = [0] * len(spans)
    for i in order:
        low, high = spans[i]
        for track, end in enumerate(ends):
            if end + _CLEAR < low:
                ends[track] = high
                found[i] = track
                break
        else:
            found[i] = len(ends)
            ends.append(high)
    return found


def _simplified(points: list[QPointF]) -> list[QPointF]:
    """Drops repeated points and corners on a straight line (a move to the next column on
    the same row is one straight segment)."""
    kept: list[QPointF] = []
    for point in points:
        if kept and abs(point.x() - kept[-1].x()) < 0.01 and abs(point.y() - kept[-1].y()) < 0.01:
            continue
        if len(kept) >= 2:
            a, b = kept[-2], kept[-1]
            if (abs(a.x() - b.x()) < 0.01 and abs(b.x() - point.x()) < 0.01) or (
                abs(a.y() - b.y()) < 0.01 and abs(b.y() - point.y()) < 0.01
            ):
                kept[-1] = point
                continue
        kept.append(point)
    return kept


def _curved(
    positions: dict[str, tuple[float, float]],
    key: Key,
    out_side: int,
    in_side: int,
    offset: dict[tuple[Key, str], float],
    half_w: float,
) -> Route:
    (xs, ys), (xt, yt) = positions[key[0]], positions[key[1]]
    start = QPointF(xs + out_side * half_w, ys + offset[(key, "out")])
    tip = QPointF(xt + in_side * half_w, yt + offset[(key, "in")])
    heading = -in_side
    base = QPointF(tip.x() - heading * ARROW_LENGTH, tip.y())
    reach = max(abs(base.x() - start.x()) / 2, 40.0)
    path = QPainterPath(start)
    path.cubicTo(
        QPointF(start.x() + out_side * reach, start.y()),
        QPointF(base.x() - heading * reach, base.y()),
        base,
    )
    return Route(path, _arrow(tip, heading), (start, base))


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


def _arrow(tip: QPointF, heading: int) -> QPolygonF:
    back = tip.x() - heading * ARROW_LENGTH
    return QPolygonF(
        [tip, QPointF(back, tip.y() - ARROW_WIDTH / 2), QPointF(back, tip.y() + ARROW_WIDTH / 2)]
    )
