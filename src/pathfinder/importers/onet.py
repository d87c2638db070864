"""O*NET (US Department of Labor) database text files to a Pathfinder pack.

Occupations become roles with the Job Zone as level; technology skills (the few O*NET flags
"In Demand" for the occupation that its field asks for most are essential, a short list of
others optional) and the Skills and Knowledge elements rated important enough become skills;
Related Occupations become moves (origin "imported"); RIASEC high points become interest tags;
alternate titles, aliases.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pathfinder.core import figures, words
from pathfinder.core.words import PLURAL
from pathfinder.importers import ImportFailed
from pathfinder.importers.common import Outcome, aliases, allocate_ids, count, tidy
from pathfinder.importers.onet_parts import (
    CODE,
    SOC_MAJOR_GROUPS,
    element_names,
    interests,
    job_zone_names,
    job_zones,
    read_elements,
    read_technology,
)
from pathfinder.importers.tables import Tables


def what_onet() -> str:
    """What an O*NET import reads, for the messages that say it is missing."""
    return words.translate(
        "Import",
        "the O*NET database text files (Occupation Data.txt, Technology Skills.txt, ...)",
    )


TIERS = ("Primary-Short", "Primary-Long", "Supplemental")
ONET_URL = "https://www.onetcenter.org/database.html"
CC_BY = "https://creativecommons.org/licenses/by/4.0/"
LEVEL_WITHOUT_ZONE = 3
# The pack's one source: every role, skill and related-occupation move is O*NET's and cites it.
SOURCE_ID = "onet"
# Job Zone 1 (little or no preparation) and 2 (some preparation, usually high school): work a
# newcomer can start in. Only a zone O*NET gives counts, not one guessed from the SOC group.
ENTRY_ZONES = (1, 2)
# Job Zone 5 ("extensive preparation") occupations mostly need graduate school: a degree that
# no list of skills stands for. Without it a nurse reads "88 % match, about 200 hours to go"
# for oral surgeon. The degree is a skill of its own, essential at level 5, with the hours of
# about two years of full-time study: a floor (medicine and dentistry take several times more).
GRADUATE_ZONE = 5
GRADUATE_HOURS = 3600.0
GRADUATE_KEY = "education:graduate-degree"


@dataclass(frozen=True)
class OnetOptions:
    tiers: tuple[str, ...] = ("Primary-Short", "Primary-Long")
    min_importance: float = 3.5
    technology_hours: float = 40.0
    skill_hours: float = 80.0
    knowledge_hours: float = 120.0


def attribution(release: str) -> str:
    # The wording O*NET asks for when its data is modified (onetcenter.org/license_db.html).
    return (
        f"This pack includes information from the O*NET {release} Database by the U.S. "
        "Department of Labor, Employment and Training Administration (USDOL/ETA), used under "
        "the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. Pathfinder has modified all "
        "or some of this information. USDOL/ETA has not approved, endorsed, or tested these "
        "modifications."
    )


def _release(tables: Tables) -> str:
    line = tables.first_line("Read Me.txt") if tables.has("Read Me.txt") else ""
    m = re.search(r"O\*NET\s+(\d+(?:\.\d+)*)", line)
    return m.group(1) if m else "unknown"


def import_onet(path: Path, options: OnetOptions, say: Callable[[str], None]) -> Outcome:
    tables = Tables(path, what_onet())
    notes: list[str] = []
    say(words.translate("Import", "reading {file}").format(file="Occupation Data.txt"))
    titles: dict[str, tuple[str, str]] = {}
    for code, title, text in tables.rows(
        "Occupation Data.txt", [CODE, "Title"], ["Description"], delimiter="\t"
    ):
        if code.strip() and tidy(title):
            titles[code.strip()] = (tidy(title), tidy(text))
    wanted = ("Technology Skills.txt", "Skills.txt", "Knowledge.txt")
    if not any(tables.has(name) for name in wanted):
        raise ImportFailed(
            words.translate("Import", "{folder}: no {files} here; expected {what}").format(
                folder=tables.root,
                files=words.translate("Import", " or ").join(wanted),
                what=what_onet(),
            )
        )
    for name in (*wanted, "Job Zones.txt", "Related Occupations.txt", "Alternate Titles.txt"):
        if not tables.has(name):
            notes.append(
                words.translate("Import", "no {file} in {folder}: imported without it").format(
                    file=name, folder=tables.root.name
                )
            )

    stray: Counter[str] = Counter()
    say(words.translate("Import", "reading technology skills"))
    tech = read_technology(tables, titles, stray)
    if tables.has("Technology Skills.txt") and not tech.flagged:
        notes.append(
            words.translate(
                "Import",
                "Technology Skills.txt has no In Demand column (an older O*NET release): "
                "every technology skill is optional",
            )
        )
    say(words.translate("Import", "reading Skills and Knowledge ratings"))
    names = element_names(tables)
    elements, ratings, rated = read_elements(tables, titles, options.min_importance, stray, names)
    zones = job_zones(tables, titles, stray)
    zone_names = job_zone_names(tables)
    tags = interests(tables, titles, stray)
    say(words.translate("Import", "reading alternate titles and related occupations"))
    alt: dict[str, list[str]] = {}
    if tables.has("Alternate Titles.txt"):
        for code, title, short in tables.rows(
            "Alternate Titles.txt",
            [CODE, "Alternate Title"],
            ["Short Title"],
            delimiter="\t",
        ):
            if code in titles:
                alt.setdefault(code, []).extend([title, short])
            else:
                stray["Alternate Titles.txt"] += 1

    # The tools each occupation centres on and a short list of others; a tool no occupation
    # keeps is left out of the pack (a 9,000-name list to tick is no help to anyone).
    chosen = {code: tech.chosen(code) for code in titles}
    used = {t for core, extra in chosen.values() for t in (*core, *extra)}
    ids = allocate_ids(
        [(f"role:{c}", titles[c][0], "") for c in sorted(titles)]
        + [(f"element:{e}", elements[e].name, elements[e].kind) for e in sorted(elements)]
        + [(f"tech:{t}", t, "software") for t in sorted(used, key=lambda t: (t.lower(), t))]
        + [(GRADUATE_KEY, "Graduate degree", "education")]
    )
    # O*NET has a skill and a knowledge area both called "Mathematics": the
    # knowledge area's name says so, or a plan would list "Mathematics, Mathematics".
    skill_names = {el.name.casefold() for el in elements.values() if el.kind == "skill"}
    skills = [
        {
            "id": ids[f"element:{e}"],
            "name": f"{el.name} (knowledge)"
            if el.kind == "knowledge" and el.name.casefold() in skill_names
            else el.name,
            "category": el.category,
            "effort_hours": options.knowledge_hours
            if el.kind == "knowledge"
            else options.skill_hours,
            **({"description": el.text} if el.text else {}),
            "sources": [SOURCE_ID],
        }
        for e, el in elements.items()
    ] + [
        {
            "id": ids[f"tech:{t}"],
            "name": t,
            "category": category,
            "effort_hours": options.technology_hours,
            "sources": [SOURCE_ID],
        }
        for t, category in tech.examples.items()
        if t in used
    ]
    level_of, guessed = _levels(titles, zones)
    if any(level == GRADUATE_ZONE for level in level_of.values()):
        skills.append(_graduate_degree(ids[GRADUATE_KEY]))
    skills.sort(key=lambda s: str(s["id"]))

    if guessed:
        notes.append(
            words.translate(
                "Import",
                "{count} occupation(s) without a Job Zone got the typical zone of their SOC group",
                None,
                PLURAL,
                guessed
            ).format(count=figures.number(guessed))
        )  # fmt: skip
    roles: list[dict[str, Any]] = []
    for code, (title, text) in titles.items():
        core, extra = chosen[code]
        essential = {ids[f"tech:{t}"] for t in core}
        essential |= {ids[f"element:{e}"] for e in ratings.get(code, ())}
        if level_of[code] == GRADUATE_ZONE:
            essential.add(ids[GRADUATE_KEY])
        optional = {ids[f"tech:{t}"] for t in extra} - essential
        role: dict[str, Any] = {"id": ids[f"role:{code}"], "name": title}
        other_names = aliases(title, alt.get(code, ()))
        if other_names:
            role["aliases"] = other_names
        role["level"] = level_of[code]
        if zones.get(code) in ENTRY_ZONES:
            role["entry"] = True
        role["family"] = SOC_MAJOR_GROUPS.get(code[:2], f"SOC {code[:2]}")
        if text:
            role["summary"] = text
        if essential:
            role["essential"] = sorted(essential)
        if optional:
            role["optional"] = sorted(optional)
        if tags.get(code):
            role["interests"] = tags[code]
        # The official code and zone let a counsellor look the occupation up on O*NET OnLine.
        role["facets"] = {"onet-soc-code": code}
        if code in zones:
            role["facets"]["job-zone"] = zone_names.get(zones[code], str(zones[code]))
        else:
            role["facets"]["job-zone"] = f"none in O*NET; level {level_of[code]} from its SOC group"
        role["sources"] = [SOURCE_ID]
        roles.append(role)
    roles.sort(key=lambda r: str(r["id"]))
    unrated = sum(1 for code in titles if code not in rated)
    if unrated:
        notes.append(
            words.translate(
                "Import",
                "{count} occupation(s) without Skills or Knowledge ratings kept with "
                "their technology skills and related occupations",
                None,
                PLURAL,
                unrated
            ).format(count=figures.number(unrated))
        )  # fmt: skip

    transitions = _related(tables, titles, ids, options.tiers, stray, level_of)
    for name, rows in sorted(stray.items()):
        notes.append(
            words.translate(
                "Import",
                "skipped {count} row(s) of {file} for occupations not in Occupation Data.txt",
                None,
                PLURAL,
                rows
            ).format(count=figures.number(rows), file=name)
        )  # fmt: skip

    release = _release(tables)
    pack: dict[str, Any] = {
        "pathfinder": 1,
        # The id stays across releases, so learners' profiles follow the pack to the next one.
        "id": "onet",
        "name": f"O*NET {release} occupations",
        "version": release,
        "language": "en",
        "description": (
            f"Imported from the O*NET {release} Database: {count(len(roles), 'occupation')} and "
            f"{count(len(skills), 'skill')}. Levels are Job Zones; moves are O*NET related "
            f"occupations ({', '.join(options.tiers)}). " + attribution(release)
        ),
        "license": f"CC BY 4.0 ({CC_BY}). {attribution(release)}",
        "sources": [
            {
                "id": SOURCE_ID,
                "title": f"O*NET {release} Database",
                "publisher": "U.S. Department of Labor, Employment and Training Administration",
                "url": ONET_URL,
            }
        ],
        "facets": [
            {"id": "onet-soc-code", "label": "O*NET-SOC code"},
            {"id": "job-zone", "label": "Job Zone"},
        ],
        "skills": skills,
        "roles": roles,
        "transitions": transitions,
        "x-import": {
            "importer": "pathfinder import onet",
            "options": {
                "tiers": list(options.tiers),
                "min_importance": options.min_importance,
                "technology_hours": options.technology_hours,
                "skill_hours": options.skill_hours,
                "knowledge_hours": options.knowledge_hours,
            },
            "notes": notes,
        },
    }
    return Outcome(pack, notes)


def _graduate_degree(skill_id: str) -> dict[str, Any]:
    return {
        "id": skill_id,
        "name": "Graduate degree",
        "category": "Education",
        "effort_hours": GRADUATE_HOURS,
        "description": (
            "A master's, doctoral or professional degree (medicine, dentistry, law), which "
            "most Job Zone 5 occupations ask for. The hours stand for about two years of "
            "full-time study; a medical or dental degree and its residency take years more."
        ),
        # O*NET says the zone needs graduate school, but the hours are ours: an estimate.
        "estimate": True,
    }


def _levels(titles: dict[str, Any], zones: dict[str, int]) -> tuple[dict[str, int], int]:
    """Job Zone per occupation; one without takes the median zone of its nearest SOC group."""
    by_prefix: dict[str, list[int]] = {}
    for code, zone in zones.items():
        for width in (6, 4, 2):  # broad, minor and major SOC group
            by_prefix.setdefault(code[:width], []).append(zone)
    out: dict[str, int] = {}
    guessed = 0
    for code in titles:
        if code in zones:
            out[code] = zones[code]
            continue
        guessed += 1
        peers = next((by_prefix[code[:w]] for w in (6, 4, 2) if code[:w] in by_prefix), None)
        out[code] = int(statistics.median_low(peers)) if peers else LEVEL_WITHOUT_ZONE
    return out, guessed


def _related(
    tables: Tables,
    titles: dict[str, tuple[str, str]],
    ids: dict[str, str],
    tiers: tuple[str, ...],
    stray: Counter[str],
    level_of: dict[str, int],
) -> list[dict[str, Any]]:
    name = "Related Occupations.txt"
    if not tables.has(name):
        return []
    chosen = {t.casefold() for t in tiers}
    found: dict[tuple[str, str], tuple[int, str, str, bool]] = {}
    for code, other, tier, index in tables.rows(
        name, [CODE, "Related O*NET-SOC Code", "Relatedness Tier"], ["Index"], delimiter="\t"
    ):
        if code not in titles or other not in titles:
            stray[name] += 1
            continue
        if tier.strip().casefold() not in chosen or code == other:
            continue
        rank = int(index) if index.strip().isdigit() else 10**6
        key = (ids[f"role:{code}"], ids[f"role:{other}"])
        down = level_of[other] < level_of[code]
        seen = found.get(key, (rank, tier.strip(), index, down))
        found[key] = min(seen, (rank, tier.strip(), index, down))
    moves = []
    for (source, target), (rank, tier, index, down) in sorted(found.items()):
        where = f", rank {rank}" if index.strip().isdigit() else ""
        why = f"O*NET related occupation ({tier} tier{where})"
        if down:
            # Kept to show the kinship; the planner does not plan a step down from it.
            why += "; a lower Job Zone, so shown for information, not planned"
        # Copied from O*NET, not written by the pack's author: the planner treats it so.
        moves.append(
            {"from": source, "to": target, "origin": "imported", "why": why, "sources": [SOURCE_ID]}
        )
    return moves
