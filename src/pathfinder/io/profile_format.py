"""The learner profile format on its own: checking a file's bytes and writing a profile's text.

The format is public (docs/profile-format.md). Reading never guesses: bytes that are not a
format-1 profile raise `ProfileError` naming the file and the problem (line:column for JSON
syntax errors and numbers JSON allows but a profile cannot keep, the field for wrong values).
The files and the folder are `pathfinder.io.profiles`.
"""

from __future__ import annotations

import json
import math
import re
import secrets
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from pathfinder.core import words
from pathfinder.core.profile import PROFILE_FORMAT, Profile
from pathfinder.io.json_places import line_column, value_index
from pathfinder.io.profile_problems import json_problem, validation_message
from pathfinder.io.profile_problems import shown as _shown
from pathfinder.io.read_file import Unreadable, read_regular_file

# A profile is a few KB; 32 MB is thousands of times that (docs/profile-format.md, Limits).
MAX_PROFILE_BYTES = 32 * 1024 * 1024
MAX_DEPTH = 64  # as packs: no profile nests this deep, and every depth read can be written


class ProfileError(Exception):
    """A profile file that cannot be read or written; `str(e)` is what the user should see.

    `damaged` is True when the file's content is the problem (not JSON, wrong values, a newer
    format), False when the file could not be reached (missing, a folder, no permission).
    `moved_to` is where the profile folder put a damaged file aside.
    """

    def __init__(
        self,
        path: Path,
        message: str,
        line: int | None = None,
        column: int | None = None,
        *,
        damaged: bool = False,
    ) -> None:
        self.path = Path(path)
        self.message = message
        self.line = line
        self.column = column
        self.damaged = damaged
        self.moved_to: Path | None = None
        super().__init__(str(self))

    def __str__(self) -> str:
        # Imported here: located.py brings the YAML reader, which reading a profile (JSON)
        # never needs, and the window reads one before its first paint.
        from pathfinder.io.located import one_line

        place = f"{self.path}:{self.line}:{self.column}" if self.line else str(self.path)
        return one_line(f"{place}: {self.message}")


class ProfileConflict(ProfileError):
    """The file changed on disk since this store read or wrote it (another window, a sync tool)."""


def parse_profile(raw: bytes, path: Path) -> Profile:
    """Check the bytes of a profile file; `path` only names it in messages."""
    if not raw.strip():
        empty = words.translate("Profiles", "the file is empty; it holds no profile")
        raise ProfileError(path, empty, damaged=True)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, column = _place_of_byte(raw, exc.start)
        message = words.translate(
            "Profiles", "not UTF-8 text (byte {byte}); profiles are UTF-8 JSON"
        ).format(byte=f"0x{raw[exc.start]:02x}")
        raise ProfileError(path, message, line, column, damaged=True) from None
    try:
        data = json.loads(
            text,
            parse_constant=_no_constant,
            parse_float=_finite_float,
            parse_int=_whole,
            object_pairs_hook=_unique_keys,
        )
    except json.JSONDecodeError as exc:
        message = words.translate("Profiles", "not valid JSON: {problem}").format(
            problem=json_problem(exc.msg)
        )
        raise ProfileError(path, message, exc.lineno, exc.colno, damaged=True) from None
    except _BadNumber as exc:
        at = _place_of_token(text, exc.token)
        message = words.translate("Profiles", "not valid JSON: {problem}").format(problem=exc)
        raise ProfileError(path, message, *at, damaged=True) from None
    except _DuplicateKey as exc:
        first, second = _places_of_key(text, exc.key)
        if first[0] is not None:
            message = words.translate(
                "Profiles", "duplicate key {key} (first at line {line}, column {column})"
            ).format(key=_shown(exc.key), line=first[0], column=first[1])
        else:
            message = words.translate("Profiles", "duplicate key {key}").format(key=_shown(exc.key))
        raise ProfileError(path, message, *second, damaged=True) from None
    except RecursionError:
        deep = words.translate("Profiles", "not valid JSON: nested too deeply")
        raise ProfileError(path, deep, damaged=True) from None
    _check_text(text, path)
    if not isinstance(data, dict):
        message = words.translate(
            "Profiles", "not a Pathfinder profile: the file holds {value}, not an object"
        ).format(value=_shown(data))
        raise ProfileError(path, message, damaged=True)
    _check_version(data, path, text)
    try:
        return Profile.model_validate(data, strict=True)
    except ValidationError as exc:
        # Placed at the first problem listed: the learner's editor can jump to it.
        listed = exc.errors()[:1]
        where = _place(text, listed[0]["loc"]) if listed else (None, None)
        raise ProfileError(path, validation_message(exc), *where, damaged=True) from None


def _place(text: str, path: Sequence[str | int]) -> tuple[int | None, int | None]:
    at = value_index(text, path)
    return line_column(text, at) if at is not None else (None, None)


def read_file(path: Path) -> tuple[Profile, bytes]:
    """Read and check one profile file: the profile and the file's bytes (ProfileError)."""
    try:
        raw = read_regular_file(path, MAX_PROFILE_BYTES, "profile")
    except Unreadable as exc:
        if exc.too_big:
            raise ProfileError(
                path,
                words.translate(
                    "Profiles", "the file is larger than {size} MB; it is not a profile"
                ).format(size=MAX_PROFILE_BYTES // 2**20),
                damaged=True,
            ) from None
        raise ProfileError(path, exc.reason) from None
    return parse_profile(raw, path), raw


class _BadNumber(ValueError):
    """A number JSON allows but a profile cannot keep: NaN, Infinity, 1e400, 5000 digits."""

    def __init__(self, token: str, message: str) -> None:
        super().__init__(message)
        self.token = token


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object whose key appears twice would lose the first value on the next save."""
    data = dict(pairs)
    if len(data) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return data


def _places_of_key(text: str, key: str) -> tuple[tuple[int | None, int | None], ...]:
    """Where a duplicated key stands the first and the second time (as written, quoted)."""
    places = [
        line_column(text, found.start())
        for found in re.finditer(r'("(?:[^"\\]|\\.)*")(\s*:)?', text)
        if found.group(2) and json.loads(found.group(1)) == key
    ]
    empty: tuple[int | None, int | None] = (None, None)
    first = places[0] if places else empty
    second = places[1] if len(places) > 1 else empty
    return first, second


# A lone half of a UTF-16 pair (`"\ud800"`) is valid JSON but no character: it could be read
# and never written again (UTF-8 has no bytes for it), so it is refused where it stands.
_ESCAPE = re.compile(
    r"\\(?:u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}"  # a pair: one character
    r"|u[dD][89a-fA-F][0-9a-fA-F]{2}"  # half of one
    r"|.)"  # any other escape
)
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[{]|[\]}]')


def _check_text(text: str, path: Path) -> None:
    """Refuse what reads but could never be written back: lone surrogates, deep nesting."""
    depth = 0
    for token in _TOKENS.finditer(text):
        mark = token.group()
        if mark in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                at = line_column(text, token.start())
                message = words.translate("Profiles", "nesting deeper than {levels} levels").format(
                    levels=MAX_DEPTH
                )
                raise ProfileError(path, message, *at, damaged=True)
        elif mark in "]}":
            depth -= 1
        elif "\\" in mark:
            for escape in _ESCAPE.finditer(mark):
                if len(escape.group()) == 6 and escape.group()[1] in "uU":
                    at = line_column(text, token.start() + escape.start())
                    message = words.translate(
                        "Profiles",
                        "{escape} is half of a UTF-16 pair, not a character; "
                        "profiles hold Unicode text",
                    ).format(escape=escape.group())
                    raise ProfileError(path, message, *at, damaged=True)


def _no_constant(name: str) -> Any:
    raise _BadNumber(
        name, words.translate("Profiles", "{name} is not allowed in JSON").format(name=name)
    )


class TypedNumber(float):
    """A number as the file wrote it (`1E5`, `2.50`): unknown keys are written back as typed."""

    __slots__ = ("token",)
    token: str

    def __new__(cls, token: str) -> TypedNumber:
        number = super().__new__(cls, token)
        number.token = token
        return number


def _finite_float(token: str) -> float:
    value = float(token)
    if not math.isfinite(value):  # 1e400 would silently become Infinity, then null on save
        raise _BadNumber(
            token,
            words.translate("Profiles", "{number} is too large a number").format(number=token),
        )
    return value if repr(value) == token else TypedNumber(token)


def _whole(token: str) -> int:
    try:
        return int(token)
    except ValueError:  # more digits than Python converts (4300)
        raise _BadNumber(
            token,
            words.translate("Profiles", "a number with {digits} digits is too large").format(
                digits=len(token)
            ),
        ) from None


def _place_of_token(text: str, token: str) -> tuple[int | None, int | None]:
    """Where `token` first stands outside a string, if it can be found."""
    pattern = r'^(?:[^"]|"(?:[^"\\]|\\.)*")*?(?<![\w".+-])(' + re.escape(token) + ")"
    found = re.search(pattern, text, re.S)
    if found is None:
        return None, None
    return line_column(text, found.start(1))


def _place_of_byte(raw: bytes, index: int) -> tuple[int, int]:
    line_start = raw.rfind(b"\n", 0, index) + 1
    column = len(raw[line_start:index].decode("utf-8", "replace")) + 1
    return raw.count(b"\n", 0, index) + 1, column


def _check_version(data: dict[str, Any], path: Path, text: str) -> None:
    if "pathfinder_profile" not in data:
        message = words.translate(
            "Profiles",
            'not a Pathfinder profile: the key "pathfinder_profile" (format version) is missing',
        )
        raise ProfileError(path, message, damaged=True)
    version = data["pathfinder_profile"]
    is_number = isinstance(version, int) and not isinstance(version, bool)
    if is_number and version > PROFILE_FORMAT:
        message = words.translate(
            "Profiles",
            "made by a newer Pathfinder (format {version}); this Pathfinder reads format "
            "{supported}: update Pathfinder to open it",
        ).format(version=version, supported=PROFILE_FORMAT)
        raise ProfileError(path, message, damaged=True)
    if not is_number or version != PROFILE_FORMAT:
        message = words.translate(
            "Profiles", "pathfinder_profile: must be {version}, not {found}"
        ).format(version=PROFILE_FORMAT, found=_shown(version))
        raise ProfileError(path, message, *_place(text, ["pathfinder_profile"]), damaged=True)


def profile_to_text(profile: Profile) -> str:
    """The file's text: JSON, 2-space indent, documented key order, unknown keys last, newline.

    A whole number of hours is written without a fraction (`8`, not `8.0`); both read back.
    """
    data = profile.to_json()
    hours = data.get("hours_per_week")
    if isinstance(hours, float) and hours.is_integer():
        data["hours_per_week"] = int(hours)
    typed: dict[str, str] = {}
    nonce = secrets.token_hex(8)

    def as_typed(value: Any) -> Any:
        """Numbers of unknown keys stand in as marks, swapped for their text after dumping."""
        if isinstance(value, TypedNumber):
            mark = f"\x00{nonce}:{len(typed)}\x00"
            typed[json.dumps(mark)] = value.token
            return mark
        if isinstance(value, list):
            return [as_typed(v) for v in value]
        if isinstance(value, dict):
            return {k: as_typed(v) for k, v in value.items()}
        return value

    for key, value in (profile.model_extra or {}).items():
        data[key] = as_typed(value)
    for note, written in zip(profile.notes, data["notes"], strict=True):
        for key, value in (note.model_extra or {}).items():
            written[key] = as_typed(value)
    text = json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    for mark, token in typed.items():
        text = text.replace(mark, token, 1)
    return text
