"""Roles to consider for a learner who has not picked a target yet."""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from pathfinder.core import figures, words
from pathfinder.core.catalog import Catalog, Role
from pathfinder.core.planner import NoPathError, check_ids, held_skills, plan
from pathfinder.core.skills import essential_closure, fit_and_hours
from pathfinder.core.timeline import DEFAULT_MAX_STEPS
from pathfinder.core.words import PLURAL

# How much a full interest match lifts a role (0..1); enough to reorder close candidates,
# never enough to put a distant role above a near one. Shown as its own figure.
INTEREST_WEIGHT = 0.15
# A role whose essential skills (with prerequisites) are fewer than this says little about a
# learner: holding its one skill is not a 100 % fit. Its fit is scaled by listed / FEW_SKILLS.
FEW_SKILLS = 3
# Each level a role is above the next one up from where the learner stands (their current
# role's level, or level 1 for a newcomer) takes this share off its figure: a specialism
# needs the foundations below it, whatever its skills say. A share, not a fixed amount, so
# on a big taxonomy where every fit is small the level does not wipe out what the skills say.
LEVEL_STEP = 0.25


@dataclass(frozen=True)
class Suggestion:
    role: str
    fit: float  # the figure shown and ranked on, before any interest lift
    score: float  # fit + lift: the order of the list
    hours_left: float
    matched_interests: tuple[str, ...]
    why: str
    lift: float = 0.0  # what shared interests add, shown as its own figure


def skills_used(catalog: Catalog, role: Role, mine: frozenset[str]) -> int:
    """How many of the learner's skills the role lists (essential, their prerequisites, or
    optional)."""
    listed = essential_closure(catalog, role.id)
    return sum(1 for s in mine if s in listed or s in role.optional)


def role_fit(
    catalog: Catalog, role: Role, raw: float, base_level: int, use: float = 1.0
) -> tuple[float, int]:
    """(the suggestion's figure, levels it is above the learner's reach).

    The figure is the match between the learner and the role (docs/how-pathfinder-chooses.md):
    the geometric mean of `raw` (the share of the role's essential learning they have, scaled
    down for a role that lists fewer than FEW_SKILLS) and `use` (the share of their skills the
    role lists), less LEVEL_STEP of it for each level above their reach. Both sides count:
    a cook's three office tools are not a match for someone whose skills are Python, SQL, R
    and Tableau, though they hold one of the three.
    """
    above = max(0, role.level - (base_level + 1))
    if raw <= 0:  # holds none of its learning: no match, whatever it uses (most roles, at first)
        return 0.0, above
    listed = len(essential_closure(catalog, role.id))
    shrunk = raw * min(1.0, listed / FEW_SKILLS)
    return math.sqrt(shrunk * use) * (1 - LEVEL_STEP) ** above, above


def suggest(
    catalog: Catalog,
    have: Iterable[str],
    interests: Iterable[str] = (),
    *,
    limit: int = 5,
    exclude: Iterable[str] = (),
    scores: Mapping[str, tuple[float, float]] | None = None,
    among: Iterable[str] | None = None,
    start: str | None = None,
    not_held: Iterable[str] = (),
    below: bool = False,
) -> list[Suggestion]:
    """Roles ranked by the figure they show (fit, then the interests' lift), each with a why.

    `scores` maps role ids to `fit_and_hours(catalog, role, held)` when the caller already
    keeps them (the window does, updating only the roles a tick touches).
    `among` limits the ranking to these roles (say, the ones a route can reach).
    `start`: the learner's current role; its skills count as held (less `not_held`), and
    roles below its level are left out unless `below`."""
    have = list(have)
    check_ids(catalog, skills=have, roles=[start] if start is not None else [])
    held, from_role = held_skills(catalog, have, start, not_held)
    # The learner's own skills (ticked, or from their role), without the prerequisites a
    # ticked skill brings: "it uses 2 of your 5 skills" counts what they said they have.
    mine = frozenset(have) | frozenset(from_role)
    wanted = {i.casefold() for i in interests}
    skipped = set(exclude)
    base = 1
    if start is not None:
        skipped.add(start)
        base = catalog.role_by_id[start].level
    roles = catalog.roles
    if among is not None:
        allowed = set(among)
        roles = tuple(r for r in roles if r.id in allowed)
    ranked: list[tuple[float, float, int, str, float, float, tuple[str, ...], int]] = []
    for role in roles:
        if role.id in skipped or (start is not None and not below and role.level < base):
            continue
        found = scores.get(role.id) if scores is not None else None
        raw, hours = found if found is not None else fit_and_hours(catalog, role.id, held)
        # No skills yet: nothing to use, and the role's share alone decides (it is 0 anyway).
        use = skills_used(catalog, role, mine) / len(mine) if mine and raw > 0 else 1.0
        shown, above = role_fit(catalog, role, raw, base, use)
        matched = tuple(i for i in role.interests if i.casefold() in wanted) if wanted else ()
        lift = INTEREST_WEIGHT * (len(matched) / len(wanted)) if wanted else 0.0
        # Higher figure first; then fewer hours left; then lower level (easier to be hired); id.
        ranked.append((-(shown + lift), hours, role.level, role.id, shown, lift, matched, above))
    out = []
    for score, hours, _level, role_id, shown, lift, matched, above in heapq.nsmallest(
        limit, ranked
    ):
        listed = catalog.role_by_id[role_id].essential
        have_listed = sum(1 for s in listed if s in held)
        out.append(
            Suggestion(
                role=role_id,
                fit=shown,
                score=-score,
                hours_left=hours,
                matched_interests=matched,
                why=_why(have_listed, len(listed), hours, matched, above)
                + _use_words(skills_used(catalog, catalog.role_by_id[role_id], mine), len(mine)),
                lift=lift,
            )
        )
    return out


def next_skill(
    catalog: Catalog,
    have: Iterable[str],
    suggestions: Iterable[Suggestion],
    start: str | None = None,
    max_steps: int = DEFAULT_MAX_STEPS,
    not_held: Iterable[str] = (),
) -> tuple[str, str] | None:
    """The next skill to learn without a target: (skill, role it leads toward).

    It is the first gap of the best plan to the best-ranked suggestion that can be reached;
    None when none can, or when the learner already has everything those roles need.
    """
    have = list(have)
    for suggestion in suggestions:
        try:
            first = plan(catalog, have, suggestion.role, start, max_steps, not_held=not_held)
        except NoPathError:
            continue
        return (first.next_skill, suggestion.role) if first.next_skill is not None else None
    return None


def _use_words(used: int, mine: int) -> str:
    """'; it uses 2 of your 5 skills' when the role leaves some of them aside."""
    if mine < 2 or used >= mine:
        return ""
    return words.translate(
        "Suggest", "; it uses {used} of your %n skill(s)", None, PLURAL, mine
    ).format(used=used)


def _why(have: int, total: int, hours: float, matched: tuple[str, ...], above: int) -> str:
    if total == 0:
        parts = [words.translate("Suggest", "no essential skills listed, so the fit says little")]
    elif total < FEW_SKILLS and have == total:
        parts = [
            words.translate(
                "Suggest",
                "you have its %n essential skill(s), few to judge by",
                None,
                PLURAL,
                total
            )
        ]  # fmt: skip
    elif have == total:
        parts = [words.translate("Suggest", "you have every essential skill")]
    else:
        parts = [
            words.translate(
                "Suggest",
                "you have {have} of %n essential skill(s); about {hours} hours to go",
                None,
                PLURAL,
                total
            ).format(have=have, hours=figures.hours_number(hours))
        ]  # fmt: skip
    if above:
        parts.append(
            words.translate(
                "Suggest", "%n level(s) above your next step (-{percent})", None, PLURAL, above
            ).format(percent=figures.percent_text(1 - (1 - LEVEL_STEP) ** above))
        )
    if matched:
        parts.append(
            words.translate("Suggest", "matches your interest in {interests}").format(
                interests=", ".join(matched)
            )
        )
    return "; ".join(parts)
