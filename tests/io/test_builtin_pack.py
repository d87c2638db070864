"""The built-in AI/ML pack holds what the issue promises, and every role is reachable."""

from __future__ import annotations

from collections import deque

from pathfinder.core.catalog import Catalog
from pathfinder.core.planner import plan


def test_size_and_spread(builtin: Catalog) -> None:
    assert len(builtin.roles) >= 18
    assert len({r.family for r in builtin.roles}) >= 5
    assert {1, 2, 3, 4} <= {r.level for r in builtin.roles}
    assert len(builtin.skills) >= 90
    assert len({s.category for s in builtin.skills}) >= 8
    assert len(builtin.transitions) >= 45
    assert all(t.why for t in builtin.transitions)
    assert len(builtin.sources) == 5


def test_promised_ids_exist(builtin: Catalog) -> None:
    assert {"python", "git", "docker", "kubernetes", "pytorch", "tensorflow", "mlflow"} <= set(
        builtin.skill_by_id
    )
    assert {
        "software-developer",
        "data-analyst",
        "data-scientist",
        "ml-engineer",
        "mlops-engineer",
        "devops-engineer",
        "ai-engineer",
        "data-engineer",
    } <= set(builtin.role_by_id)
    assert "docker" in builtin.skill_by_id["kubernetes"].requires
    assert "python" in builtin.skill_by_id["pytorch"].requires


def test_every_role_is_reachable_from_entry_level(builtin: Catalog) -> None:
    seen = {r.id for r in builtin.roles if r.level == 1}
    queue = deque(seen)
    while queue:
        for move in builtin.moves_from[queue.popleft()]:
            if move.target not in seen:
                seen.add(move.target)
                queue.append(move.target)
    assert seen == set(builtin.role_by_id)
    for role in builtin.roles:
        assert plan(builtin, [], role.id).path[-1] == role.id


def test_the_articles_moves_and_comparisons_are_there(builtin: Catalog) -> None:
    moves = {(t.source, t.target) for t in builtin.transitions}
    assert {
        ("software-developer", "ml-engineer"),
        ("data-scientist", "ml-engineer"),
        ("devops-engineer", "mlops-engineer"),
        ("ml-engineer", "ai-engineer"),
    } <= moves
    facet_ids = [f.id for f in builtin.facets]
    assert facet_ids == [
        "focus",
        "work-stage",
        "tools",
        "goal",
        "success-metric",
        "best-for",
        "project-style",
        "next-step",
    ]
    for role in ("ml-engineer", "mlops-engineer"):
        assert set(builtin.role_by_id[role].facets) == set(facet_ids)
    cited = {s for r in builtin.roles for s in r.sources} | {
        s for t in builtin.transitions for s in t.sources
    }
    assert cited == {s.id for s in builtin.sources}
