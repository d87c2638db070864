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
        "way-in",
    ]
    for role in ("ml-engineer", "mlops-engineer"):
        assert set(builtin.role_by_id[role].facets) == set(facet_ids)
    cited = {s for r in builtin.roles for s in r.sources} | {
        s for t in builtin.transitions for s in t.sources
    }
    assert cited == {s.id for s in builtin.sources}


def test_the_data_issue_fixes_hold(builtin: Catalog) -> None:
    """Issue 12: what a careers adviser found wrong stays fixed."""
    mle = builtin.role_by_id["ml-engineer"]
    assert mle.salary is not None
    assert (mle.salary.low, mle.salary.high, mle.salary.or_more) == (80000, 200000, True)
    assert mle.salary.sources == ("padmani-2026",)
    # The articles disagree about the ML engineer's work stage: each view cites its own source.
    stage = mle.facets["work-stage"]
    assert isinstance(stage, tuple) and len(stage) >= 2
    assert all(view.sources for view in stage)
    assert {s for view in stage for s in view.sources} >= {"myticas-2026", "padmani-2026"}
    assert "communication" in mle.essential

    retired = builtin.skill_by_id["cert-aws-ml-specialty"].certification
    assert retired is not None
    assert (retired.status, retired.date) == ("retired", "2026-03-31")
    assert retired.successor == "cert-aws-ml-engineer-associate"
    for role in builtin.roles:  # nobody is advised to take the retired exam
        assert "cert-aws-ml-specialty" not in (*role.essential, *role.optional)

    mlops = builtin.role_by_id["mlops-engineer"]
    assert "sagemaker" in mlops.essential
    assert "portfolio-building" in builtin.role_by_id["junior-mlops-engineer"].essential
    assert builtin.skill_by_id["model-monitoring"].requires == ("observability",)

    # Moves the articles do not make are ours, not theirs.
    moves = {(t.source, t.target): t for t in builtin.transitions}
    for pair in [
        ("ml-engineer", "ml-platform-engineer"),
        ("mlops-engineer", "ml-engineer"),
        ("data-scientist", "mlops-engineer"),
        ("systems-administrator", "devops-engineer"),
        ("software-developer", "ai-engineer"),
    ]:
        assert moves[pair].estimate and not moves[pair].sources, pair
    for skill in ("terraform", "aiops-practices", "rag", "llm-fundamentals"):
        assert builtin.skill_by_id[skill].estimate, skill
    assert builtin.role_by_id["ai-engineer"].estimate


def test_entry_roles_start_each_family_they_exist_in(builtin: Catalog) -> None:
    entry = {r.id for r in builtin.roles if r.entry}
    assert entry == {
        "it-support-specialist",
        "junior-software-developer",
        "junior-data-analyst",
        "ml-intern",
        "junior-mlops-engineer",
    }


def test_every_claim_says_where_it_comes_from(builtin: Catalog) -> None:
    for skill in builtin.skills:
        assert skill.sources or skill.estimate, skill.id
    for role in builtin.roles:
        assert role.sources or role.estimate, role.id
    for move in builtin.transitions:
        assert move.sources or move.estimate, (move.source, move.target)
