"""Roles to consider for a learner who has not picked a target yet."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pathfinder.core.catalog import Catalog
from pathfinder.core.planner import check_ids
from pathfinder.core.skills import closure, effort, essential_closure, fit

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
) -> list[Suggestion]:
    """Roles ranked by fit, boosted by shared interests, each with a one-line why."""
    have = list(have)
    check_ids(catalog, skills=have)
    held = closure(catalog, have)
    wanted = {i.casefold() for i in interests}
    skipped = set(exclude)
    ranked: list[Suggestion] = []
    for role in catalog.roles:
        if role.id in skipped:
            continue
        role_fit = fit(catalog, role.id, held)
        matched = tuple(i for i in role.interests if i.casefold() in wanted)
        boost = INTEREST_WEIGHT * (len(matched) / len(wanted)) if wanted else 0.0
        missing = essential_closure(catalog, role.id) - held
        listed = role.essential
        have_listed = sum(1 for s in listed if s in held)
        hours = effort(catalog, missing)
        ranked.append(
            Suggestion(
                role=role.id,
                fit=role_fit,
                score=role_fit + boost,
                hours_left=hours,
                matched_interests=matched,
                why=_why(have_listed, len(listed), hours, matched),
            )
        )
    # Higher score first; then fewer hours left; then lower level (easier to be hired); then id.
    level = {r.id: r.level for r in catalog.roles}
    ranked.sort(key=lambda s: (-s.score, s.hours_left, level[s.role], s.role))
    return ranked[:limit]


def _why(have: int, total: int, hours: float, matched: tuple[str, ...]) -> str:
    if total == 0:
        parts = ["no essential skills listed"]
    elif have == total:
        parts = ["you have every essential skill"]
    else:
        parts = [f"you have {have} of {total} essential skills; about {hours:g} hours to go"]
    if matched:
        parts.append("matches your interest in " + ", ".join(matched))
    return "; ".join(parts)
