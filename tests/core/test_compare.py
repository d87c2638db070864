"""Role comparison rows against hand-worked examples on the tiny and built-in packs."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pathfinder.core.catalog import Catalog, facet_text
from pathfinder.core.compare import Comparison, SkillSplit, compare_roles
from pathfinder.core.planner import UnknownIdError
from pathfinder.core.skills import closure


def test_tiny_split_fit_and_hours(tiny: Catalog) -> None:
    held = closure(tiny, ["python"])  # python + git
    result = compare_roles(tiny, "ml", "mlops", held)
    assert result.a.name == "ML Engineer" and result.b.name == "MLOps Engineer"
    assert (result.a.level, result.a.family) == (3, "ML")
    assert (result.b.level, result.b.family) == (3, "Ops")
    assert result.essential == SkillSplit(
        shared=(), only_a=("pytorch", "sql"), only_b=("kubernetes", "python")
    )
    # ml: pytorch 60 + python 40 + git 10 + sql 20 = 130, still to learn pytorch + sql = 80.
    assert result.a.hours_to_go == 80.0
    assert result.a.fit == pytest.approx(50 / 130)
    # mlops: kubernetes 50 + docker 30 + python 40 + git 10 = 130, still kubernetes + docker.
    assert result.b.hours_to_go == 80.0
    assert result.b.fit == pytest.approx(50 / 130)
    # Kubernetes is optional for ml but essential for mlops: listed once, under essential.
    assert result.optional == SkillSplit((), (), ())
    # Neither role fills a facet, so the table has no facet rows at all.
    assert result.facets == ()


def test_tiny_facet_row_appears_when_one_role_fills_it(tiny: Catalog) -> None:
    result = compare_roles(tiny, "ml", "ops", frozenset())
    assert [(r.label, r.a, r.b) for r in result.facets] == [("Focus", "", "Keeping things running")]
    assert result.a.salary is None and result.b.salary is None
    assert result.a.fit == 0.0 and result.a.hours_to_go == 130.0


def test_tiny_shared_skills(tiny: Catalog) -> None:
    result = compare_roles(tiny, "ml", "island", frozenset())
    assert result.essential == SkillSplit(shared=("pytorch",), only_a=("sql",), only_b=())


def test_builtin_ml_vs_mlops(builtin: Catalog) -> None:
    result = compare_roles(builtin, "ml-engineer", "mlops-engineer", frozenset())
    assert [r.label for r in result.facets] == [
        "Focus",
        "Work stage",
        "Main tools",
        "Goal",
        "Success metric",
        "Best for",
        "Project style",
        "Best next step",
        "Way in",
    ]
    focus = result.facets[0]
    assert focus.a == "Building and improving the models themselves"
    assert focus.b == "Deploying, automating and scaling models"
    # Each side says where it comes from; where the articles disagree, each view does.
    title = "MLOps vs Machine Learning Engineer: Who Should You Hire in 2026?"
    assert focus.a_views[0].said_by.startswith(f"from: {title}")
    stage = result.facets[1]
    assert [v.said_by for v in stage.a_views][:2] == [
        f"from: {title}",
        "from: Hire an ML Engineer in 2026",
    ]
    assert stage.a == " / ".join(v.text for v in stage.a_views)
    assert result.a.salary_said_by == "from: Hire an ML Engineer in 2026"
    assert "python" in result.essential.shared
    assert "pytorch" in result.essential.only_a
    assert "kubernetes" in result.essential.only_b
    # docker is optional for the ML engineer but essential for MLOps: not repeated as optional.
    assert "docker" in result.essential.only_b
    assert "docker" not in result.optional.only_a
    assert "deployment-strategies" in result.optional.shared
    assert result.a.salary is not None
    assert (result.a.salary.currency, result.a.salary.low, result.a.salary.high) == (
        "USD",
        80000,
        200000,
    )
    assert result.b.salary is None
    assert result.a.fit == 0.0 and result.a.hours_to_go > 0


def test_skills_are_sorted_by_name(builtin: Catalog) -> None:
    result = compare_roles(builtin, "ml-engineer", "mlops-engineer", frozenset())
    names = [builtin.skill_by_id[s].name.casefold() for s in result.essential.only_a]
    assert names == sorted(names) and len(names) > 3


def test_holding_every_skill_means_full_fit(builtin: Catalog) -> None:
    everything = frozenset(builtin.skill_by_id)
    result = compare_roles(builtin, "data-scientist", "ml-engineer", everything)
    assert result.a.fit == 1.0 and result.b.fit == 1.0
    assert result.a.hours_to_go == 0.0 and result.b.hours_to_go == 0.0


def test_unknown_role_names_the_closest(builtin: Catalog) -> None:
    with pytest.raises(UnknownIdError) as err:
        compare_roles(builtin, "ml-enginer", "mlops-engineer", frozenset())
    assert err.value.suggestion == "ml-engineer"


def _swapped(c: Comparison) -> Comparison:
    def flip(s: SkillSplit) -> SkillSplit:
        return SkillSplit(s.shared, s.only_b, s.only_a)

    rows = tuple(type(r)(r.facet, r.label, r.b, r.a, r.b_views, r.a_views) for r in c.facets)
    return Comparison(c.b, c.a, rows, flip(c.essential), flip(c.optional))


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_every_pair_is_symmetric_and_partitions_skills(
    builtin: Catalog, data: st.DataObject
) -> None:
    ids = [r.id for r in builtin.roles]
    a = data.draw(st.sampled_from(ids))
    b = data.draw(st.sampled_from(ids))
    held = closure(builtin, data.draw(st.sets(st.sampled_from(sorted(builtin.skill_by_id)))))
    result = compare_roles(builtin, a, b, held)
    assert compare_roles(builtin, b, a, held) == _swapped(result)
    ra, rb = builtin.role_by_id[a], builtin.role_by_id[b]
    split = result.essential
    assert set(split.shared) | set(split.only_a) == set(ra.essential)
    assert set(split.shared) | set(split.only_b) == set(rb.essential)
    assert not set(split.only_a) & set(split.only_b)
    assert all(r.a or r.b for r in result.facets)
    filled = {f for role in (ra, rb) for f in role.facets if facet_text(role, f)}
    assert {r.facet for r in result.facets} == filled
    assert 0.0 <= result.a.fit <= 1.0 and result.a.hours_to_go >= 0.0
