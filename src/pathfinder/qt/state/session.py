"""The window's view of the learner: a thin Qt adapter over core/learner.py.

The learner's state, and everything worked out from it (held skills, fits, the plan), lives in
the Qt-free `Learner`, which the command line and the report use too. The session holds it
with the open pack, the undo stack and what the window alone needs (the selected role), and
turns each change of the learner into the signals the panels listen to. Panels never talk to
each other. Edits a user makes go through undo commands (qt/state/edits.py, worded in
qt/state/commands.py) that change the learner, so every edit can be undone.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from pathfinder.core import figures, timeline
from pathfinder.core.catalog import Catalog
from pathfinder.core.learner import Change, Learner, clamp_pace
from pathfinder.core.planner import NoPathError, Plan
from pathfinder.core.profile import Profile, SkillMark
from pathfinder.core.suggest import Suggestion
from pathfinder.qt.state.edits import SetInterests, SetPace

# The panels' name for a skill's mark: the one enum of core/profile.py.
SkillState = SkillMark

__all__ = ["Session", "SkillState"]


class Session(QObject):
    packAboutToChange = Signal()  # the old catalog's ids are still in place
    packChanged = Signal()  # a new catalog: rebuild everything
    skillsChanged = Signal(object)  # set[str] of skill ids whose shown state may have changed
    rolesChanged = Signal()  # current or target role changed
    planChanged = Signal()  # plan, fits and suggestions were recomputed
    selectionChanged = Signal(str)  # selected role id, "" for none
    paceChanged = Signal(float)  # hours per week
    interestsChanged = Signal()
    nameChanged = Signal()  # the learner's name
    notesChanged = Signal()  # a note added, edited or deleted
    learnerChanged = Signal()  # anything a profile stores changed: time to save
    learnerLoaded = Signal()  # another learner (or pack) is shown (load_profile), not an edit

    def __init__(
        self, catalog: Catalog, pack_path: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)  # bounded: a long session must not grow without end
        self.pack_path = pack_path
        self._selected: str | None = None
        self.learner = Learner(catalog)
        self.learner.listen(self._changed)

    def _changed(self, change: Change) -> None:
        """The learner changed: tell the panels what, in the order they expect."""
        if change.pack:
            self.packChanged.emit()
        if change.skills:
            self.skillsChanged.emit(change.skills)
        if change.roles:
            self.rolesChanged.emit()
        if change.pace:
            self.paceChanged.emit(self.learner.hours_per_week)
        if change.interests:
            self.interestsChanged.emit()
        # Another learner: learnerLoaded (and the keeper's profileChanged) say it all.
        if change.name and not change.loaded:
            self.nameChanged.emit()
        if change.notes and not change.loaded:
            self.notesChanged.emit()
        if change.plan:
            self.planChanged.emit()
        if change.loaded:
            self.learnerLoaded.emit()
        else:
            self.learnerChanged.emit()

    # ----- reading (the learner's, for the panels) ---------------------------------------------

    @property
    def catalog(self) -> Catalog:
        return self.learner.catalog

    @property
    def max_steps(self) -> int:
        return self.learner.max_steps

    def skill_state(self, skill: str) -> SkillMark:
        return self.learner.mark(skill)

    def is_implied(self, skill: str) -> bool:
        """Held only because a ticked skill requires it."""
        learner = self.learner
        return (
            skill in learner.held
            and skill not in learner.from_role
            and learner.mark(skill) is not SkillMark.HAVE
        )

    def is_from_role(self, skill: str) -> bool:
        """Counted as held because the current role needs it (and not ticked)."""
        return skill in self.learner.from_role

    def is_not_held(self, skill: str) -> bool:
        """One of the current role's skills that the learner marked as not held."""
        learner = self.learner
        return (
            skill in learner.not_held and skill in learner.role_skills and skill not in learner.held
        )

    def is_role_skill(self, skill: str) -> bool:
        """The current role needs it (directly or as a prerequisite): it can be from the role."""
        return skill in self.learner.role_skills

    @property
    def from_role(self) -> frozenset[str]:
        return self.learner.from_role

    @property
    def not_held(self) -> frozenset[str]:
        """What the profile stores: kept across role changes, used only for the current role."""
        return self.learner.not_held

    @property
    def have(self) -> frozenset[str]:
        return self.learner.have

    @property
    def learning(self) -> frozenset[str]:
        return self.learner.learning

    @property
    def held(self) -> frozenset[str]:
        """What the planner treats as known: closure(have) and the skills from the role."""
        return self.learner.held

    @property
    def current_role(self) -> str | None:
        return self.learner.current_role

    @property
    def target_role(self) -> str | None:
        return self.learner.target_role

    @property
    def selected_role(self) -> str | None:
        return self._selected

    @property
    def interests(self) -> tuple[str, ...]:
        return self.learner.interests

    @property
    def hours_per_week(self) -> float:
        return self.learner.hours_per_week

    @property
    def plan(self) -> Plan | None:
        return self.learner.plan

    @property
    def plan_error(self) -> NoPathError | None:
        return self.learner.plan_error

    @property
    def suggestions(self) -> list[Suggestion]:
        return self.learner.suggestions

    def best_fits(
        self, among: Iterable[str], limit: int, exclude: Iterable[str] = ()
    ) -> list[Suggestion]:
        """The roles of `among` that fit best, ranked and explained as `suggestions` are."""
        return self.learner.best_fits(among, limit, exclude)

    def fit(self, role: str) -> float:
        return self.learner.fit(role)

    @property
    def next_skill(self) -> str | None:
        return self.learner.next_skill

    def weeks_for(self, hours: float) -> float:
        """Weeks of study for `hours` at the learner's pace (core/timeline.py)."""
        return timeline.study_weeks(hours, self.hours_per_week)

    def study_text(self, hours: float) -> str:
        """'about 3 weeks of study at 8 h a week': the same words and rounding everywhere."""
        weeks = figures.weeks_text(self.weeks_for(hours))
        return self.tr("{weeks} of study at {pace} h a week").format(
            weeks=weeks, pace=figures.hours_number(self.hours_per_week)
        )

    # ----- changing (undo commands change the learner; these are for the rest) ---------------

    def apply_skill_states(self, states: dict[str, SkillMark]) -> None:
        self.learner.set_marks(states)

    def apply_not_held(self, not_held: Iterable[str]) -> None:
        self.learner.set_not_held(not_held)

    def apply_roles(self, current: str | None, target: str | None) -> None:
        self.learner.set_roles(current, target)

    def set_interests(self, interests: tuple[str, ...]) -> None:
        """The learner ticked or unticked what they enjoy: one undoable edit."""
        shown = set(self.learner.interests) & _pack_tags(self.catalog)
        if set(interests) == shown:
            return
        added = [t for t in interests if t not in shown]
        removed = sorted(shown - set(interests))
        if len(added) == 1 and not removed:
            text = self.tr("Tick interest {tag}").format(tag=_shown(added[0]))
        elif len(removed) == 1 and not added:
            text = self.tr("Untick interest {tag}").format(tag=_shown(removed[0]))
        else:
            text = self.tr("Change interests")
        self.undo_stack.push(SetInterests(self, tuple(interests), text))

    def set_hours_per_week(self, hours: float) -> None:
        """The learner picked a pace: one undoable edit (the profile's bounds hold: a pace
        of 5e-324 hours made every "weeks" infinite)."""
        hours = clamp_pace(hours)
        if hours > 0 and hours != self.hours_per_week:
            text = self.tr("Set pace to {hours} h a week").format(hours=figures.hours_number(hours))
            self.undo_stack.push(SetPace(self, hours, text))

    def load_profile(self, profile: Profile) -> None:
        """Show another learner (switching profiles): everything at once, nothing to undo.
        Ids this pack lacks are not shown; the profile keeps them."""
        self.undo_stack.clear()  # the edits were the other learner's
        self.learner.load(profile)

    def select_role(self, role: str | None) -> None:
        if role != self._selected:
            self._selected = role
            self.selectionChanged.emit(role or "")

    def replace_catalog(self, catalog: Catalog, pack_path: Path | None) -> None:
        """Open another pack; the learner's state is kept where the new pack has the same ids."""
        self.packAboutToChange.emit()
        self.pack_path = pack_path
        if self._selected not in catalog.role_by_id:
            self._selected = None
        self.undo_stack.clear()  # commands refer to the old pack's ids
        self.learner.switch_catalog(catalog)


def _pack_tags(catalog: Catalog) -> set[str]:
    return {tag for role in catalog.roles for tag in role.interests}


def _shown(tag: str) -> str:
    """An interest as its check box reads: "model-building" is "model building"."""
    return tag.replace("-", " ")
