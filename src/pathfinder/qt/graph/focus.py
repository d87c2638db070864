"""Which roles the graph shows in a big pack: the learner's neighbourhood, not 3,000 boxes.

A pack with more than BIG_PACK_ROLES roles (an imported taxonomy such as ESCO) would draw
thousands of boxes no one can read. There the graph shows the roles that matter to this
learner: where they are, where they want to go and the path between, the best next moves
around those, the roles they picked or searched for, and any family they asked to see.
Smaller packs (the built-in one) always show every role, exactly as before.

Plain functions and a small state object, no widgets: easy to test and to reason about.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from pathfinder.core.catalog import Catalog
from pathfinder.core.graph import moves_in, moves_out

BIG_PACK_ROLES = 150  # above this many roles the graph shows a neighbourhood
MOVES_AROUND = 4  # first moves shown out of (and into) each role the learner cares about
MOVES_FROM_SUGGESTED = 2  # where each suggestion leads, before anything is picked
MOST_SHOWN = 60  # the neighbourhood never grows past this (families asked for aside)


def is_big(catalog: Catalog) -> bool:
    return len(catalog.roles) > BIG_PACK_ROLES


@dataclass
class Focus:
    """What the learner asked to see beyond their own neighbourhood."""

    show_all: bool = False
    families: list[str] = field(default_factory=list)  # in the order asked for
    revealed: list[str] = field(default_factory=list)  # roles found, picked or expanded

    def clear(self) -> None:
        self.show_all = False
        self.families.clear()
        self.revealed.clear()


def focus_roles(
    catalog: Catalog,
    focus: Focus,
    *,
    current: str | None,
    target: str | None,
    path: Iterable[str],
    suggested: Iterable[str],
) -> list[str] | None:
    """The role ids to show, or None for every role (a small pack, or "show all")."""
    if focus.show_all or not is_big(catalog):
        return None
    known = catalog.role_by_id
    shown: dict[str, None] = {}  # insertion-ordered set

    def add(roles: Iterable[str]) -> None:
        for role in roles:
            if role in known:
                shown.setdefault(role)

    anchors = [r for r in (current, target) if r]
    add(anchors)
    add(path)
    add(focus.revealed)
    families = set(focus.families)
    requested = {r.id for r in catalog.roles if r.family in families} if families else set()
    add(sorted(requested))
    starts = [] if anchors else list(suggested)
    add(starts)  # nothing picked yet: start from the roles the learner fits best
    # Around the learner's roles and the revealed ones: the first moves out and in, in the
    # pack's order (an importer lists the most similar first); around suggestions only where
    # they lead, so a first look stays small. Pack order, not fit: ticking a skill must not
    # reshuffle the neighbourhood under the learner's eyes. The career graph keeps its edges
    # in pack order (core/graph.py).
    around = [(r, True) for r in (*anchors, *focus.revealed)] + [(r, False) for r in starts]
    for role, both_ways in around:
        if len(shown) >= MOST_SHOWN + len(requested):
            break
        add(moves_out(catalog, role)[: MOVES_AROUND if both_ways else MOVES_FROM_SUGGESTED])
        if both_ways:
            add(moves_in(catalog, role)[:MOVES_AROUND])
    return list(shown)
