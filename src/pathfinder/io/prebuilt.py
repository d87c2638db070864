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

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from types import NoneType, UnionType
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from pathfinder.core.catalog import Catalog
from pathfinder.io.stored_catalog import catalog_fingerprint, stamp_matches, stamped

PREBUILT_FORMAT = 1
SUFFIX = ".prebuilt.json"

Convert = Callable[[Any], Any]


class Unsupported(TypeError):
    """A field type the construct path does not know: the model changed; read the YAML."""


_CHECKSUM = "body_sha256"  # the header's name for the body's SHA-256


def _made_for(raw: bytes) -> dict[str, object]:
    """What a prebuilt file says it was made for: this format, these pack bytes, this model."""
    return {
        "format": PREBUILT_FORMAT,
        "pack_sha256": hashlib.sha256(raw).hexdigest(),
        "model": catalog_fingerprint(),
    }


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
    return stamped(_made_for(raw), body, checksum=_CHECKSUM) + b"\n"


def read_prebuilt(raw: bytes, prebuilt: Path) -> Catalog | None:
    """The catalog of the pack whose bytes are `raw`, from its prebuilt file; None when there
    is none or it does not belong to exactly these bytes and this Pathfinder's model."""
    try:
        stored = prebuilt.read_bytes()
    except OSError:
        return None
    head, _, body = stored.partition(b"\n")
    if not stamp_matches(head, body.removesuffix(b"\n"), _made_for(raw), checksum=_CHECKSUM):
        return None
    try:
        catalog = _builder(Catalog)(json.loads(body))
    except (ValueError, TypeError, KeyError, AttributeError):
        # Our own file cannot be in this shape; if it ever is, the YAML still can be read.
        return None
    return catalog if isinstance(catalog, Catalog) else None


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
