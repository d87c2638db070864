"""Catalogs stored as JSON behind a one-line header: the pack cache's entries (pack_cache.py)
and the built-in pack's prebuilt form (prebuilt.py).

The header says what the body was made for (a format, a pack's bytes, the catalog model) and
holds the body's SHA-256; a body is used only when all of that still holds. Here: writing and
checking that header, and the fingerprint of the catalog model both put in it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Mapping
from functools import cache
from types import FunctionType, UnionType
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from pathfinder.core.catalog import Catalog


def stamped(made_for: Mapping[str, object], body: bytes, *, checksum: str) -> bytes:
    """`body` behind its header line: `made_for` and the body's SHA-256 under `checksum`."""
    header = {**made_for, checksum: hashlib.sha256(body).hexdigest()}
    return json.dumps(header, sort_keys=True).encode() + b"\n" + body


def stamp_matches(
    head: bytes, body: bytes, made_for: Mapping[str, object], *, checksum: str
) -> bool:
    """Whether the header line `head` says `body` was made for exactly `made_for`, and the
    body is the one it was written with (a torn write or a flipped bit is caught)."""
    try:
        header = json.loads(head)
    except ValueError:
        return False
    if not isinstance(header, dict):
        return False
    if any(header.get(name) != value for name, value in made_for.items()):
        return False
    return bool(header.get(checksum) == hashlib.sha256(body).hexdigest())


@cache
def catalog_fingerprint() -> str:
    """What the catalog model looks like: every model's fields, their types, defaults and
    constraints. A stored catalog made for another shape of the model is not used.

    Described in our own words, not pydantic's: pydantic 2.13 and 2.14 print the same "no
    infinity" constraint as two differently named classes, and a fingerprint taken from their
    printout made the committed file stale under one of them (the suite failed, the pack was
    read from YAML) though the model was the same. Nor from its JSON schema (the pack cache's
    first way): that builds every validator, which start-up leaves for later."""
    lines: list[str] = []
    _describe(Catalog, lines, set())
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]


def _describe(model: type[BaseModel], lines: list[str], seen: set[type]) -> None:
    if model in seen:
        return
    seen.add(model)
    # The settings that shape the data; pydantic adds others to the dict itself once a
    # validator is built (2.13 adds validate_by_name), so the dict is not said whole.
    config = ", ".join(
        f"{k}={_words(model.model_config.get(k))}" for k in ("extra", "frozen", "populate_by_name")
    )
    lines.append(f"{model.__qualname__} {config}")
    for name, field in model.model_fields.items():
        lines.append(f"  {name} {_field_words(field)}")
        for inner in _models_in(field.annotation):
            _describe(inner, lines, seen)


def _field_words(field: FieldInfo) -> str:
    words = [_words(field.annotation)]
    if field.is_required():
        words.append("required")
    elif field.default_factory is not None:
        words.append(f"default {_words(field.default_factory)}()")
    else:
        words.append(f"default {_words(field.default)}")
    if field.alias:
        words.append(f"alias {field.alias}")
    words += [_words(item) for item in field.metadata]
    return " ".join(words)


def _words(value: Any) -> str:
    """A type, constraint or default said the same way by every pydantic and Python version:
    classes and functions by name, typing forms by what they are made of, constraint objects
    by their settings (not by their class, which pydantic renames)."""
    if value is None or isinstance(value, bool | int | float | str):
        return repr(value)
    if isinstance(value, FieldInfo):
        return f"({_field_words(value)})"
    origin = get_origin(value)
    if origin in (Union, UnionType):
        return "union[" + ", ".join(_words(a) for a in get_args(value)) + "]"
    if origin is not None:
        name = {Annotated: "annotated", Literal: "literal"}.get(origin) or _words(origin)
        return f"{name}[" + ", ".join(_words(a) for a in get_args(value)) + "]"
    if isinstance(value, type | FunctionType):
        return value.__qualname__
    if isinstance(value, tuple | list | frozenset | set):
        return "[" + ", ".join(sorted(_words(v) for v in value)) + "]"
    settings = (
        {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
        if dataclasses.is_dataclass(value)
        else dict(vars(value))
        if hasattr(value, "__dict__")
        else {}
    )
    # Options left unset (None) are not said: a newer pydantic may add more of them.
    said = ", ".join(
        f"{k}={_words(v)}"
        for k, v in sorted(settings.items())
        if not k.startswith("_") and v is not None
    )
    return f"{{{said}}}" if settings else repr(value)


def _models_in(hint: Any) -> list[type[BaseModel]]:
    if isinstance(hint, type) and issubclass(hint, BaseModel):
        return [hint]
    return [m for arg in get_args(hint) for m in _models_in(arg)]
