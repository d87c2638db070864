"""`pathfinder import onet` on hand-made O*NET files, in the Excel layout and the text layout."""

from __future__ import annotations

import csv
from pathlib import Path

from pathfinder.io.packs import load_pack
from tests.importers.conftest import FIXTURES, Importer, by_id, cli

ONET = FIXTURES / "onet"

# Columns the Excel layout adds and the official text layout lacks.
EXCEL_ONLY = {"Title", "Scale Name", "Related Title"}


def test_roles_levels_families_aliases_interests(imported: Importer) -> None:
    pack, _ = imported("onet", ONET)
    roles = by_id(pack["roles"])
    assert {rid: r["level"] for rid, r in roles.items()} == {
        "computer-systems-analysts": 4,
        "software-developers": 4,
        "data-scientists": 5,
        "food-preparation-workers": 1,
        # No Job Zone: the median zone of its SOC minor group 15-1 (4 and 4).
        "computer-occupations-all-other": 4,
    }
    developers = roles["software-developers"]
    assert developers["family"] == "Computer and Mathematical"
    # The title itself and a case-only repeat are dropped; short titles count as aliases.
    assert developers["aliases"] == [
        "Application Developer",
        "Computer Software Developer",
        "Software Dev",
    ]
    # High points 2 then 6, and 0 for "no third".
    assert developers["interests"] == ["investigative", "conventional"]
    # Without high points: the three highest interest scores.
    assert roles["food-preparation-workers"]["interests"] == ["realistic", "conventional", "social"]
    assert "interests" not in roles["data-scientists"]
    assert developers["facets"] == {
        "onet-soc-code": "15-1252.00",
        "job-zone": "4: Considerable Preparation Needed",
    }
    assert roles["computer-occupations-all-other"]["facets"]["job-zone"] == (
        "none in O*NET; level 4 from its SOC group"
    )
    assert [f["id"] for f in pack["facets"]] == ["onet-soc-code", "job-zone"]
    # Job Zone 1 (little or no preparation) is a way in; a zone guessed from the SOC group
    # is no such signal.
    assert [rid for rid, r in roles.items() if r.get("entry")] == ["food-preparation-workers"]


def test_in_demand_technologies_are_essential_and_ratings_above_the_threshold(
    imported: Importer,
) -> None:
    pack, _ = imported("onet", ONET)
    roles, skills = by_id(pack["roles"]), by_id(pack["skills"])
    analysts = roles["computer-systems-analysts"]
    # Programming (3.25) is under the 3.5 threshold; Mathematics knowledge (3.50) is on it.
    # Excel and JIRA are Hot Technologies but not in demand for analysts: optional.
    assert analysts["essential"] == [
        "computers-and-electronics",
        "critical-thinking",
        "mathematics",
        "mathematics-knowledge",
    ]
    assert analysts["optional"] == ["atlassian-jira", "microsoft-excel"]
    # pandas is in demand for data scientists though not a Hot Technology: essential. Job
    # Zone 5 (graduate school) makes the degree essential too: no skill list stands for it.
    assert roles["data-scientists"]["essential"] == ["graduate-degree", "pandas", "python"]
    assert skills["graduate-degree"]["effort_hours"] == 3600
    assert skills["graduate-degree"]["estimate"] and "sources" not in skills["graduate-degree"]
    assert not any(
        "graduate-degree" in r.get("essential", ()) for r in roles.values() if r["level"] < 5
    )
    assert roles["data-scientists"]["optional"] == ["atlassian-jira", "microsoft-excel"]
    # A rating O*NET recommends suppressing never makes a skill essential.
    assert roles["food-preparation-workers"]["essential"] == ["food-production"]
    assert skills["mathematics"]["category"] == "Basic Skills"
    assert skills["mathematics-knowledge"]["category"] == "Mathematics and Science"
    # Two skills both called "Mathematics" would read "Mathematics, Mathematics" in a plan.
    assert skills["mathematics"]["name"] == "Mathematics"
    assert skills["mathematics-knowledge"]["name"] == "Mathematics (knowledge)"
    assert skills["computers-and-electronics"]["name"] == "Computers and Electronics"
    assert skills["programming"]["category"] == "Cross-Functional Skills"
    # JIRA is listed under two commodities; it goes under the one used more often.
    assert skills["atlassian-jira"]["category"] == "Project management software"
    assert skills["python"]["effort_hours"] == 40
    assert skills["critical-thinking"]["effort_hours"] == 80
    assert skills["food-production"]["effort_hours"] == 120

    stricter, _ = imported("onet", ONET, "--min-importance", "4", "--technology-hours", "10")
    strict_roles = by_id(stricter["roles"])
    assert strict_roles["computer-systems-analysts"]["essential"] == [
        "computers-and-electronics",
        "critical-thinking",
    ]
    assert by_id(stricter["skills"])["python"]["effort_hours"] == 10


def test_occupations_without_ratings_keep_what_they_have(imported: Importer) -> None:
    pack, out = imported("onet", ONET)
    roles = by_id(pack["roles"])
    # Ids say which language: C, C++ and C# are three skills a person can type.
    assert roles["software-developers"]["essential"] == ["cpp", "python"]
    assert roles["software-developers"]["optional"] == ["atlassian-jira", "c", "c-sharp", "git"]
    assert "essential" not in roles["computer-occupations-all-other"]
    assert "3 occupations without Skills or Knowledge ratings kept" in out


def test_related_occupations_become_moves_by_tier(imported: Importer) -> None:
    pack, out = imported("onet", ONET)
    moves = {(t["from"], t["to"]): t["why"] for t in pack["transitions"]}
    assert moves == {
        ("computer-systems-analysts", "software-developers"): (
            "O*NET related occupation (Primary-Short tier, rank 1)"
        ),
        ("computer-systems-analysts", "data-scientists"): (
            "O*NET related occupation (Primary-Long tier, rank 6)"
        ),
        ("software-developers", "computer-systems-analysts"): (
            "O*NET related occupation (Primary-Short tier, rank 1)"
        ),
        # Job Zone 5 to 4: kept to show the kinship, but the planner takes a step down only
        # from a pack's author, and the move says so.
        ("data-scientists", "computer-systems-analysts"): (
            "O*NET related occupation (Primary-Short tier, rank 2); "
            "a lower Job Zone, so shown for information, not planned"
        ),
    }
    assert {t["origin"] for t in pack["transitions"]} == {"imported"}
    assert "skipped 1 row of Related Occupations.txt" in out
    wide, _ = imported("onet", ONET, "--tiers", "supplemental")
    assert {(t["from"], t["to"]) for t in wide["transitions"]} == {
        ("computer-systems-analysts", "food-preparation-workers"),
        ("software-developers", "data-scientists"),
        ("food-preparation-workers", "computer-systems-analysts"),
    }
    assert wide["x-import"]["options"]["tiers"] == ["Supplemental"]


def _text_layout(target: Path) -> None:
    """The official text layout: no Title columns, and the columns in another order."""
    target.mkdir()
    for path in ONET.iterdir():
        if path.name == "Read Me.txt":
            (target / path.name).write_bytes(path.read_bytes())
            continue
        with path.open(encoding="utf-8", newline="") as stream:
            header, *rows = list(csv.reader(stream, delimiter="\t"))
        keep = [
            i for i, h in enumerate(header) if h not in EXCEL_ONLY or path.name.startswith("Occ")
        ]
        keep.reverse()
        with (target / path.name).open("w", encoding="utf-8", newline="") as stream:
            out = csv.writer(stream, delimiter="\t", lineterminator="\n")
            out.writerows([[row[i] for i in keep] for row in [header, *rows]])


def test_text_layout_and_excel_layout_give_the_same_bytes(tmp_path: Path) -> None:
    _text_layout(tmp_path / "text")
    excel, text = tmp_path / "excel.yaml", tmp_path / "text.yaml"
    assert cli("import", "onet", ONET, "-o", excel, "-q")[0] == 0
    assert cli("import", "onet", tmp_path / "text", "-o", text, "-q")[0] == 0
    assert excel.read_bytes() == text.read_bytes()


def test_same_input_same_bytes_and_the_pack_validates(tmp_path: Path) -> None:
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    assert cli("import", "onet", ONET, "-o", first, "-q")[0] == 0
    assert cli("import", "onet", ONET, "-o", second, "-q")[0] == 0
    assert first.read_bytes() == second.read_bytes()
    code, out, err = cli("validate", first)
    assert code == 0, err
    assert "ok (5 roles, 16 skills, 4 transitions)" in out
    # Every role, skill and related occupation is O*NET's, and says so: no claim without a
    # source, and the source is cited.
    assert "provenance" not in err and "never cited" not in err
    catalog = load_pack(first)
    assert {s for item in [*catalog.roles, *catalog.skills] for s in item.sources} == {"onet"}
    assert all(t.sources == ("onet",) and not t.estimate for t in catalog.transitions)
    assert catalog.version == "29.3" and catalog.id == "onet"
    assert "O*NET® is a trademark of USDOL/ETA" in (catalog.license or "")
    assert catalog.sources[0].url == "https://www.onetcenter.org/database.html"


def test_a_release_without_the_in_demand_column_makes_technology_optional(
    tmp_path: Path, imported: Importer
) -> None:
    older = tmp_path / "onet"
    older.mkdir()
    for path in ONET.iterdir():
        text = path.read_text(encoding="utf-8")
        if path.name == "Technology Skills.txt":
            # Older releases end at Hot Technology; a hot tool still makes nothing essential.
            text = "".join(line.rsplit("\t", 1)[0] + "\n" for line in text.splitlines())
        (older / path.name).write_text(text, encoding="utf-8")
    pack, out = imported("onet", older)
    roles = by_id(pack["roles"])
    assert "essential" not in roles["software-developers"]
    assert roles["software-developers"]["optional"] == [
        "atlassian-jira",
        "c",
        "c-sharp",
        "cpp",
        "git",
        "python",
    ]
    assert (
        "note: Technology Skills.txt has no In Demand column (an older O*NET release): "
        "every technology skill is optional"
    ) in out.splitlines()
