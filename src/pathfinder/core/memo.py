"""One cache per catalog: what is worked out from a pack once and asked for many times.

A catalog is frozen, so anything derived from it (lookup tables, prerequisite closures, the
career graph) stays true as long as the catalog lives. Every such table is kept here, under a
name, in one box per catalog; the box goes when the catalog is freed.

Why not on the model itself: writing into a frozen pydantic model's ``__dict__`` makes the
tables part of what ``model_copy`` copies (a copy with updated skills would keep the old
closures) and of what ``==`` may compare, and a pydantic private attribute is compared by
``==`` too. Keyed by ``id`` with a finalizer rather than a WeakKeyDictionary, because a
frozen model's hash walks every field: a big pack would be hashed on every lookup.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

_boxes: dict[int, dict[str, Any]] = {}


def _box(owner: object) -> dict[str, Any]:
    key = id(owner)
    box = _boxes.get(key)
    if box is None:
        box = _boxes[key] = {}
        # Runs as the owner is freed, before its id can be given to another object.
        weakref.finalize(owner, _boxes.pop, key, None)
    return box


def cached(owner: object, name: str, build: Callable[[], T]) -> T:
    """The value kept under `name` for `owner`, built by `build()` the first time."""
    try:  # the planner asks many times per plan: one lookup each way when it is there
        return _boxes[id(owner)][name]  # type: ignore[no-any-return]
    except KeyError:
        value = _box(owner)[name] = build()
        return value


def table(owner: object, name: str) -> dict[Any, Any]:
    """A dict kept under `name` for `owner`, for memos filled one key at a time."""
    try:
        return _boxes[id(owner)][name]  # type: ignore[no-any-return]
    except KeyError:
        found: dict[Any, Any] = {}
        _box(owner)[name] = found
        return found
