"""A profile's problems in the learner's words: pydantic's errors, named by where they are."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from pathfinder.core import figures, words

# More problems than this in one file are counted, not listed.
MAX_LISTED_ERRORS = 5


def shown(value: Any) -> str:
    """How a wrong value is named in a message: `"maybe"`, `5`, `null`, `a list`, `an object`."""
    if isinstance(value, dict | list):
        if isinstance(value, dict):
            return words.translate("Profiles", "an object")
        return words.translate("Profiles", "a list")
    return json.dumps(value, ensure_ascii=False)


def _field(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "profile"


_WANTED = (
    "string_type",
    "float_type",
    "int_type",
    "bool_type",
    "dict_type",
    "list_type",
    "model_type",
    "model_attributes_type",
)


def _wanted(kind: str) -> str:
    """The message for a value of the wrong type, to format with field and value."""
    return {
        "string_type": words.translate("Profiles", "{field}: must be text, not {value}"),
        "float_type": words.translate("Profiles", "{field}: must be a number, not {value}"),
        "int_type": words.translate("Profiles", "{field}: must be a whole number, not {value}"),
        "bool_type": words.translate("Profiles", "{field}: must be true or false, not {value}"),
        "dict_type": words.translate("Profiles", "{field}: must be an object, not {value}"),
        "list_type": words.translate("Profiles", "{field}: must be a list, not {value}"),
    }.get(kind) or words.translate(
        "Profiles", '{field}: must be an object with "at" and "text", not {value}'
    )


def _describe(err: Any) -> str:
    field = _field(tuple(err["loc"]))
    kind = err["type"]
    got = err.get("input")
    ctx = {k: f"{v:g}" if isinstance(v, float) else v for k, v in (err.get("ctx") or {}).items()}
    if kind == "missing":
        return words.translate("Profiles", "{field}: missing (required)").format(field=field)
    if kind in _WANTED:
        return _wanted(kind).format(field=field, value=shown(got))
    if kind == "literal_error":
        expected = str(ctx.get("expected") or words.translate("Profiles", "a fixed value"))
        return words.translate("Profiles", "{field}: must be {expected}, not {value}").format(
            field=field, expected=expected.replace("'", '"'), value=shown(got)
        )
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        bound = {
            "greater_than": words.translate(
                "Profiles", "{field}: must be more than {bound}, not {value}"
            ),
            "greater_than_equal": words.translate(
                "Profiles", "{field}: must be at least {bound}, not {value}"
            ),
            "less_than": words.translate(
                "Profiles", "{field}: must be less than {bound}, not {value}"
            ),
            "less_than_equal": words.translate(
                "Profiles", "{field}: must be at most {bound}, not {value}"
            ),
        }[kind]
        limit = {"greater_than": "gt", "greater_than_equal": "ge", "less_than": "lt"}
        return bound.format(field=field, bound=ctx.get(limit.get(kind, "le")), value=shown(got))
    if kind in ("string_too_long", "too_long"):
        most = figures.number(int((err.get("ctx") or {}).get("max_length") or 0))
        text = (
            words.translate(
                "Profiles", "{field}: more than {most} characters; a profile keeps at most {most}"
            )
            if kind == "string_too_long"
            else words.translate(
                "Profiles", "{field}: more than {most} entries; a profile keeps at most {most}"
            )
        )
        return text.format(field=field, most=most)
    if kind == "finite_number":
        return words.translate("Profiles", "{field}: must be a finite number").format(field=field)
    return f"{field}: {err['msg']}"


def json_problem(reason: str) -> str:
    """The JSON reader's reason in the learner's words; its own text when it is a new one.

    The standard library says "Unterminated string starting at", cut where it would give a
    position, which the message gives as line and column anyway."""
    if reason.startswith("Expecting value"):
        return words.translate("Profiles", "a value is expected here")
    if reason.startswith("Expecting property name"):
        return words.translate(
            "Profiles",
            "a key in double quotes is expected here (a comma too many, or the end cut off)",
        )
    if reason.startswith("Expecting ':'"):
        return words.translate("Profiles", "a colon is missing after the key")
    if reason.startswith("Expecting ','"):
        return words.translate("Profiles", "a comma is missing before this")
    if reason.startswith("Unterminated string"):
        return words.translate(
            "Profiles", "a text in quotes is not closed (the end of the file may be cut off)"
        )
    if reason.startswith("Invalid control character"):
        return words.translate("Profiles", "a line break or control character inside quotes")
    if reason.startswith("Invalid \\u"):
        return words.translate("Profiles", "a \\u escape without four hex digits")
    if reason.startswith("Invalid \\escape"):
        return words.translate("Profiles", "a backslash that starts no escape (write \\\\ for one)")
    if reason.startswith("Extra data"):
        return words.translate("Profiles", "more text after the end of the profile")
    if reason.startswith("Illegal trailing comma"):
        return words.translate("Profiles", "a comma too many before the closing bracket")
    return reason


def validation_message(exc: ValidationError) -> str:
    errors = exc.errors()
    parts = [_describe(e) for e in errors[:MAX_LISTED_ERRORS]]
    if len(errors) > MAX_LISTED_ERRORS:
        parts.append(
            words.translate("Profiles", "and {count} more problems").format(
                count=len(errors) - MAX_LISTED_ERRORS
            )
        )
    return "; ".join(parts)


def cannot_text(what: Literal["save", "delete", "restore"], exc: OSError) -> str:
    """'cannot save: Permission denied': an operation on a profile file that the system refused."""
    if what == "delete":
        text = words.translate("Profiles", "cannot delete: {why}")
    elif what == "restore":
        text = words.translate("Profiles", "cannot restore: {why}")
    else:
        text = words.translate("Profiles", "cannot save: {why}")
    return text.format(why=exc.strerror or exc)


def skipped_text(problem: str, exc: OSError) -> str:
    """A damaged profile that could not be moved aside either."""
    return words.translate(
        "Profiles", "{problem}. Pathfinder skips this file (it could not move it: {why})"
    ).format(problem=problem, why=exc.strerror or str(exc))


def moved_text(problem: str, moved: Path, backup: Path | None) -> str:
    """A damaged profile moved to `moved` (its saved-before version to `backup`, if any)."""
    if backup is not None:
        text = words.translate(
            "Profiles",
            "{problem}. Pathfinder cannot read this profile, so it moved the file to "
            "{moved} without changing it; the other profiles are not affected. "
            "The version saved before it is in {backup}.",
        )
    else:
        text = words.translate(
            "Profiles",
            "{problem}. Pathfinder cannot read this profile, so it moved the file to "
            "{moved} without changing it; the other profiles are not affected.",
        )
    return text.format(problem=problem, moved=moved, backup=backup)


def unwritable_text(exc: Exception) -> str:
    """A profile made in code that holds what JSON cannot (reading refuses such files)."""
    return words.translate(
        "Profiles", "cannot save: the profile holds what JSON cannot: {why}"
    ).format(why=exc)


def too_big_text(most_bytes: int) -> str:
    return words.translate(
        "Profiles",
        "cannot save: the profile would be larger than {size} MB, "
        "the most a profile may be; shorten or remove a long note",
    ).format(size=most_bytes // 2**20)
