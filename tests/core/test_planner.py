"""The planner against hand-worked examples on the tiny pack."""

from __future__ import annotations

import pytest

from pathfinder.core.catalog import Catalog
from pathfinder.core.names import resolve
from pathfinder.core.planner import NoPathError, UnknownIdError, plan, reachable_roles
from pathfinder.core.skills import closure, fit
from pathfinder.core.suggest import suggest


def test_a_newcomer_starts_at_an_entry_role_of_the_targets_field(tiny: Catalog) -> None:
    result = plan(tiny, have=[], to="mlops")
    # MLOps is in the Ops family; Ops and the families with a move into it (Software, ML)
    # start at their lowest roles. Ops Engineer (docker+git, 40 h = 5 weeks at 8 h) then the
    # move to MLOps: 90 h of study (11.25 weeks) but people spend 6 months (26 weeks) in Ops
    # first. 31 weeks beats starting as a developer (6.25 + 13 + 26 weeks).
    assert result.path == ("ops", "mlops")
    assert result.weeks == pytest.approx(5 + 26)
    assert [s.role for s in result.steps] == ["ops", "mlops"]
    assert result.steps[0].months is None  # a first job: no time in a role before it
    assert result.steps[1].months == 6


def test_the_current_roles_skills_count_and_the_first_move_needs_only_study(
    tiny: Catalog,
) -> None:
    result = plan(tiny, have=[], to="mlops", start="developer")
    assert result.source == "developer"
    assert result.from_role == ("git", "python")
    # developer -> ml (pytorch+sql 80 h = 10 weeks, no wait: they are a developer now) ->
    # mlops (kubernetes+docker 80 h = 10 weeks, but 4 months in ML first: 17.3 weeks).
    assert result.path == ("developer", "ml", "mlops")
    assert result.weeks == pytest.approx(10 + 4 * 52 / 12)
    # Counting only ticked skills, git and python are to learn and the Ops route is sooner.
    ticked = plan(tiny, have=[], to="mlops", start="developer", role_skills=False)
    assert ticked.path == ("developer", "ops", "mlops")
    assert ticked.from_role == ()
    assert "python" in [g.skill for g in ticked.gaps]


def test_a_skill_marked_not_held_is_learned_again(tiny: Catalog) -> None:
    result = plan(tiny, have=[], to="ops", start="developer", not_held=["git"])
    assert result.from_role == ("python",)
    assert {g.skill for g in result.gaps} == {"git", "docker"}


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


def test_with_everything_held_the_shorter_usual_months_win(tiny: Catalog) -> None:
    everything = [s.id for s in tiny.skills]
    # analyst -> ml -> mlops waits 4 months in ML; via developer and ops waits 3 + 6.
    assert plan(tiny, have=everything, to="mlops", start="analyst").path == (
        "analyst",
        "ml",
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
        plan(tiny, have=[], to="island", start="ml")


def test_a_newcomer_with_no_way_in_gets_the_targets_own_skills(tiny: Catalog) -> None:
    result = plan(tiny, have=[], to="island")
    assert result.path == ("island",)
    assert {g.skill for g in result.gaps} == {"pytorch", "python", "git"}


def test_too_few_steps_says_how_many_are_needed(tiny: Catalog) -> None:
    with pytest.raises(NoPathError, match=r"2 moves away from Developer.*at least 2 steps"):
        plan(tiny, have=[], to="mlops", start="developer", max_steps=1)


def test_one_step_is_singular(tiny: Catalog) -> None:
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
    assert list(data) == [
        "from",
        "to",
        "path",
        "effort_hours",
        "weeks",
        "hours_per_week",
        "fit",
        "from_role",
        "steps",
        "gaps",
        "why_first",
    ]
    assert data["from"] == "ops"
    assert data["from_role"] == ["docker"]  # git came with the ticked python
    assert data["path"] == ["ops", "mlops"]
    assert data["steps"] == [
        {
            "role": "mlops",
            "new_skills": ["kubernetes"],
            "effort_hours": 50.0,
            "months": None,
            "weeks": 6.25,
        }
    ]
    assert data["gaps"][0] == {"skill": "kubernetes", "effort_hours": 50.0, "needed_for": ["mlops"]}


def test_reachable_roles_are_exactly_those_plan_finds_a_route_to(tiny: Catalog) -> None:

    assert reachable_roles(tiny, "developer", 1) == {"developer": 0, "ops": 1, "ml": 1}
    assert reachable_roles(tiny, "developer", 2) == {
        "developer": 0,
        "ops": 1,
        "ml": 1,
        "mlops": 2,
    }
    # Without a start, a newcomer's plan always answers (at worst, the target's own skills).
    assert set(reachable_roles(tiny, None, 0)) == {r.id for r in tiny.roles}
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


def test_a_name_in_the_other_number_resolves_when_one_role_answers(tiny: Catalog) -> None:
    assert resolve("role", "ops engineers", tiny.role_by_id) == "ops"
    assert resolve("role", "Analysts", tiny.role_by_id) == "analyst"
    # "engineers" fits three roles' names no better than another: no guess is taken.
    with pytest.raises(UnknownIdError):
        resolve("role", "engineers", tiny.role_by_id)
