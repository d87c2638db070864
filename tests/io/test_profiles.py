"""Profile files: the format on disk, what a broken file says, saving, import and export."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from pathfinder.core.catalog import Catalog
from pathfinder.core.profile import Note, Profile
from pathfinder.io.profiles import (
    ProfileConflict,
    ProfileEntry,
    ProfileError,
    ProfileStore,
    export_profile,
    import_profile,
    load_profile,
    profile_to_text,
    save_profile,
)

DOCS = Path(__file__).resolve().parents[2] / "docs" / "profile-format.md"

FULL: dict[str, Any] = {
    "pathfinder_profile": 1,
    "name": "Ada",
    "pack": "ai-ml-careers",
    "pack_version": "2026.11",
    "current_role": "devops-engineer",
    "target_role": "quantum-gardener",  # in no pack at all
    "not_held": ["kubernetes"],
    "skills": {"python": "have", "docker": "learning", "underwater-welding": "have"},
    "interests": ["systems", "teaching"],
    "hours_per_week": 7.5,
    "notes": [
        {"at": "2026-11-22T10:00:00Z", "text": "Started.", "mood": "keen", "tags": ["a"]},
        {"at": "2026-11-23T09:30:00Z", "text": "Zoë says hi ✓"},
    ],
    "from_the_future": {"nested": [1, 2.5, None, True]},
    "another": "kept",
}
DOCUMENTED_ORDER = [
    "pathfinder_profile",
    "name",
    "pack",
    "pack_version",
    "current_role",
    "target_role",
    "not_held",
    "skills",
    "interests",
    "hours_per_week",
    "notes",
]


def write(path: Path, data: dict[str, Any] | str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def keys_in_order(text: str) -> list[str]:
    return [key for key, _ in json.loads(text, object_pairs_hook=lambda pairs: pairs)]


def error_of(path: Path) -> ProfileError:
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    return caught.value


# ----- round trips ------------------------------------------------------------------------------


def test_every_field_and_every_unknown_key_survives_load_and_save(tmp_path: Path) -> None:
    source = write(tmp_path / "in.json", FULL)
    profile = load_profile(source)
    assert profile.name == "Ada"
    assert profile.skills["underwater-welding"] == "have"
    assert profile.notes[0].model_extra == {"mood": "keen", "tags": ["a"]}
    save_profile(profile, tmp_path / "out.json")
    written = (tmp_path / "out.json").read_text(encoding="utf-8")
    assert json.loads(written) == FULL
    save_profile(load_profile(tmp_path / "out.json"), tmp_path / "again.json")
    assert (tmp_path / "again.json").read_text(encoding="utf-8") == written


def test_skills_and_roles_the_pack_does_not_have_are_kept(tmp_path: Path, builtin: Catalog) -> None:
    assert "underwater-welding" not in builtin.skill_by_id
    assert "quantum-gardener" not in builtin.role_by_id
    path = write(tmp_path / "ada.json", FULL)
    store = ProfileStore(tmp_path)
    profile = store.load(path)
    profile.skills = {**profile.skills, "git": "learning"}  # an edit in the window
    store.save(profile, path)
    again = load_profile(path)
    assert again.skills == {**FULL["skills"], "git": "learning"}
    assert again.target_role == "quantum-gardener"


def test_the_file_is_indented_json_in_the_documented_key_order(tmp_path: Path) -> None:
    save_profile(load_profile(write(tmp_path / "in.json", FULL)), tmp_path / "out.json")
    raw = (tmp_path / "out.json").read_bytes()
    text = raw.decode("utf-8")
    assert keys_in_order(text) == [*DOCUMENTED_ORDER, "from_the_future", "another"]
    assert text.startswith('{\n  "pathfinder_profile": 1,\n  "name": "Ada",\n  "pack": ')
    assert '\n  "skills": {\n    "python": "have",\n' in text
    assert '\n  "notes": [\n    {\n      "at": "2026-11-22T10:00:00Z",\n' in text
    assert '"text": "Zoë says hi ✓"' in text  # UTF-8, not \u escapes
    assert text.endswith("\n}\n") and not text.endswith("\n\n")
    assert b"\r\n" not in raw
    note_keys = [k for k, _ in json.loads(text, object_pairs_hook=list)[10][1][0]]
    assert note_keys == ["at", "text", "mood", "tags"]


def test_a_new_profile_writes_every_key_with_its_default() -> None:
    text = profile_to_text(Profile(name="Bob"))
    assert json.loads(text) == {
        "pathfinder_profile": 1,
        "name": "Bob",
        "pack": None,
        "pack_version": None,
        "current_role": None,
        "target_role": None,
        "not_held": [],
        "skills": {},
        "interests": [],
        "hours_per_week": 8,
        "notes": [],
    }
    assert keys_in_order(text) == DOCUMENTED_ORDER


@pytest.mark.parametrize(
    ("hours", "written"), [(8, "8"), (8.0, "8"), (7.5, "7.5"), (0.75, "0.75"), (168, "168")]
)
def test_hours_per_week_are_written_without_a_needless_fraction(
    tmp_path: Path, hours: float, written: str
) -> None:
    path = write(
        tmp_path / "a.json", {"pathfinder_profile": 1, "name": "A", "hours_per_week": hours}
    )
    profile = load_profile(path)
    assert profile.hours_per_week == hours
    assert f'\n  "hours_per_week": {written},\n' in profile_to_text(profile)


def test_missing_optional_keys_take_their_defaults(tmp_path: Path) -> None:
    profile = load_profile(write(tmp_path / "a.json", {"pathfinder_profile": 1, "name": "A"}))
    assert (profile.pack, profile.skills, profile.notes, profile.hours_per_week) == (
        None,
        {},
        [],
        8.0,
    )


def test_the_example_in_the_format_docs_is_exactly_what_pathfinder_writes(tmp_path: Path) -> None:
    text = DOCS.read_text(encoding="utf-8")
    example = text.split("## An example")[1].split("```json\n")[1].split("```")[0]
    profile = load_profile(write(tmp_path / "ada.json", example))
    assert profile.skills == {"python": "have", "docker": "learning"}
    assert profile_to_text(profile) == example
    for key in DOCUMENTED_ORDER:
        assert f"| `{key}` |" in text


def test_notes_added_later_keep_the_old_ones_unknown_keys(tmp_path: Path) -> None:
    path = write(tmp_path / "ada.json", FULL)
    profile = load_profile(path)
    profile.notes = [*profile.notes, Note(at="2026-11-24T08:00:00Z", text="More.")]
    save_profile(profile, path)
    notes = json.loads(path.read_text(encoding="utf-8"))["notes"]
    assert notes[0] == FULL["notes"][0]
    assert notes[2] == {"at": "2026-11-24T08:00:00Z", "text": "More."}


# ----- what a broken file says ---------------------------------------------------------------


def test_a_json_syntax_error_names_the_file_line_and_column(tmp_path: Path) -> None:
    path = write(
        tmp_path / "ada.json", '{\n  "pathfinder_profile": 1,\n  "name": "Ada"\n  "pack": 1\n}'
    )
    error = error_of(path)
    assert str(error) == f"{path}:4:3: not valid JSON: a comma is missing before this"
    assert (error.path, error.line, error.column) == (path, 4, 3)
    assert error.damaged


def test_the_error_messages_in_the_docs_are_real(tmp_path: Path) -> None:
    docs = DOCS.read_text(encoding="utf-8")
    cases = {
        '{\n  "pathfinder_profile": 1,\n  "name": "Ada"\n  "pack": 1\n}': "4:3: not valid JSON: "
        "a comma is missing before this",
        '{"pathfinder_profile": 1, "name": "A", "skills": {"python": "yes"}}': (
            'skills.python: must be "have" or "learning", not "yes"'
        ),
        '{"pathfinder_profile": 1, "name": "A", "notes": [{"at": 3, "text": ""}]}': (
            "notes[0].at: must be text, not 3"
        ),
        '{"pathfinder_profile": 2, "name": "A"}': "made by a newer Pathfinder (format 2); this "
        "Pathfinder reads format 1: update Pathfinder to open it",
    }
    for content, message in cases.items():
        path = write(tmp_path / "ada.json", content)
        shown = str(error_of(path))
        assert shown.endswith(message)
        assert f"ada.json{shown.removeprefix(str(path))}" in docs


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"skills": {"python": "maybe"}},
            'skills.python: must be "have" or "learning", not "maybe"',
        ),
        ({"skills": ["python"]}, "skills: must be an object, not a list"),
        ({"name": 5}, "name: must be text, not 5"),
        ({"name": None}, "name: must be text, not null"),
        ({"pack_version": 2026.11}, "pack_version: must be text, not 2026.11"),
        ({"current_role": ["a"]}, "current_role: must be text, not a list"),
        ({"interests": "systems"}, 'interests: must be a list, not "systems"'),
        ({"interests": ["ok", 3]}, "interests[1]: must be text, not 3"),
        ({"hours_per_week": "8"}, 'hours_per_week: must be a number, not "8"'),
        ({"hours_per_week": True}, "hours_per_week: must be a number, not true"),
        ({"hours_per_week": 0}, "hours_per_week: must be at least 0.5, not 0"),
        ({"hours_per_week": 200}, "hours_per_week: must be at most 168, not 200"),
        ({"notes": {}}, "notes: must be a list, not an object"),
        ({"notes": ["hello"]}, 'notes[0]: must be an object with "at" and "text", not "hello"'),
        ({"notes": [{"at": "x"}]}, "notes[0].text: missing (required)"),
        ({"pathfinder_profile": "1"}, 'pathfinder_profile: must be 1, not "1"'),
        ({"pathfinder_profile": True}, "pathfinder_profile: must be 1, not true"),
        ({"pathfinder_profile": 0}, "pathfinder_profile: must be 1, not 0"),
    ],
)
def test_wrong_values_name_the_field(tmp_path: Path, data: dict[str, Any], message: str) -> None:
    path = write(tmp_path / "ada.json", {"pathfinder_profile": 1, "name": "Ada", **data})
    error = error_of(path)
    # Placed where the value stands (tests/io/test_profile_places.py counts places by hand).
    assert re.fullmatch(rf"{re.escape(str(path))}:1:\d+: {re.escape(message)}", str(error))
    assert error.damaged


def test_a_missing_name_and_several_problems_are_all_listed(tmp_path: Path) -> None:
    data = {"pathfinder_profile": 1, "skills": {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}}
    message = error_of(write(tmp_path / "a.json", data)).message
    assert message.startswith("name: missing (required); skills.a: must be")
    assert message.endswith("; and 2 more problems")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "the file is empty; it holds no profile"),
        ("  \n\n", "the file is empty; it holds no profile"),
        ("[1, 2]", "not a Pathfinder profile: the file holds a list, not an object"),
        ('"Ada"', 'not a Pathfinder profile: the file holds "Ada", not an object'),
        (
            '{"name": "Ada"}',
            'not a Pathfinder profile: the key "pathfinder_profile" (format version) is missing',
        ),
        (
            '{"pathfinder_profile": 1, "name": "A", "x": NaN}',
            "1:45: not valid JSON: NaN is not allowed in JSON",
        ),
        (
            '{"pathfinder_profile": 1,\n "name": "NaN \\"NaN\\"", "x": -Infinity}',
            "2:30: not valid JSON: -Infinity is not allowed in JSON",
        ),
    ],
)
def test_files_that_are_not_profiles(tmp_path: Path, content: str, message: str) -> None:
    path = write(tmp_path / "ada.json", content)
    separator = "" if message[0].isdigit() else " "
    assert str(error_of(path)) == f"{path}:{separator}{message}"


def test_a_profile_from_a_newer_pathfinder(tmp_path: Path) -> None:
    path = write(tmp_path / "ada.json", {"pathfinder_profile": 2, "name": "Ada", "skills": []})
    error = error_of(path)
    assert str(error) == (
        f"{path}: made by a newer Pathfinder (format 2); this Pathfinder reads format 1: "
        "update Pathfinder to open it"
    )
    assert error.damaged


def test_bytes_that_are_not_utf8_are_located(tmp_path: Path) -> None:
    path = write(tmp_path / "ada.json", b'{"pathfinder_profile": 1,\n  "name": "Ad\xe9"}')
    assert str(error_of(path)) == (
        f"{path}:2:14: not UTF-8 text (byte 0xe9); profiles are UTF-8 JSON"
    )


def test_a_byte_order_mark_is_fine(tmp_path: Path) -> None:
    path = write(tmp_path / "ada.json", b'\xef\xbb\xbf{"pathfinder_profile": 1, "name": "Ada"}')
    assert load_profile(path).name == "Ada"


def test_a_missing_file_and_a_folder_are_not_damaged_profiles(tmp_path: Path) -> None:
    missing = error_of(tmp_path / "nobody.json")
    assert str(missing) == f"{tmp_path / 'nobody.json'}: no such file"
    assert not missing.damaged
    (tmp_path / "folder.json").mkdir()
    folder = error_of(tmp_path / "folder.json")
    assert str(folder) == f"{tmp_path / 'folder.json'}: is a folder, not a profile file"
    assert not folder.damaged


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="needs POSIX permissions")
def test_an_unreadable_file_says_so(tmp_path: Path) -> None:
    path = write(tmp_path / "ada.json", {"pathfinder_profile": 1, "name": "Ada"})
    path.chmod(0)
    try:
        error = error_of(path)
    finally:
        path.chmod(0o644)
    assert str(error) == f"{path}: permission denied"
    assert not error.damaged


def test_profile_errors_read_well() -> None:
    located = ProfileError(Path("a.json"), "not valid JSON: oops", 3, 7)
    assert str(located) == "a.json:3:7: not valid JSON: oops"
    assert (located.path, located.message) == (Path("a.json"), "not valid JSON: oops")
    plain = ProfileConflict(Path("b.json"), "changed")
    assert str(plain) == "b.json: changed"
    assert isinstance(plain, ProfileError)


# ----- saving -----------------------------------------------------------------------------------


def test_save_creates_the_folder_and_keeps_a_readable_backup(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "ada.json"
    save_profile(Profile(name="Ada", hours_per_week=5), path)
    assert load_profile(path).hours_per_week == 5
    assert not Path(f"{path}.bak").exists()  # nothing to back up yet
    save_profile(Profile(name="Ada", hours_per_week=6), path)
    save_profile(Profile(name="Ada", hours_per_week=7), path)
    assert load_profile(path).hours_per_week == 7
    assert load_profile(Path(f"{path}.bak")).hours_per_week == 6
    assert sorted(p.name for p in path.parent.iterdir()) == ["ada.json", "ada.json.bak"]


def test_a_failed_save_says_why_and_leaves_the_old_file(tmp_path: Path) -> None:
    blocker = write(tmp_path / "not-a-folder", "x")
    with pytest.raises(ProfileError) as caught:
        save_profile(Profile(name="Ada"), blocker / "ada.json")
    assert str(caught.value).startswith(f"{blocker / 'ada.json'}: cannot save: ")
    assert blocker.read_text(encoding="utf-8") == "x"


# ----- import and export ------------------------------------------------------------------------


def test_import_copies_a_checked_profile_into_the_folder(tmp_path: Path) -> None:
    source = write(tmp_path / "downloads" / "Ada Lovelace profile.json", FULL)
    store = ProfileStore(tmp_path / "profiles")
    entry = import_profile(source, store)
    assert isinstance(entry, ProfileEntry)
    assert (entry.name, entry.pack) == ("Ada", "ai-ml-careers")
    assert entry.path == tmp_path / "profiles" / "ada.json"
    assert json.loads(entry.path.read_text(encoding="utf-8")) == FULL
    assert source.exists()
    profile = store.load(entry)
    store.save(profile, entry.path)  # the imported profile can be saved without a conflict


def test_import_of_a_taken_name_numbers_the_copy(tmp_path: Path) -> None:
    source = write(tmp_path / "ada.json", {"pathfinder_profile": 1, "name": "Ada"})
    store = ProfileStore(tmp_path / "profiles")
    first, second, third = (import_profile(source, store) for _ in range(3))
    assert [first.name, second.name, third.name] == ["Ada", "Ada (2)", "Ada (3)"]
    assert len({first.path, second.path, third.path}) == 3
    assert [e.name for e in store.entries()] == ["Ada", "Ada (2)", "Ada (3)"]


def test_import_refuses_a_broken_file_and_leaves_it_alone(tmp_path: Path) -> None:
    source = write(tmp_path / "ada.json", '{"pathfinder_profile": 1, "name": }')
    store = ProfileStore(tmp_path / "profiles")
    with pytest.raises(ProfileError) as caught:
        import_profile(source, store)
    assert str(caught.value).startswith(f"{source}:1:35: not valid JSON: a value is expected here")
    assert source.read_text(encoding="utf-8") == '{"pathfinder_profile": 1, "name": }'
    assert store.entries() == []


def test_export_writes_an_exact_copy(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "profiles")
    entry = import_profile(write(tmp_path / "in.json", FULL), store)
    dest = tmp_path / "usb stick" / "Ada.json"
    export_profile(entry, dest)
    assert dest.read_bytes() == entry.path.read_bytes()
    write(dest, "an older export")
    export_profile(entry.path, dest)  # a path works as well as an entry; replaces the old one
    assert dest.read_bytes() == entry.path.read_bytes()
    assert sorted(p.name for p in dest.parent.iterdir()) == ["Ada.json"]  # no temp, no .bak


def test_export_of_a_broken_profile_is_refused(tmp_path: Path) -> None:
    source = write(tmp_path / "ada.json", "{")
    with pytest.raises(ProfileError, match="not valid JSON"):
        export_profile(source, tmp_path / "out.json")
    assert not (tmp_path / "out.json").exists()


def test_a_profile_naming_no_pack_keeps_its_roles_in_the_first_pack_it_meets() -> None:
    from pathfinder.core.profile import switch_pack

    # Written by hand (or by a Pathfinder before packs were recorded): no "pack" key.
    profile = Profile.model_validate(
        {"name": "Ada", "current_role": "devops-engineer", "target_role": "mlops-engineer"}
    )
    assert switch_pack(profile, "ai-ml-careers")
    assert profile.pack == "ai-ml-careers"
    assert (profile.current_role, profile.target_role) == ("devops-engineer", "mlops-engineer")
    # ...and they travel with that pack when another is opened, and come back with it.
    switch_pack(profile, "web-bootcamp")
    assert (profile.current_role, profile.target_role) == (None, None)
    switch_pack(profile, "ai-ml-careers")
    assert (profile.current_role, profile.target_role) == ("devops-engineer", "mlops-engineer")
