"""A learner's profile: who they are, where they stand and what they want (format 1).

The file format is public (docs/profile-format.md). Keys this version does not know are
kept in `extra` and written back unchanged, so a newer Pathfinder's data survives an older one.

What depends on a pack (the current and target role, the essential skills the learner says
they lack) is kept per pack: the top-level keys belong to the pack named in `pack`, and
`packs` keeps the same keys for every other pack the profile has been opened with, so opening
another pack never loses what the learner chose in the first one. Skills and interests are
shared: an id means the same thing in every pack that has it.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field

from pathfinder.core.timeline import DEFAULT_HOURS_PER_WEEK

PROFILE_FORMAT: Final = 1


class SkillMark(StrEnum):
    """Where a learner stands with a skill. A file holds only "have" and "learning": a skill
    not yet started is one the profile does not list."""

    HAVE = "have"
    LEARNING = "learning"
    NOT_YET = "not-yet"


MarkInFile = Literal["have", "learning"]
IN_FILE: Final[dict[SkillMark, MarkInFile]] = {
    SkillMark.HAVE: "have",
    SkillMark.LEARNING: "learning",
}

# Bounds a person never meets (docs/profile-format.md, "Limits"); a file beyond them is
# refused when it is read, so everything that is read can be shown and written back.
MIN_HOURS_PER_WEEK: Final = 0.5  # half an hour a week: the least study a person keeps up
MAX_HOURS_PER_WEEK: Final = 168.0  # every hour of the week
MAX_NOTE_CHARS: Final = 10_000_000  # a book shelf in one note
MAX_NOTES: Final = 20_000  # a note a day for fifty years


# defer_build: each model's validator is made when a profile is first read or made, not when
# this module is imported: the window's first paint shows no profile and should not wait for
# them (nor for pydantic's plugin lookup, which imports importlib.metadata).
class Note(BaseModel):
    model_config = ConfigDict(extra="allow", defer_build=True)

    at: str  # ISO 8601 UTC, e.g. "2026-11-22T10:00:00Z" (the clock lives outside core)
    text: str = Field(max_length=MAX_NOTE_CHARS)


class PackPart(BaseModel):
    """What the profile holds for one pack that is not the open one."""

    model_config = ConfigDict(extra="allow", validate_assignment=True, defer_build=True)

    current_role: str | None = None
    target_role: str | None = None
    not_held: list[str] = Field(default_factory=list)


PACK_KEYS: Final = ("current_role", "target_role", "not_held")


class Profile(BaseModel):
    """What `pathfinder_profile: 1` files hold. Ids of skills and roles are kept even when the
    open pack does not have them: they are shown as "not in this pack", never dropped."""

    model_config = ConfigDict(extra="allow", validate_assignment=True, defer_build=True)

    pathfinder_profile: Literal[1] = PROFILE_FORMAT
    name: str
    pack: str | None = None
    pack_version: str | None = None
    current_role: str | None = None
    target_role: str | None = None
    # Essential skills of the current role the learner says they do NOT have: every other one
    # counts as held ("from your role"). Older Pathfinders keep this key as an unknown one.
    not_held: list[str] = Field(default_factory=list)
    skills: dict[str, MarkInFile] = Field(default_factory=dict)
    interests: list[str] = Field(default_factory=list)
    hours_per_week: float = Field(
        default=DEFAULT_HOURS_PER_WEEK, ge=MIN_HOURS_PER_WEEK, le=MAX_HOURS_PER_WEEK
    )
    notes: list[Note] = Field(default_factory=list, max_length=MAX_NOTES)
    packs: dict[str, PackPart] = Field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The file's JSON object, unknown keys included, in the documented key order."""
        data = self.model_dump(mode="json", exclude_none=False)
        if not data["packs"]:  # a profile only ever opened with one pack stays as it was
            del data["packs"]
        return data


def switch_pack(profile: Profile, pack: str) -> bool:
    """Make `pack` the profile's open pack: the open pack's roles go to `packs`, the new
    pack's come out of it. Nothing is dropped. Returns whether anything moved."""
    old = profile.pack
    if old == pack:
        return False
    parts = dict(profile.packs)
    if old is None and any(getattr(profile, key) for key in PACK_KEYS):
        # A profile that names no pack (written by hand, or before packs were recorded) holds
        # roles chosen in the pack it is first opened with: they stay, they are not reset.
        profile.pack = pack
        return True
    if old is not None:
        kept = {key: getattr(profile, key) for key in PACK_KEYS}
        previous = parts.get(old)
        extra = dict(previous.model_extra or {}) if previous is not None else {}
        if any(kept.values()) or extra:
            parts[old] = PackPart.model_validate({**kept, **extra})
        else:
            parts.pop(old, None)
    mine = parts.pop(pack, None)
    values = (mine or PackPart()).model_dump(include=set(PACK_KEYS))
    profile.packs = parts
    profile.pack = pack
    for key, value in values.items():
        setattr(profile, key, value)
    if mine is not None and mine.model_extra:
        # Unknown per-pack keys of the new pack wait in `packs` until it is left again.
        profile.packs = {**parts, pack: PackPart.model_validate(dict(mine.model_extra))}
    return True
