"""The learner as the window, the command line and the report see them, without Qt.

A `Learner` holds one profile (core/profile.py) and the pack it is shown with, and keeps
what follows from them: the skills they hold (ticked, implied by a ticked skill, or from
their current role), how well each role fits, and the plan to their target, worked out
again after every change. The profile is the one record of the learner: every change is
written into it at once, so saving it, reporting on it or planning with it needs no
conversion. What the pack lacks (skills, roles and interests of other packs, other packs'
roles, unknown keys) stays in the profile untouched.

Every change tells the listeners what it changed (a `Change`), so a view can redraw only
that; the window's Qt adapter (qt/state/session.py) turns it into signals.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Final

from pathfinder.core.catalog import Catalog
from pathfinder.core.fits import RoleFits
from pathfinder.core.planner import NoPathError, Plan, held_skills, plan
from pathfinder.core.profile import (
    IN_FILE,
    MAX_HOURS_PER_WEEK,
    MAX_NOTE_CHARS,
    MAX_NOTES,
    MIN_HOURS_PER_WEEK,
    Note,
    Profile,
    SkillMark,
    switch_pack,
)
from pathfinder.core.skills import closure
from pathfinder.core.suggest import Suggestion, next_skill, suggest
from pathfinder.core.timeline import DEFAULT_MAX_STEPS

SUGGESTIONS: Final = 8  # roles the window offers when no target is chosen


@dataclass
class Change:
    """What one change of the learner touched; views redraw only that."""

    skills: set[str] = field(default_factory=set)  # skills whose shown state may differ
    roles: bool = False  # current or target role
    pace: bool = False
    interests: bool = False
    name: bool = False
    notes: bool = False
    plan: bool = False  # plan, fits and suggestions were worked out again
    pack: bool = False  # another pack: every view starts again
    loaded: bool = False  # another learner (or pack) is shown: not an edit, nothing to save


Listener = Callable[[Change], None]


def clamp_pace(hours: float) -> float:
    """The pace within the profile's bounds; 0 (no pace) for nothing, a negative or NaN."""
    if not hours > 0:
        return 0.0
    return min(max(hours, MIN_HOURS_PER_WEEK), MAX_HOURS_PER_WEEK)


class Learner:
    def __init__(
        self,
        catalog: Catalog,
        profile: Profile | None = None,
        *,
        max_steps: int = DEFAULT_MAX_STEPS,
    ) -> None:
        self._catalog = catalog
        self._profile = profile if profile is not None else Profile(name="")
        self.max_steps = max_steps
        self._listeners: list[Listener] = []
        # The profile's marks of skills this pack has: what the planner and the views read
        # on every tick. Kept in step with profile.skills by every change.
        self._marks: dict[str, SkillMark] = {}
        self._not_held: frozenset[str] = frozenset()  # the profile's, as a set (read per row)
        self._held: frozenset[str] = frozenset()
        self._from_role: frozenset[str] = frozenset()
        self._role_skills: frozenset[str] = frozenset()
        self._plan: Plan | None = None
        self._plan_error: NoPathError | None = None
        self._fits = RoleFits()
        self._suggestions: list[Suggestion] | None = None  # worked out when first asked for
        self._read_marks()
        self._recompute()

    def listen(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _tell(self, change: Change) -> Change:
        for listener in self._listeners:
            listener(change)
        return change

    # ----- reading ---------------------------------------------------------------------------

    @property
    def catalog(self) -> Catalog:
        return self._catalog

    @property
    def profile(self) -> Profile:
        """The learner's profile, up to date with every change (what is saved)."""
        return self._profile

    @property
    def name(self) -> str:
        return self._profile.name

    @property
    def notes(self) -> list[Note]:
        return self._profile.notes

    @property
    def missing(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(skills, roles) of the profile this pack does not have: kept, shown as missing."""
        catalog, profile = self._catalog, self._profile
        skills = tuple(sorted(s for s in profile.skills if s not in catalog.skill_by_id))
        roles = tuple(
            r
            for r in (profile.current_role, profile.target_role)
            if r and r not in catalog.role_by_id
        )
        return skills, roles

    def mark(self, skill: str) -> SkillMark:
        return self._marks.get(skill, SkillMark.NOT_YET)

    @property
    def have(self) -> frozenset[str]:
        return frozenset(s for s, m in self._marks.items() if m is SkillMark.HAVE)

    @property
    def learning(self) -> frozenset[str]:
        return frozenset(s for s, m in self._marks.items() if m is SkillMark.LEARNING)

    @property
    def held(self) -> frozenset[str]:
        """What the planner treats as known: closure(have) and the skills from the role."""
        return self._held

    @property
    def from_role(self) -> frozenset[str]:
        """Counted as held because the current role needs them (and not ticked)."""
        return self._from_role

    @property
    def role_skills(self) -> frozenset[str]:
        """What the current role needs, prerequisites included."""
        return self._role_skills

    @property
    def not_held(self) -> frozenset[str]:
        """The current role's skills the learner says they lack (the profile's `not_held`):
        kept across role changes, used only for the current role."""
        return self._not_held

    @property
    def current_role(self) -> str | None:
        """The profile's current role when this pack has it."""
        role = self._profile.current_role
        return role if role in self._catalog.role_by_id else None

    @property
    def target_role(self) -> str | None:
        role = self._profile.target_role
        return role if role in self._catalog.role_by_id else None

    @property
    def interests(self) -> tuple[str, ...]:
        return tuple(self._profile.interests)

    @property
    def hours_per_week(self) -> float:
        return self._profile.hours_per_week

    @property
    def plan(self) -> Plan | None:
        return self._plan

    @property
    def plan_error(self) -> NoPathError | None:
        return self._plan_error

    def fit(self, role: str) -> float:
        return self._fits.fit(self._catalog, role)

    @property
    def scores(self) -> Mapping[str, tuple[float, float]]:
        """(fit, hours left) per role, as suggest() takes them."""
        return self._fits.scores(self._catalog)

    @property
    def suggestions(self) -> list[Suggestion]:
        """Roles that fit best (not the current one); ranking 3,000 roles on every tick costs
        more than the tick itself, so only when someone asks."""
        if self._suggestions is None:
            self._suggestions = self.best_fits(None, SUGGESTIONS, below=False)
        return self._suggestions

    def best_fits(
        self,
        among: Iterable[str] | None,
        limit: int,
        exclude: Iterable[str] = (),
        *,
        below: bool = True,
    ) -> list[Suggestion]:
        """The roles of `among` (None: all) that fit best, ranked and explained alike.
        `below`: roles under the current role's level count too (a route's roles: the caller
        has already chosen which to offer)."""
        return suggest(
            self._catalog,
            self.have,
            self.interests,
            limit=limit,
            exclude=exclude,
            scores=self.scores,
            among=among,
            start=self.current_role,
            not_held=self.not_held,
            below=below,
        )

    @property
    def next_skill(self) -> str | None:
        """The first gap of the plan (or of the plan to the best suggestion)."""
        if self._plan is not None:
            return self._plan.next_skill
        found = next_skill(
            self._catalog,
            self.have,
            self.suggestions,
            self.current_role,
            self.max_steps,
            not_held=self.not_held,
        )
        return found[0] if found else None

    # ----- changing ---------------------------------------------------------------------------

    def set_marks(self, marks: Mapping[str, SkillMark]) -> Change:
        """Tick, mark as learning or untick skills of this pack."""
        before = self._held | set(self._marks)
        stored = self._profile.skills
        for skill, mark in marks.items():
            if mark is SkillMark.NOT_YET:
                self._marks.pop(skill, None)
                stored.pop(skill, None)
            else:
                mark = SkillMark(mark)
                self._marks[skill], stored[skill] = mark, IN_FILE[mark]
        self._recompute()
        shown = set(marks) | (before ^ (self._held | set(self._marks)))
        return self._tell(Change(skills=shown, plan=True))

    def set_not_held(self, not_held: Iterable[str]) -> Change:
        """Which of the current role's skills the learner lacks; ids this pack lacks stay."""
        held, marked = self._held, self.not_held
        known = self._catalog.skill_by_id
        kept = [s for s in self._profile.not_held if s not in known]
        self._profile.not_held = kept + sorted(set(not_held) & set(known))
        self._not_held = frozenset(self._profile.not_held)
        self._recompute()
        # Rows whose state changed: held or not, and marked or not (a click changes both).
        shown = set(held ^ self._held) | set(marked ^ self.not_held)
        return self._tell(Change(skills=shown, plan=True))

    def set_roles(self, current: str | None, target: str | None) -> Change:
        """The current and target role (None: starting out / no target). A role the pack
        lacks stays in the profile until the learner picks another one here."""
        before = self._held
        profile = self._profile
        profile.current_role = _role_to_keep(profile.current_role, current, self._catalog)
        profile.target_role = _role_to_keep(profile.target_role, target, self._catalog)
        self._recompute()
        shown: set[str] = set()
        if before != self._held:  # the role's skills come and go with the role
            shown = set(before ^ self._held) | self._from_role
        return self._tell(Change(skills=shown, roles=True, plan=True))

    def set_interests(self, chosen: Iterable[str]) -> Change:
        """What the learner enjoys among this pack's interests; other packs' stay."""
        tags = {tag for role in self._catalog.roles for tag in role.interests}
        shown = list(dict.fromkeys(chosen))
        kept = [i for i in self._profile.interests if i not in tags or i in shown]
        self._profile.interests = kept + [i for i in shown if i not in kept]
        self._recompute()
        return self._tell(Change(interests=True, plan=True))

    def set_pace(self, hours: float) -> Change | None:
        """Hours a week, held to the profile's bounds; None when nothing changed."""
        hours = clamp_pace(hours)
        if hours <= 0 or hours == self._profile.hours_per_week:
            return None
        self._profile.hours_per_week = hours
        # The best path is the soonest at the learner's pace, so the pace can change it.
        self._recompute()
        return self._tell(Change(pace=True, plan=True))

    def rename(self, name: str) -> Change | None:
        """A new name (spaces around it dropped); None for an empty one or the same one."""
        name = name.strip()
        if not name or name == self._profile.name:
            return None
        self._profile.name = name
        return self._tell(Change(name=True))

    def can_add_note(self, text: str) -> bool:
        text = text.strip()
        return bool(text) and len(text) <= MAX_NOTE_CHARS and len(self.notes) < MAX_NOTES

    def set_notes(self, notes: list[Note]) -> Change:
        """Replace the notes (one added, edited or deleted, or such an edit undone). The notes
        are already checked, and checking 20,000 of them again would take seconds."""
        object.__setattr__(self._profile, "notes", list(notes))
        self._profile.__pydantic_fields_set__.add("notes")
        return self._tell(Change(notes=True))

    def load(self, profile: Profile) -> Change:
        """Show another learner (or the same one read again): everything at once."""
        before = set(self._marks) | self._held
        self._profile = profile
        self._read_marks()
        self._recompute()
        return self._tell(_everything(before | set(self._marks) | self._held))

    def switch_catalog(self, catalog: Catalog) -> Change:
        """Show the learner with another pack. A profile that belongs to a pack keeps its
        roles for that pack and takes the ones chosen in the new pack before (switch_pack)."""
        self._catalog = catalog
        if self._profile.pack is not None:
            switch_pack(self._profile, catalog.id)
        self._read_marks()
        self._recompute()
        change = _everything(set(self._marks) | self._held)
        change.pack = True
        return self._tell(change)

    # ----- keeping the derived state --------------------------------------------------------

    def _read_marks(self) -> None:
        known = self._catalog.skill_by_id
        self._marks = {s: SkillMark(m) for s, m in self._profile.skills.items() if s in known}
        self._not_held = frozenset(self._profile.not_held)

    def _recompute(self) -> None:
        catalog, current = self._catalog, self.current_role
        held, from_role = held_skills(catalog, self.have, current, self.not_held)
        before, self._held, self._from_role = self._held, held, frozenset(from_role)
        role = catalog.role_by_id[current] if current else None
        self._role_skills = closure(catalog, role.essential) if role else frozenset()
        self._fits.held_changed(catalog, before, held)
        self._plan, self._plan_error = None, None
        target = self.target_role
        if target is not None:
            try:
                self._plan = plan(
                    catalog,
                    self.have,
                    target,
                    current,
                    self.max_steps,
                    hours_per_week=self.hours_per_week,
                    not_held=self.not_held,
                )
            except NoPathError as exc:
                self._plan_error = exc
        self._suggestions = None


def _everything(skills: set[str]) -> Change:
    return Change(
        skills=skills,
        roles=True,
        pace=True,
        interests=True,
        name=True,
        notes=True,
        plan=True,
        loaded=True,
    )


def _role_to_keep(saved: str | None, shown: str | None, catalog: Catalog) -> str | None:
    """A role this pack lacks stays as saved until the learner picks another one here."""
    if shown is None and saved is not None and saved not in catalog.role_by_id:
        return saved
    return shown
