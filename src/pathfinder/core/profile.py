"""A learner's profile: who they are, where they stand and what they want (format 1).

The file format is public (docs/profile-format.md). Keys this version does not know are
kept in `extra` and written back unchanged, so a newer Pathfinder's data survives an older one.
"""

from __future__ import annotations

from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field

PROFILE_FORMAT: Final = 1
SkillMark = Literal["have", "learning"]


class Note(BaseModel):
    model_config = ConfigDict(extra="allow")

    at: str  # ISO 8601 UTC, e.g. "2026-11-22T10:00:00Z" (the clock lives outside core)
    text: str


class Profile(BaseModel):
    """What `pathfinder_profile: 1` files hold. Ids of skills and roles are kept even when the
    open pack does not have them: they are shown as "not in this pack", never dropped."""

    model_config = ConfigDict(extra="allow", validate_assignment=True)

    pathfinder_profile: Literal[1] = PROFILE_FORMAT
    name: str
    pack: str | None = None
    pack_version: str | None = None
    current_role: str | None = None
    target_role: str | None = None
    skills: dict[str, SkillMark] = Field(default_factory=dict)
    interests: list[str] = Field(default_factory=list)
    hours_per_week: float = Field(default=8.0, gt=0, le=168)
    # Essential skills of the current role the learner says they do NOT have: every other one
    # counts as held ("from your role"). Older Pathfinders keep this key as an unknown one.
    not_held: list[str] = Field(default_factory=list)
    notes: list[Note] = Field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The file's JSON object, unknown keys included, in the documented key order."""
        data = self.model_dump(mode="json", exclude_none=False)
        if not data.get("not_held"):
            # Written only when it says something: files without it stay exactly as before.
            data.pop("not_held", None)
        return data
