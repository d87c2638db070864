"""The planner is exact: on many random packs it agrees with brute force over all simple paths.

The brute force scores every simple path straight from the definition in docs/pack-format.md
("How the best path is chosen"), written out again here without the planner's search.
"""

from __future__ import annotations

import math
from itertools import product
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pathfinder.core.catalog import Catalog
from pathfinder.core.planner import NoPathError, plan
from pathfinder.core.timeline import DEFAULT_MONTHS, WEEKS_PER_MONTH


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
                "family": draw(st.sampled_from(["A", "B", "C"])),
                "entry": draw(st.booleans()) and draw(st.booleans()),
            }
        )
    pairs = [(a, b) for a, b in product(range(n_roles), repeat=2) if a != b]
    chosen = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=12)) if pairs else []
    transitions = []
    for a, b in chosen:
        move: dict[str, Any] = {"from": f"r{a}", "to": f"r{b}"}
        # Zero, short, long and missing months (the default), so experience and study both win.
        months = draw(st.sampled_from([0, 1, 2, 6, 30, None]))
        if months is not None:
            move["months"] = months
        move["origin"] = draw(st.sampled_from(["authored", "imported", "derived"]))
        transitions.append(move)
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


def _starts(doc: dict[str, Any], to: str) -> list[str]:
    """A newcomer's entry roles: marked ones of the target's field, else each field family's
    lowest roles not above the target."""
    roles = {r["id"]: r for r in doc["roles"]}
    home = roles[to]["family"]
    field = {home}
    for t in doc["transitions"]:
        if _usable(roles, t) and roles[t["to"]]["family"] == home:
            field.add(roles[t["from"]]["family"])
    marked = [r for r, v in roles.items() if v["entry"] and v["family"] in field]
    if marked:
        return sorted(marked)
    top = roles[to]["level"]
    low = {
        f: min(v["level"] for v in roles.values() if v["family"] == f and v["level"] <= top)
        for f in field
        if any(v["family"] == f and v["level"] <= top for v in roles.values())
    }
    return sorted(
        r for r, v in roles.items() if v["family"] in low and v["level"] == low[v["family"]]
    )


def _usable(roles: dict[str, Any], move: dict[str, Any]) -> bool:
    down = roles[move["to"]]["level"] < roles[move["from"]]["level"]
    return not down or move["origin"] == "authored"


def brute_force(
    doc: dict[str, Any],
    have: list[str],
    to: str,
    start: str | None,
    max_steps: int,
    hours_per_week: float,
    not_held: list[str],
) -> tuple[float, float, tuple[str, ...]] | None:
    """Every simple path, scored straight from the definitions: (weeks, hours, path)."""
    requires = {s["id"]: s["requires"] for s in doc["skills"]}
    hours = {s["id"]: float(s["effort_hours"]) for s in doc["skills"]}
    roles = {r["id"]: r for r in doc["roles"]}
    ticked = _closure(requires, set(have))
    held = set(ticked)
    if start:
        kept = {s for s in roles[start]["essential"] if s in ticked or s not in not_held}
        held |= _closure(requires, kept) - (set(not_held) - ticked)
    need = {r: _closure(requires, set(v["essential"])) - held for r, v in roles.items()}
    moves: dict[str, list[tuple[str, float]]] = {}
    for t in doc["transitions"]:
        if _usable(roles, t):
            months = float(t["months"]) if "months" in t else DEFAULT_MONTHS
            moves.setdefault(t["from"], []).append((t["to"], months))
    best: tuple[float, float, int, tuple[str, ...]] | None = None

    def walk(path: tuple[str, ...], weeks: tuple[float, ...], learned: set[str]) -> None:
        nonlocal best
        if path[-1] == to:
            key = (math.fsum(weeks), math.fsum(hours[s] for s in learned), len(path), path)
            if best is None or key < best:
                best = key
            return
        if len(path) - 1 == max_steps:
            return
        for nxt, months in moves.get(path[-1], []):
            if nxt not in path:
                new = need[nxt] - learned
                study = math.fsum(hours[s] for s in new) / hours_per_week
                first = start is not None and len(path) == 1
                took = study if first else max(study, months * WEEKS_PER_MONTH)
                walk((*path, nxt), (*weeks, took), learned | new)

    if start:
        walk((start,), (), set())
    else:
        for origin in _starts(doc, to):
            study = math.fsum(hours[s] for s in need[origin]) / hours_per_week
            walk((origin,), (study,), set(need[origin]))
        if best is None:  # no entry role leads there: the target's own skills
            return (math.fsum(hours[s] for s in need[to]) / hours_per_week, 0.0, (to,))
    return None if best is None else (best[0], best[1], best[3])


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=packs(), data=st.data())
def test_planner_matches_brute_force(doc: dict[str, Any], data: st.DataObject) -> None:
    catalog = Catalog.model_validate(doc)
    role_ids = [r["id"] for r in doc["roles"]]
    skill_ids = [s["id"] for s in doc["skills"]]
    to = data.draw(st.sampled_from(role_ids))
    start = data.draw(st.none() | st.sampled_from(role_ids))
    have = data.draw(st.lists(st.sampled_from(skill_ids), unique=True, max_size=3))
    not_held = data.draw(st.lists(st.sampled_from(skill_ids), unique=True, max_size=2))
    max_steps = data.draw(st.integers(0, 6))
    pace = data.draw(st.sampled_from([1.0, 8.0, 10.0, 40.0]))

    expected = brute_force(doc, have, to, start, max_steps, pace, not_held)
    if expected is None:
        try:
            got = plan(
                catalog,
                have,
                to,
                start=start,
                max_steps=max_steps,
                hours_per_week=pace,
                not_held=not_held,
            )
        except NoPathError:
            return
        raise AssertionError(f"planner found {got.path}, brute force found no path")
    result = plan(
        catalog, have, to, start=start, max_steps=max_steps, hours_per_week=pace, not_held=not_held
    )
    assert result.path == expected[2]
    assert math.isclose(result.weeks, expected[0], rel_tol=1e-12, abs_tol=1e-12)
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
    # The total is the sum of the moves, each at least its study time.
    assert math.isclose(math.fsum(s.weeks for s in result.steps), result.weeks)
    for step in result.steps:
        assert step.weeks >= step.effort_hours / pace * (1 - 1e-12)
