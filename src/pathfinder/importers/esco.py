"""ESCO (European Skills, Competences, Qualifications and Occupations) to a Pathfinder pack.

Occupations become roles, skills and knowledge become skills, essential and optional links stay
so, alternative labels become aliases. ESCO has neither levels nor moves: the level comes from
the skill level of the occupation's ISCO-08 group and the moves from shared essential skills
(docs/importing.md has the tables and the formula).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pathfinder.core import figures, words
from pathfinder.core.words import PLURAL
from pathfinder.importers import ImportFailed
from pathfinder.importers.common import (
    Outcome,
    acyclic_requires,
    aliases,
    allocate_ids,
    concept,
    count,
    tidy,
)
from pathfinder.importers.esco_languages import check_language, esco_translation, isco_groups
from pathfinder.importers.esco_notes import no_isco_note, prerequisite_notes, relation_notes
from pathfinder.importers.esco_skills import SOURCE_ID, EscoOptions, SkillTable, read_skills
from pathfinder.importers.similarity import (
    MIN_SIMILARITY,
    Overlaps,
    nearest_moves,
    small_group_moves,
)
from pathfinder.importers.tables import Tables
from pathfinder.importers.trades import isco_ladder, trade_steps


def what_esco() -> str:
    """What an ESCO import reads, for the messages that say it is missing."""
    return words.translate(
        "Import", "the two ESCO zips or their unzipped CSV files (occupations_en.csv, ...)"
    )


ESCO_URL = "https://esco.ec.europa.eu/"
ATTRIBUTION = "This service uses the ESCO classification of the European Commission."

# ISCO-08 gives each major group a skill level from 1 (simple routine tasks) to 4 (complex
# problem solving). Role level follows it; managers (ISCO skill level 3-4 plus responsibility
# for others' work) sit one above professionals. Armed forces are split by sub-major group.
LEVEL_BY_ISCO = {
    "1": 5,
    "2": 4,
    "3": 3,
    "4": 2,
    "5": 2,
    "6": 2,
    "7": 2,
    "8": 2,
    "9": 1,
    "01": 4,
    "02": 2,
    "03": 1,
}
LEVEL_WITHOUT_ISCO = 3
ISCO_FACET = "isco-group"
MAX_LISTED = 20  # unknown URIs named one by one in the notes; the rest are counted

Occupation = tuple[str, str, str, str]  # label, ISCO code, alternative labels, description


def isco_level(code: str) -> int | None:
    """Role level of a 4-digit ISCO-08 code; armed forces go by sub-major group (01, 02, 03)."""
    if not code:
        return None
    return LEVEL_BY_ISCO.get(code[:2]) or LEVEL_BY_ISCO.get(code[:1])


def _language(tables: Tables) -> str:
    found = sorted(
        m.group(1)
        for name in tables.names()
        if (m := re.fullmatch(r"occupations_([a-z]{2,3})\.csv", name, re.IGNORECASE))
    )
    if not found:
        raise ImportFailed(
            words.translate(
                "Import", "{folder}: no occupations_en.csv here; expected {what}"
            ).format(folder=tables.root, what=what_esco())
        )
    return "en" if "en" in found else found[0].lower()


def _release(tables: Tables, latest: str) -> str:
    """The ESCO version from the zip or folder names ("v1.1.1"), else the newest change date."""
    places = [*tables.zips, tables.root, *tables.root.parents[:1]]
    for place in places:
        m = re.search(r"v(\d+(?:\.\d+)+)", place.name)
        if m:
            return f"v{m.group(1)}"
    return latest[:10] or "unknown"


def import_esco(path: Path, options: EscoOptions, say: Callable[[str], None]) -> Outcome:
    tables = Tables(path, what_esco())
    lang = _language(tables)
    for other in options.languages:
        if other != lang:
            check_language(tables, lang, other)  # before the minutes the import takes
    notes: list[str] = []

    occ_file = f"occupations_{lang}.csv"
    say(words.translate("Import", "reading {file}").format(file=occ_file))
    occupations: dict[str, Occupation] = {}
    latest = ""
    for uri, label, isco, alts, text, changed in tables.rows(
        occ_file,
        ["conceptUri", "preferredLabel"],
        ["iscoGroup", "altLabels", "description", "modifiedDate"],
    ):
        if uri and tidy(label):
            occupations[uri] = (tidy(label), isco.strip(), alts, tidy(text))
            latest = max(latest, changed)
    skills: SkillTable = read_skills(tables, lang, options, say)
    latest = max([latest, *(s.changed for s in skills.values())])

    families = isco_groups(tables, lang)
    found = len(occupations)
    say(
        words.translate(
            "Import",
            "reading occupationSkillRelations.csv ({count} occupation(s))",
            None,
            PLURAL,
            found
        ).format(count=figures.number(found))
    )  # fmt: skip
    essential: dict[str, set[str]] = {uri: set() for uri in occupations}
    optional: dict[str, set[str]] = {uri: set() for uri in occupations}
    unknown: Counter[str] = Counter()
    odd_kinds: Counter[str] = Counter()
    for occ, kind, skill in tables.rows(
        "occupationSkillRelations.csv", ["occupationUri", "relationType", "skillUri"]
    ):
        if occ not in occupations:
            unknown[occ] += 1
        elif skill not in skills:
            unknown[skill] += 1
        elif kind.strip() == "essential":
            essential[occ].add(skill)
        elif kind.strip() == "optional":
            optional[occ].add(skill)
        else:
            odd_kinds[kind.strip() or "(empty)"] += 1
    notes += relation_notes(unknown, odd_kinds, MAX_LISTED)

    ids = allocate_ids(
        [(uri, occupations[uri][0], "") for uri in sorted(occupations)]
        + [(uri, skills[uri].label, skills[uri].hint) for uri in sorted(skills)]
    )

    say(words.translate("Import", "deriving prerequisites from skillSkillRelations.csv"))
    requires, dropped, optional_links, strays = _prerequisites(tables, skills, ids)
    notes += prerequisite_notes(strays, optional_links, requires, dropped)

    roles, essentials, no_isco = _roles(occupations, essential, optional, ids, families)
    if no_isco:
        notes.append(no_isco_note(no_isco, LEVEL_WITHOUT_ISCO))

    say(
        words.translate(
            "Import", "deriving moves: each role's {count} most similar at its level or the next"
        ).format(count=options.k)
    )
    transitions = _moves(roles, essentials, options.k)

    skill_rows = [s.entry(ids[uri], requires.get(ids[uri], ()), uri) for uri, s in skills.items()]
    skill_rows.sort(key=lambda s: str(s["id"]))
    release = _release(tables, latest)
    others = [other for other in options.languages if other != lang]
    if len(others) < len(options.languages):
        notes.append(f"--language {lang}: the pack is already in {lang}, from {occ_file}")
    pack: dict[str, Any] = {
        "pathfinder": 1,
        # The id stays across releases, so learners' profiles follow the pack to the next one.
        "id": f"esco-{lang}",
        "name": f"ESCO {release} occupations ({', '.join([lang, *others])})",
        "version": release,
        "language": lang,
        "description": (
            f"{ATTRIBUTION} Imported from ESCO {release}: {count(len(roles), 'occupation')} "
            f"and {count(len(skill_rows), 'skill')}. Levels come from ISCO-08 skill levels; "
            "moves are derived from shared essential skills, not published by ESCO."
        ),
        "license": (
            f"{ATTRIBUTION} ESCO reuse is authorised by Commission Decision 2011/833/EU "
            "(reuse of Commission documents); see " + ESCO_URL
        ),
        "sources": [
            {
                "id": SOURCE_ID,
                "title": f"ESCO classification {release}",
                "publisher": "European Commission",
                "url": ESCO_URL,
            }
        ],
        "facets": [{"id": ISCO_FACET, "label": "ISCO-08 group"}],
        "skills": skill_rows,
        "roles": roles,
        "transitions": transitions,
        "x-import": {
            "importer": "pathfinder import esco",
            "options": {
                "k": options.k,
                "min_similarity": MIN_SIMILARITY,
                "skill_hours": options.skill_hours,
                "knowledge_hours": options.knowledge_hours,
                **({"languages": others} if others else {}),
            },
            "notes": notes,
        },
    }
    if others:
        uris = {uri: ids[uri] for uri in [*occupations, *skills]}
        translations: dict[str, Any] = {}
        for other in others:
            translations[other], said = esco_translation(tables, lang, other, pack, uris, say)
            notes.extend(said)
        # Before the import notes, so the pack reads as the format documents it.
        notes_block = pack.pop("x-import")
        pack["translations"] = translations
        pack["x-import"] = notes_block
    return Outcome(pack, notes)


def _prerequisites(
    tables: Tables, skills: SkillTable, ids: dict[str, str]
) -> tuple[dict[str, list[str]], list[tuple[str, str, list[str]]], int, int]:
    """Essential skill-skill relations as acyclic prerequisites; counts optional and stray rows."""
    if not tables.has("skillSkillRelations.csv"):
        return {}, [], 0, 0
    edges: list[tuple[str, str]] = []
    optional = strays = 0
    for original, kind, related in tables.rows(
        "skillSkillRelations.csv", ["originalSkillUri", "relationType", "relatedSkillUri"]
    ):
        if original not in skills or related not in skills:
            strays += 1
            continue
        if kind.strip() == "essential":
            # ESCO reads "related is essential for original": original requires related.
            edges.append((ids[original], ids[related]))
        else:
            optional += 1
    kept, dropped = acyclic_requires(edges)
    return kept, dropped, optional, strays


def _roles(
    occupations: dict[str, Occupation],
    essential: dict[str, set[str]],
    optional: dict[str, set[str]],
    ids: dict[str, str],
    families: dict[str, str],
) -> tuple[list[dict[str, Any]], dict[str, frozenset[str]], int]:
    """Role entries in id order, each role's essential skill ids, and how many lacked ISCO."""
    roles: list[dict[str, Any]] = []
    essentials: dict[str, frozenset[str]] = {}
    no_isco = 0
    for uri, (label, isco, alts, text) in occupations.items():
        rid = ids[uri]
        level = isco_level(isco)
        if level is None:
            no_isco += 1
        ess = sorted(ids[s] for s in essential[uri])
        opt = sorted(ids[s] for s in optional[uri] - essential[uri])
        essentials[rid] = frozenset(ess)
        role: dict[str, Any] = {"id": rid, "name": label, **concept(uri)}
        names = aliases(label, alts.splitlines())
        if names:
            role["aliases"] = names
        role["level"] = level or LEVEL_WITHOUT_ISCO
        if level == 1:
            # ISCO skill level 1 (simple routine tasks) asks for no prior training: a way in.
            role["entry"] = True
        role["family"] = families.get(isco[:2]) or (f"ISCO {isco[:2]}" if isco else "General")
        if text:
            role["summary"] = text
        if ess:
            role["essential"] = ess
        if opt:
            role["optional"] = opt
        if isco:
            # The official code lets a counsellor look the occupation up in ISCO and ESCO.
            role["facets"] = {ISCO_FACET: f"{isco} {families.get(isco, '')}".strip()}
        # The occupation, its skills, names and group are ESCO's; its level and entry mark
        # follow from the ISCO group by the documented table (docs/importing.md).
        role["sources"] = [SOURCE_ID]
        roles.append(role)
    roles.sort(key=lambda r: str(r["id"]))
    return roles, essentials, no_isco


def _moves(
    roles: list[dict[str, Any]], essentials: dict[str, frozenset[str]], k: int
) -> list[dict[str, Any]]:
    """Derived moves: the k most similar roles at the same level or the next (skill overlap,
    own ISCO group first, none below the least similarity), the other roles of a small ISCO
    unit group at the same level, and up to two higher roles of the same trade (trades.py)."""
    names = {r["id"]: str(r["name"]) for r in roles}
    levels = {r["id"]: int(r["level"]) for r in roles}
    groups = {r["id"]: str(r.get("facets", {}).get(ISCO_FACET, ""))[:4] for r in roles}
    listed = {r["id"]: frozenset([*r.get("essential", ()), *r.get("optional", ())]) for r in roles}
    overlaps = Overlaps(essentials)
    moves: dict[tuple[str, str], dict[str, Any]] = {}
    for m in nearest_moves(overlaps, k, levels, groups):
        moves[(m.source, m.target)] = {
            "from": m.source,
            "to": m.target,
            "origin": "derived",
            "why": (
                f"Derived from skill similarity: shares {m.shared} of the "
                f"{count(m.target_total, 'essential skill')} of {names[m.target]} "
                f"(weighted overlap {m.overlap:.2f})"
            ),
            # Computed by Pathfinder, not published by ESCO: an estimate; the why says how.
            "estimate": True,
        }
    facets = {r["id"]: str(r.get("facets", {}).get(ISCO_FACET, "")) for r in roles}
    for source, target, _, shared in small_group_moves(levels, groups, listed):
        if (source, target) in moves:
            continue
        m = overlaps.kinship(source, target)
        moves[(source, target)] = {
            "from": source,
            "to": target,
            "origin": "derived",
            "why": (
                f"Derived from the ISCO-08 unit group both are in ({facets[target]}; "
                f"{shared} skills in common): shares {m.shared} of the "
                f"{count(m.target_total, 'essential skill')} of {names[target]}"
            ),
            "estimate": True,
        }
    for step in trade_steps(names, levels, listed, isco_ladder(names, levels, groups)):
        if (step.source, step.target) in moves:
            continue
        m = overlaps.kinship(step.source, step.target)
        moves[(step.source, step.target)] = {
            "from": step.source,
            "to": step.target,
            "origin": "derived",
            "why": (
                f"Derived as a step up in the same trade (the names share '{step.word}'; "
                f"{step.shared} skills in common): shares {m.shared} of the "
                f"{count(m.target_total, 'essential skill')} of {names[step.target]}"
            ),
            "estimate": True,
        }
    return [moves[key] for key in sorted(moves)]
