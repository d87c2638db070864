"""A synthetic pack the size of the imported ESCO taxonomy, in the project's own pack format.

3,007 roles, 13,896 skills, about 124,000 role-skill links (essential and optional), aliases on
roles and skills, acyclic prerequisites and derived transitions: what `pathfinder import esco`
produces, so the window and the cache can be tested at full size before (and without) the real
files. Deterministic: the same arguments always write the same bytes.

    python -m tests.big_pack OUT.yaml        # write one by hand
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROLES = 3007
SKILLS = 13896
LINKS_PER_ROLE = 41  # 123,855 links / 3,007 occupations
MOVES_PER_ROLE = 5

_WORDS = [
    "manage",
    "operate",
    "inspect",
    "design",
    "assemble",
    "analyse",
    "advise",
    "teach",
    "maintain",
    "repair",
    "monitor",
    "prepare",
    "install",
    "coordinate",
    "record",
    "evaluate",
    "plan",
    "supervise",
    "negotiate",
    "translate",
    "audit",
    "calibrate",
    "sell",
    "clean",
    "cook",
    "drive",
    "paint",
    "weld",
    "program",
    "test",
    "market",
    "finance",
]
_THINGS = [
    "equipment",
    "budgets",
    "records",
    "machinery",
    "software",
    "patients",
    "contracts",
    "vehicles",
    "crops",
    "materials",
    "structures",
    "networks",
    "textiles",
    "documents",
    "samples",
    "systems",
    "schedules",
    "stock",
    "customers",
    "students",
    "buildings",
    "engines",
    "circuits",
    "timber",
    "metals",
    "food",
    "chemicals",
    "images",
]
_FAMILIES = [
    "Armed forces",
    "Chief executives",
    "Administrative managers",
    "Production managers",
    "Hospitality managers",
    "Science professionals",
    "Engineering professionals",
    "Health professionals",
    "Teaching professionals",
    "Business professionals",
    "ICT professionals",
    "Legal professionals",
    "Science technicians",
    "Health associates",
    "Business associates",
    "Legal and cultural associates",
    "ICT technicians",
    "Office clerks",
    "Customer services clerks",
    "Recording clerks",
    "Personal services workers",
    "Sales workers",
    "Personal care workers",
    "Protective services",
    "Market gardeners",
    "Forestry and fishery workers",
    "Building trades",
    "Metal trades",
    "Handicraft and printing",
    "Electrical trades",
    "Food and garment trades",
    "Plant operators",
    "Assemblers",
    "Drivers",
    "Cleaners",
    "Agricultural labourers",
    "Labourers",
    "Food preparation assistants",
    "Street vendors",
    "Refuse workers",
]
_CATEGORIES = ("Skill", "Knowledge", "Language", "Transversal", "Digital", "Green")
_ROLE_NOUNS = [
    "officer",
    "technician",
    "manager",
    "assistant",
    "specialist",
    "operator",
    "inspector",
    "engineer",
    "adviser",
    "clerk",
    "supervisor",
    "analyst",
    "worker",
    "consultant",
    "coordinator",
]


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def _flow(ids: list[str]) -> str:
    return "[" + ", ".join(ids) + "]"


def big_pack_text(
    roles: int = ROLES, skills: int = SKILLS, links: int = LINKS_PER_ROLE, seed: int = 6
) -> str:
    rng = random.Random(seed)
    out = [
        "pathfinder: 1",
        "id: synthetic-esco",
        'name: "Synthetic ESCO-sized pack"',
        'version: "1"',
        "description: Generated for tests and benchmarks; not real occupations.",
        "skills:",
    ]
    skill_ids: list[str] = []
    for i in range(skills):
        verb, thing = _WORDS[i % len(_WORDS)], _THINGS[(i // len(_WORDS)) % len(_THINGS)]
        name = f"{verb} {thing} {i}"
        ident = f"s{i}-{verb}-{thing}"
        skill_ids.append(ident)
        aliases = [f"{thing} {verb}ing {i}", f"alt skill {i}"][: rng.randint(0, 2)]
        requires = []
        if i > 50 and rng.random() < 0.3:  # only earlier skills: never a cycle
            requires = sorted({skill_ids[rng.randrange(i - 50, i)] for _ in range(2)})
        out.append(f"  - id: {ident}")
        out.append(f"    name: {_q(name)}")
        if aliases:
            out.append(f"    aliases: {_flow([_q(a) for a in aliases])}")
        out.append(f"    category: {_CATEGORIES[i % len(_CATEGORIES)]}")
        out.append(f"    effort_hours: {rng.choice((8, 16, 24, 40, 60, 80))}")
        if requires:
            out.append(f"    requires: {_flow(requires)}")
        out.append(f"    description: {_q('What it takes to ' + name + ' at work.')}")
    out.append("roles:")
    role_ids: list[str] = []
    role_skills: list[set[str]] = []
    for i in range(roles):
        family = _FAMILIES[i % len(_FAMILIES)]
        noun = _ROLE_NOUNS[(i // len(_FAMILIES)) % len(_ROLE_NOUNS)]
        thing = _THINGS[i % len(_THINGS)]
        name = f"{thing.capitalize()} {noun} {i}"
        ident = f"r{i}-{thing}-{noun}"
        role_ids.append(ident)
        # Roles of one family draw most of their skills from a shared pool, as ESCO's do.
        pool_start = (i % len(_FAMILIES)) * (skills // len(_FAMILIES))
        chosen: set[str] = set()
        while len(chosen) < links:
            if rng.random() < 0.8:
                index = pool_start + rng.randrange(skills // len(_FAMILIES))
            else:
                index = rng.randrange(skills)
            chosen.add(skill_ids[index])
        ordered = sorted(chosen)
        rng.shuffle(ordered)
        cut = links // 2
        essential, optional = sorted(ordered[:cut]), sorted(ordered[cut:])
        role_skills.append(set(essential))
        out.append(f"  - id: {ident}")
        out.append(f"    name: {_q(name)}")
        out.append(f"    aliases: {_flow([_q(f'{noun} of {thing} {i}'), _q(f'alias role {i}')])}")
        out.append(f"    level: {1 + (i // len(_FAMILIES)) % 5}")
        out.append(f"    family: {_q(family)}")
        out.append(f"    summary: {_q(f'A {noun} who works with {thing}.')}")
        out.append(f"    essential: {_flow(essential)}")
        out.append(f"    optional: {_flow(optional)}")
    out.append("transitions:")
    same_family: dict[int, list[int]] = {}
    for i in range(roles):
        same_family.setdefault(i % len(_FAMILIES), []).append(i)
    for i in range(roles):
        peers = same_family[i % len(_FAMILIES)]
        picks = sorted({rng.choice(peers) for _ in range(MOVES_PER_ROLE)} - {i})
        for j in picks:
            shared = len(role_skills[i] & role_skills[j])
            out.append(
                f"  - {{from: {role_ids[i]}, to: {role_ids[j]}, "
                f'why: "derived from skill similarity ({shared} shared essential skills)"}}'
            )
    return "\n".join(out) + "\n"


def write_big_pack(path: Path, **kwargs: int) -> Path:
    path.write_text(big_pack_text(**kwargs), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(write_big_pack(Path(sys.argv[1])))
