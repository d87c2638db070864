"""Finding a role or skill in the graph by what a person types: name, id or alias.

Plain functions over the catalog (no widgets), so the ranking is easy to test and reuse.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pathfinder.core.catalog import Catalog, Role
from pathfinder.core.names import matches as resolved_names
from pathfinder.core.planner import Plan
from pathfinder.core.skills import essential_closure


@dataclass(frozen=True)
class Match:
    kind: str  # "role" or "skill"
    ident: str


def _quality(query: str, text: str) -> int | None:
    """0 exact, 1 prefix, 2 a word starts with it, 3 anywhere inside; None: no match.
    `text` is already casefolded."""
    if text == query:
        return 0
    if text.startswith(query):
        return 1
    words = text.replace("-", " ").replace("/", " ").split()
    if any(word.startswith(query) for word in words):
        return 2
    return 3 if query in text else None


def _best(query: str, names: tuple[str, ...]) -> tuple[int, int] | None:
    found = [
        (q, index) for index, name in enumerate(names) if (q := _quality(query, name)) is not None
    ]
    return min(found) if found else None


# One entry per role and skill: (rank of its kind, kind, id, level, casefolded name,
# casefolded name/id/aliases, and all of those joined for a quick first test).
_Entry = tuple[int, str, str, int, str, tuple[str, ...], str]
_index_memo: list[tuple[Catalog, list[_Entry]]] = []  # the last catalog searched


def _index(catalog: Catalog) -> list[_Entry]:
    """Casefolded once per pack: ESCO has 17,000 roles and skills and 130,000 other names."""
    if _index_memo and _index_memo[0][0] is catalog:
        return _index_memo[0][1]
    entries: list[_Entry] = []
    for kind_rank, kind, items in ((0, "role", catalog.roles), (1, "skill", catalog.skills)):
        for item in items:
            names = tuple(n.casefold() for n in (item.name, item.id, *item.aliases))
            level = getattr(item, "level", 0)
            entries.append((kind_rank, kind, item.id, level, names[0], names, "\n".join(names)))
    _index_memo[:] = [(catalog, entries)]
    return entries


def find_matches(catalog: Catalog, text: str) -> list[Match]:
    """Every role and skill matching `text`, best first (roles before skills on a tie)."""
    query = " ".join(text.split()).casefold()
    if not query:
        return []
    # What the command line resolves the text to (core/names.py: a name, id or alias in any
    # case, spaces, hyphens and underscores alike) comes first, as an exact match.
    named = {("role", r) for r in resolved_names(text.strip(), catalog.role_by_id)} | {
        ("skill", s) for s in resolved_names(text.strip(), catalog.skill_by_id)
    }
    ranked: list[tuple[tuple[int, int, int, int, str], Match]] = []
    for kind_rank, kind, ident, level, name, names, joined in _index(catalog):
        if (kind, ident) in named:
            ranked.append(((-1, kind_rank, 0, level, name), Match(kind, ident)))
            continue
        if query not in joined:  # every kind of match contains the query
            continue
        hit = _best(query, names)
        if hit is not None:
            ranked.append(((hit[0], kind_rank, hit[1], level, name), Match(kind, ident)))
    ranked.sort(key=lambda pair: pair[0])
    return [match for _, match in ranked]


def role_needing(catalog: Catalog, skill: str, plan: Plan | None) -> str | None:
    """The role to show for a skill: where the plan needs it, else the simplest role needing it."""
    if plan is not None:
        for gap in plan.gaps:
            if gap.skill == skill:
                return gap.needed_for[0]
        for step in plan.path:
            if skill in essential_closure(catalog, step):
                return step
    by_level = sorted(catalog.roles, key=lambda r: (r.level, r.name.casefold(), r.id))
    tests: tuple[Callable[[Role], bool], ...] = (
        lambda r: skill in r.essential,
        lambda r: skill in essential_closure(catalog, r.id),
        lambda r: skill in r.optional,
    )
    for wanted in tests:
        for role in by_level:
            if wanted(role):
                return role.id
    return None
