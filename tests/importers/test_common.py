"""Ids a person can type, stable whatever else is in the file; prerequisites without cycles."""

from __future__ import annotations

import hashlib
from pathlib import Path

import yaml

from pathfinder.importers.common import acyclic_requires, aliases, allocate_ids, slug, tidy
from pathfinder.importers.write import write_pack


def test_slugs_fold_accents_and_punctuation() -> None:
    assert slug("Pâtissier / Pastry Chef") == "patissier-pastry-chef"
    assert slug("  .NET  ") == "net"
    # No id is cut short: a truncated id cannot be guessed from the name.
    long = "First-Line Supervisors of Material-Moving Machine and Vehicle Operators"
    assert slug(long) == ("first-line-supervisors-of-material-moving-machine-and-vehicle-operators")


def test_language_names_keep_their_meaning_in_ids() -> None:
    assert [slug(name) for name in ("C", "C++", "C#", "F#", "Microsoft Visual C++")] == [
        "c",
        "cpp",
        "c-sharp",
        "f-sharp",
        "microsoft-visual-cpp",
    ]
    # A lone '+' and a '#' before a word are punctuation as before.
    assert slug("AIRMaster+") == "airmaster" and slug("#1 Pro") == "1-pro"


def test_tidy_joins_lines_and_no_break_spaces() -> None:
    assert tidy("assess\xa0 candidates\n") == "assess candidates"


def test_only_colliding_ids_get_a_suffix() -> None:
    ids = allocate_ids(
        [
            ("role:1", "Data Analyst", ""),
            ("skill:a", "C", "skill"),
            ("skill:b", "C", "knowledge"),
            ("skill:c", "C", "knowledge"),
            ("skill:d", "data analyst", "skill"),
        ]
    )
    digest = hashlib.sha1(b"skill:c").hexdigest()[:4]
    assert ids == {
        "role:1": "data-analyst",
        "skill:a": "c",
        "skill:b": "c-knowledge",
        "skill:c": f"c-{digest}",
        "skill:d": "data-analyst-skill",
    }


def test_a_bare_slug_wins_over_another_items_suffix() -> None:
    # "C knowledge" owns its own slug; the second "C" must not take it first.
    ids = allocate_ids([("a", "C", "knowledge"), ("b", "C", "knowledge"), ("c", "C knowledge", "")])
    assert ids["c"] == "c-knowledge"
    assert ids["b"] == "c-" + hashlib.sha1(b"b").hexdigest()[:4]


def test_aliases_drop_the_name_and_repeats() -> None:
    assert aliases("Data analyst", ["data analyst", "Analyst", "analyst", " ", "BI analyst"]) == [
        "Analyst",
        "BI analyst",
    ]


def test_prerequisite_links_that_would_close_a_cycle_are_dropped() -> None:
    kept, dropped = acyclic_requires(
        [("b", "a"), ("c", "b"), ("a", "c"), ("d", "d"), ("c", "a"), ("b", "a")]
    )
    # Links are tried in sorted order, so the same ones are kept every run.
    assert kept == {"a": ["c"], "b": ["a"]}
    assert dropped == [("c", "a", ["a", "c"]), ("c", "b", ["b", "a", "c"]), ("d", "d", ["d"])]


def test_the_pack_written_in_parts_is_the_pack_dumped_whole(tmp_path: Path) -> None:
    pack = {
        "pathfinder": 1,
        "id": "p",
        "sources": [{"id": "s", "title": "S"}],
        "skills": [{"id": "a", "name": "A", "aliases": ["x", "y"]}, {"id": "b", "name": "no"}],
        "roles": [{"id": "r", "name": "R", "essential": ["a"], "facets": {"f": "1"}}],
        "transitions": [],
        "x-import": {"notes": ["one", "two: three"]},
    }
    steps: list[str] = []
    target = tmp_path / "p.yaml"
    size = write_pack(pack, target, "import test", steps.append)
    whole = yaml.dump(pack, sort_keys=False, allow_unicode=True, default_flow_style=None)
    assert target.read_text(encoding="utf-8").split("\n", 1)[1] == whole
    assert size == target.stat().st_size
    assert steps == [
        "writing the header",
        "writing 2 skills",
        "writing 1 role",
        "writing 0 transitions",
        "writing the import notes",
    ]
    assert yaml.safe_load(target.read_text(encoding="utf-8"))["skills"][1]["name"] == "no"
