"""Routes through moves an importer derived: a few read as one field's route, a long chain of
them drifts from field to field, and the planner says there is no sensible route instead."""

from __future__ import annotations

from itertools import pairwise

import pytest

from pathfinder.core.catalog import Catalog
from pathfinder.core.planner import NoPathError, plan, reachable_roles
from pathfinder.io.packs import parse_pack

ROLES = ["a", "b", "c", "d", "e", "f"]


def _chain(origin: str, shortcut: str = "") -> Catalog:
    """Six roles in a row, a -> b -> ... -> f, each move of `origin`; `shortcut` adds an
    authored move a -> c."""
    skills = "\n".join(
        f"  - {{id: s{r}, name: Skill {r}, category: Work, effort_hours: 10}}" for r in ROLES
    )
    roles = "\n".join(
        f"  - {{id: {r}, name: Role {r.upper()}, level: 1, family: Work, essential: [s{r}]}}"
        for r in ROLES
    )
    moves = "\n".join(f"  - {{from: {a}, to: {b}, origin: {origin}}}" for a, b in pairwise(ROLES))
    if shortcut:
        moves += f"\n  - {{from: a, to: c, origin: {shortcut}}}"
    text = (
        "pathfinder: 1\nid: chain\nname: Chain\nversion: '1'\nskills:\n"
        f"{skills}\nroles:\n{roles}\ntransitions:\n{moves}\n"
    )
    return parse_pack(text, "chain.yaml")


def test_four_derived_moves_are_a_route_five_are_not() -> None:
    derived = _chain("derived")
    assert plan(derived, [], "e", start="a").path == ("a", "b", "c", "d", "e")
    with pytest.raises(NoPathError) as caught:
        plan(derived, [], "f", start="a")
    assert str(caught.value) == (
        "there is no sensible route from Role A (a) to Role F (f) in this pack: the shortest "
        "chain of moves between them takes 5 moves, and a plan follows at most 4 moves derived "
        "from shared skills"
    )
    # What the closest roles are chosen from: the roles a route does reach.
    assert reachable_roles(derived, "a") == {"a": 0, "b": 1, "c": 2, "d": 3, "e": 4}


def test_moves_a_person_wrote_or_a_taxonomy_published_are_not_capped() -> None:
    for origin in ("authored", "imported"):
        assert plan(_chain(origin), [], "f", start="a").path == tuple(ROLES)
        assert set(reachable_roles(_chain(origin), "a")) == set(ROLES)
    # One authored move in the chain leaves four derived ones: a route.
    mixed = _chain("derived", shortcut="authored")
    assert plan(mixed, [], "f", start="a").path == ("a", "c", "d", "e", "f")
    assert "f" in reachable_roles(mixed, "a")


def test_a_short_step_limit_is_named_as_the_reason_whatever_else_the_pack_derives() -> None:
    # Five authored moves a -> f, and a derived move elsewhere in the pack (f -> a): the route
    # needs five steps, none of them an estimate, so "allow at least 5 steps" is the answer,
    # not the cap on derived moves it was once blamed on.
    text = _chain("authored").model_dump(by_alias=True)
    pack = Catalog.model_validate(
        {
            **text,
            "transitions": [*text["transitions"], {"from": "f", "to": "a", "origin": "derived"}],
        }
    )
    with pytest.raises(NoPathError) as caught:
        plan(pack, [], "f", start="a", max_steps=3)
    assert str(caught.value) == "Role F (f) is 5 moves away from Role A (a); allow at least 5 steps"
    assert plan(pack, [], "f", start="a").path == tuple(ROLES)


def test_a_learner_who_allows_more_steps_is_told_how_many_the_route_takes() -> None:
    # Nine roles in a row, eight authored moves: past the usual six, so at the usual limit the
    # answer is "no sensible route"; a learner who allows seven is told it takes eight, and
    # with eight gets the route.
    names = [*ROLES, "g", "h", "i"]
    pack = Catalog.model_validate(
        {
            "pathfinder": 1, "id": "long", "name": "Long", "version": "1",
            "skills": [{"id": f"s{r}", "name": f"Skill {r}", "effort_hours": 10} for r in names],
            "roles": [
                {"id": r, "name": f"Role {r.upper()}", "level": 1, "essential": [f"s{r}"]}
                for r in names
            ],
            "transitions": [{"from": a, "to": b} for a, b in pairwise(names)],
        }
    )  # fmt: skip
    with pytest.raises(NoPathError) as usual:
        plan(pack, [], "i", start="a")
    assert "there is no sensible route" in str(usual.value)
    with pytest.raises(NoPathError) as seven:
        plan(pack, [], "i", start="a", max_steps=7)
    assert str(seven.value) == "Role I (i) is 8 moves away from Role A (a); allow at least 8 steps"
    assert plan(pack, [], "i", start="a", max_steps=8).path == tuple(names)
