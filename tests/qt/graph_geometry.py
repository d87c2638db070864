"""Geometry checks shared by the graph tests: where drawn lines overlap or cross boxes."""

from __future__ import annotations

from itertools import combinations, pairwise

from PySide6.QtCore import QPointF, QRectF

from pathfinder.qt.graph.scene import GraphScene

Segment = tuple[QPointF, QPointF]
SHARED_PX = 3.0  # two lines may run together this far (where they meet at a corner)


def segments(scene: GraphScene) -> dict[tuple[str, str], list[Segment]]:
    return {key: list(pairwise(edge.points)) for key, edge in scene.edge_items.items()}


def shared_stretch(a: Segment, b: Segment) -> float:
    """How long two axis-parallel segments run on top of each other (0 if they do not)."""
    (a1, a2), (b1, b2) = a, b
    if abs(a1.y() - a2.y()) < 0.01 and abs(b1.y() - b2.y()) < 0.01:  # both horizontal
        if abs(a1.y() - b1.y()) > 1.0:
            return 0.0
        low = max(min(a1.x(), a2.x()), min(b1.x(), b2.x()))
        high = min(max(a1.x(), a2.x()), max(b1.x(), b2.x()))
        return max(high - low, 0.0)
    if abs(a1.x() - a2.x()) < 0.01 and abs(b1.x() - b2.x()) < 0.01:  # both vertical
        if abs(a1.x() - b1.x()) > 1.0:
            return 0.0
        low = max(min(a1.y(), a2.y()), min(b1.y(), b2.y()))
        high = min(max(a1.y(), a2.y()), max(b1.y(), b2.y()))
        return max(high - low, 0.0)
    return 0.0


def shared_lines(scene: GraphScene) -> list[tuple[tuple[str, str], tuple[str, str], float]]:
    """Pairs of moves whose lines run together for more than SHARED_PX."""
    found = []
    lines = segments(scene)
    for (ka, sa), (kb, sb) in combinations(lines.items(), 2):
        longest = max((shared_stretch(a, b) for a in sa for b in sb), default=0.0)
        if longest > SHARED_PX:
            found.append((ka, kb, longest))
    return found


def crossed_boxes(scene: GraphScene) -> list[tuple[tuple[str, str], str]]:
    """Moves whose line passes through the box of a role they do not join."""
    boxes = {
        r: item.mapRectToScene(item.box_rect).adjusted(1, 1, -1, -1)
        for r, item in scene.role_items.items()
    }
    found = []
    for key, edge in scene.edge_items.items():
        path = edge.path_shape()
        for role, box in boxes.items():
            if role in key or not path.boundingRect().intersects(box):
                continue
            steps = max(int(path.length() // 2), 2)
            if any(box.contains(path.pointAtPercent(i / steps)) for i in range(steps + 1)):
                found.append((key, role))
    return found


def shared_heads(scene: GraphScene) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    heads = {
        key: QRectF(edge.arrow_polygon().boundingRect()) for key, edge in scene.edge_items.items()
    }
    return [
        (ka, kb)
        for (ka, a), (kb, b) in combinations(heads.items(), 2)
        if a.intersected(b).height() > 1.0 and a.intersected(b).width() > 1.0
    ]
