"""The planner against hand-worked examples on the tiny pack."""

from __future__ import annotations

import pytest

from pathfinder.core.catalog import Catalog
from pathfinder.core.planner import NoPathError, UnknownIdError, plan, reachable_roles
from pathfinder.core.skills import closure, fit
from pathfinder.core.suggest import suggest


def test_without_a_start_the_path_begins_at_a_level_one_role(tiny: Catalog) -> None:
    result = plan(tiny, have=[], to="mlops")
    # developer (git+python 50) -> ops (docker 30) -> mlops (kubernetes 50) = 130 hours,
    # cheaper than analyst -> ml -> mlops (sql+pytorch+python+git+k8s+docker = 210).
    assert result.path == ("developer", "ops", "mlops")
    assert result.effort_hours == 130.0
    assert [s.role for s in result.steps] == ["developer", "ops", "mlops"]
    assert result.steps[0].new_skills == ("git", "python")
    assert result.gaps[0].skill == "git"
    assert result.gaps[0].needed_for == ("developer", "ops", "mlops")


def test_the_start_role_costs_nothing(tiny: Catalog) -> None:
    result = plan(tiny, have=[], to="mlops", start="developer")
    assert result.source == "developer"
    assert result.path == ("developer", "ops", "mlops")
    # Starting as a developer is free, but ops and mlops still need git and python.
    assert [s.role for s in result.steps] == ["ops", "mlops"]
    assert result.effort_hours == 130.0


def test_a_ticked_skill_implies_its_prerequisites(tiny: Catalog) -> None:
    result = plan(tiny, have=["pytorch"], to="developer")
    assert result.path == ("developer",)
    assert result.gaps == ()
    assert result.fit == 1.0
    assert closure(tiny, ["pytorch"]) == {"pytorch", "python", "git"}


def test_prerequisites_come_before_what_needs_them(tiny: Catalog) -> None:
    result = plan(tiny, have=["sql"], to="ml", start="analyst")
    order = [g.skill for g in result.gaps]
    assert order == ["git", "python", "pytorch"]
    assert result.gaps[2].after == ("python",)


def test_equal_cost_prefers_fewer_roles_then_fewer_months(tiny: Catalog) -> None:
    # With everything ticked every path costs 0.
    everything = [s.id for s in tiny.skills]
    # analyst -> ml -> mlops (22 months) beats analyst -> developer -> ops -> mlops (15 months):
    # fewer roles comes before fewer months.
    assert plan(tiny, have=everything, to="mlops", start="analyst").path == (
        "analyst",
        "ml",
        "mlops",
    )
    # Three roles either way: developer -> ops -> mlops takes 9 months, via ml 16.
    assert plan(tiny, have=everything, to="mlops", start="developer").path == (
        "developer",
        "ops",
        "mlops",
    )


def test_fit_is_the_share_of_essential_effort_already_held(tiny: Catalog) -> None:
    held = closure(tiny, ["docker"])
    # mlops needs kubernetes(50)+docker(30)+python(40)+git(10) = 130; docker held.
    assert fit(tiny, "mlops", held) == pytest.approx(1 - 100 / 130)
    assert plan(tiny, have=["docker"], to="mlops").fit == pytest.approx(1 - 100 / 130)


def test_target_equal_to_start_is_an_empty_plan(tiny: Catalog) -> None:
    result = plan(tiny, have=[], to="ops", start="ops")
    assert result.path == ("ops",)
    assert result.steps == ()
    assert result.effort_hours == 0.0


def test_unreachable_target_says_why(tiny: Catalog) -> None:
    with pytest.raises(NoPathError, match="no transitions lead to Island"):
        plan(tiny, have=[], to="island")


def test_too_few_steps_says_how_many_are_needed(tiny: Catalog) -> None:
    with pytest.raises(NoPathError, match=r"2 moves away from Developer.*at least 2 steps"):
        plan(tiny, have=[], to="mlops", start="developer", max_steps=1)


def test_one_step_is_singular(tiny: Catalog) -> None:
    with pytest.raises(NoPathError) as caught:
        plan(tiny, have=[], to="ml", max_steps=0)
    assert str(caught.value) == (
        "ML Engineer (ml) is 1 move away from the nearest entry-level role; allow at least 1 step"
    )
    with pytest.raises(NoPathError, match=r"1 move away from Developer .*at least 1 step$"):
        plan(tiny, have=[], to="ops", start="developer", max_steps=0)


def test_an_empty_start_is_an_unknown_role_not_no_start(tiny: Catalog) -> None:
    # `--from ''` reached the no-path explanation and raised KeyError('') there.
    with pytest.raises(UnknownIdError, match=r"^unknown role ''$"):
        plan(tiny, have=[], to="ml", start="", max_steps=0)
    with pytest.raises(UnknownIdError, match=r"^unknown role ''$"):
        plan(tiny, have=[], to="ml", start="")


def test_unknown_ids_come_with_a_suggestion(tiny: Catalog) -> None:
    with pytest.raises(UnknownIdError) as role:
        plan(tiny, have=[], to="mlop")
    assert role.value.suggestion == "mlops"
    assert "did you mean 'mlops'" in str(role.value)
    with pytest.raises(UnknownIdError) as skill:
        plan(tiny, have=["dokcer"], to="mlops")
    assert skill.value.kind == "skill"
    assert skill.value.suggestion == "docker"


def test_nice_to_have_lists_optional_skills_not_held(tiny: Catalog) -> None:
    assert plan(tiny, have=[], to="ml").nice_to_have == ("kubernetes",)
    assert plan(tiny, have=["kubernetes"], to="ml").nice_to_have == ()


def test_json_shape_is_the_public_contract(tiny: Catalog) -> None:
    data = plan(tiny, have=["python"], to="mlops", start="ops").to_json()
    assert list(data) == ["from", "to", "path", "effort_hours", "fit", "steps", "gaps"]
    assert data["from"] == "ops"
    assert data["path"] == ["ops", "mlops"]
    assert data["steps"] == [
        {"role": "mlops", "new_skills": ["docker", "kubernetes"], "effort_hours": 80.0}
    ]
    assert data["gaps"][1] == {"skill": "kubernetes", "effort_hours": 50.0, "needed_for": ["mlops"]}


def test_reachable_roles_are_exactly_those_plan_finds_a_route_to(tiny: Catalog) -> None:

    assert reachable_roles(tiny, "developer", 1) == {"developer": 0, "ops": 1, "ml": 1}
    assert reachable_roles(tiny, "developer", 2) == {
        "developer": 0,
        "ops": 1,
        "ml": 1,
        "mlops": 2,
    }
    # Without a start, every level-1 role is where a route may begin.
    assert reachable_roles(tiny, None, 0) == {"analyst": 0, "developer": 0}
    for start in (None, "analyst", "developer", "ops", "ml", "mlops", "island"):
        for steps in (0, 1, 2, 6):
            reached = reachable_roles(tiny, start, steps)
            for role in (r.id for r in tiny.roles):
                try:
                    plan(tiny, [], role, start, steps)
                except NoPathError:
                    assert role not in reached, (start, steps, role)
                else:
                    assert role in reached, (start, steps, role)


def test_suggestions_can_be_limited_to_some_roles(tiny: Catalog) -> None:

    everywhere = [s.role for s in suggest(tiny, ["sql"], limit=6)]
    assert everywhere[0] == "analyst"
    within = [s.role for s in suggest(tiny, ["sql"], limit=6, among=["ops", "mlops", "ml"])]
    assert set(within) == {"ops", "mlops", "ml"}
    assert within == [r for r in everywhere if r in within]  # the same order, fewer roles


def test_every_unknown_id_is_named_at_once_and_other_names_point_to_the_id(
    builtin: Catalog,
) -> None:
    with pytest.raises(UnknownIdError) as caught:
        plan(builtin, ["pyton", "python", "postgres"], "ml-enginer")
    assert str(caught.value) == (
        "unknown role 'ml-enginer' (did you mean 'ml-engineer'?); "
        "unknown skill 'pyton' (did you mean 'python'?); "
        "unknown skill 'postgres' (did you mean 'sql'?)"
    )
    assert (caught.value.kind, caught.value.ident) == ("role", "ml-enginer")
    assert caught.value.more == (("skill", "pyton", "python"), ("skill", "postgres", "sql"))


def test_an_empty_start_is_an_unknown_role_for_reachable_roles_too(tiny: Catalog) -> None:
    with pytest.raises(UnknownIdError, match="unknown role ''"):
        reachable_roles(tiny, "")
