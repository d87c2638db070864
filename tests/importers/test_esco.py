"""`pathfinder import esco` on a hand-made folder in the real ESCO column layout."""

from __future__ import annotations

import csv
import shutil
import zipfile
from pathlib import Path

from pathfinder.io.packs import load_pack
from tests.importers.conftest import FIXTURES, Importer, by_id, cli

ESCO = FIXTURES / "esco"
CLASSIFICATION = "ESCO dataset - v1.1.1 - classification - en - csv.zip"
RELATIONS = "ESCO dataset - v1.1.1 - relations - csv.zip"


def test_roles_levels_families_and_aliases(imported: Importer) -> None:
    pack, _ = imported("esco", ESCO)
    roles = by_id(pack["roles"])
    levels = {rid: role["level"] for rid, role in roles.items()}
    # ISCO 1330 manager, 2511 professional, 3434 technician, 4132 clerk, 9412 elementary,
    # 0110 commissioned officer.
    assert levels == {
        "ict-operations-manager": 5,
        "data-analyst": 4,
        "database-designer": 4,
        "patissier": 3,
        "data-entry-clerk": 2,
        "kitchen-porter": 1,
        "army-officer": 4,
        "baker": 2,
        "bakery-shop-manager": 5,
        "kitchen-assistant": 1,
    }
    analyst = roles["data-analyst"]
    assert analyst["family"] == "Information and communications technology professionals"
    # The label itself, a case-only repeat and a doubled space are not new names.
    assert analyst["aliases"] == ["analyst of data", "data analysts"]
    assert analyst["summary"].startswith("Data analysts import")
    # The official code (and its label where the ISCO file has it) for the comparison table.
    assert pack["facets"] == [{"id": "isco-group", "label": "ISCO-08 group"}]
    assert analyst["facets"] == {"isco-group": "2511 Systems analysts"}
    assert roles["data-entry-clerk"]["facets"] == {"isco-group": "4132"}
    assert roles["patissier"]["name"] == "pâtissier"
    assert "aliases" not in roles["army-officer"]
    # ISCO skill level 1 (elementary occupations) is where a newcomer can start.
    assert sorted(rid for rid, r in roles.items() if r.get("entry")) == [
        "kitchen-assistant",
        "kitchen-porter",
    ]
    # ESCO's URI joins the role back to ESCO; one that is not a valid link is left out.
    assert analyst["uri"] == "http://data.europa.eu/esco/occupation/0a11-data-analyst"
    assert "uri" not in roles["army-officer"]  # "0f66-army officer" holds a space


def test_essential_and_optional_links_and_ids(imported: Importer) -> None:
    pack, _ = imported("esco", ESCO)
    roles, skills = by_id(pack["roles"]), by_id(pack["skills"])
    assert roles["data-analyst"]["essential"] == ["analyse-big-data", "sql", "statistics"]
    assert roles["data-analyst"]["optional"] == ["c-knowledge", "enter-data"]
    assert roles["database-designer"]["optional"] == ["c"]
    assert "essential" not in roles["army-officer"]
    # Two skills labelled "C": the first keeps the bare slug, the other says what it is.
    assert skills["c"]["effort_hours"] == 40 and skills["c-knowledge"]["effort_hours"] == 80
    assert skills["prepare-canapes"]["name"] == "prepare canapés"
    assert skills["ethics-of-work"]["effort_hours"] == 40  # untyped: a skill's default
    assert skills["sql"]["aliases"] == ["structured query language"]
    assert skills["sql"]["category"] == "information and communication technologies (icts)"
    assert skills["design-database-scheme"]["category"] == "information skills"  # via a skill
    assert skills["enter-data"]["category"] == "Skills and competences"  # outside the hierarchy
    assert skills["sql"]["uri"] == "http://data.europa.eu/esco/skill/s01-sql"
    assert len(skills) == 14 and len(roles) == 10


def test_prerequisites_never_form_a_cycle_and_the_dropped_link_is_reported(
    imported: Importer,
) -> None:
    pack, out = imported("esco", ESCO)
    skills = by_id(pack["skills"])
    requires = {sid: s.get("requires", []) for sid, s in skills.items()}
    assert requires["design-database-scheme"] == ["data-models"]
    assert requires["data-models"] == ["sql"]
    assert requires["analyse-big-data"] == ["statistics"]
    assert requires["sql"] == []  # sql -> design-database-scheme would close the loop
    assert requires["statistics"] == []  # an optional relation is not a prerequisite
    dropped = (
        "dropped prerequisite sql requires design-database-scheme: it would close the cycle "
        "sql -> design-database-scheme -> data-models -> sql"
    )
    assert f"note: {dropped}" in out.splitlines()
    assert dropped in pack["x-import"]["notes"]
    assert "left out 1 optional skill-skill relation" in out


def test_rows_pointing_to_an_unknown_occupation_are_reported_and_skipped(
    imported: Importer,
) -> None:
    pack, out = imported("esco", ESCO)
    assert (
        "note: skipped 3 rows of occupationSkillRelations.csv: occupation "
        "http://data.europa.eu/esco/occupation/a9e54177-a185-404d-b6e6-15663d31137e "
        "is not in the occupations file"
    ) in out.splitlines()
    assert "a9e54177" not in str(pack["roles"])


def test_moves_never_go_down_and_follow_shared_skills_or_the_trade(imported: Importer) -> None:
    pack, _ = imported("esco", ESCO)
    levels = {r["id"]: r["level"] for r in pack["roles"]}
    moves = {(t["from"], t["to"]): t["why"] for t in pack["transitions"]}
    assert {t["origin"] for t in pack["transitions"]} == {"derived"}
    assert all(levels[b] >= levels[a] for a, b in moves)
    # Same level: both ways. The kitchen porter shares a skill with the pâtissier too, but
    # that is two levels up, and the way back down is no move a person plans.
    assert ("kitchen-porter", "kitchen-assistant") in moves
    assert ("kitchen-assistant", "kitchen-porter") in moves
    assert not any("patissier" in pair for pair in moves)
    # The next level up is a move; the manager's way back to the analyst is not.
    assert ("data-analyst", "ict-operations-manager") in moves
    assert ("ict-operations-manager", "data-analyst") not in moves
    assert moves[("kitchen-porter", "kitchen-assistant")] == (
        "Derived from skill similarity: shares 1 of the 1 essential skill of kitchen assistant "
        "(weighted overlap 1.00)"
    )
    # A baker shares no essential skill with a bakery shop manager, but the names are one trade
    # and two skills are listed by both; a shop manager needs ISCO's third skill level, one
    # above the baker's, so it is one step.
    assert moves[("baker", "bakery-shop-manager")] == (
        "Derived as a step up in the same trade (the names share 'bakery'; 2 skills in "
        "common): shares 0 of the 1 essential skill of bakery shop manager"
    )
    # The clerk shares the word and two listed skills with the data analyst, but the analyst
    # is two levels up: no single step.
    assert not any("data-entry-clerk" in pair for pair in moves)
    assert not any({"kitchen-porter", "data-analyst"} <= set(pair) for pair in moves)
    few, _ = imported("esco", ESCO, "--k", "1")
    assert 0 < len(few["transitions"]) < len(pack["transitions"])
    assert few["x-import"]["options"]["k"] == 1


def test_a_role_in_the_same_isco_group_comes_before_an_as_similar_one_elsewhere(
    tmp_path: Path, imported: Importer
) -> None:
    shutil.copytree(ESCO, tmp_path / "esco")
    occupations = tmp_path / "esco" / "occupations_en.csv"
    relations = tmp_path / "esco" / "occupationSkillRelations.csv"
    # Two new roles at the analyst's level, each needing SQL only: the same overlap with the
    # analyst, one in its unit group 2511, one in 2521 (with the database designer).
    occupations.write_text(
        occupations.read_text(encoding="utf-8")
        + "Occupation,http://data.europa.eu/esco/occupation/3a01,2521,query writer,,,released,"
        "2019-06-01T10:00:00Z,,,,,Query writers write queries.,2521.9\r\n"
        "Occupation,http://data.europa.eu/esco/occupation/3a02,2511,report analyst,,,released,"
        "2019-06-01T10:00:00Z,,,,,Report analysts write reports.,2511.9\r\n",
        encoding="utf-8",
    )
    relations.write_text(
        relations.read_text(encoding="utf-8")
        + "http://data.europa.eu/esco/occupation/3a01,essential,knowledge,"
        "http://data.europa.eu/esco/skill/s01-sql\r\n"
        "http://data.europa.eu/esco/occupation/3a02,essential,knowledge,"
        "http://data.europa.eu/esco/skill/s01-sql\r\n",
        encoding="utf-8",
    )
    pack, _ = imported("esco", tmp_path / "esco", "--k", "1")
    first = [t["to"] for t in pack["transitions"] if t["from"] == "data-analyst"]
    assert first == ["report-analyst"]


def test_two_occupations_of_one_small_isco_unit_group_are_moves_both_ways(
    tmp_path: Path, imported: Importer
) -> None:
    shutil.copytree(ESCO, tmp_path / "esco")
    folder = tmp_path / "esco"
    # ESCO lists a help desk agent's essential skills apart from a technician's, though ISCO
    # files both as ICT user support technicians; they share two optional skills.
    with (folder / "ISCOGroups_en.csv").open("a", encoding="utf-8") as f:
        f.write(
            "ISCOGroup,http://data.europa.eu/esco/isco/C3512,3512,"
            "ICT user support technicians,released,,,\r\n"
        )
    with (folder / "occupations_en.csv").open("a", encoding="utf-8") as f:
        for code, name in (("3c01", "ICT help desk agent"), ("3c02", "ICT technician")):
            f.write(
                f"Occupation,http://data.europa.eu/esco/occupation/{code},3512,{name},,,released,"
                f"2019-06-01T10:00:00Z,,,,,{name}s help.,3512.9\r\n"
            )
    rows = [
        ("3c01", "essential", "s05-type-data"),
        ("3c02", "essential", "s04-design-database"),
        *(
            (code, "optional", skill)
            for code in ("3c01", "3c02")
            for skill in ("s01-sql", "s02-statistics")
        ),
    ]
    with (folder / "occupationSkillRelations.csv").open("a", encoding="utf-8") as f:
        for code, kind, skill in rows:
            f.write(
                f"http://data.europa.eu/esco/occupation/{code},{kind},knowledge,"
                f"http://data.europa.eu/esco/skill/{skill}\r\n"
            )
    pack, _ = imported("esco", folder)
    moves = {(t["from"], t["to"]): t["why"] for t in pack["transitions"]}
    assert moves[("ict-help-desk-agent", "ict-technician")] == (
        "Derived from the ISCO-08 unit group both are in (3512 ICT user support technicians; "
        "2 skills in common): shares 0 of the 1 essential skill of ICT technician"
    )
    assert ("ict-technician", "ict-help-desk-agent") in moves
    assert pack["x-import"]["options"]["min_similarity"] == 0.1


def test_a_step_up_the_trade_to_its_head_starts_from_a_manager_or_specialist(
    tmp_path: Path, imported: Importer
) -> None:
    shutil.copytree(ESCO, tmp_path / "esco")
    occupations = tmp_path / "esco" / "occupations_en.csv"
    relations = tmp_path / "esco" / "occupationSkillRelations.csv"
    # A hotel director (ISCO 1411, a services manager) and two hotel roles that list both of
    # its skills: a concierge at the front desk and a revenue analyst (a professional).
    roles = {
        "4a01": ("4224", "hotel concierge"),
        "4a02": ("1411", "hotel director"),
        "4a03": ("2431", "hotel revenue analyst"),
    }
    occupations.write_text(
        occupations.read_text(encoding="utf-8")
        + "".join(
            f"Occupation,http://data.europa.eu/esco/occupation/{key},{isco},{name},,,released,"
            f"2019-06-01T10:00:00Z,,,,,They work in hotels.,{isco}.9\r\n"
            for key, (isco, name) in roles.items()
        ),
        encoding="utf-8",
    )
    relations.write_text(
        relations.read_text(encoding="utf-8")
        + "".join(
            f"http://data.europa.eu/esco/occupation/{key},{kind},,"
            f"http://data.europa.eu/esco/skill/{skill}\r\n"
            for key in roles
            for kind, skill in (("optional", "s07-lead"), ("optional", "s02-statistics"))
        ),
        encoding="utf-8",
    )
    pack, _ = imported("esco", tmp_path / "esco")
    moves = {(t["from"], t["to"]) for t in pack["transitions"]}
    # The director's level for the step is ISCO's third skill level, one above the concierge,
    # yet a front-desk role does not step to the head of the hotel; the specialist does.
    assert ("hotel-revenue-analyst", "hotel-director") in moves
    assert ("hotel-concierge", "hotel-director") not in moves


def test_effort_defaults_can_be_overridden(imported: Importer) -> None:
    pack, _ = imported("esco", ESCO, "--skill-hours", "25", "--knowledge-hours", "120.5")
    skills = by_id(pack["skills"])
    assert skills["lead-a-team"]["effort_hours"] == 25
    assert skills["statistics"]["effort_hours"] == 120.5


def test_attribution_and_release_are_in_the_pack(imported: Importer) -> None:
    pack, _ = imported("esco", ESCO)
    attribution = "This service uses the ESCO classification of the European Commission."
    assert attribution in pack["license"] and attribution in pack["description"]
    assert pack["sources"][0]["publisher"] == "European Commission"
    # Without a release in the file names, the newest change date names the release.
    assert pack["version"] == "2022-08-25"


def test_the_pack_passes_validation(tmp_path: Path) -> None:
    target = tmp_path / "esco.yaml"
    assert cli("import", "esco", ESCO, "-o", target, "-q")[0] == 0
    code, out, err = cli("validate", target)
    assert code == 0, err
    assert "ok (10 roles, 14 skills, 9 transitions)" in out
    # Roles and skills are ESCO's and cite it; the moves are Pathfinder's own derivation, so
    # they are marked as estimates, each saying in its why how it was derived.
    assert "provenance" not in err and "never cited" not in err
    catalog = load_pack(target)
    assert all(item.sources == ("esco",) for item in [*catalog.roles, *catalog.skills])
    assert all(
        t.estimate and not t.sources and (t.why or "").startswith("Derived ")
        for t in catalog.transitions
    )
    assert catalog.skill_by_id["data-models"].requires == ("sql",)


def _zip_fixture(folder: Path) -> None:
    classification = {"occupations_en.csv", "skills_en.csv", "ISCOGroups_en.csv"}
    classification |= {"skillsHierarchy_en.csv"}
    with (
        zipfile.ZipFile(folder / CLASSIFICATION, "w") as one,
        zipfile.ZipFile(folder / RELATIONS, "w") as two,
    ):
        for path in sorted(ESCO.iterdir()):
            (one if path.name in classification else two).write(path, path.name)


def test_the_two_official_zips_give_the_same_pack_as_the_csv_folder(
    tmp_path: Path, imported: Importer
) -> None:
    zips = tmp_path / "download"
    zips.mkdir()
    _zip_fixture(zips)
    from_zips, _ = imported("esco", zips)
    from_folder, _ = imported("esco", ESCO)
    assert from_zips["version"] == "v1.1.1" and from_zips["id"] == "esco-en"
    assert from_folder["id"] == "esco-en"
    for key in ("skills", "roles", "transitions"):
        assert from_zips[key] == from_folder[key]


def _reversed_copy(target: Path) -> None:
    target.mkdir()
    for path in ESCO.iterdir():
        with path.open(encoding="utf-8", newline="") as stream:
            header, *rows = list(csv.reader(stream))
        with (target / path.name).open("w", encoding="utf-8", newline="") as stream:
            csv.writer(stream, lineterminator="\r\n").writerows([header, *reversed(rows)])


def test_same_input_same_bytes_whatever_the_row_order(tmp_path: Path) -> None:
    first, second, third = (tmp_path / f"{n}.yaml" for n in "abc")
    assert cli("import", "esco", ESCO, "-o", first, "-q")[0] == 0
    assert cli("import", "esco", ESCO, "-o", second, "-q")[0] == 0
    shuffled = tmp_path / "esco"
    _reversed_copy(shuffled)
    assert cli("import", "esco", shuffled, "-o", third, "-q")[0] == 0
    assert first.read_bytes() == second.read_bytes() == third.read_bytes()


def test_progress_goes_to_the_terminal_and_quiet_silences_it(tmp_path: Path) -> None:
    code, out, err = cli("import", "esco", ESCO, "-o", tmp_path / "p.yaml")
    assert code == 0
    assert "import esco: reading occupations_en.csv" in err
    assert "wrote " in out and "10 roles, 14 skills, 9 transitions" in out
    code, _, err = cli("import", "esco", ESCO, "-o", tmp_path / "q.yaml", "--quiet")
    assert code == 0 and err == ""


def test_a_folder_of_csvs_in_a_subfolder_is_found(tmp_path: Path, imported: Importer) -> None:
    shutil.copytree(ESCO, tmp_path / "download" / "unzipped")
    pack, _ = imported("esco", tmp_path / "download")
    assert len(pack["roles"]) == 10


def test_many_unknown_uris_are_counted_not_listed(tmp_path: Path, imported: Importer) -> None:
    shutil.copytree(ESCO, tmp_path / "esco")
    relations = tmp_path / "esco" / "occupationSkillRelations.csv"
    extra = "".join(
        f"http://data.europa.eu/esco/occupation/gone-{n:02},essential,knowledge,"
        "http://data.europa.eu/esco/skill/s01-sql\n"
        for n in range(30)
    )
    relations.write_text(relations.read_text(encoding="utf-8") + extra, encoding="utf-8")
    pack, out = imported("esco", tmp_path / "esco")
    skipped = [line for line in out.splitlines() if line.startswith("note: skipped")]
    assert len(skipped) == 21
    assert skipped[-1] == (
        "note: skipped 11 more rows of occupationSkillRelations.csv for 11 more unknown URIs; "
        "are both zips from the same ESCO release?"
    )
    assert len(pack["roles"]) == 10
