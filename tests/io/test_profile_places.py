"""A profile's wrong value is named with its line and column, as a pack's is, and the JSON
reader's reasons are said in the learner's words. Places are counted by hand below."""

from __future__ import annotations

from pathlib import Path

import pytest

from pathfinder.io.profile_format import ProfileError, parse_profile

FILE = Path("ada.json")


def problem(text: str) -> str:
    with pytest.raises(ProfileError) as caught:
        parse_profile(text.encode("utf-8"), FILE)
    return str(caught.value)


def test_a_value_of_the_wrong_type_is_placed_where_it_stands() -> None:
    text = '{\n  "pathfinder_profile": 1,\n  "name": "Ada",\n  "hours_per_week": "8"\n}\n'
    # Line 4 is `  "hours_per_week": "8"`: two spaces, 16 for the key, ':' and a space.
    assert problem(text) == 'ada.json:4:21: hours_per_week: must be a number, not "8"'


def test_the_first_of_several_problems_gives_the_place() -> None:
    text = (
        '{\n  "pathfinder_profile": 1,\n  "name": "Ada",\n  "hours_per_week": "8",\n'
        '  "skills": {"python": "hav"}\n}\n'
    )
    said = problem(text)
    # `skills` comes before `hours_per_week` in the profile, so it is listed and placed first:
    # line 5, `  "skills": {"python": ` is 23 characters before the "hav".
    assert said.startswith("ada.json:5:24: skills.python: must be ")
    assert said.endswith('hours_per_week: must be a number, not "8"')


def test_a_note_inside_the_list_is_found_by_its_index() -> None:
    text = (
        '{"pathfinder_profile": 1, "name": "Ada", "notes": [\n'
        '  {"at": "2026-11-22T10:00:00Z", "text": "first"},\n'
        '  {"at": "2026-11-23T10:00:00Z", "text": 5}\n'
        "]}\n"
    )
    # Line 3: the 5 stands after `  {"at": "2026-11-23T10:00:00Z", "text": ` (41 characters).
    assert problem(text) == "ada.json:3:42: notes[1].text: must be text, not 5"


def test_a_missing_key_is_placed_at_the_object_that_lacks_it() -> None:
    text = '\n\n  {"pathfinder_profile": 1, "skills": {}}\n'
    assert problem(text) == "ada.json:3:3: name: missing (required)"


def test_a_cut_off_file_says_so_in_whole_words() -> None:
    text = '{"pathfinder_profile": 1,\n "name": "Ad'
    assert problem(text) == (
        "ada.json:2:10: not valid JSON: a text in quotes is not closed "
        "(the end of the file may be cut off)"
    )


def test_a_wrong_format_version_is_placed_too() -> None:
    assert problem('{"name": "Ada",\n "pathfinder_profile": "1"}') == (
        'ada.json:2:24: pathfinder_profile: must be 1, not "1"'
    )
