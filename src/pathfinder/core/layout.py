"""Where each role sits in the graph: lanes by family, columns by level.

Deterministic by construction (no random spring layout): the same pack always
draws the same picture, so a counsellor's printout matches the screen.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from pathfinder.core.catalog import Catalog

COLUMN_WIDTH = 260.0
ROW_HEIGHT = 90.0
LANE_GAP = 40.0


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


def family_order(catalog: Catalog) -> list[str]:
    """Families by their lowest level, then name: entry lanes on top, the way people read."""
    lowest: dict[str, int] = {}
    for role in catalog.roles:
        lowest[role.family] = min(role.level, lowest.get(role.family, role.level))
    return sorted(lowest, key=lambda f: (lowest[f], f.casefold()))


def layout_roles(catalog: Catalog, roles: list[str] | None = None) -> Layout:
    """Positions for `roles` (all roles when None)."""
    chosen = [catalog.role_by_id[r] for r in roles] if roles is not None else list(catalog.roles)
    cells: dict[tuple[str, int], list[str]] = defaultdict(list)
    for role in chosen:
        cells[(role.family, role.level)].append(role.id)
    families = [f for f in family_order(catalog) if any(k[0] == f for k in cells)]
    positions: dict[str, tuple[float, float]] = {}
    lanes: list[Lane] = []
    top = 0.0
    max_level = max((r.level for r in chosen), default=1)
    for family in families:
        rows = max(len(ids) for (fam, _), ids in cells.items() if fam == family)
        height = rows * ROW_HEIGHT
        for (fam, level), ids in cells.items():
            if fam != family:
                continue
            for row, ident in enumerate(sorted(ids)):
                positions[ident] = ((level - 1) * COLUMN_WIDTH, top + (row + 0.5) * ROW_HEIGHT)
        lanes.append(Lane(family, top, height))
        top += height + LANE_GAP
    return Layout(positions, tuple(lanes), max_level * COLUMN_WIDTH, max(top - LANE_GAP, 0.0))
