"""Skill arithmetic shared by the planner, fit scores and comparisons."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from itertools import repeat

from pathfinder.core.catalog import Catalog
from pathfinder.core.memo import cached, table


def prerequisite_closure(catalog: Catalog) -> Mapping[str, frozenset[str]]:
    """For every skill: itself plus everything it requires, transitively (memoised per catalog)."""
    return cached(catalog, "closure", lambda: _closures(catalog))


def _closures(catalog: Catalog) -> dict[str, frozenset[str]]:
    # A plain walk, not NetworkX: the planner asks for closures on every tick and the first
    # plan is drawn at start, before NetworkX would be worth importing (core/graph.py).
    requires = {s.id: s.requires for s in catalog.skills}
    out: dict[str, frozenset[str]] = {}
    for root in requires:
        if root in out:
            continue
        # Iterative post-order walk; a validated pack has no cycles, but stay safe if one slips in.
        stack = [root]
        on_stack = {root}
        while stack:
            node = stack[-1]
            pending = [r for r in requires.get(node, ()) if r not in out and r not in on_stack]
            if pending:
                stack.append(pending[0])
                on_stack.add(pending[0])
                continue
            stack.pop()
            on_stack.discard(node)
            acc = {node}
            for r in requires.get(node, ()):
                acc |= out.get(r, {r})
            out[node] = frozenset(acc)
    return out


def closure(catalog: Catalog, skills: Iterable[str]) -> frozenset[str]:
    """X plus all prerequisites of its skills, transitively."""
    table = prerequisite_closure(catalog)
    acc: set[str] = set()
    for s in skills:
        acc |= table.get(s, {s})
    return frozenset(acc)


def effort(catalog: Catalog, skills: Iterable[str]) -> float:
    """Hours to learn these skills. fsum is exact, so equal sets always tie exactly."""
    # Memoised: the planner sums thousands of sets per plan in a big pack.
    hours = cached(catalog, "hours", lambda: {s.id: s.effort_hours for s in catalog.skills})
    # Unknown ids count 0.0, which leaves an exact sum unchanged; map() keeps the loop in C.
    return math.fsum(map(hours.get, skills, repeat(0.0)))


def essential_closure(catalog: Catalog, role_id: str) -> frozenset[str]:
    """closure(essential(role)), memoised per catalog: planning asks for it on every move."""
    memo: dict[str, frozenset[str]] = table(catalog, "essential_closure")
    found = memo.get(role_id)
    if found is None:
        found = memo[role_id] = closure(catalog, catalog.role_by_id[role_id].essential)
    return found


def need(catalog: Catalog, role_id: str, have: frozenset[str]) -> frozenset[str]:
    """Skills a learner who already has `have` (a closure) must still learn to be hired as role."""
    return essential_closure(catalog, role_id) - have


def fit(catalog: Catalog, role_id: str, have: frozenset[str]) -> float:
    """Share of the role's essential learning (with prerequisites) the learner already has."""
    return fit_and_hours(catalog, role_id, have)[0]


def fit_and_hours(catalog: Catalog, role_id: str, have: frozenset[str]) -> tuple[float, float]:
    """fit(), and the hours of essential learning (with prerequisites) still missing."""
    full = essential_closure(catalog, role_id)
    if not full:
        return 1.0, 0.0
    memo: dict[str, float] = table(catalog, "essential_effort")
    total = memo.get(role_id)
    if total is None:
        total = memo[role_id] = effort(catalog, full)
    missing = full - have
    left = effort(catalog, missing) if missing else 0.0
    return 1.0 - left / total, left


def roles_by_essential_skill(catalog: Catalog) -> Mapping[str, tuple[str, ...]]:
    """For every skill, the roles whose essential closure holds it (memoised per catalog):
    after a tick only these roles can change fit."""
    return cached(catalog, "roles_by_skill", lambda: _roles_by_skill(catalog))


def _roles_by_skill(catalog: Catalog) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for role in catalog.roles:
        for skill in essential_closure(catalog, role.id):
            found.setdefault(skill, []).append(role.id)
    return {k: tuple(v) for k, v in found.items()}
