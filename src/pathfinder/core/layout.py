"""Where each role sits in the graph: lanes by family, columns by level.

Deterministic by construction (no random spring layout): the same pack always
draws the same picture, so a counsellor's printout matches the screen.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from pathfinder.core.catalog import Catalog

# Boxes are 230 wide (qt/graph/items.py): the 48 left between columns carry the moves'
# vertical runs, each on its own track (qt/graph/routes.py).
COLUMN_WIDTH = 278.0
ROW_HEIGHT = 92.0
# Each lane opens with a strip holding its family name, so no gutter left of level 1 is needed
# for it (a gutter cost a sixth of the width, and the names shrank to fit it).
LANE_HEADER = 26.0
LANE_GAP = 6.0


@dataclass(frozen=True)
class Lane:
    family: str
    top: float
    height: float


@dataclass(frozen=True)
class Layout:
    positions: dict[str, tuple[float, float]]  # role id -> centre of its box
    lanes: tuple[Lane, ...]
    width: float
    height: float
    level_x: tuple[float, ...] = ()  # centre x of each level's first column (level 1 first)


def family_order(catalog: Catalog) -> list[str]:
    """Families by their lowest level, then name: entry lanes on top, the way people read."""
    lowest: dict[str, int] = {}
    for role in catalog.roles:
        lowest[role.family] = min(role.level, lowest.get(role.family, role.level))
    return sorted(lowest, key=lambda f: (lowest[f], f.casefold()))


def layout_roles(
    catalog: Catalog, roles: list[str] | None = None, *, max_rows: int | None = None
) -> Layout:
    """Positions for `roles` (all roles when None).

    With `max_rows`, a family's roles of one level stack at most that many high and wrap
    into further columns within the level (for drawing a whole imported taxonomy, where one
    cell can hold a hundred roles); level columns then widen to fit.
    """
    chosen = [catalog.role_by_id[r] for r in roles] if roles is not None else list(catalog.roles)
    cells: dict[tuple[str, int], list[str]] = defaultdict(list)
    for role in chosen:
        cells[(role.family, role.level)].append(role.id)
    families = [f for f in family_order(catalog) if any(k[0] == f for k in cells)]
    max_level = max((r.level for r in chosen), default=1)
    wrap = max_rows if max_rows is not None and max_rows > 0 else None
    columns = [1] * max_level  # columns each level needs
    if wrap is not None:
        for (_, level), ids in cells.items():
            columns[level - 1] = max(columns[level - 1], -(-len(ids) // wrap))
    level_x = [sum(columns[:i]) * COLUMN_WIDTH for i in range(max_level)]
    positions: dict[str, tuple[float, float]] = {}
    lanes: list[Lane] = []
    top = 0.0
    for family in families:
        sizes = [len(ids) for (fam, _), ids in cells.items() if fam == family]
        rows = max(min(n, wrap) if wrap is not None else n for n in sizes)
        height = LANE_HEADER + rows * ROW_HEIGHT
        for (fam, level), ids in cells.items():
            if fam != family:
                continue
            for index, ident in enumerate(sorted(ids)):
                column, row = divmod(index, wrap) if wrap is not None else (0, index)
                x = level_x[level - 1] + column * COLUMN_WIDTH
                positions[ident] = (x, top + LANE_HEADER + (row + 0.5) * ROW_HEIGHT)
        lanes.append(Lane(family, top, height))
        top += height + LANE_GAP
    return Layout(
        positions,
        tuple(lanes),
        sum(columns) * COLUMN_WIDTH,
        max(top - LANE_GAP, 0.0),
        tuple(level_x),
    )


def rows_for_aspect(catalog: Catalog, aspect: float = 1.6) -> int:
    """The `max_rows` that draws every role of the pack about `aspect` times wider than high."""
    best, best_gap = 1, float("inf")
    for rows in range(1, len(catalog.roles) + 1):
        layout = layout_roles(catalog, max_rows=rows)
        gap = abs(layout.width / max(layout.height, 1.0) - aspect)
        if gap < best_gap:
            best, best_gap = rows, gap
        if layout.width / max(layout.height, 1.0) < aspect:
            break  # taller than wanted from here on
    return best
