"""What to aim for when no route reaches the target: the closest roles a route does reach.

One list for the window's plan panel and the command line's `plan`, so both name the same
roles with the same words when they say there is no route.
"""

from __future__ import annotations

from dataclasses import dataclass

from pathfinder.core import figures, words
from pathfinder.core.catalog import Catalog
from pathfinder.core.learner import Learner
from pathfinder.core.planner import reachable_roles

CLOSEST = 4  # roles offered instead of a target no route reaches


@dataclass(frozen=True)
class Closest:
    role: str
    why: str
    fit: float


def closest_reachable(learner: Learner, target: str, limit: int = CLOSEST) -> list[Closest]:
    """Roles to aim for instead of a target no route reaches: first those with a move into the
    target, then the best fits among all the roles a route does reach from where the learner
    is (within the learner's steps). Only the roles leading in and the top suggestions were
    tried before, and when none of those had a route the list was empty."""
    catalog, start = learner.catalog, learner.current_role
    reach = reachable_roles(catalog, start, learner.max_steps)
    skip = {target, *([start] if start else [])}
    leading = {t.source for t in catalog.moves_into.get(target, ())} & reach.keys() - skip
    lead = words.translate("PlanPanel", "a move from there leads on to {role}").format(
        role=catalog.role_by_id[target].name
    )
    # Each part ranked by the figure it shows, as the suggestions are.
    found = [Closest(s.role, lead, s.fit) for s in learner.best_fits(leading, limit, skip)]
    if len(found) < limit:
        for s in learner.best_fits(reach, limit - len(found), skip | leading):
            found.append(Closest(s.role, _with_moves(s.why, reach[s.role], start), s.fit))
    return found


def _with_moves(why: str, moves: int, start: str | None) -> str:
    """The why of a role reached from the current one, with how many moves it is away."""
    if start is None:
        return why
    # The window's words and contexts (PlanList, PlanPanel), so their translations serve both.
    if moves == 1:
        away = words.translate("PlanList", "1 move from your current role")
    else:
        away = words.translate("PlanList", "{moves} moves from your current role").format(
            moves=figures.number(moves)
        )
    return f"{why}; {away}" if why else away


def heading() -> str:
    """The title of the list, in the window and on the command line."""
    return words.translate("PlanPanel", "Closest roles you can reach")


def closest_lines(catalog: Catalog, found: list[Closest]) -> list[str]:
    """The list as the command line prints it: name (id), match and why, one role a line."""
    return [
        words.translate("Closest", "{name} ({id}): {percent}% match; {why}").format(
            name=catalog.role_by_id[c.role].name,
            id=c.role,
            percent=figures.percent_number(c.fit),
            why=c.why,
        )
        for c in found
    ]
