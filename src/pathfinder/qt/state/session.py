"""The one place that holds the loaded pack, the learner's state and the current plan.

Panels listen to the signals here and ask the session for changes; they never talk to
each other. Edits a user makes go through undo commands (qt/state/commands.py) that call the
`apply_*` methods, so every edit can be undone.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from pathfinder.core import figures, timeline
from pathfinder.core.catalog import Catalog
from pathfinder.core.planner import NoPathError, Plan, held_skills, plan
from pathfinder.core.profile import MAX_HOURS_PER_WEEK, MIN_HOURS_PER_WEEK
from pathfinder.core.skills import closure, fit_and_hours, roles_by_essential_skill
from pathfinder.core.suggest import Suggestion, next_skill, suggest

DEFAULT_HOURS_PER_WEEK = 8.0


class SkillState(StrEnum):
    HAVE = "have"
    LEARNING = "learning"
    NOT_YET = "not-yet"


class Session(QObject):
    packAboutToChange = Signal()  # the old catalog's ids are still in place
    packChanged = Signal()  # a new catalog: rebuild everything
    skillsChanged = Signal(object)  # set[str] of skill ids whose shown state may have changed
    rolesChanged = Signal()  # current or target role changed
    planChanged = Signal()  # plan, fits and suggestions were recomputed
    selectionChanged = Signal(str)  # selected role id, "" for none
    paceChanged = Signal(float)  # hours per week
    interestsChanged = Signal()
    learnerChanged = Signal()  # anything a profile stores changed: time to save
    learnerLoaded = Signal()  # another learner is shown (load_learner), not an edit

    def __init__(
        self, catalog: Catalog, pack_path: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)  # bounded: a long session must not grow without end
        self._catalog = catalog
        self.pack_path = pack_path
        self._states: dict[str, SkillState] = {}
        self._current: str | None = None
        self._target: str | None = None
        self._selected: str | None = None
        self._interests: tuple[str, ...] = ()
        self._hours_per_week = DEFAULT_HOURS_PER_WEEK
        self.max_steps = 6
        self._held: frozenset[str] = frozenset()
        # The current role's skills the learner says they lack (the profile's `not_held`),
        # and the ones counted as theirs because of the role ("from your role").
        self._not_held: frozenset[str] = frozenset()
        self._from_role: frozenset[str] = frozenset()
        self._role_skills: frozenset[str] = frozenset()
        self._plan: Plan | None = None
        self._plan_error: NoPathError | None = None
        self._fits: dict[str, float] = {}
        self._scores: dict[str, tuple[float, float]] = {}  # role -> (fit, hours left)
        self._scores_of: Catalog | None = None  # the catalog _scores were computed for
        self._suggestions: list[Suggestion] | None = None  # worked out when first asked for
        self._recompute()

    # ----- reading -----------------------------------------------------------------------------

    @property
    def catalog(self) -> Catalog:
        return self._catalog

    def skill_state(self, skill: str) -> SkillState:
        return self._states.get(skill, SkillState.NOT_YET)

    def is_implied(self, skill: str) -> bool:
        """Held only because a ticked skill requires it."""
        return (
            skill in self._held
            and skill not in self._from_role
            and self.skill_state(skill) is not SkillState.HAVE
        )

    def is_from_role(self, skill: str) -> bool:
        """Counted as held because the current role needs it (and not ticked)."""
        return skill in self._from_role

    def is_not_held(self, skill: str) -> bool:
        """One of the current role's skills that the learner marked as not held."""
        return skill in self._not_held and skill in self._role_skills and skill not in self._held

    def is_role_skill(self, skill: str) -> bool:
        """The current role needs it (directly or as a prerequisite): it can be from the role."""
        return skill in self._role_skills

    @property
    def from_role(self) -> frozenset[str]:
        return self._from_role

    @property
    def not_held(self) -> frozenset[str]:
        """What the profile stores: kept across role changes, used only for the current role."""
        return self._not_held

    @property
    def have(self) -> frozenset[str]:
        return frozenset(s for s, st in self._states.items() if st is SkillState.HAVE)

    @property
    def learning(self) -> frozenset[str]:
        return frozenset(s for s, st in self._states.items() if st is SkillState.LEARNING)

    @property
    def held(self) -> frozenset[str]:
        """What the planner treats as known: closure(have) and the skills from the role."""
        return self._held

    @property
    def current_role(self) -> str | None:
        return self._current

    @property
    def target_role(self) -> str | None:
        return self._target

    @property
    def selected_role(self) -> str | None:
        return self._selected

    @property
    def interests(self) -> tuple[str, ...]:
        return self._interests

    @property
    def hours_per_week(self) -> float:
        return self._hours_per_week

    @property
    def plan(self) -> Plan | None:
        return self._plan

    @property
    def plan_error(self) -> NoPathError | None:
        return self._plan_error

    @property
    def suggestions(self) -> list[Suggestion]:
        """Roles that fit best (not the current one); ranking 3,000 roles on every tick costs
        more than the tick itself, so only when a panel shows them."""
        if self._suggestions is None:
            self._suggestions = suggest(
                self._catalog,
                self.have,
                self._interests,
                limit=8,
                scores=self._scores,
                start=self._current,
                not_held=self._not_held,
            )
        return self._suggestions

    def best_fits(
        self, among: Iterable[str], limit: int, exclude: Iterable[str] = ()
    ) -> list[Suggestion]:
        """The roles of `among` that fit best, ranked and explained as `suggestions` are."""
        return suggest(
            self._catalog,
            self.have,
            self._interests,
            limit=limit,
            exclude=exclude,
            scores=self._scores,
            among=among,
            start=self._current,
            not_held=self._not_held,
            below=True,  # a route's roles: the caller has already chosen which to offer
        )

    def fit(self, role: str) -> float:
        return self._fits.get(role, 0.0)

    @property
    def next_skill(self) -> str | None:
        """The first gap of the plan shown (or of the plan to the top suggestion)."""
        if self._plan is not None:
            return self._plan.next_skill
        found = next_skill(
            self._catalog,
            self.have,
            self.suggestions,
            self._current,
            self.max_steps,
            not_held=self._not_held,
        )
        return found[0] if found else None

    def weeks_for(self, hours: float) -> float:
        """Weeks of study for `hours` at the learner's pace (core/timeline.py)."""
        return timeline.study_weeks(hours, self._hours_per_week)

    def study_text(self, hours: float) -> str:
        """'about 3 weeks of study at 8 h a week': the same words and rounding everywhere."""
        weeks = figures.weeks_text(self.weeks_for(hours))
        return self.tr("{weeks} of study at {pace} h a week").format(
            weeks=weeks, pace=figures.hours_number(self._hours_per_week)
        )

    # ----- changing (called by undo commands, or directly for non-undoable view state) --------

    def apply_skill_states(self, states: dict[str, SkillState]) -> None:
        before = self._held | set(self._states)
        for skill, state in states.items():
            if state is SkillState.NOT_YET:
                self._states.pop(skill, None)
            else:
                self._states[skill] = state
        self._recompute()
        changed = set(states) | (before ^ (self._held | set(self._states)))
        self.skillsChanged.emit(changed)
        self.planChanged.emit()
        self.learnerChanged.emit()

    def apply_not_held(self, not_held: Iterable[str]) -> None:
        """The current role's skills the learner lacks (undo commands call this)."""
        held, marked = self._held, self._not_held
        self._not_held = frozenset(not_held)
        self._recompute()
        # Rows whose state changed: held or not, and marked or not (a click changes both).
        self.skillsChanged.emit(set(held ^ self._held) | set(marked ^ self._not_held))
        self.planChanged.emit()
        self.learnerChanged.emit()

    def apply_roles(self, current: str | None, target: str | None) -> None:
        before = self._held
        self._current, self._target = current, target
        self._recompute()
        if before != self._held:  # the role's skills come and go with the role
            self.skillsChanged.emit(set(before ^ self._held) | self._from_role)
        self.rolesChanged.emit()
        self.planChanged.emit()
        self.learnerChanged.emit()

    def set_interests(self, interests: tuple[str, ...]) -> None:
        self._interests = interests
        self._recompute()
        self.interestsChanged.emit()
        self.planChanged.emit()
        self.learnerChanged.emit()

    def set_hours_per_week(self, hours: float) -> None:
        # The profile's bounds: a pace of 5e-324 hours made every "weeks" infinite.
        hours = min(max(hours, MIN_HOURS_PER_WEEK), MAX_HOURS_PER_WEEK) if hours > 0 else 0
        if hours > 0 and hours != self._hours_per_week:
            self._hours_per_week = hours
            # The best path is the soonest at the learner's pace, so the pace can change it.
            self._recompute()
            self.paceChanged.emit(hours)
            self.planChanged.emit()
            self.learnerChanged.emit()

    def load_learner(
        self,
        states: dict[str, SkillState],
        current: str | None,
        target: str | None,
        interests: tuple[str, ...],
        hours_per_week: float,
        not_held: Iterable[str] = (),
    ) -> None:
        """Show another learner (switching profiles): everything at once, nothing to undo.
        Ids this pack lacks are left out here; the profile keeps them."""
        known = self._catalog.skill_by_id
        roles = self._catalog.role_by_id
        before = set(self._states) | self._held
        self._states = {s: st for s, st in states.items() if s in known}
        self._current = current if current in roles else None
        self._target = target if target in roles else None
        self._interests = interests
        self._not_held = frozenset(not_held)
        if hours_per_week > 0:
            self._hours_per_week = min(max(hours_per_week, MIN_HOURS_PER_WEEK), MAX_HOURS_PER_WEEK)
        self.undo_stack.clear()
        self._recompute()
        self.skillsChanged.emit(before | set(self._states) | self._held)
        self.rolesChanged.emit()
        self.paceChanged.emit(self._hours_per_week)
        self.interestsChanged.emit()
        self.planChanged.emit()
        self.learnerLoaded.emit()

    def select_role(self, role: str | None) -> None:
        if role != self._selected:
            self._selected = role
            self.selectionChanged.emit(role or "")

    def replace_catalog(self, catalog: Catalog, pack_path: Path | None) -> None:
        """Open another pack; the learner's state is kept where the new pack has the same ids."""
        self.packAboutToChange.emit()
        self._catalog = catalog
        self.pack_path = pack_path
        self._states = {s: st for s, st in self._states.items() if s in catalog.skill_by_id}
        if self._current not in catalog.role_by_id:
            self._current = None
        if self._target not in catalog.role_by_id:
            self._target = None
        if self._selected not in catalog.role_by_id:
            self._selected = None
        self.undo_stack.clear()  # commands refer to the old pack's ids
        self._recompute()
        self.packChanged.emit()
        self.planChanged.emit()

    def _recompute(self) -> None:
        catalog = self._catalog
        held, from_role = held_skills(catalog, self.have, self._current, self._not_held)
        before, self._held, self._from_role = self._held, held, frozenset(from_role)
        role = catalog.role_by_id.get(self._current) if self._current else None
        self._role_skills = closure(catalog, role.essential) if role else frozenset()
        self._update_scores(before)
        self._plan, self._plan_error = None, None
        if self._target is not None:
            try:
                self._plan = plan(
                    catalog,
                    self.have,
                    self._target,
                    self._current,
                    self.max_steps,
                    hours_per_week=self._hours_per_week,
                    not_held=self._not_held,
                )
            except NoPathError as exc:
                self._plan_error = exc
        self._suggestions = None

    def _update_scores(self, held_before: frozenset[str]) -> None:
        """Fit and hours left per role; after a tick only roles needing a skill that changed
        can differ, which in a 3,000-role pack is a few dozen instead of all of them."""
        catalog, held = self._catalog, self._held
        if self._scores_of is not catalog:
            self._scores_of, self._scores, self._fits = catalog, {}, {}
            roles: Iterable[str] = catalog.role_by_id
        else:
            index = roles_by_essential_skill(catalog)
            roles = {r for s in held_before ^ held for r in index.get(s, ())}
        for role in roles:
            score = self._scores[role] = fit_and_hours(catalog, role, held)
            self._fits[role] = score[0]
