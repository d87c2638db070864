# ruff: noqa: E501  (the expected messages are kept whole, one per line, to read as the user does)
"""Bad packs: each one fed to `pathfinder validate` (the window shows the same lines)."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from tests.hardening.common import CLEAN, FIXTURES, TINY, Case, Seen, cli, validate


def _replace(old: str, new: str) -> str:
    assert old in TINY, old
    return TINY.replace(old, new, 1)


def _laughs() -> str:
    lines = ['x-lol0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for n in range(1, 10):
        aliases = ", ".join([f"*l{n - 1}"] * 9)
        lines.append(f"x-lol{n}: &l{n} [{aliases}]")
    return TINY + "\n".join(lines) + "\n"


def _many_skills(count: int) -> str:
    lines = ["pathfinder: 1", "id: big", "name: Big", 'version: "1"', "skills:"]
    lines += [
        f"  - {{id: s{n}, name: Skill {n}, effort_hours: 5, estimate: true}}" for n in range(count)
    ]
    # The role lists every skill, so the pack is clean of quality warnings too.
    optional = ", ".join(f"s{n}" for n in range(3, count))
    lines += [
        "roles:",
        "  - {id: r, name: Role, level: 1, entry: true, estimate: true,",
        f"     essential: [s0, s1, s2], optional: [{optional}]}}",
    ]
    return "\n".join(lines) + "\n"


def _huge(folder: Path, _mp: pytest.MonkeyPatch) -> Seen:
    with open(folder / "huge.yaml", "wb") as out:  # 100 MB, sparse: nothing is really written
        out.truncate(100 * 2**20)
    return cli(folder, "validate", "huge.yaml")


def _folder(folder: Path, _mp: pytest.MonkeyPatch) -> Seen:
    (folder / "pack.yaml").mkdir()
    return cli(folder, "validate", "pack.yaml")


def _missing(folder: Path, _mp: pytest.MonkeyPatch) -> Seen:
    return cli(folder, "validate", "nope.yaml")


def _denied(folder: Path, mp: pytest.MonkeyPatch) -> Seen:
    (folder / "pack.yaml").write_text(TINY, encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    mp.setattr(Path, "read_bytes", refuse)  # simulated: the tests may run as root
    return cli(folder, "validate", "pack.yaml")


def _pipe(folder: Path, _mp: pytest.MonkeyPatch) -> Seen:
    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes are POSIX")
    os.mkfifo(folder / "pack.yaml")  # reading it would wait for a writer forever
    return cli(folder, "validate", "pack.yaml")


GARBAGE = random.Random(7).randbytes(4096)
BROKEN = (FIXTURES / "broken.yaml").read_text(encoding="utf-8")

BROKEN_SEES = "\n".join(
    [
        "broken.yaml:2:5: 'Broken Pack' is not a valid id: use lower-case letters, digits and '-', starting with a letter or digit",
        'broken.yaml:4:10: version must be text, not 2026.11 (write "2026.11" in quotes if you mean the text)',
        "broken.yaml:5:1: unknown key 'colour' (keys starting with 'x-' are kept and ignored)",
        "broken.yaml:8:40: effort_hours must be greater than 0, not 0",
        "broken.yaml:9:61: unknown skill 'gti' (did you mean 'git'?)",
        "broken.yaml:10:49: prerequisite cycle: a -> b -> a",
        "broken.yaml:12:10: duplicate skill id 'git' (first as skills[0])",
        "broken.yaml:13:77: a link must be an http:// or https:// URL",
        "broken.yaml:15:10: id 'dev' is used by a skill and a role; ids must be unique across skills and roles",
        "broken.yaml:15:39: level must be a whole number from 1 to 5, not 7",
        "broken.yaml:15:62: unknown skill 'pyton' (did you mean 'python'?)",
        "broken.yaml:15:81: 'python' is both essential and optional; list it in one of them",
        "broken.yaml:16:45: unknown facet 'focus'; declare it under 'facets:' first",
        "broken.yaml:17:5: missing required key 'name'",
        "broken.yaml:19:5: a role cannot move to itself ('dev')",
        "broken.yaml:21:5: duplicate transition dev -> ops (first as transitions[1])",
        "broken.yaml:22:21: unknown role 'opz' (did you mean 'ops'?)",
    ]
)

PACK_CASES = [
    Case(
        "pack",
        "a valid pack (for comparison)",
        "pack.yaml: ok (4 roles, 6 skills, 4 transitions)",
        validate(CLEAN),
        0,
    ),
    Case(
        "pack",
        "YAML syntax error (an unclosed `[`)",
        "pack.yaml:38:1: did not find expected ',' or ']' (a list opened with '[' is not closed)",
        validate(TINY + "x-notes: [a, b\n"),
        1,
    ),
    Case(
        "pack",
        "YAML syntax error (bad indentation)",
        "pack.yaml:22:11: mapping values are not allowed in this context (check the indentation, or put a value with ': ' in quotes)",
        validate(_replace("    level: 2", "     level: 2")),
        1,
    ),
    Case(
        "pack",
        "a duplicate key in one mapping",
        "pack.yaml:6:1: duplicate key 'version' (first at line 5, column 1)",
        validate(_replace('version: "1"', 'version: "1"\nversion: "2"')),
        1,
    ),
    Case(
        "pack",
        "a duplicate key inside a `{...}` entry",
        "pack.yaml:13:26: duplicate key 'name' (first at line 13, column 15)",
        validate(_replace("{id: sql, name: SQL,", "{id: sql, name: SQL, name: Sequel,")),
        1,
    ),
    Case(
        "pack",
        'an alias bomb ("billion laughs": 10 lines, 9^10 values)',
        "pack.yaml:42:14: the document expands to too many values (too many aliases?); refusing to read it",
        validate(_laughs()),
        1,
        seconds=2.0,
        max_mb=20,
    ),
    Case(
        "pack",
        "nesting 100,000 levels deep (`[[[[...`)",
        "pack.yaml:37:73: nesting deeper than 64 levels",
        validate(TINY + "x-deep: " + "[" * 100_000 + "]" * 100_000 + "\n"),
        1,
        seconds=2.0,
        max_mb=20,
    ),
    Case(
        "pack",
        "nesting 100 mappings deep",
        "pack.yaml:102:131: nesting deeper than 64 levels",
        validate(
            TINY + "".join(f"{'  ' * n}x-{n}:\n" for n in range(100)) + "  " * 100 + "end: 1\n"
        ),
        1,
        seconds=2.0,
        max_mb=20,
    ),
    Case(
        "pack",
        "an alias to an anchor that is not defined (or refers to itself)",
        "pack.yaml:37:14: the alias *me names no anchor defined before it",
        validate(TINY + "x-loop: &me [*me]\n"),
        1,
    ),
    Case(
        "pack",
        "a merge key (`<<: *defaults`)",
        "pack.yaml:39:3: merge keys (<<) are not supported in packs",
        validate(TINY + "x-base: &b {a: 1}\nx-more:\n  <<: *b\n"),
        1,
    ),
    Case(
        "pack",
        "a 100 MB file",
        "huge.yaml:1:1: the file is larger than 64 MB; a pack is never that big",
        _huge,
        1,
        seconds=2.0,
    ),
    Case(
        "pack",
        "binary garbage (4 KB of random bytes)",
        "pack.yaml:1:2: the file is not UTF-8 text (save it as UTF-8)",
        validate(GARBAGE),
        1,
    ),
    Case(
        "pack",
        "a NUL byte and other control characters",
        "pack.yaml:4:11: U+0000 is not allowed in YAML text (control characters are not allowed)",
        validate(TINY.replace("name: Tiny test pack", "name: Tiny\x00pack")),
        1,
    ),
    Case(
        "pack",
        "not UTF-8 (Latin-1 `é`)",
        "pack.yaml:4:15: the file is not UTF-8 text (save it as UTF-8)",
        validate(_replace("Tiny test pack", "Tiny café pack").encode("latin-1")),
        1,
    ),
    Case(
        "pack",
        'UTF-16 (Notepad\'s "Unicode")',
        "pack.yaml:1:1: the file is UTF-16 text (Notepad's 'Unicode'); save it as UTF-8",
        validate(TINY.encode("utf-16")),
        1,
    ),
    Case(
        "pack",
        "a UTF-8 byte-order mark",
        "pack.yaml: ok (4 roles, 6 skills, 4 transitions)",
        validate(b"\xef\xbb\xbf" + CLEAN.encode()),
        0,
    ),
    Case(
        "pack",
        "Windows line ends (CRLF), with a byte-order mark",
        "pack.yaml: ok (4 roles, 6 skills, 4 transitions)",
        validate(b"\xef\xbb\xbf" + CLEAN.replace("\n", "\r\n").encode()),
        0,
    ),
    Case(
        "pack",
        "a tab used for indentation",
        "pack.yaml:22:1: found a tab character that violates indentation (indent with spaces; YAML does not allow tabs there)",
        validate(_replace("    level: 2", "\tlevel: 2")),
        1,
    ),
    Case(
        "pack",
        "`id: 1` (a number where an id is expected)",
        "pack.yaml:13:10: id must be text, not 1 (write \"1\" in quotes if you mean the text)\npack.yaml:18:70: unknown skill 'sql'\npack.yaml:26:76: unknown skill 'sql'",
        validate(_replace("{id: sql,", "{id: 1,")),
        1,
    ),
    Case(
        "pack",
        "`id: no` (YAML 1.1 reads `no` as false)",
        "pack.yaml:13:10: id must be text, but YAML reads no as false: write \"no\" in quotes if you mean the text\npack.yaml:18:70: unknown skill 'sql'\npack.yaml:26:76: unknown skill 'sql'",
        validate(_replace("{id: sql,", "{id: no,")),
        1,
    ),
    Case(
        "pack",
        "`name: Yes` and `version: 2026.10` (not text)",
        'pack.yaml:4:7: name must be text, but YAML reads Yes as true: write "Yes" in quotes if you mean the text\npack.yaml:5:10: version must be text, but YAML reads 2026.10 as 2026.1: write "2026.10" in quotes if you mean the text',
        validate(_replace('name: Tiny test pack\nversion: "1"', "name: Yes\nversion: 2026.10")),
        1,
    ),
    Case(
        "pack",
        'a key with a line break in it (`"tools\\nx": 1`): still one line per problem',
        "pack.yaml:21:5: unknown key 'tools\\nx' (keys starting with 'x-' are kept and ignored)",
        validate(_replace("  - id: ops\n", '  - id: ops\n    "tools\\nx": 1\n')),
        1,
    ),
    Case(
        "pack",
        "`version: 2026-11-22` (a date) and an empty `name:`",
        'pack.yaml:4:6: name must be text, not null\npack.yaml:5:10: version must be text, but YAML reads 2026-11-22 as a date: write "2026-11-22" in quotes',
        validate(_replace('name: Tiny test pack\nversion: "1"', "name:\nversion: 2026-11-22")),
        1,
    ),
    Case(
        "pack",
        "a Python object tag (`!!python/object/apply:os.system`)",
        "pack.yaml:37:8: the tag !!python/object/apply:os.system is not allowed in a pack (tags that build objects never are)",
        validate(TINY + "x-run: !!python/object/apply:os.system ['touch pwned']\n"),
        1,
    ),
    Case(
        "pack",
        "a Python object tag on a mapping (`!!python/object:`)",
        "pack.yaml:37:8: the tag !!python/object:os.system is not allowed in a pack (tags that build objects never are)",
        validate(TINY + "x-run: !!python/object:os.system {}\n"),
        1,
    ),
    Case(
        "pack",
        "another YAML tag (`!!set`)",
        "pack.yaml:37:8: the tag !!set is not allowed in a pack (tags that build objects never are)",
        validate(TINY + "x-set: !!set {a, b}\n"),
        1,
    ),
    Case(
        "pack",
        "an empty file",
        "pack.yaml:1:1: the pack is empty; it must start with 'pathfinder: 1'",
        validate(""),
        1,
    ),
    Case(
        "pack",
        "only comments",
        "pack.yaml:1:1: the pack is empty; it must start with 'pathfinder: 1'",
        validate("# a pack, some day\n# not yet\n"),
        1,
    ),
    Case(
        "pack",
        "two YAML documents (`---`)",
        "pack.yaml:37:1: a pack is one YAML document; this file has another one after '---'",
        validate(TINY + "---\n" + TINY),
        1,
    ),
    Case(
        "pack",
        "a list at the top instead of keys",
        "pack.yaml:1:1: the pack is not a mapping of keys; it must start with 'pathfinder: 1'",
        validate("- pathfinder: 1\n"),
        1,
    ),
    Case(
        "pack",
        "a very long name (100,000 characters)",
        "pack.yaml: ok (4 roles, 6 skills, 4 transitions)",
        validate(CLEAN.replace("name: Clean test pack", "name: " + "Long " * 20_000)),
        0,
    ),
    Case(
        "pack",
        "100,000 skills",
        "pack.yaml: ok (1 roles, 100000 skills, 0 transitions)",
        validate(_many_skills(100_000)),
        0,
        seconds=90.0,
    ),
    Case(
        "pack",
        "everything the core validator reports (tests/fixtures/broken.yaml)",
        BROKEN_SEES,
        validate(BROKEN, "broken.yaml"),
        1,
    ),
    Case(
        "pack",
        "a folder given as the pack",
        "pack.yaml:1:1: is a folder, not a pack file",
        _folder,
        2,
    ),
    Case("pack", "a file that does not exist", "nope.yaml:1:1: no such file", _missing, 2),
    Case(
        "pack",
        "a file it may not read (permission denied)",
        "pack.yaml:1:1: permission denied",
        _denied,
        2,
    ),
    Case(
        "pack",
        "a named pipe (would block forever)",
        "pack.yaml:1:1: is not a regular file",
        _pipe,
        2,
    ),
    Case(
        "pack",
        "`effort_hours: 1.0e+308` on two skills (their sum overflowed the planner)",
        "pack.yaml:11:57: effort_hours must be at most 100,000, not 1e+308\npack.yaml:12:69: effort_hours must be at most 100,000, not 1e+308",
        validate(
            _replace("effort_hours: 10}", "effort_hours: 1.0e+308}").replace(
                "effort_hours: 40,", "effort_hours: 1.0e+308,"
            )
        ),
        1,
    ),
    Case(
        "pack",
        "`months: 601` and a salary of `1.0e+20` (past the bounds)",
        "pack.yaml:26:43: high must be at most 1,000,000,000,000, not 1e+20\npack.yaml:32:40: months must be at most 600, not 601",
        validate(
            _replace(
                "facets: {focus: Keeping things running}",
                "facets: {focus: Keeping things running}\n    salary: {currency: USD, low: 1, high: 1.0e+20}",
            ).replace("months: 3}", "months: 601}")
        ),
        1,
    ),
    Case(
        "pack",
        "keys that are not text (`1: x` at the top, `yes: x` in a skill, `1.5: x`)",
        'pack.yaml:2:1: a key must be a plain word, but YAML reads 1 as a number: write "1" in quotes if you mean the text\npack.yaml:3:1: a key must be a plain word, but YAML reads 1.5 as a number: write "1.5" in quotes if you mean the text\npack.yaml:13:15: a key must be a plain word, but YAML reads yes as true: write "yes" in quotes if you mean the text',
        validate(
            _replace("pathfinder: 1\n", "1: x\n1.5: x\npathfinder: 1\n").replace(
                "{id: git, name: Git,", "{id: git, yes: x, name: Git,"
            )
        ),
        1,
    ),
    Case(
        "pack",
        "a link without a host (`url: https:///etc`; the window would not open it)",
        "pack.yaml:11:89: a link must name a host after https:// (like https://example.org/page)",
        validate(
            _replace(
                "effort_hours: 10}",
                'effort_hours: 10, resources: [{title: T, url: "https:///etc"}]}',
            )
        ),
        1,
    ),
    Case(
        "pack",
        "a number of 311 digits (`effort_hours: 1000…0`)",
        "pack.yaml:11:57: effort_hours is too large (a number of 311 digits); it must be at most 100,000",
        validate(_replace("effort_hours: 10}", "effort_hours: 1" + "0" * 310 + "}")),
        1,
    ),
    Case(
        "pack",
        "`effort_hours: 1e3` (YAML 1.1 reads it as text) and `months: 1:30` (base 60 in YAML 1.1)",
        'pack.yaml:11:57: effort_hours must be a number, not "1e3" (YAML reads 1e3 as text: write 1000 or 1.0e+3)\npack.yaml:31:40: months must be a number, not "1:30" (a pack does not read 1:30 as a base-60 number: write a plain number, such as 1.5)',
        validate(
            _replace("effort_hours: 10}", "effort_hours: 1e3}").replace(
                "months: 3}", "months: 1:30}"
            )
        ),
        1,
    ),
]
