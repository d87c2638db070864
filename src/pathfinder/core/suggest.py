"""Roles to consider for a learner who has not picked a target yet."""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from pathfinder.core.catalog import Catalog
from pathfinder.core.planner import NoPathError, check_ids, plan
from pathfinder.core.skills import closure, fit_and_hours

# How much a full interest match is worth against fit (0..1); enough to reorder close
# candidates, never enough to put a distant role above a near one.
INTEREST_WEIGHT = 0.15


@dataclass(frozen=True)
class Suggestion:
    role: str
    fit: float
    score: float
    hours_left: float
    matched_interests: tuple[str, ...]
    why: str


def suggest(
    catalog: Catalog,
    have: Iterable[str],
    interests: Iterable[str] = (),
    *,
    limit: int = 5,
    exclude: Iterable[str] = (),
    scores: Mapping[str, tuple[float, float]] | None = None,
    among: Iterable[str] | None = None,
) -> list[Suggestion]:
    """Roles ranked by fit, boosted by shared interests, each with a one-line why.

    `scores` maps role ids to `fit_and_hours(catalog, role, closure(have))` when the caller
    already keeps them (the window does, updating only the roles a tick touches).
    `among` limits the ranking to these roles (say, the ones a route can reach)."""
    have = list(have)
    check_ids(catalog, skills=have)
    held = closure(catalog, have)
    wanted = {i.casefold() for i in interests}
    skipped = set(exclude)
    roles = catalog.roles
    if among is not None:
        allowed = set(among)
        roles = tuple(r for r in roles if r.id in allowed)
    # A role that lists no essential skills has a fit of 1.0 for everyone (94 of O*NET's
    # "All Other" roles do): it says nothing about the learner, so such roles come last.
    ranked: list[tuple[bool, float, float, int, str, float, tuple[str, ...]]] = []
    if scores is not None and not wanted:  # the window's case, on every tick: keep it lean
        ranked = [
            (not role.essential, -fit_hours[0], fit_hours[1], role.level, role.id, fit_hours[0], ())
            for role in roles
            if role.id not in skipped
            for fit_hours in (scores.get(role.id) or fit_and_hours(catalog, role.id, held),)
        ]
    for role in roles if not ranked else ():
        if role.id in skipped:
            continue
        found = scores.get(role.id) if scores is not None else None
        role_fit, hours = found if found is not None else fit_and_hours(catalog, role.id, held)
        matched = tuple(i for i in role.interests if i.casefold() in wanted) if wanted else ()
        boost = INTEREST_WEIGHT * (len(matched) / len(wanted)) if wanted else 0.0
        # Higher score first; then fewer hours left; then lower level (easier to be hired); id.
        ranked.append(
            (not role.essential, -(role_fit + boost), hours, role.level, role.id, role_fit, matched)
        )
    out = []
    # Ids are unique, so the first five fields decide the order; only the top few are needed.
    for _unlisted, score, hours, _level, role_id, role_fit, matched in heapq.nsmallest(
        limit, ranked
    ):
        listed = catalog.role_by_id[role_id].essential
        have_listed = sum(1 for s in listed if s in held)
        out.append(
            Suggestion(
                role=role_id,
                fit=role_fit,
                score=-score,
                hours_left=hours,
                matched_interests=matched,
                why=_why(have_listed, len(listed), hours, matched),
            )
        )
    return out


def next_skill(
    catalog: Catalog,
    have: Iterable[str],
    suggestions: Iterable[Suggestion],
    start: str | None = None,
    max_steps: int = 6,
) -> tuple[str, str] | None:
    """The next skill to learn without a target: (skill, role it leads toward).

    It is the first gap of the best plan to the best-ranked suggestion that can be reached;
    None when none can, or when the learner already has everything those roles need.
    """
    have = list(have)
    for suggestion in suggestions:
        try:
            first = plan(catalog, have, suggestion.role, start, max_steps).next_skill
        except NoPathError:
            continue
        return (first, suggestion.role) if first is not None else None
    return None


def _why(have: int, total: int, hours: float, matched: tuple[str, ...]) -> str:
    if total == 0:
        parts = ["no essential skills listed, so the fit says little"]
    elif have == total:
        parts = ["you have every essential skill"]
    else:
        parts = [f"you have {have} of {total} essential skills; about {hours:g} hours to go"]
    if matched:
        parts.append("matches your interest in " + ", ".join(matched))
    return "; ".join(parts)
