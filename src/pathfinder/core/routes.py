"""The moves a plan may use and where a newcomer starts (docs/pack-format.md).

A move down a level is used only when the pack's author wrote it: an importer's derived or
copied move down (nurse to nursing assistant) is a step back no adviser would suggest. A
route follows at most MAX_DERIVED_MOVES moves an importer derived. A learner with no current
role starts at an entry role of the target's field, never in an unrelated one.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from itertools import pairwise
from types import MappingProxyType

from pathfinder.core.catalog import Catalog
from pathfinder.core.memo import cached, table

Move = tuple[str, float | None]  # (target role, the move's months or None when unsaid)

# Each derived move (origin "derived": computed from shared skills, an estimate) joins related
# roles, but a longer chain of them drifts from field to field: in ESCO, a thanatology
# researcher through literary scholar, writer and script writer to director of photography.
# No adviser presents that as a plan; up to four such moves read as one field's route.
MAX_DERIVED_MOVES = 4


def usable_moves(catalog: Catalog) -> dict[str, tuple[Move, ...]]:
    """Role -> the moves out of it a plan may use, in target-id order (memoised per catalog)."""
    return cached(catalog, "usable_moves", lambda: _usable_moves(catalog))


def _usable_moves(catalog: Catalog) -> dict[str, tuple[Move, ...]]:
    # Plain tuples, not the career graph: the planner's search reads these in its inner loop,
    # over ten times faster than asking NetworkX (tests/benchmarks/test_graph_bench.py).
    level = {r.id: r.level for r in catalog.roles}
    memo: dict[str, tuple[Move, ...]] = {}
    for role, moves in catalog.moves_from.items():
        kept: dict[str, float | None] = {}
        for t in moves:
            down = level.get(t.target, 0) < level.get(role, 0)
            if not down or t.origin == "authored":
                kept[t.target] = t.months  # the last one wins if a pack lists one twice
        memo[role] = tuple(kept.items())
    return memo


def sources_into(catalog: Catalog) -> dict[str, tuple[str, ...]]:
    """Role -> the roles with a usable move into it (memoised per catalog)."""
    return cached(catalog, "usable_into", lambda: _sources_into(catalog))


def _sources_into(catalog: Catalog) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {r.id: [] for r in catalog.roles}
    for role, moves in sorted(usable_moves(catalog).items()):
        for target, _ in moves:
            found.setdefault(target, []).append(role)
    return {k: tuple(v) for k, v in found.items()}


def moves_to(catalog: Catalog, to: str, limit: int | None = None) -> Mapping[str, int]:
    """Fewest usable moves from each role to `to` (breadth-first over reversed moves).

    With a limit, roles farther than `limit` moves are left out: the search prunes them anyway,
    and on a pack with thousands of roles the full walk cost more than the search itself.
    Kept per catalog: a tick asks again for the same target (a plan, then the reason there
    is none), and on ESCO each walk took a millisecond or two of a tick.
    """
    memo = table(catalog, "moves_to")
    key = (to, limit)
    if key not in memo:
        memo[key] = MappingProxyType(_moves_to(catalog, to, limit))
    return memo[key]  # type: ignore[no-any-return]


def _moves_to(catalog: Catalog, to: str, limit: int | None) -> dict[str, int]:
    sources = sources_into(catalog)
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


def field_of(catalog: Catalog, target: str) -> set[str]:
    """The target's family and the families next to it: those with a usable move into it."""
    memo = cached(catalog, "feeders", lambda: _feeders(catalog))
    home = catalog.role_by_id[target].family
    return {home, *memo.get(home, ())}


def _feeders(catalog: Catalog) -> dict[str, set[str]]:
    family = {r.id: r.family for r in catalog.roles}
    memo: dict[str, set[str]] = {}
    for role, moves in usable_moves(catalog).items():
        for t, _ in moves:
            memo.setdefault(family[t], set()).add(family[role])
    return memo


def entry_roles(catalog: Catalog, target: str) -> tuple[str, ...]:
    """Where a newcomer aiming at `target` starts: the roles of its field the pack marks
    `entry: true`; where it marks none, the lowest-level roles of each family of the field
    (not above the target's level). Sorted by id."""
    field = field_of(catalog, target)
    marked = sorted(r.id for r in catalog.roles if r.entry and r.family in field)
    if marked:
        return tuple(marked)
    ceiling = catalog.role_by_id[target].level
    lowest: dict[str, int] = {}
    for r in catalog.roles:
        if r.family in field and r.level <= ceiling:
            lowest[r.family] = min(lowest.get(r.family, r.level), r.level)
    return tuple(
        sorted(
            r.id
            for r in catalog.roles
            if r.family in lowest and r.level == lowest[r.family] and r.level <= ceiling
        )
    )


def derived_moves(catalog: Catalog) -> frozenset[tuple[str, str]]:
    """The (from, to) pairs whose move an importer derived (memoised per catalog); where a
    pack lists a pair twice, the last one says, as in usable_moves."""
    return cached(catalog, "derived_moves", lambda: _derived_moves(catalog))


def _derived_moves(catalog: Catalog) -> frozenset[tuple[str, str]]:
    origin = {(t.source, t.target): t.origin for t in catalog.transitions}
    return frozenset(pair for pair, said in origin.items() if said == "derived")


def derived_in(path: tuple[str, ...], derived: frozenset[tuple[str, str]]) -> int:
    """How many of the moves along `path` were derived."""
    return sum((a, b) in derived for a, b in pairwise(path))


def reachable_from(catalog: Catalog, start: str, max_steps: int) -> Mapping[str, int]:
    """Every role a route reaches from `start` within `max_steps` moves (of which at most
    MAX_DERIVED_MOVES derived), with the fewest moves: breadth-first over (role, derived
    moves so far), keeping for each role the fewest derived moves it was reached with.
    Kept per catalog: ticks do not change it, and a learner with no route asks on each."""
    memo = table(catalog, "reachable_from")
    key = (start, max_steps)
    if key not in memo:
        memo[key] = MappingProxyType(_reachable_from(catalog, start, max_steps))
    return memo[key]  # type: ignore[no-any-return]


def _reachable_from(catalog: Catalog, start: str, max_steps: int) -> dict[str, int]:
    moves, derived = usable_moves(catalog), derived_moves(catalog)
    distance = {start: 0}
    least = {start: 0}  # role -> fewest derived moves it has been reached with
    frontier = [(start, 0)]
    for step in range(1, max_steps + 1):
        following = []
        for role, used in frontier:
            for target, _ in moves.get(role, ()):
                now = used + ((role, target) in derived)
                if now <= MAX_DERIVED_MOVES and now < least.get(target, MAX_DERIVED_MOVES + 1):
                    least[target] = now
                    distance.setdefault(target, step)
                    following.append((target, now))
        frontier = following
    return distance
