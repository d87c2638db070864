"""Finding a role or skill in the graph by what a person types: name, id or alias.

Plain functions over the catalog (no widgets), so the ranking is easy to test and reuse.
"""

from __future__ import annotations

from dataclasses import dataclass

from pathfinder.core.catalog import Catalog
from pathfinder.core.planner import Plan
from pathfinder.core.skills import essential_closure


@dataclass(frozen=True)
class Match:
    kind: str  # "role" or "skill"
    ident: str


def _quality(query: str, candidate: str) -> int | None:
    """0 exact, 1 prefix, 2 a word starts with it, 3 anywhere inside; None: no match."""
    text = candidate.casefold()
    if text == query:
        return 0
    if text.startswith(query):
        return 1
    words = text.replace("-", " ").replace("/", " ").split()
    if any(word.startswith(query) for word in words):
        return 2
    return 3 if query in text else None


def _best(query: str, names: list[str]) -> tuple[int, int] | None:
    found = [
        (q, index) for index, name in enumerate(names) if (q := _quality(query, name)) is not None
    ]
    return min(found) if found else None


def find_matches(catalog: Catalog, text: str) -> list[Match]:
    """Every role and skill matching `text`, best first (roles before skills on a tie)."""
    query = " ".join(text.split()).casefold()
    if not query:
        return []
    ranked: list[tuple[tuple[int, int, int, int, str], Match]] = []
    for kind_rank, kind, entries in ((0, "role", catalog.roles), (1, "skill", catalog.skills)):
        for entry in entries:
            hit = _best(query, [entry.name, entry.id, *entry.aliases])
            if hit is not None:
                level = getattr(entry, "level", 0)
                ranked.append(
                    (
                        (hit[0], kind_rank, hit[1], level, entry.name.casefold()),
                        Match(kind, entry.id),
                    )
                )
    ranked.sort(key=lambda pair: pair[0])
    return [match for _, match in ranked]


def role_needing(catalog: Catalog, skill: str, plan: Plan | None) -> str | None:
    """The role to show for a skill: where the plan needs it, else the simplest role needing it."""
    if plan is not None:
        for gap in plan.gaps:
            if gap.skill == skill:
                return gap.needed_for[0]
        for role in plan.path:
            if skill in essential_closure(catalog, role):
                return role
    by_level = sorted(catalog.roles, key=lambda r: (r.level, r.name.casefold(), r.id))
    for wanted in (
        lambda r: skill in r.essential,
        lambda r: skill in essential_closure(catalog, r.id),
        lambda r: skill in r.optional,
    ):
        for role in by_level:
            if wanted(role):
                return role.id
    return None
