"""ESCO skills and knowledge: labels, effort by skill type, and a category from the hierarchy."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pathfinder.core import figures, words
from pathfinder.core.graph import nearest
from pathfinder.core.words import PLURAL
from pathfinder.importers.common import aliases, concept, tidy
from pathfinder.importers.tables import Tables

# The pack's one source, which every skill and role cites: they are ESCO's own concepts.
SOURCE_ID = "esco"
# Used where the skill hierarchy files are missing or do not reach a skill.
FALLBACK_CATEGORY = {"knowledge": "Knowledge", "skill/competence": "Skills and competences"}


@dataclass(frozen=True)
class EscoSkill:
    label: str
    alts: str
    kind: str  # "skill/competence", "knowledge" or "" (a handful are untyped)
    text: str
    category: str
    changed: str
    hours: float

    @property
    def hint(self) -> str:
        """The id suffix if the label's slug is already taken: says which of the two it is."""
        return "knowledge" if self.kind == "knowledge" else "skill"

    def entry(self, ident: str, requires: Sequence[str], uri: str) -> dict[str, Any]:
        out: dict[str, Any] = {"id": ident, "name": self.label, **concept(uri)}
        names = aliases(self.label, self.alts.splitlines())
        if names:
            out["aliases"] = names
        out["category"] = self.category
        out["effort_hours"] = self.hours
        if requires:
            out["requires"] = sorted(requires)
        if self.text:
            out["description"] = self.text
        out["sources"] = [SOURCE_ID]  # the skill, its links and its words are ESCO's
        return out


SkillTable = dict[str, EscoSkill]


@dataclass(frozen=True)
class EscoOptions:
    """How the ESCO import is tuned (`pathfinder import esco --help`); here, below esco.py,
    because reading the skills needs their hours and esco.py builds on this module."""

    k: int = 5
    skill_hours: float = 40.0
    knowledge_hours: float = 80.0
    # More languages whose ESCO files give the pack's translations (esco_languages.py).
    languages: tuple[str, ...] = ()


def read_skills(
    tables: Tables, lang: str, options: EscoOptions, say: Callable[[str], None]
) -> SkillTable:
    name = f"skills_{lang}.csv"
    say(words.translate("Import", "reading {file}").format(file=name))
    rows = list(
        tables.rows(
            name,
            ["conceptUri", "preferredLabel"],
            ["skillType", "altLabels", "description", "modifiedDate"],
        )
    )
    category_of = _categories(tables, lang)
    hours = {"knowledge": options.knowledge_hours}
    out: SkillTable = {}
    for uri, label, kind, alts, text, changed in rows:
        if not uri or not tidy(label):
            continue
        kind = kind.strip()
        out[uri] = EscoSkill(
            label=tidy(label),
            alts=alts,
            kind=kind,
            text=tidy(text),
            category=category_of(uri) or FALLBACK_CATEGORY.get(kind, "General"),
            changed=changed,
            hours=hours.get(kind, options.skill_hours),
        )
    found = len(out)
    say(
        words.translate("Import", "read {count} skill(s)", None, PLURAL, found).format(
            count=figures.number(found)
        )
    )
    return out


def _categories(tables: Tables, lang: str) -> Callable[[str], str | None]:
    """uri -> label of the first-level group of the ESCO skills pillar above it, if known."""
    hierarchy, broader = f"skillsHierarchy_{lang}.csv", "broaderRelationsSkillPillar.csv"
    if not (tables.has(hierarchy) and tables.has(broader)):
        return lambda uri: None
    top: dict[str, str] = {}
    for one, one_label, two, three in tables.rows(
        hierarchy, ["Level 1 URI", "Level 1 preferred term", "Level 2 URI", "Level 3 URI"]
    ):
        if one and tidy(one_label):
            for uri in (one, two, three):
                if uri:
                    top.setdefault(uri, tidy(one_label))
    # The skills pillar as a graph, child -> broader concept, each node's parents added in
    # URI order: breadth-first from a skill, the nearest group wins, the same one every run.
    import networkx as nx

    up = nx.DiGraph()
    up.add_edges_from(sorted(tables.rows(broader, ["conceptUri", "broaderUri"])))
    return lambda uri: nearest(up, uri, top)
