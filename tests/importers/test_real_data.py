"""The importers on the real ESCO v1.1.1 and O*NET 29.3 files, read where they are shared."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

import networkx as nx
import pytest

from pathfinder.core.catalog import Catalog
from pathfinder.core.planner import plan
from pathfinder.core.skills import essential_closure, need
from pathfinder.io.packs import load_pack
from tests.importers.conftest import REALDATA, cli

ESCO = REALDATA / "esco"
ONET = REALDATA / "onet"


def _needs(folder: Path) -> None:
    if not folder.is_dir():
        pytest.skip(f"the real data is not here ({folder})")


def test_esco_at_full_size(tmp_path: Path) -> None:
    _needs(ESCO)
    target = tmp_path / "esco.yaml"
    code, out, err = cli("import", "esco", ESCO, "-o", target)
    assert code == 0, err
    assert "import esco: reading occupationSkillRelations.csv" in err  # progress was shown
    assert "3,007 roles, 13,896 skills" in out
    assert (
        "note: skipped 67 rows of occupationSkillRelations.csv: occupation "
        "http://data.europa.eu/esco/occupation/a9e54177-a185-404d-b6e6-15663d31137e"
    ) in out
    assert "note: 191 essential skill-skill relations became prerequisites" in out

    catalog = load_pack(target)
    _esco_moves_a_person_would_make(catalog)
    assert catalog.version == "v1.1.1"
    assert (len(catalog.roles), len(catalog.skills)) == (3007, 13896)
    assert len(catalog.transitions) > 3007
    # Every role and skill joins back to ESCO by its concept URI.
    assert catalog.role_by_id["baker"].uri == (
        "http://data.europa.eu/esco/occupation/1aadb308-432a-4d01-b54b-b4f7f76dd419"
    )
    assert all(
        (item.uri or "").startswith("http://data.europa.eu/esco/")
        for item in [*catalog.roles, *catalog.skills]
    )
    # The 80 elementary occupations (ISCO skill level 1) are the ways in.
    assert sum(r.entry for r in catalog.roles) == 80
    essential = sum(len(r.essential) for r in catalog.roles)
    optional = sum(len(r.optional) for r in catalog.roles)
    # 64,946 essential and 58,909 optional links, less the 67 rows of the unknown occupation.
    assert essential + optional == 123_855 - 67
    levels = {level: sum(r.level == level for r in catalog.roles) for level in range(1, 6)}
    assert all(levels.values()), levels
    assert sum(len(s.requires) for s in catalog.skills) == 191
    assert any("data scientist" in r.aliases for r in catalog.roles)
    # A counsellor's question: a data analyst who wants to become a data scientist.
    found = plan(catalog, [], "data-scientist", start="data-analyst")
    assert found.path[0] == "data-analyst" and found.path[-1] == "data-scientist"


def test_onet_at_full_size(tmp_path: Path) -> None:
    _needs(ONET)
    target = tmp_path / "onet.yaml"
    code, out, err = cli("import", "onet", ONET, "-o", target)
    assert code == 0, err
    assert "1,016 roles" in out
    catalog = load_pack(target)
    _onet_essentials_are_in_demand(catalog)
    _onet_ids_and_moves(catalog)
    assert catalog.version == "29.3"
    assert len(catalog.roles) == 1016
    # Of the 8,775 distinct technology examples, the 1,409 some occupation keeps (essential
    # or on its short optional list); 35 skills, 33 knowledge areas and the graduate degree.
    assert len(catalog.skills) == 1409 + 35 + 33 + 1
    # Primary-Short and Primary-Long: 5 + 5 for each of the 923 occupations with relations.
    assert len(catalog.transitions) == 923 * 10
    assert all("tier" in (t.why or "") for t in catalog.transitions)
    roles = catalog.role_by_id
    # Kept without ratings, with their technology skills and moves.
    developers = roles["software-developers"]
    assert "python" in developers.essential and catalog.moves_from["software-developers"]
    assert "critical-thinking" not in roles["data-scientists"].essential
    # Job Zones 1 and 2 are the ways in.
    assert roles["cashiers"].entry and not roles["accountants-and-auditors"].entry
    assert roles["chief-executives"].level == 5
    assert roles["chief-executives"].interests[0] == "enterprising"
    assert len(developers.aliases) > 20


def _esco_moves_a_person_would_make(catalog: Catalog) -> None:
    levels = {r.id: r.level for r in catalog.roles}
    assert {t.origin for t in catalog.transitions} == {"derived"}
    down = [
        (t.source, t.target) for t in catalog.transitions if levels[t.target] < levels[t.source]
    ]
    assert down == []
    graph = nx.DiGraph([(t.source, t.target) for t in catalog.transitions])
    # A counsellor's checks: a baker's promotion to running a bakery shop is near...
    assert nx.shortest_path_length(graph, "baker", "bakery-shop-manager") <= 2
    # ...and a registered nurse's moves are nursing work at their level, not assistants' jobs.
    # (ESCO's registered general nurse, the one the EU regulates, "adult nurse", "ward nurse")
    nurse = catalog.role_by_id["nurse-responsible-for-general-care"]
    assert "ward nurse" in nurse.aliases
    targets = {t.target for t in catalog.moves_from[nurse.id]}
    assert {"specialist-nurse", "advanced-nurse-practitioner"} <= targets
    assert not targets & {"nurse-assistant", "healthcare-assistant"}
    _esco_trade_steps_climb_one_level(catalog)


TRADE_STEP = "Derived as a step up in the same trade"
LEVEL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _isco_skill_levels() -> dict[str, int]:
    """ISCO major and sub-major group -> the skill level its description in ESCO's
    ISCOGroups_en.csv says most of its occupations need."""
    (archive,) = ESCO.glob("*classification*.zip")
    with zipfile.ZipFile(archive) as bundle:
        name = next(n for n in bundle.namelist() if n.endswith("ISCOGroups_en.csv"))
        text = bundle.read(name).decode("utf-8")
    out: dict[str, int] = {}
    for row in csv.DictReader(io.StringIO(text)):
        # "requires skills at the fourth ISCO skill level" (the first such phrase; group 1
        # adds an exception for group 14, which states its own)
        found = re.search(r"(first|second|third|fourth) ISCO skill level", row["description"])
        if len(row["code"]) <= 2 and found:
            out[row["code"]] = LEVEL_WORDS[found.group(1)]
    return out


def _esco_trade_steps_climb_one_level(catalog: Catalog) -> None:
    isco = {r.id: str(r.facets.get("isco-group", ""))[:4] for r in catalog.roles}
    stated = _isco_skill_levels()
    assert stated["1"] == 4 and stated["14"] == 3 and stated["75"] == 2

    def skill_level(role: str) -> int:
        return stated.get(isco[role][:2]) or stated[isco[role][:1]]

    levels = {r.id: r.level for r in catalog.roles}
    steps = [t for t in catalog.transitions if (t.why or "").startswith(TRADE_STEP)]
    assert len(steps) > 400
    # No step up a trade climbs more than one ISCO-08 skill level...
    climbs = [
        (t.source, t.target) for t in steps if skill_level(t.target) > skill_level(t.source) + 1
    ]
    assert climbs == []
    # ...and more than one level of the pack only to a shop, hotel or services manager (ISCO
    # group 14, third skill level): a baker to bakery shop manager, not a clerk to an accountant.
    far = {t.target for t in steps if levels[t.target] > levels[t.source] + 1}
    assert "bakery-shop-manager" in far
    assert {isco[role][:2] for role in far} == {"14"}
    # A chief executive (or another head of an organisation) is a step only for a manager or a
    # professional of the trade, never from the front line.
    heads = {r.id for r in catalog.roles if isco[r.id].startswith("11")}
    heads |= {r.id for r in catalog.roles if isco[r.id][:1] == "1" and "chief" in r.name}
    assert {"airport-chief-executive", "chief-executive-officer"} <= heads
    from_below = [(t.source, t.target) for t in steps if t.target in heads and levels[t.source] < 4]
    assert from_below == []
    # A trade is named by its own word, not by a kind of job both names share.
    pairs = {(t.source, t.target) for t in steps}
    assert ("shiatsu-practitioner", "advanced-nurse-practitioner") not in pairs
    assert ("sports-coach", "public-speaking-coach") not in pairs
    airport = {t.target for t in catalog.moves_from["airport-security-officer"]}
    assert "airport-operations-officer" in airport and not airport & heads


def _in_demand() -> dict[str, set[str]]:
    """O*NET-SOC code -> the technology examples flagged In Demand, read from the file."""
    out: dict[str, set[str]] = {}
    with (ONET / "Technology Skills.txt").open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row["In Demand"] == "Y":
                out.setdefault(row["O*NET-SOC Code"], set()).add(row["Example"])
    return out


# Software a counsellor would be surprised to see between office, business and computing
# roles unless one of the two asks for it: hospital systems (Epic, MEDITECH), marketing
# automation and network administration.
SURPRISING = {
    "Medical software",
    "Sales and marketing software",
    "Network monitoring software",
    "Network security or virtual private network VPN management software",
    "Network security and virtual private network VPN equipment software",
}


def _onet_essentials_are_in_demand(catalog: Catalog) -> None:
    roles, skills = catalog.role_by_id, catalog.skill_by_id
    scientists = roles["data-scientists"].essential
    # What the field (SOC 15-2, mathematical science) asks for; Python's libraries are extras.
    assert {"python", "r", "structured-query-language-sql", "tableau"} <= set(scientists)
    assert {"pandas", "scikit-learn", "numpy"} <= set(roles["data-scientists"].optional)
    assert not {"perl", "ruby", "microsoft-access", "oracle-java"} & set(scientists)
    assert len(scientists) <= 60
    accountants = roles["accountants-and-auditors"].essential
    assert not {"epic-systems", "meditech-software"} & set(accountants)
    assert {"intuit-quickbooks", "microsoft-excel"} <= set(accountants)

    code_of = {r.id: r.facets["onet-soc-code"] for r in catalog.roles}
    wanted = _in_demand()
    own = {
        rid: {s.id for s in catalog.skills if s.name in wanted.get(code, ())}
        for rid, code in code_of.items()
    }
    office = {rid for rid, code in code_of.items() if code[:2] in ("13", "15", "43")}
    # Every O*NET related pair among business, office and computing roles, and a few a
    # counsellor asks about from elsewhere (a cashier who wants to keep the books).
    pairs = {(t.source, t.target) for t in catalog.transitions if {t.source, t.target} <= office}
    pairs |= {
        ("cashiers", "bookkeeping-accounting-and-auditing-clerks"),
        ("cashiers", "customer-service-representatives"),
        ("bookkeeping-accounting-and-auditing-clerks", "accountants-and-auditors"),
        ("accountants-and-auditors", "financial-managers"),
        ("software-developers", "data-scientists"),
        ("office-clerks-general", "human-resources-specialists"),
    }
    assert len(pairs) > 500
    surprises = [
        (start, goal, skill)
        for start, goal in sorted(pairs)
        for skill in sorted(need(catalog, goal, essential_closure(catalog, start)))
        if skills[skill].category in SURPRISING and skill not in own[start] | own[goal]
    ]
    assert surprises == []
    gap = need(
        catalog,
        "bookkeeping-accounting-and-auditing-clerks",
        essential_closure(catalog, "cashiers"),
    )
    assert "intuit-quickbooks" in gap and "epic-systems" not in gap


def _onet_ids_and_moves(catalog: Catalog) -> None:
    ids = {s.id for s in catalog.skills} | {r.id for r in catalog.roles}
    assert {"c", "cpp", "c-sharp"} <= ids and not {"c-5680", "c-software"} & ids
    # Ids are whole names, never cut short.
    assert "first-line-supervisors-of-material-moving-machine-and-vehicle-operators" in ids
    levels = {r.id: r.level for r in catalog.roles}
    assert {t.origin for t in catalog.transitions} == {"imported"}
    down = [t for t in catalog.transitions if levels[t.target] < levels[t.source]]
    assert down and all("lower Job Zone" in (t.why or "") for t in down)
