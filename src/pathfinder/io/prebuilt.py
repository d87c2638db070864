"""The built-in pack, prebuilt: its catalog in hand in a few milliseconds at start-up.

Reading the built-in pack through the located YAML reader and pydantic's validation costs
more than the window's first paint can afford (the reader, the checks and the validators'
construction are about half of start-up). That pack is ours: it ships inside the install and
the suite checks it in full. So a prebuilt form of it ships beside it,
`<pack>.prebuilt.json`, made from the checked catalog (packaging/prebuilt_pack.py, and
packaging/build.py for the pack an installer bundles), and turned back into the catalog here
without validation (pydantic's `model_construct`).

That trust holds only for our own files, so it is limited three ways:

- packs.load_pack asks for it only for a pack in Pathfinder's own data folder; a pack a
  user opens from anywhere else is always read and checked in full;
- the header holds the SHA-256 of the YAML it was made from, of its own body and a
  fingerprint of the catalog model: an edited pack, a torn file or a changed model make it
  unusable, and the pack is read from its YAML as any other;
- tests/io/test_prebuilt.py fails when the committed file is stale, and checks that the
  catalog built here equals the one the YAML reader gives, field for field.

JSON and not pickle or marshal for the reasons io/pack_cache.py gives: reading this file
runs no code chosen by whoever wrote it; at worst it yields no catalog.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from types import FunctionType, NoneType, UnionType
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from pathfinder.core.catalog import Catalog

PREBUILT_FORMAT = 1
SUFFIX = ".prebuilt.json"

Convert = Callable[[Any], Any]


class Unsupported(TypeError):
    """A field type the construct path does not know: the model changed; read the YAML."""


def prebuilt_path(pack: Path) -> Path:
    """Where the prebuilt form of `pack` sits: beside it, `ai-ml-careers.prebuilt.json`."""
    return pack.with_suffix(SUFFIX)


def make_prebuilt(raw: bytes, catalog: Catalog) -> bytes:
    """The prebuilt file for the pack whose bytes are `raw` and whose checked catalog is
    `catalog`. Only what the pack set is written (exclude_unset), so the catalog built back
    knows which fields the author gave, as the YAML reader's does."""
    data = catalog.model_dump(mode="json", exclude_unset=True)
    # One line per role, skill and move: a change to the pack shows as a readable diff. Keys
    # in the pack's own order: a role's facets and a translation's names come back in it.
    body = json.dumps(data, ensure_ascii=False, indent=0).encode()
    header = {
        "format": PREBUILT_FORMAT,
        "pack_sha256": hashlib.sha256(raw).hexdigest(),
        "model": model_fingerprint(),
        "body_sha256": hashlib.sha256(body).hexdigest(),
    }
    return json.dumps(header, sort_keys=True).encode() + b"\n" + body + b"\n"


def read_prebuilt(raw: bytes, prebuilt: Path) -> Catalog | None:
    """The catalog of the pack whose bytes are `raw`, from its prebuilt file; None when there
    is none or it does not belong to exactly these bytes and this Pathfinder's model."""
    try:
        stored = prebuilt.read_bytes()
    except OSError:
        return None
    head, _, body = stored.partition(b"\n")
    body = body.removesuffix(b"\n")
    try:
        header = json.loads(head)
    except ValueError:
        return None
    if not isinstance(header, dict) or header.get("format") != PREBUILT_FORMAT:
        return None
    if header.get("pack_sha256") != hashlib.sha256(raw).hexdigest():
        return None
    if header.get("body_sha256") != hashlib.sha256(body).hexdigest():
        return None
    try:
        if header.get("model") != model_fingerprint():
            return None
        catalog = _builder(Catalog)(json.loads(body))
    except (ValueError, TypeError, KeyError, AttributeError):
        # Our own file cannot be in this shape; if it ever is, the YAML still can be read.
        return None
    return catalog if isinstance(catalog, Catalog) else None


def model_fingerprint() -> str:
    """What the catalog model looks like: every model's fields, their types, defaults and
    constraints. A prebuilt file made for another shape of the model is not used.

    Described in our own words, not pydantic's: pydantic 2.13 and 2.14 print the same "no
    infinity" constraint as two differently named classes, and a fingerprint taken from their
    printout made the committed file stale under one of them (the suite failed, the pack was
    read from YAML) though the model was the same."""
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


# ----- building the catalog from trusted JSON ------------------------------------------------
#
# model_construct takes values as they are: a nested model must be built first, and a list
# that the model holds as a tuple must become one. The field types say which; each model's
# way of building is worked out once per process.

_builders: dict[type[BaseModel], Convert] = {}


def _same(value: Any) -> Any:
    return value


def _builder(model: type[BaseModel]) -> Convert:
    known = _builders.get(model)
    if known is not None:
        return known
    converts = {name: _converter(f.annotation) for name, f in model.model_fields.items()}
    required = {name for name, f in model.model_fields.items() if f.is_required()}
    construct = model.model_construct

    def build(data: Any) -> BaseModel:
        if not isinstance(data, dict) or not required <= data.keys():
            raise TypeError(f"{model.__name__}: not the prebuilt form")
        return construct(**{key: converts[key](value) for key, value in data.items()})

    _builders[model] = build
    return build


def _converter(hint: Any) -> Convert:
    origin = get_origin(hint)
    if origin is Annotated:
        return _converter(get_args(hint)[0])
    if isinstance(hint, type) and issubclass(hint, BaseModel):
        return _builder(hint)
    if origin is tuple:
        args = get_args(hint)
        if len(args) != 2 or args[1] is not Ellipsis:
            raise Unsupported(repr(hint))
        item = _converter(args[0])
        if item is _same:
            return tuple
        return lambda value: tuple(map(item, value))
    if origin is dict:
        key, item = (_converter(arg) for arg in get_args(hint))
        if key is _same and item is _same:
            return dict
        return lambda value: {key(k): item(v) for k, v in value.items()}
    if origin in (Union, UnionType):
        return _union(hint)
    if hint in (str, int, bool) or origin is Literal:
        return _same
    if hint is float:
        return float  # JSON may write a whole number without its ".0"
    raise Unsupported(repr(hint))


def _union(hint: Any) -> Convert:
    """A union is told apart by the JSON shape of the value, one member per shape (the
    facet value: text, a mapping or a list), as catalog._facet_shape does when validating."""
    by_shape: dict[str, Convert] = {}
    for member in get_args(hint):
        shape = _shape_of_type(member)
        if shape in by_shape:
            raise Unsupported(repr(hint))
        by_shape[shape] = _same if member is NoneType else _converter(member)
    return lambda value: by_shape[_shape_of_value(value)](value)


def _shape_of_type(hint: Any) -> str:
    while get_origin(hint) is Annotated:
        hint = get_args(hint)[0]
    origin = get_origin(hint)
    if hint is NoneType:
        return "null"
    if origin is dict or (isinstance(hint, type) and issubclass(hint, BaseModel)):
        return "object"
    if origin is tuple:
        return "array"
    if hint is bool:
        return "boolean"
    if hint is str or (origin is Literal and all(isinstance(a, str) for a in get_args(hint))):
        return "string"
    if hint in (int, float):
        return "number"
    raise Unsupported(repr(hint))


def _shape_of_value(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, str):
        return "string"
    return "number"
