"""The exact best path to a target role, and the ordered gaps left to close.

Definitions (docs/pack-format.md, "How the best path is chosen"): H = closure(have), with the
current role's essential skills counted unless the learner says otherwise; need(r) =
closure(essential(r)) - H. A path's time is the sum over its moves of the longer of the study
for the skills the move newly needs (at the learner's hours a week) and the usual months in
the role the move leaves; the first move out of the current role (or a newcomer's first job)
counts study only. The best path minimises (weeks, hours to learn, moves, ids in order).
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pathfinder.core import routes, words
from pathfinder.core.catalog import Catalog
from pathfinder.core.names import UnknownIdError, closest, matches
from pathfinder.core.order import learning_order, why_first
from pathfinder.core.routes import entry_roles, moves_to, usable_moves
from pathfinder.core.skills import closure, effort, essential_closure, fit, need
from pathfinder.core.timeline import (
    DEFAULT_HOURS_PER_WEEK,
    DEFAULT_MAX_STEPS,
    DEFAULT_MONTHS,
    move_weeks,
)
from pathfinder.core.words import PLURAL

__all__ = [
    "Gap",
    "NoPathError",
    "Plan",
    "Step",
    "UnknownIdError",
    "check_ids",
    "held_skills",
    "plan",
    "reachable_roles",
]

# Two times closer than this (in weeks, relative) are the same time: the search's bounds are
# sums of floats, and a last-bit difference must not decide between two equal paths.
_SAME_TIME = 1e-9


class NoPathError(LookupError):
    """No chain of transitions reaches the target within the allowed number of moves."""

    def __init__(self, target: str, start: str | None, max_steps: int, reason: str) -> None:
        self.target = target
        self.start = start
        self.max_steps = max_steps
        self.reason = reason
        super().__init__(reason)


@dataclass(frozen=True)
class Step:
    role: str
    new_skills: tuple[str, ...]
    effort_hours: float
    # The move's usual months as the plan counts them (the pack's, or the default when it
    # gives none); None where experience is not counted: the first move out of the current
    # role, or a newcomer's first job.
    months: float | None = None
    weeks: float = 0.0


@dataclass(frozen=True)
class Gap:
    skill: str
    effort_hours: float
    needed_for: tuple[str, ...]
    # Prerequisites of this skill that are themselves gaps (so must come first).
    after: tuple[str, ...] = ()


@dataclass(frozen=True)
class Plan:
    source: str | None
    target: str
    path: tuple[str, ...]
    effort_hours: float
    fit: float
    steps: tuple[Step, ...]
    gaps: tuple[Gap, ...]
    weeks: float = 0.0
    hours_per_week: float = DEFAULT_HOURS_PER_WEEK
    nice_to_have: tuple[str, ...] = field(default=())
    # Skills counted as held because the current role needs them ("from your role").
    from_role: tuple[str, ...] = ()
    # One line on why the first gap comes first.
    why_first: str = ""

    @property
    def next_skill(self) -> str | None:
        return self.gaps[0].skill if self.gaps else None

    def to_json(self) -> dict[str, Any]:
        """The public JSON shape of `pathfinder plan --json`."""
        return {
            "from": self.source,
            "to": self.target,
            "path": list(self.path),
            "effort_hours": self.effort_hours,
            "weeks": self.weeks,
            "hours_per_week": self.hours_per_week,
            "fit": self.fit,
            "from_role": list(self.from_role),
            "steps": [
                {
                    "role": s.role,
                    "new_skills": list(s.new_skills),
                    "effort_hours": s.effort_hours,
                    "months": s.months,
                    "weeks": s.weeks,
                }
                for s in self.steps
            ],
            "gaps": [
                {"skill": g.skill, "effort_hours": g.effort_hours, "needed_for": list(g.needed_for)}
                for g in self.gaps
            ],
            "why_first": self.why_first,
        }


def check_ids(catalog: Catalog, *, roles: Iterable[str] = (), skills: Iterable[str] = ()) -> None:
    """Raise UnknownIdError naming every id the pack does not know (the first as `ident`)."""
    unknown: list[tuple[str, str, str | None]] = []
    for kind, ids, known in (
        ("role", roles, catalog.role_by_id),
        ("skill", skills, catalog.skill_by_id),
    ):
        for ident in dict.fromkeys(ids):
            if ident not in known:
                # Another name of one of them ("postgres" for sql) points to its id.
                offers = matches(ident, known) or closest(ident, known)
                unknown.append((kind, ident, offers[0] if offers else None))
    if unknown:
        raise UnknownIdError(*unknown[0], more=tuple(unknown[1:]))


def held_skills(
    catalog: Catalog, have: Iterable[str], start: str | None, not_held: Iterable[str] = ()
) -> tuple[frozenset[str], tuple[str, ...]]:
    """(everything the learner holds, the part counted from their current role).

    The current role's essential skills (with their prerequisites) count as held, except
    those the learner marks as not held and has not ticked themselves."""
    ticked = closure(catalog, have)
    if start is None:
        return ticked, ()
    missing = set(not_held) - ticked
    role = closure(catalog, (s for s in catalog.role_by_id[start].essential if s not in missing))
    from_role = tuple(sorted(role - ticked - missing))
    return ticked | frozenset(from_role), from_role


def plan(
    pack: Catalog,
    have: Iterable[str],
    to: str,
    start: str | None = None,
    max_steps: int = DEFAULT_MAX_STEPS,
    *,
    hours_per_week: float = DEFAULT_HOURS_PER_WEEK,
    role_skills: bool = True,
    not_held: Iterable[str] = (),
) -> Plan:
    """The best path to `to` for a learner with `have`, from `start` (their current role) or,
    with none, from an entry role of the target's field.

    `role_skills`: count the current role's essential skills as held (less `not_held`)."""
    catalog = pack
    if isinstance(have, str):  # "python" would otherwise be read as the skills p, y, t, ...
        raise TypeError("have must be a list of skill ids, not a string")
    have = list(have)
    not_held = list(not_held)
    # `is not None`: an empty start ('' from `--from ''`) is an unknown role, not "no start".
    check_ids(catalog, roles=[to, *([start] if start is not None else [])], skills=have)
    if max_steps < 0:
        raise ValueError("max_steps must be 0 or more")
    if not hours_per_week > 0 or not math.isfinite(hours_per_week):
        raise ValueError("hours_per_week must be a positive number")
    held, from_role = held_skills(catalog, have, start if role_skills else None, not_held)
    path = _best_path(catalog, held, to, start, max_steps, hours_per_week)
    return _explain(catalog, held, path, start, hours_per_week, from_role)


def _best_path(
    catalog: Catalog,
    held: frozenset[str],
    to: str,
    start: str | None,
    max_steps: int,
    hpw: float,
) -> tuple[str, ...]:
    needs: dict[str, frozenset[str]] = {}

    def need_of(role: str) -> frozenset[str]:
        found = needs.get(role)
        if found is None:
            found = needs[role] = essential_closure(catalog, role) - held
        return found

    target_need = need_of(to)
    moves, derived = usable_moves(catalog), routes.derived_moves(catalog)
    # Moves still needed from each role to the target: prunes every branch that cannot arrive.
    distance = moves_to(catalog, to, max_steps)
    least_wait: dict[str, float] = {}

    def wait_out_of(role: str) -> float:
        """The least time any usable move out of `role` takes when experience counts."""
        found = least_wait.get(role)
        if found is None:
            found = least_wait[role] = min(
                (move_weeks(0.0, m, hpw, experience_gained=False) for _, m in moves.get(role, ())),
                default=0.0,
            )
        return found

    # Entry: (lower bound on weeks, path, learned, weeks of each move so far). The bound
    # never falls as a path grows, so once the best complete time is known, only entries
    # with a bound as low need looking at.
    Entry = tuple[float, tuple[str, ...], frozenset[str], tuple[float, ...]]
    heap: list[Entry] = []

    def push(path: tuple[str, ...], learned: frozenset[str], weeks: tuple[float, ...]) -> None:
        here = path[-1]
        if distance.get(here, max_steps + 1) > max_steps - (len(path) - 1):
            return
        if here == to:
            bound = math.fsum(weeks)
        else:
            rest = effort(catalog, target_need - learned) / hpw
            if len(path) > 1 or start is None:  # leaving a role the learner has not worked in
                rest = max(rest, wait_out_of(here))
            bound = math.fsum((*weeks, rest))
        heapq.heappush(heap, (bound, path, learned, weeks))

    if start is not None:
        push((start,), frozenset(), ())
    else:
        for role in entry_roles(catalog, to):
            job = need_of(role)
            push(
                (role,), job, (move_weeks(effort(catalog, job), None, hpw, experience_gained=True),)
            )

    best: tuple[float, float, int, tuple[str, ...]] | None = None
    while heap:
        bound, path, learned, weeks = heapq.heappop(heap)
        if best is not None and bound > best[0] * (1 + _SAME_TIME) + _SAME_TIME:
            break
        here = path[-1]
        if here == to:
            key = (math.fsum(weeks), effort(catalog, learned), len(path), path)
            if best is None or key < best:
                best = key
            continue
        if len(path) - 1 >= max_steps:
            continue
        left = max_steps - len(path)  # moves still allowed after this one
        first = start is not None and len(path) == 1
        full = routes.derived_in(path, derived) >= routes.MAX_DERIVED_MOVES  # no more derived
        for nxt, months in moves.get(here, ()):
            # The same test push() makes, made before the union of skills is built: on a big
            # pack most moves lead out of reach, and the union was most of the search's time.
            if nxt in path or distance.get(nxt, max_steps + 1) > left:
                continue
            if full and (here, nxt) in derived:
                continue
            new = need_of(nxt) - learned
            took = move_weeks(effort(catalog, new), months, hpw, experience_gained=first)
            push((*path, nxt), learned | new, (*weeks, took))

    if best is not None:
        return best[3]
    if start is None:
        return (to,)  # no entry role leads there: the plan is the target's own skills
    why = _why_no_path(catalog, to, start, max_steps, moves_to(catalog, to), bool(derived))
    raise NoPathError(to, start, max_steps, why)


def reachable_roles(
    pack: Catalog, start: str | None = None, max_steps: int = DEFAULT_MAX_STEPS
) -> dict[str, int]:
    """Every role plan() finds a route to from `start` within `max_steps` moves, fewest moves
    first; without a start, every role, 0 moves away (a newcomer's plan always answers)."""
    check_ids(pack, roles=[start] if start is not None else [])  # as plan(): "" is unknown
    if start is None:
        return {r.id: 0 for r in pack.roles}
    return dict(routes.reachable_from(pack, start, max_steps))  # the caller's own copy


def _why_no_path(
    catalog: Catalog,
    to: str,
    start: str,
    max_steps: int,
    distance: Mapping[str, int],
    derived: bool,
) -> str:
    name = catalog.role_by_id[to].name
    origin = catalog.role_by_id[start].name
    if not catalog.moves_into.get(to):
        return words.translate(
            "Planner", "no transitions lead to {role} ({id}) in this pack"
        ).format(role=name, id=to)
    if start not in distance:
        return words.translate(
            "Planner", "no chain of transitions leads from {origin} ({start}) to {role} ({id})"
        ).format(origin=origin, start=start, role=name, id=to)
    moves = distance[start]
    if moves > DEFAULT_MAX_STEPS >= max_steps:
        # Past a plan's usual most moves, and the learner looks no further: no adviser's route.
        return words.translate(
            "Planner",
            "there is no sensible route from {origin} ({start}) to {role} ({id}) in this pack: "
            "the shortest chain of moves between them takes {moves} moves",
        ).format(role=name, id=to, origin=origin, start=start, moves=moves)
    most = routes.MAX_DERIVED_MOVES
    # Blamed on the estimates only when a route of that many moves really needs too many.
    if derived and to not in routes.reachable_from(catalog, start, max(moves, max_steps)):
        return words.translate(
            "Planner",
            "there is no sensible route from {origin} ({start}) to {role} ({id}) in this pack: "
            "the shortest chain of moves between them takes {moves} moves, and a plan follows "
            "at most {most} moves derived from shared skills",
        ).format(role=name, id=to, origin=origin, start=start, moves=moves, most=most)
    return words.translate(
        "Planner",
        "{role} ({id}) is %n move(s) away from {origin} ({start}); allow at least %n step(s)",
        None,
        PLURAL,
        moves
    ).format(role=name, id=to, origin=origin, start=start)  # fmt: skip


def _explain(
    catalog: Catalog,
    held: frozenset[str],
    path: tuple[str, ...],
    start: str | None,
    hpw: float,
    from_role: tuple[str, ...],
) -> Plan:
    paid = path[1:] if start is not None else path
    first_step: dict[str, int] = {}
    needed_for: dict[str, list[str]] = {}
    for index, role in enumerate(paid):
        for skill in sorted(need(catalog, role, held)):
            first_step.setdefault(skill, index)
            needed_for.setdefault(skill, []).append(role)
    target = path[-1]
    order = learning_order(catalog, first_step, target)
    by_id = catalog.skill_by_id
    gaps = tuple(
        Gap(
            skill=s,
            effort_hours=by_id[s].effort_hours,
            needed_for=tuple(needed_for[s]),
            after=tuple(r for r in by_id[s].requires if r in first_step),
        )
        for s in order
    )
    moves = usable_moves(catalog)
    steps = []
    for index, role in enumerate(paid):
        new = tuple(s for s in order if first_step[s] == index)
        hours = effort(catalog, new)
        at = path.index(role)
        first = at == 0 or (start is not None and at == 1)
        months: float | None = None
        if not first:
            months = dict(moves.get(path[at - 1], ())).get(role)
        weeks = move_weeks(hours, months, hpw, experience_gained=first)
        if not first and months is None:
            months = DEFAULT_MONTHS
        steps.append(Step(role, new, hours, months, weeks))
    optional = catalog.role_by_id[target].optional
    return Plan(
        source=start,
        target=target,
        path=path,
        effort_hours=effort(catalog, first_step),
        fit=fit(catalog, target, held),
        steps=tuple(steps),
        gaps=gaps,
        weeks=math.fsum(s.weeks for s in steps),
        hours_per_week=hpw,
        nice_to_have=tuple(s for s in optional if s not in held),
        from_role=from_role,
        why_first=why_first(catalog, order, first_step, paid),
    )
