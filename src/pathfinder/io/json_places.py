"""Where a value stands in JSON text, found by its path of keys and indexes.

A profile's wrong value is found after the JSON is read, by pydantic, which knows the path
(`notes[2].text`) but not the line. The pack reader names line and column for YAML
(io/located.py); this gives profiles the same `file:line:column`, by walking the text once
more with the standard library's own decoder, only when there is a problem to place.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

_DECODER = json.JSONDecoder()
_SPACE = " \t\n\r"


def _skip(text: str, at: int) -> int:
    while at < len(text) and text[at] in _SPACE:
        at += 1
    return at


def _after_value(text: str, at: int) -> int:
    """Where the next ',' or closing bracket is, after the value that starts at `at`."""
    _, end = _DECODER.raw_decode(text, at)
    return _skip(text, end)


def _member(text: str, at: int, key: str) -> int | None:
    """Where the value of `key` starts, in the object that starts at `at` (None: no such key)."""
    at = _skip(text, at + 1)
    while at < len(text) and text[at] == '"':
        name, at = _DECODER.raw_decode(text, at)  # the key, a JSON string
        at = _skip(text, _skip(text, at) + 1)  # past the ':'
        if name == key:
            return at
        at = _after_value(text, at)
        if text[at] != ",":
            return None
        at = _skip(text, at + 1)
    return None


def _element(text: str, at: int, index: int) -> int | None:
    """Where item `index` starts, in the list that starts at `at` (None: the list is shorter)."""
    at = _skip(text, at + 1)
    for _ in range(index):
        if at >= len(text) or text[at] == "]":
            return None
        at = _after_value(text, at)
        if text[at] != ",":
            return None
        at = _skip(text, at + 1)
    return at if at < len(text) and text[at] != "]" else None


def value_index(text: str, path: Sequence[str | int]) -> int | None:
    """The index in `text` (valid JSON) where the value at `path` starts.

    A path that leaves the document (a missing key, an index past the end, a step into a
    number) ends at the deepest value it reached: a missing key is placed at the object
    that lacks it. None only when `text` is not the JSON it was read as.
    """
    try:
        at = _skip(text, 0)
        for part in path:
            found: int | None = None
            if text[at] == "{" and isinstance(part, str):
                found = _member(text, at, part)
            elif text[at] == "[" and isinstance(part, int):
                found = _element(text, at, part)
            if found is None:
                return at
            at = found
        return at
    except (ValueError, IndexError):
        return None


def line_column(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of `index`, columns counted in characters."""
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1
