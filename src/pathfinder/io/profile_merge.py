"""Putting two windows' edits of one profile together, field by field.

When a save finds that the file changed since this window read it, the two versions are
compared with the one both started from (a three-way merge, as version control does):

- a field only one side changed takes that side's value;
- in `skills` and `packs` each skill and each pack is a field of its own, so one window
  ticking Python and another ticking SQL keeps both ticks;
- notes both sides added are all kept (the other window's first, then this one's);
- a field both sides changed to different values is a conflict: the learner is asked.

The messages a save gives when it cannot merge are here too.
"""

from __future__ import annotations

from typing import Any

from pathfinder.core import words

# Keys whose entries are merged one by one: a skill, a pack's roles.
_BY_ENTRY = ("skills", "packs")
_MISSING = object()


def merge(
    base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any]
) -> tuple[dict[str, Any], list[str]]:
    """The merged JSON object, and the fields both sides changed differently (empty: none)."""
    merged: dict[str, Any] = {}
    conflicts: list[str] = []
    for key in [*ours, *(k for k in theirs if k not in ours)]:
        old, mine, other = (side.get(key, _MISSING) for side in (base, ours, theirs))
        if key in _BY_ENTRY and all(isinstance(v, dict) for v in (mine, other)):
            inner, clashes = merge(old if isinstance(old, dict) else {}, mine, other)
            merged[key] = inner
            conflicts += [f"{key}.{name}" for name in clashes]
            continue
        if key == "notes" and all(isinstance(v, list) for v in (old, mine, other)):
            notes = _merge_notes(old, mine, other)
            if notes is not None:
                merged[key] = notes
                continue
        value = _pick(old, mine, other)
        if value is _CONFLICT:
            conflicts.append(key)
            value = mine
        if value is not _MISSING:
            merged[key] = value
    return merged, conflicts


_CONFLICT = object()


def _pick(old: object, mine: object, other: object) -> object:
    if mine == other or other == old:
        return mine
    if mine == old:
        return other
    return _CONFLICT


def _merge_notes(old: list[Any], mine: list[Any], other: list[Any]) -> list[Any] | None:
    """Both sides only added notes after the common ones: keep all of them."""
    count = len(old)
    if mine[:count] != old or other[:count] != old:
        return None
    added = [n for n in mine[count:] if n not in other[count:]]
    return [*other, *added]


def conflict_message(
    expected: str | None, now: str | None, clashes: list[str] | None = None
) -> str:
    """Why a save stopped: the file is new here, gone, or changed in the same fields."""
    if expected is None:
        return words.translate(
            "Profiles", "this file exists already and was not opened here; refusing to overwrite it"
        )
    if now is None:
        return words.translate(
            "Profiles", "this file was deleted or moved away since it was opened here"
        )
    if clashes:
        return words.translate(
            "Profiles",
            "this file was changed elsewhere (another Pathfinder window, a sync tool or an "
            "editor) since it was opened here, in the same fields as here: {fields}",
        ).format(fields=", ".join(clashes))
    return words.translate(
        "Profiles",
        "this file was changed elsewhere (another Pathfinder window, a sync tool or an "
        "editor) since it was opened here, in the same fields as here",
    )


def swapped_message(was: tuple[str, str], now: tuple[str, str]) -> str:
    """A profile's name that became a link, a folder or a pipe while it was open."""
    if now[0] == "link" and was[0] == "link":
        said = words.translate(
            "Profiles", "is now a link to {target} (it led to {before} when it was opened here)"
        ).format(target=now[1], before=was[1])
    elif now[0] == "link":
        said = words.translate("Profiles", "is now a link to {target}").format(target=now[1])
    elif now[0] == "folder":
        said = words.translate("Profiles", "is now a folder")
    else:
        said = words.translate("Profiles", "is now not a regular file")
    return words.translate(
        "Profiles",
        "{what}; something other than Pathfinder put it there since the profile was "
        "opened, so Pathfinder does not write through it. Your changes are still in this "
        "window: export the profile to keep them, or move that away and save again",
    ).format(what=said)
