"""Every problem in a pack is reported at once, as FILE:LINE:COLUMN: message."""

from __future__ import annotations

from pathlib import Path

import pytest

from pathfinder.io.packs import PackError, load_pack, parse_pack

FIXTURES = Path(__file__).parents[1] / "fixtures"


def messages(text: str) -> list[str]:
    with pytest.raises(PackError) as caught:
        parse_pack(text, "pack.yaml")
    return [str(p) for p in caught.value.problems]


GOOD_HEAD = 'pathfinder: 1\nid: p\nname: P\nversion: "1"\n'
ONE_SKILL = "skills:\n  - {id: git, name: Git, effort_hours: 10}\n"
ONE_ROLE = "roles:\n  - {id: dev, name: Dev, level: 1, essential: [git]}\n"


def test_the_broken_fixture_reports_every_problem_with_its_place() -> None:
    with pytest.raises(PackError) as caught:
        load_pack(FIXTURES / "broken.yaml")
    text = str(caught.value)
    name = str(FIXTURES / "broken.yaml")
    expected = [
        f"{name}:2:5: 'Broken Pack' is not a valid id",
        f"{name}:4:10: version must be text, not 2026.11",
        f"{name}:5:1: unknown key 'colour'",
        f"{name}:8:40: effort_hours must be greater than 0, not 0",
        f"{name}:9:61: unknown skill 'gti' (did you mean 'git'?)",
        f"{name}:10:49: prerequisite cycle: a -> b -> a",
        f"{name}:12:10: duplicate skill id 'git' (first as skills[0])",
        f"{name}:13:77: a link must be an http:// or https:// URL",
        f"{name}:15:10: id 'dev' is used by a skill and a role",
        f"{name}:15:39: level must be a whole number from 1 to 5, not 7",
        f"{name}:15:62: unknown skill 'pyton' (did you mean 'python'?)",
        f"{name}:15:81: 'python' is both essential and optional",
        f"{name}:16:45: unknown facet 'focus'",
        f"{name}:17:5: missing required key 'name'",
        f"{name}:19:5: a role cannot move to itself ('dev')",
        f"{name}:21:5: duplicate transition dev -> ops (first as transitions[1])",
        f"{name}:22:21: unknown role 'opz' (did you mean 'ops'?)",
    ]
    for line in expected:
        assert line in text
    assert len(caught.value.problems) == len(expected)
    assert "x-note" not in text


def test_yaml_syntax_error_is_located() -> None:
    [only] = messages(GOOD_HEAD + "skills:\n  - id: git\n   name: Git\n")
    assert only == (
        "pack.yaml:7:4: did not find expected '-' indicator "
        "(check the indentation of this list entry)"
    )


def test_empty_and_comment_only_files() -> None:
    assert messages("") == ["pack.yaml:1:1: the pack is empty; it must start with 'pathfinder: 1'"]
    assert messages("# nothing here\n") == messages("")


def test_future_format_version_asks_for_a_newer_pathfinder() -> None:
    [only] = messages("pathfinder: 2\n")
    assert only == (
        "pack.yaml:1:13: this pack uses format version 2; "
        "this Pathfinder reads version 1 (update Pathfinder)"
    )


def test_duplicate_keys_are_errors_not_silently_overwritten() -> None:
    [only] = messages(GOOD_HEAD + "name: Q\n" + ONE_SKILL + ONE_ROLE)
    assert only == "pack.yaml:5:1: duplicate key 'name' (first at line 3, column 1)"


def test_numbers_and_booleans_are_not_ids() -> None:
    found = messages(
        GOOD_HEAD + "skills:\n  - {id: 1, name: One, effort_hours: 1}\n"
        "  - {id: no, name: No, effort_hours: 1}\n" + ONE_ROLE
    )
    assert found == [
        'pack.yaml:6:10: id must be text, not 1 (write "1" in quotes if you mean the text)',
        'pack.yaml:7:10: id must be text, but YAML reads no as false: write "no" in quotes '
        "if you mean the text",
        'pack.yaml:7:20: name must be text, but YAML reads No as false: write "No" in quotes '
        "if you mean the text",
        "pack.yaml:9:48: unknown skill 'git'",
    ]


def test_python_object_tags_are_refused() -> None:
    [only] = messages(GOOD_HEAD + "description: !!python/object/apply:os.system ['echo hi']\n")
    assert only == (
        "pack.yaml:5:14: the tag !!python/object/apply:os.system is not allowed "
        "in a pack (tags that build objects never are)"
    )


def test_x_keys_are_kept_and_ignored_everywhere() -> None:
    pack = parse_pack(
        GOOD_HEAD
        + "x-editor: vim\n"
        + "skills:\n  - {id: git, name: Git, effort_hours: 10, x-hint: easy}\n"
        + ONE_ROLE
    )
    assert pack.skills[0].id == "git"


def test_unknown_key_suggests_the_right_spelling() -> None:
    found = messages(GOOD_HEAD + "skills:\n  - {id: git, name: Git, effort_hour: 10}\n" + ONE_ROLE)
    assert found == [
        "pack.yaml:6:5: missing required key 'effort_hours'",
        "pack.yaml:6:26: unknown key 'effort_hour' (did you mean 'effort_hours'?) "
        "(keys starting with 'x-' are kept and ignored)",
    ]


def test_missing_sections_and_effort() -> None:
    found = messages(GOOD_HEAD + "skills:\n  - {id: git, name: Git}\n")
    assert "pack.yaml:6:5: missing required key 'effort_hours'" in found
    assert "pack.yaml:1:1: missing required key 'roles'" in found


def test_non_utf8_file_says_where(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes((GOOD_HEAD + "description: caf").encode() + b"\xe9\n")
    with pytest.raises(PackError) as caught:
        load_pack(bad)
    assert str(caught.value) == f"{bad}:5:17: the file is not UTF-8 text (save it as UTF-8)"


def test_bom_and_crlf_are_accepted(tmp_path: Path) -> None:
    good = tmp_path / "windows.yaml"
    good.write_bytes(
        b"\xef\xbb\xbf" + (GOOD_HEAD + ONE_SKILL + ONE_ROLE).replace("\n", "\r\n").encode()
    )
    assert load_pack(good).roles[0].id == "dev"


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(PackError, match=r"nope.yaml:1:1: no such file"):
        load_pack(tmp_path / "nope.yaml")
    with pytest.raises(PackError, match=r":1:1: is a folder, not a pack file"):
        load_pack(tmp_path)


def test_alias_bomb_is_refused_quickly() -> None:
    lines = ['a0: &a0 ["x","x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 9):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 10) + "]")
    [only] = messages("\n".join(lines) + "\n")
    assert "too many aliases" in only


def test_non_http_links_are_refused() -> None:
    found = messages(
        GOOD_HEAD
        + "sources:\n  - {id: s, title: S, url: 'javascript:alert(1)'}\n"
        + ONE_SKILL
        + ONE_ROLE
    )
    assert found == ["pack.yaml:6:28: a link must be an http:// or https:// URL"]


def test_a_link_without_a_host_is_refused() -> None:
    # It validated, yet the window (which needs a host) would not open it.
    found = messages(
        GOOD_HEAD + "sources:\n  - {id: s, title: S, url: 'https:///etc'}\n" + ONE_SKILL + ONE_ROLE
    )
    assert found == [
        "pack.yaml:6:28: a link must name a host after https:// (like https://example.org/page)"
    ]


def test_a_missing_or_quoted_format_version_does_not_hide_the_other_problems() -> None:
    missing = messages("foo: 1\n")
    assert missing[0] == (
        "pack.yaml:1:1: 'pathfinder: 1' (the format version) is required at the top of the pack"
    )
    assert "pack.yaml:1:1: missing required key 'skills'" in missing
    assert any("unknown key 'foo'" in m for m in missing)
    quoted = messages('pathfinder: "1"\nid: x\nname: X\nversion: 1\nskills: {}\nroles: null\n')
    assert quoted == [
        "pack.yaml:1:13: pathfinder must be the number 1, not text: remove the quotes",
        'pack.yaml:4:10: version must be text, not 1 (write "1" in quotes if you mean the text)',
        "pack.yaml:5:9: skills must be a list, not a mapping",
        "pack.yaml:6:8: roles must be a list, not null",
    ]


def test_a_currency_that_is_not_a_code_says_what_a_code_looks_like() -> None:
    role = (
        "roles:\n  - {id: dev, name: Dev, level: 1, essential: [git],"
        " salary: {currency: usd, low: 1, high: 2}}\n"
    )
    [only] = messages(GOOD_HEAD + ONE_SKILL + role)
    assert only == (
        "pack.yaml:8:73: 'usd' is not a valid currency: use its three-letter code in capitals, "
        "like USD"
    )


def test_keys_that_are_not_text_say_so_in_words() -> None:
    # They gave pydantic's "value: Keys should be strings", placed at the top of the file.
    found = messages(
        GOOD_HEAD
        + "1: x\n1.5: y\n"
        + "skills:\n  - {id: git, yes: x, 2: z, name: Git, effort_hours: 10}\n"
        + "roles:\n  - {id: dev, name: Dev, level: 1, essential: [git], facets: {Off: a}}\n"
    )
    assert found == [
        'pack.yaml:5:1: a key must be a plain word, but YAML reads 1 as a number: write "1" '
        "in quotes if you mean the text",
        'pack.yaml:6:1: a key must be a plain word, but YAML reads 1.5 as a number: write "1.5" '
        "in quotes if you mean the text",
        'pack.yaml:8:15: a key must be a plain word, but YAML reads yes as true: write "yes" '
        "in quotes if you mean the text",
        'pack.yaml:8:23: a key must be a plain word, but YAML reads 2 as a number: write "2" '
        "in quotes if you mean the text",
        'pack.yaml:10:63: a key must be a plain word, but YAML reads Off as false: write "Off" '
        "in quotes if you mean the text",
    ]


def test_keys_that_are_not_text_are_fine_in_x_notes() -> None:
    pack = parse_pack(GOOD_HEAD + "x-notes: {1: one, yes: [a]}\n" + ONE_SKILL + ONE_ROLE)
    assert pack.id == "p"
