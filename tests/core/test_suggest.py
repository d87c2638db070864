"""Suggestions for a learner without a target, and the next skill they lead to."""

from __future__ import annotations

from pathfinder.core.catalog import Catalog
from pathfinder.core.planner import plan
from pathfinder.core.suggest import next_skill, suggest


def test_suggestions_are_ranked_by_fit_with_a_why(builtin: Catalog) -> None:
    ranked = suggest(builtin, ["python", "sql"], limit=5)
    assert [s.score for s in ranked] == sorted((s.score for s in ranked), reverse=True)
    assert all("essential skills" in s.why for s in ranked)


def test_interests_lift_a_role_and_say_so(builtin: Catalog) -> None:
    plain = suggest(builtin, ["python"], limit=len(builtin.roles))
    tag = next(t for r in builtin.roles for t in r.interests)
    boosted = suggest(builtin, ["python"], [tag], limit=len(builtin.roles))
    role = next(s.role for s in boosted if s.matched_interests)
    rank = [s.role for s in boosted].index(role)
    assert rank <= [s.role for s in plain].index(role)
    assert f"matches your interest in {tag}" in boosted[rank].why


def test_next_skill_is_the_first_gap_of_the_best_reachable_suggestion(builtin: Catalog) -> None:
    have = ["python", "sql"]
    ranked = suggest(builtin, have, limit=5)
    found = next_skill(builtin, have, ranked)
    assert found is not None
    skill, role = found
    assert role == ranked[0].role
    assert skill == plan(builtin, have, role).next_skill


def test_next_skill_skips_a_suggestion_with_no_path_and_is_none_when_nothing_is_left(
    tiny: Catalog,
) -> None:
    ranked = {s.role: s for s in suggest(tiny, [], limit=len(tiny.roles))}
    # From the analyst role with no moves allowed, ML cannot be reached: the next one counts.
    found = next_skill(tiny, [], [ranked["ml"], ranked["analyst"]], start="analyst", max_steps=0)
    assert found is None  # the analyst role itself: nothing to learn
    found = next_skill(tiny, [], [ranked["ml"], ranked["mlops"]], start="ops", max_steps=1)
    assert found == (plan(tiny, [], "mlops", "ops", max_steps=1).next_skill, "mlops")
    assert found[0] is not None
    everything = [s.id for s in tiny.skills]
    assert next_skill(tiny, everything, suggest(tiny, everything)) is None


def test_a_role_that_lists_no_essential_skills_comes_after_those_that_do() -> None:
    from pathfinder.io.packs import parse_pack

    pack = parse_pack(
        'pathfinder: 1\nid: p\nname: P\nversion: "1"\n'
        "skills:\n  - {id: git, name: Git, effort_hours: 10}\n"
        "  - {id: sql, name: SQL, effort_hours: 10}\n"
        "roles:\n  - {id: anything, name: All Other, level: 1}\n"
        "  - {id: dev, name: Dev, level: 1, essential: [git, sql]}\n"
    )
    ranked = suggest(pack, ["git"])
    assert [s.role for s in ranked] == ["dev", "anything"]
    assert ranked[1].fit == 0.0  # listing nothing, it says nothing about the learner
    assert ranked[1].why == "no essential skills listed, so the fit says little"


def test_one_held_skill_of_a_role_listing_one_is_not_a_full_fit() -> None:
    from pathfinder.io.packs import parse_pack

    pack = parse_pack(
        'pathfinder: 1\nid: p\nname: P\nversion: "1"\n'
        "skills:\n  - {id: git, name: Git, effort_hours: 10}\n"
        "  - {id: sql, name: SQL, effort_hours: 10}\n  - {id: bash, name: Bash, effort_hours: 10}\n"
        "roles:\n  - {id: tiny-role, name: Tiny, level: 1, essential: [git]}\n"
        "  - {id: dev, name: Dev, level: 1, essential: [git, sql, bash]}\n"
    )
    ranked = suggest(pack, ["git", "sql"])
    assert [s.role for s in ranked] == ["dev", "tiny-role"]
    assert ranked[1].fit < 0.5 < ranked[0].fit < 1.0
    assert [s.score for s in ranked] == sorted((s.score for s in ranked), reverse=True)


def test_a_one_skill_role_says_skill_not_skills(tiny: Catalog) -> None:
    analyst = next(s for s in suggest(tiny, ["git"], limit=10) if s.role == "analyst")
    assert analyst.why.startswith("you have 0 of 1 essential skill;")
