"""Fuzzing the loaders: broken packs and profiles only ever end in the located error the user
sees (PackError / ProfileError), within a time bound per example.

Strategies: byte- and line-level mutations of the built-in pack and of valid profiles,
structured mutations (a value anywhere replaced by another kind of value, a key dropped),
and random YAML and JSON documents. The whole module runs in well under a minute.
"""

from __future__ import annotations

import json
import os
import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pathfinder.core.catalog import Catalog
from pathfinder.io.packs import PackError, parse_pack
from pathfinder.io.profiles import ProfileError, parse_profile, profile_to_text
from pathfinder.paths import builtin_pack
from tests.hardening.common import TINY

BUILTIN = builtin_pack().read_text(encoding="utf-8")
BUILTIN_DATA = yaml.safe_load(BUILTIN)
PROFILE_DATA: dict[str, Any] = {
    "pathfinder_profile": 1,
    "name": "Ada",
    "pack": "ai-ml-careers",
    "pack_version": "2026.11",
    "current_role": "devops-engineer",
    "target_role": "mlops-engineer",
    "skills": {"python": "have", "docker": "learning"},
    "interests": ["systems"],
    "hours_per_week": 8,
    "notes": [{"at": "2026-11-22T10:00:00Z", "text": "Started.", "mood": "keen"}],
}
PROFILE_TEXT = json.dumps(PROFILE_DATA, indent=2) + "\n"
LOCATED = re.compile(r"^pack\.yaml:[1-9]\d*:[1-9]\d*: \S")
# Examples per test in every run; PATHFINDER_FUZZ=2000 for a deeper hunt (the builtin-pack
# tests take a third and two thirds of it: each example parses the whole pack).
EXAMPLES = int(os.environ.get("PATHFINDER_FUZZ", "60"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=timedelta(seconds=2),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=False,
)

# ----- strategies -------------------------------------------------------------------------------

YAML_BITS = [":", " ", "\n", "\t", "-", "[", "]", "{", "}", ",", "&a", "*a", "!!", "!!python/",
             "'", '"', "#", "|", ">", "%", "@", "`", "<<", "---", "...", "?", "\ufeff", "\r\n",
             "\x00", "\x85", "\u2028", "\\", "yes", "no", "1e9", "0x1F", ".nan", "~",
             "null"]  # fmt: skip


def mutated(text: str, bits: list[str]) -> st.SearchStrategy[str]:
    """`text` with a few cuts, insertions, duplicated or swapped lines."""

    @st.composite
    def build(draw: st.DrawFn) -> str:
        out = text
        for _ in range(draw(st.integers(1, 4))):
            kind = draw(st.sampled_from(["cut", "insert", "duplicate", "swap", "truncate"]))
            at = draw(st.integers(0, len(out)))
            if kind == "cut":
                out = out[:at] + out[at + draw(st.integers(1, 200)) :]
            elif kind == "insert":
                piece = draw(st.one_of(st.sampled_from(bits), st.text(max_size=8)))
                out = out[:at] + piece + out[at:]
            elif kind == "truncate":
                out = out[:at]
            else:
                lines = out.splitlines(keepends=True) or [""]
                i = draw(st.integers(0, len(lines) - 1))
                j = draw(st.integers(0, len(lines) - 1))
                if kind == "duplicate":
                    lines.insert(j, lines[i])
                else:
                    lines[i], lines[j] = lines[j], lines[i]
                out = "".join(lines)
        return out

    return build()


SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(
        ["", "python", "mlops-engineer", "http://x", "javascript:alert(1)", "<b>", "<huge>"]
    ),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*path, index))
    return found


def changed(data: Any) -> st.SearchStrategy[Any]:
    """A deep copy of `data` with one to three values replaced by other values, or dropped."""
    paths = _paths(data)[1:]

    @st.composite
    def build(draw: st.DrawFn) -> Any:
        out = json.loads(json.dumps(data))
        for _ in range(draw(st.integers(1, 3))):
            path = draw(st.sampled_from(paths))
            parent = out
            try:
                for part in path[:-1]:
                    parent = parent[part]
                if draw(st.booleans()) and isinstance(parent, dict):
                    parent.pop(path[-1], None)
                else:
                    parent[path[-1]] = draw(VALUES)
            except (KeyError, IndexError, TypeError):
                continue  # an earlier change removed this place
        return out

    return build()


# ----- what every answer must be ----------------------------------------------------------------


def check_pack(text: str | bytes) -> None:
    try:
        catalog = parse_pack(text, "pack.yaml")
    except PackError as exc:
        assert exc.problems, "a PackError without a problem"
        for line in str(exc).splitlines():
            assert LOCATED.match(line), line
        return
    assert isinstance(catalog, Catalog)


def check_profile(raw: bytes, through: Any = lambda text: text) -> None:
    try:
        profile = parse_profile(raw, Path("ada.json"))
    except ProfileError as exc:
        assert str(exc).startswith("ada.json") and "\n" not in str(exc), str(exc)
        return
    # Whatever opens must save, and read back the same (nothing a save could lose).
    saved = through(profile_to_text(profile))
    again = parse_profile(saved.encode("utf-8"), Path("ada.json"))
    assert again == profile


def _yaml(value: Any, flow: bool) -> str:
    return yaml.safe_dump(value, default_flow_style=flow, allow_unicode=True)


# ----- packs ------------------------------------------------------------------------------------


@FUZZ
@given(mutated(TINY, YAML_BITS))
def test_mutated_small_packs(text: str) -> None:
    check_pack(text)


@settings(FUZZ, max_examples=max(EXAMPLES * 5 // 12, 1), deadline=timedelta(seconds=4))
@given(mutated(BUILTIN, YAML_BITS))
def test_mutated_builtin_pack(text: str) -> None:
    check_pack(text)


@settings(FUZZ, max_examples=max(EXAMPLES * 2 // 3, 1), deadline=timedelta(seconds=4))
@given(changed(BUILTIN_DATA), st.booleans())
def test_builtin_pack_with_values_changed(data: Any, flow: bool) -> None:
    check_pack(_yaml(data, flow))


@FUZZ
@given(st.one_of(VALUES.map(lambda v: _yaml(v, False)), st.text(max_size=300)))
def test_random_yaml(text: str) -> None:
    check_pack(text)


@FUZZ
@given(st.binary(max_size=500))
def test_random_bytes_as_a_pack(raw: bytes) -> None:
    check_pack(raw)


# ----- profiles ---------------------------------------------------------------------------------

JSON_BITS = ["{", "}", "[", "]", ",", ":", '"', "\\", "NaN", "-Infinity", "1e400", "null",
             "true", "\ufeff", "\x00", "\ud800", "0", "-", "."]  # fmt: skip


@FUZZ
@given(mutated(PROFILE_TEXT, JSON_BITS))
def test_mutated_profiles(text: str) -> None:
    check_profile(text.encode("utf-8", "surrogatepass"))


@FUZZ
@given(changed(PROFILE_DATA))
def test_profiles_with_values_changed(data: Any) -> None:
    text = json.dumps(data, allow_nan=True).replace('"<huge>"', "1e400")
    check_profile(text.encode("utf-8"))


@FUZZ
@given(st.one_of(VALUES.map(lambda v: json.dumps(v).encode()), st.binary(max_size=300)))
def test_random_json_and_bytes_as_a_profile(raw: bytes) -> None:
    check_profile(raw)


def test_the_fuzz_checks_fail_on_what_they_should() -> None:
    """The checks above catch an unlocated message and a profile a save would change."""
    assert LOCATED.match("pack.yaml:3:1: oops")
    assert not LOCATED.match("pack.yaml: oops") and not LOCATED.match("pack.yaml:0:1: oops")
    check_profile(PROFILE_TEXT.encode())  # a good profile passes the round trip
    with pytest.raises(AssertionError):
        check_profile(
            b'{"pathfinder_profile": 1, "name": "A"}', through=lambda p: p.replace("A", "B")
        )
