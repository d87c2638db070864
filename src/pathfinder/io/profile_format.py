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
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from pathfinder.core.profile import PROFILE_FORMAT, Profile
from pathfinder.io.located import one_line
from pathfinder.io.read_file import Unreadable, read_regular_file

# A profile is a few KB; 32 MB is thousands of times that (docs/profile-format.md, Limits).
MAX_PROFILE_BYTES = 32 * 1024 * 1024
MAX_LISTED_ERRORS = 5
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
        place = f"{self.path}:{self.line}:{self.column}" if self.line else str(self.path)
        return one_line(f"{place}: {self.message}")


class ProfileConflict(ProfileError):
    """The file changed on disk since this store read or wrote it (another window, a sync tool)."""


def parse_profile(raw: bytes, path: Path) -> Profile:
    """Check the bytes of a profile file; `path` only names it in messages."""
    if not raw.strip():
        raise ProfileError(path, "the file is empty; it holds no profile", damaged=True)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, column = _place_of_byte(raw, exc.start)
        message = f"not UTF-8 text (byte 0x{raw[exc.start]:02x}); profiles are UTF-8 JSON"
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
        message = f"not valid JSON: {exc.msg}"
        raise ProfileError(path, message, exc.lineno, exc.colno, damaged=True) from None
    except _BadNumber as exc:
        at = _place_of_token(text, exc.token)
        raise ProfileError(path, f"not valid JSON: {exc}", *at, damaged=True) from None
    except _DuplicateKey as exc:
        first, second = _places_of_key(text, exc.key)
        message = f"duplicate key {_shown(exc.key)}"
        if first[0] is not None:
            message += f" (first at line {first[0]}, column {first[1]})"
        raise ProfileError(path, message, *second, damaged=True) from None
    except RecursionError:
        raise ProfileError(path, "not valid JSON: nested too deeply", damaged=True) from None
    _check_text(text, path)
    if not isinstance(data, dict):
        message = f"not a Pathfinder profile: the file holds {_shown(data)}, not an object"
        raise ProfileError(path, message, damaged=True)
    _check_version(data, path)
    try:
        return Profile.model_validate(data, strict=True)
    except ValidationError as exc:
        raise ProfileError(path, _validation_message(exc), damaged=True) from None


def read_file(path: Path) -> tuple[Profile, bytes]:
    """Read and check one profile file: the profile and the file's bytes (ProfileError)."""
    try:
        raw = read_regular_file(path, MAX_PROFILE_BYTES, "profile")
    except Unreadable as exc:
        if exc.too_big:
            raise ProfileError(
                path,
                f"the file is larger than {MAX_PROFILE_BYTES // 2**20} MB; it is not a profile",
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
        _line_column(text, found.start())
        for found in re.finditer(r'("(?:[^"\\]|\\.)*")(\s*:)?', text)
        if found.group(2) and json.loads(found.group(1)) == key
    ]
    empty: tuple[int | None, int | None] = (None, None)
    first = places[0] if places else empty
    second = places[1] if len(places) > 1 else empty
    return first, second


def _line_column(text: str, index: int) -> tuple[int, int]:
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


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
                at = _line_column(text, token.start())
                message = f"nesting deeper than {MAX_DEPTH} levels"
                raise ProfileError(path, message, *at, damaged=True)
        elif mark in "]}":
            depth -= 1
        elif "\\" in mark:
            for escape in _ESCAPE.finditer(mark):
                if len(escape.group()) == 6 and escape.group()[1] in "uU":
                    at = _line_column(text, token.start() + escape.start())
                    message = (
                        f"{escape.group()} is half of a UTF-16 pair, not a character; "
                        "profiles hold Unicode text"
                    )
                    raise ProfileError(path, message, *at, damaged=True)


def _no_constant(name: str) -> Any:
    raise _BadNumber(name, f"{name} is not allowed in JSON")


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
        raise _BadNumber(token, f"{token} is too large a number")
    return value if repr(value) == token else TypedNumber(token)


def _whole(token: str) -> int:
    try:
        return int(token)
    except ValueError:  # more digits than Python converts (4300)
        raise _BadNumber(token, f"a number with {len(token)} digits is too large") from None


def _place_of_token(text: str, token: str) -> tuple[int | None, int | None]:
    """Where `token` first stands outside a string, if it can be found."""
    pattern = r'^(?:[^"]|"(?:[^"\\]|\\.)*")*?(?<![\w".+-])(' + re.escape(token) + ")"
    found = re.search(pattern, text, re.S)
    if found is None:
        return None, None
    index = found.start(1)
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


def _place_of_byte(raw: bytes, index: int) -> tuple[int, int]:
    line_start = raw.rfind(b"\n", 0, index) + 1
    column = len(raw[line_start:index].decode("utf-8", "replace")) + 1
    return raw.count(b"\n", 0, index) + 1, column


def _check_version(data: dict[str, Any], path: Path) -> None:
    if "pathfinder_profile" not in data:
        message = (
            'not a Pathfinder profile: the key "pathfinder_profile" (format version) is missing'
        )
        raise ProfileError(path, message, damaged=True)
    version = data["pathfinder_profile"]
    is_number = isinstance(version, int) and not isinstance(version, bool)
    if is_number and version > PROFILE_FORMAT:
        message = (
            f"made by a newer Pathfinder (format {version}); this Pathfinder reads format "
            f"{PROFILE_FORMAT}: update Pathfinder to open it"
        )
        raise ProfileError(path, message, damaged=True)
    if not is_number or version != PROFILE_FORMAT:
        message = f"pathfinder_profile: must be {PROFILE_FORMAT}, not {_shown(version)}"
        raise ProfileError(path, message, damaged=True)


def _shown(value: Any) -> str:
    """How a wrong value is named in a message: `"maybe"`, `5`, `null`, `a list`, `an object`."""
    if isinstance(value, dict | list):
        return "an object" if isinstance(value, dict) else "a list"
    return json.dumps(value, ensure_ascii=False)


def _field(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "profile"


_WANTED = {
    "string_type": "text",
    "float_type": "a number",
    "int_type": "a whole number",
    "bool_type": "true or false",
    "dict_type": "an object",
    "list_type": "a list",
    "model_type": 'an object with "at" and "text"',
    "model_attributes_type": 'an object with "at" and "text"',
}


def _describe(err: Any) -> str:
    field = _field(tuple(err["loc"]))
    kind = err["type"]
    got = err.get("input")
    ctx = {k: f"{v:g}" if isinstance(v, float) else v for k, v in (err.get("ctx") or {}).items()}
    if kind == "missing":
        return f"{field}: missing (required)"
    if kind in _WANTED:
        return f"{field}: must be {_WANTED[kind]}, not {_shown(got)}"
    if kind == "literal_error":
        expected = str(ctx.get("expected", "a fixed value")).replace("'", '"')
        return f"{field}: must be {expected}, not {_shown(got)}"
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        bound = {
            "greater_than": f"more than {ctx.get('gt')}",
            "greater_than_equal": f"at least {ctx.get('ge')}",
            "less_than": f"less than {ctx.get('lt')}",
            "less_than_equal": f"at most {ctx.get('le')}",
        }[kind]
        return f"{field}: must be {bound}, not {_shown(got)}"
    if kind in ("string_too_long", "too_long"):
        most = ctx.get("max_length")
        unit = "characters" if kind == "string_too_long" else "entries"
        return f"{field}: more than {most:,} {unit}; a profile keeps at most {most:,}"
    if kind == "finite_number":
        return f"{field}: must be a finite number"
    return f"{field}: {err['msg']}"


def _validation_message(exc: ValidationError) -> str:
    errors = exc.errors()
    parts = [_describe(e) for e in errors[:MAX_LISTED_ERRORS]]
    if len(errors) > MAX_LISTED_ERRORS:
        parts.append(f"and {len(errors) - MAX_LISTED_ERRORS} more problems")
    return "; ".join(parts)


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
