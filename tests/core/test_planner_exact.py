"""The planner is exact: on many random packs it agrees with brute force over all simple paths."""

from __future__ import annotations

import math
from itertools import product
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pathfinder.core.catalog import Catalog
from pathfinder.core.planner import NoPathError, plan


@st.composite
def packs(draw: st.DrawFn) -> dict[str, Any]:
    n_skills = draw(st.integers(1, 7))
    skills = []
    for i in range(n_skills):
        # Prerequisites only point to earlier skills, so there is never a cycle.
        requires = draw(st.lists(st.integers(0, i - 1), unique=True, max_size=2)) if i else []
        skills.append(
            {
                "id": f"s{i}",
                "name": f"Skill {i}",
                # Small whole and half hours make equal-cost ties common.
                "effort_hours": draw(st.sampled_from([0.5, 1, 1, 2, 3, 5])),
                "requires": [f"s{r}" for r in requires],
            }
        )
    n_roles = draw(st.integers(1, 6))
    roles = []
    for i in range(n_roles):
        essential = draw(st.lists(st.integers(0, n_skills - 1), unique=True, max_size=3))
        roles.append(
            {
                "id": f"r{i}",
                "name": f"Role {i}",
                "level": draw(st.integers(1, 3)),
                "essential": [f"s{e}" for e in essential],
            }
        )
    pairs = [(a, b) for a, b in product(range(n_roles), repeat=2) if a != b]
    chosen = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=12)) if pairs else []
    transitions = [
        {"from": f"r{a}", "to": f"r{b}", "months": draw(st.sampled_from([0, 1, 2, 6]))}
        for a, b in chosen
    ]
    return {
        "pathfinder": 1,
        "id": "random",
        "name": "Random",
        "version": "1",
        "skills": skills,
        "roles": roles,
        "transitions": transitions,
    }


def _closure(skills: dict[str, list[str]], start: set[str]) -> set[str]:
    out, todo = set(), list(start)
    while todo:
        s = todo.pop()
        if s not in out:
            out.add(s)
            todo.extend(skills[s])
    return out


def brute_force(
    doc: dict[str, Any], have: list[str], to: str, start: str | None, max_steps: int
) -> tuple[float, tuple[str, ...]] | None:
    """Every simple path, scored straight from the definitions."""
    requires = {s["id"]: s["requires"] for s in doc["skills"]}
    hours = {s["id"]: float(s["effort_hours"]) for s in doc["skills"]}
    held = _closure(requires, set(have))
    need = {r["id"]: _closure(requires, set(r["essential"])) - held for r in doc["roles"]}
    level = {r["id"]: r["level"] for r in doc["roles"]}
    moves: dict[str, list[tuple[str, float]]] = {}
    for t in doc["transitions"]:
        moves.setdefault(t["from"], []).append((t["to"], float(t["months"])))
    origins = [start] if start else sorted(r for r in level if level[r] == 1)
    best: tuple[float, int, float, tuple[str, ...]] | None = None

    def walk(path: tuple[str, ...], months: float) -> None:
        nonlocal best
        if path[-1] == to:
            paid = path[1:] if start else path
            learned = set().union(*(need[r] for r in paid)) if paid else set()
            key = (math.fsum(hours[s] for s in learned), len(path), months, path)
            if best is None or key < best:
                best = key
            return
        if len(path) - 1 == max_steps:
            return
        for nxt, m in moves.get(path[-1], []):
            if nxt not in path:
                walk((*path, nxt), months + m)

    for origin in origins:
        walk((origin,), 0.0)
    return None if best is None else (best[0], best[3])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=packs(), data=st.data())
def test_planner_matches_brute_force(doc: dict[str, Any], data: st.DataObject) -> None:
    catalog = Catalog.model_validate(doc)
    role_ids = [r["id"] for r in doc["roles"]]
    skill_ids = [s["id"] for s in doc["skills"]]
    to = data.draw(st.sampled_from(role_ids))
    start = data.draw(st.none() | st.sampled_from(role_ids))
    have = data.draw(st.lists(st.sampled_from(skill_ids), unique=True, max_size=3))
    max_steps = data.draw(st.integers(0, 5))

    expected = brute_force(doc, have, to, start, max_steps)
    if expected is None:
        try:
            got = plan(catalog, have, to, start=start, max_steps=max_steps)
        except NoPathError:
            return
        raise AssertionError(f"planner found {got.path}, brute force found no path")
    result = plan(catalog, have, to, start=start, max_steps=max_steps)
    assert (result.effort_hours, result.path) == expected
    # Every gap is learned once, prerequisites first, in order of the step that first needs it.
    order = [g.skill for g in result.gaps]
    assert len(order) == len(set(order))
    assert math.fsum(g.effort_hours for g in result.gaps) == result.effort_hours
    requires = {s["id"]: s["requires"] for s in doc["skills"]}
    for i, skill in enumerate(order):
        for req in requires[skill]:
            if req in order:
                assert order.index(req) < i
    step_of = {s: n for n, step in enumerate(result.steps) for s in step.new_skills}
    assert [step_of[s] for s in order] == sorted(step_of[s] for s in order)
