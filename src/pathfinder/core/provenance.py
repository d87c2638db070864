"""Where a claim comes from, in the words the window and the report show.

A claim cites sources ("from: <article title>") or is the pack author's estimate ("our
estimate"); a pack written before provenance existed may say neither ("").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pathfinder.core import words
from pathfinder.core.catalog import Catalog, Role, facet_views


def said_by(catalog: Catalog, sources: Iterable[str], estimate: bool) -> str:
    """'from: Title; Title', 'our estimate' or '' (nothing said)."""
    titles = {s.id: s.title for s in catalog.sources}
    cited = [titles.get(s, s) for s in sources]
    if cited:
        return words.translate("Provenance", "from: {sources}").format(sources="; ".join(cited))
    return words.translate("Provenance", "our estimate") if estimate else ""


@dataclass(frozen=True)
class View:
    """One statement with where it comes from; a facet has several where sources disagree."""

    text: str
    said_by: str


def facet_said(catalog: Catalog, role: Role, facet: str) -> tuple[View, ...]:
    return tuple(
        View(v.text.strip(), said_by(catalog, v.sources, v.estimate))
        for v in facet_views(role, facet)
    )
