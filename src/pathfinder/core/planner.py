"""The exact best-fit path to a target role, and the ordered gaps left to close.

Definitions (docs/pack-format.md): H = closure(have); need(r) = closure(essential(r)) - H;
cost(path) = effort of the union of need(r) over the path's roles except the start.
The best path minimises (cost, number of roles, total months, ids in order).
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pathfinder.core.catalog import Catalog, Role, Skill
from pathfinder.core.checks import did_you_mean
from pathfinder.core.skills import closure, effort, fit, need


class UnknownIdError(ValueError):
    """A role or skill id that the pack does not have; `suggestion` is the closest id, if any."""

    def __init__(
        self,
        kind: str,
        ident: str,
        suggestion: str | None,
        more: tuple[tuple[str, str, str | None], ...] = (),
    ) -> None:
        self.kind = kind
        self.ident = ident
        self.suggestion = suggestion
        # Every other unknown id of the same call, so one run names all the typos at once.
        self.more = more
        super().__init__("; ".join(_unknown_text(*u) for u in ((kind, ident, suggestion), *more)))


def _unknown_text(kind: str, ident: str, suggestion: str | None) -> str:
    hint = f" (did you mean '{suggestion}'?)" if suggestion else ""
    return f"unknown {kind} '{ident}'{hint}"


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
    months: float = 0.0


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
    months: float = 0.0
    nice_to_have: tuple[str, ...] = field(default=())

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
            "fit": self.fit,
            "steps": [
                {"role": s.role, "new_skills": list(s.new_skills), "effort_hours": s.effort_hours}
                for s in self.steps
            ],
            "gaps": [
                {"skill": g.skill, "effort_hours": g.effort_hours, "needed_for": list(g.needed_for)}
                for g in self.gaps
            ],
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
                unknown.append((kind, ident, _suggest(ident, known)))
    if unknown:
        raise UnknownIdError(*unknown[0], more=tuple(unknown[1:]))


def _suggest(ident: str, known: Mapping[str, Role | Skill]) -> str | None:
    """The id meant: the one whose other names include `ident` ("postgres" for sql), else the
    nearest spelling."""
    wanted = ident.casefold()
    for item in known.values():
        if any(alias.casefold() == wanted for alias in item.aliases):
            return item.id
    hint = did_you_mean(ident, known)
    return hint.split("'")[1] if hint else None


def plan(
    pack: Catalog,
    have: Iterable[str],
    to: str,
    start: str | None = None,
    max_steps: int = 6,
) -> Plan:
    """The best path to `to` for a learner with `have`, from `start` or any level-1 role."""
    catalog = pack
    if isinstance(have, str):  # "python" would otherwise be read as the skills p, y, t, ...
        raise TypeError("have must be a list of skill ids, not a string")
    have = list(have)
    # `is not None`: an empty start ('' from `--from ''`) is an unknown role, not "no start".
    check_ids(catalog, roles=[to, *([start] if start is not None else [])], skills=have)
    if max_steps < 0:
        raise ValueError("max_steps must be 0 or more")
    held = closure(catalog, have)
    path, months = _best_path(catalog, held, to, start, max_steps)
    return _explain(catalog, held, path, start, months)


def _best_path(
    catalog: Catalog, held: frozenset[str], to: str, start: str | None, max_steps: int
) -> tuple[tuple[str, ...], float]:
    needs: dict[str, frozenset[str]] = {}

    def need_of(role: str) -> frozenset[str]:
        found = needs.get(role)
        if found is None:
            found = needs[role] = need(catalog, role, held)
        return found

    target_need = need_of(to)
    # Moves still needed from each role to the target, ignoring the no-repeat rule: a cheap,
    # exact-safe bound that prunes every branch that cannot arrive in time.
    distance = _moves_to(catalog, to, max_steps)

    # Priority: (lower bound on cost, roles, months, ids). Extending a path never lowers any
    # part of the key, so the first complete path popped is the best one.
    Entry = tuple[float, int, float, tuple[str, ...], frozenset[str]]
    heap: list[Entry] = []

    def push(path: tuple[str, ...], learned: frozenset[str], months: float) -> None:
        if distance.get(path[-1], max_steps + 1) > max_steps - (len(path) - 1):
            return
        bound = (
            effort(catalog, learned | target_need) if path[-1] != to else effort(catalog, learned)
        )
        heapq.heappush(heap, (bound, len(path), months, path, learned))

    if start is not None:
        push((start,), frozenset(), 0.0)
    else:
        for role in sorted(catalog.role_by_id):
            if catalog.role_by_id[role].level == 1:
                push((role,), need_of(role), 0.0)

    while heap:
        _, _, months, path, learned = heapq.heappop(heap)
        here = path[-1]
        if here == to:
            return path, months
        if len(path) - 1 >= max_steps:
            continue
        left = max_steps - len(path)  # moves still allowed after this one
        for move in catalog.moves_from.get(here, ()):
            nxt = move.target
            # The same test push() makes, made before the union of skills is built: on a big
            # pack most moves lead out of reach, and the union was most of the search's time.
            if nxt in path or distance.get(nxt, max_steps + 1) > left:
                continue
            push((*path, nxt), learned | need_of(nxt), months + (move.months or 0.0))

    # The message says how many moves would be enough, so it needs the distances without a limit.
    why = _why_no_path(catalog, to, start, max_steps, _moves_to(catalog, to))
    raise NoPathError(to, start, max_steps, why)


def reachable_roles(pack: Catalog, start: str | None = None, max_steps: int = 6) -> dict[str, int]:
    """Every role plan() finds a route to within `max_steps` moves, with the fewest moves.

    From `start`; without one, from any level-1 role (each 0 moves away), as plan() starts.
    A role is in the answer exactly when plan(pack, ..., role, start, max_steps) succeeds,
    so callers can offer alternatives without planning a route to each.
    """
    check_ids(pack, roles=[start] if start is not None else [])  # as plan(): "" is unknown
    starts = [start] if start is not None else sorted(r.id for r in pack.roles if r.level == 1)
    distance = dict.fromkeys(starts, 0)
    queue = deque(starts)
    while queue:
        role = queue.popleft()
        step = distance[role] + 1
        if step > max_steps:
            continue
        for move in pack.moves_from.get(role, ()):
            if move.target not in distance:
                distance[move.target] = step
                queue.append(move.target)
    return distance


def _moves_to(catalog: Catalog, to: str, limit: int | None = None) -> dict[str, int]:
    """Fewest transitions from each role to `to` (breadth-first over reversed moves).

    With a limit, roles farther than `limit` moves are left out: the search prunes them anyway,
    and on a pack with thousands of roles the full walk cost more than the search itself.
    """
    sources = _sources_into(catalog)
    distance = {to: 0}
    queue = deque([to])
    while queue:
        role = queue.popleft()
        step = distance[role] + 1
        if limit is not None and step > limit:
            continue
        for source in sources.get(role, ()):
            if source not in distance:
                distance[source] = step
                queue.append(source)
    return distance


def _sources_into(catalog: Catalog) -> dict[str, tuple[str, ...]]:
    """Role -> ids of the roles with a move into it, memoised per catalog as plain strings."""
    memo: dict[str, tuple[str, ...]] | None = catalog.__dict__.get("_sources_into")
    if memo is None:
        memo = {role: tuple(t.source for t in moves) for role, moves in catalog.moves_into.items()}
        catalog.__dict__["_sources_into"] = memo
    return memo


def _why_no_path(
    catalog: Catalog, to: str, start: str | None, max_steps: int, distance: dict[str, int]
) -> str:
    name = catalog.role_by_id[to].name
    if not catalog.moves_into.get(to) and (start is not None or catalog.role_by_id[to].level != 1):
        return f"no transitions lead to {name} ({to}) in this pack"
    if start is not None:
        origin = catalog.role_by_id[start].name
        if start not in distance:
            return f"no chain of transitions leads from {origin} ({start}) to {name} ({to})"
        return (
            f"{name} ({to}) is {_moves(distance[start])} away from {origin} ({start}); "
            f"allow at least {_steps(distance[start])}"
        )
    entries = [distance[r.id] for r in catalog.roles if r.level == 1 and r.id in distance]
    if not entries:
        return f"no entry-level (level 1) role leads to {name} ({to})"
    return (
        f"{name} ({to}) is {_moves(min(entries))} away from the nearest entry-level role; "
        f"allow at least {_steps(min(entries))}"
    )


def _moves(count: int) -> str:
    return f"{count} move" if count == 1 else f"{count} moves"


def _steps(count: int) -> str:
    return f"{count} step" if count == 1 else f"{count} steps"


def _explain(
    catalog: Catalog,
    held: frozenset[str],
    path: tuple[str, ...],
    start: str | None,
    months: float,
) -> Plan:
    paid = path[1:] if start is not None else path
    first_step: dict[str, int] = {}
    needed_for: dict[str, list[str]] = {}
    for index, role in enumerate(paid):
        for skill in need(catalog, role, held):
            first_step.setdefault(skill, index)
            needed_for.setdefault(skill, []).append(role)
    order = _learning_order(catalog, first_step)
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
    steps = []
    for index, role in enumerate(paid):
        new = tuple(s for s in order if first_step[s] == index)
        before = path[path.index(role) - 1] if role != path[0] else None
        steps.append(Step(role, new, effort(catalog, new), _move_months(catalog, before, role)))
    target = path[-1]
    optional = catalog.role_by_id[target].optional
    return Plan(
        source=start,
        target=target,
        path=path,
        effort_hours=effort(catalog, first_step),
        fit=fit(catalog, target, held),
        steps=tuple(steps),
        gaps=gaps,
        months=months,
        nice_to_have=tuple(s for s in optional if s not in held),
    )


def _move_months(catalog: Catalog, before: str | None, role: str) -> float:
    """Months of the move into `role` (the last one listed, if a pack lists it twice); only
    the moves leaving `before` are looked at, not every transition of a big pack."""
    found = [t.months or 0.0 for t in catalog.moves_from.get(before or "", ()) if t.target == role]
    return found[-1] if found else 0.0


def _learning_order(catalog: Catalog, first_step: dict[str, int]) -> list[str]:
    """Prerequisites first; then skills first needed earlier; then by id, for a stable order."""
    by_id = catalog.skill_by_id
    waiting = {s: {r for r in by_id[s].requires if r in first_step} for s in first_step}
    unlocks: dict[str, list[str]] = {}
    for s, reqs in waiting.items():
        for r in reqs:
            unlocks.setdefault(r, []).append(s)
    ready = [(first_step[s], s) for s, reqs in waiting.items() if not reqs]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        _, s = heapq.heappop(ready)
        order.append(s)
        for nxt in unlocks.get(s, ()):
            waiting[nxt].discard(s)
            if not waiting[nxt]:
                heapq.heappush(ready, (first_step[nxt], nxt))
    return order
