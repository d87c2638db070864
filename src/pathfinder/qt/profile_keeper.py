"""Keeps the open profile and the session in step, and saves within a second of a change.

The keeper owns the Profile object: the session shows the learner, the keeper remembers
what the session cannot hold (ids this pack lacks, unknown keys, notes) and writes it back.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from pathfinder.core.catalog import Catalog
from pathfinder.core.profile import Note, Profile
from pathfinder.io.profiles import ProfileConflict, ProfileError, ProfileStore
from pathfinder.qt.session import Session, SkillState

SAVE_DELAY_MS = 500  # "within a second of a change", and one write for a burst of ticks


def now_utc() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class ProfileKeeper(QObject):
    profileChanged = Signal()  # another profile is open (or its name/notes changed)
    saved = Signal(str)  # path
    saveFailed = Signal(str)  # message for the user
    conflict = Signal(str)  # path changed on disk by someone else since we read it

    def __init__(
        self, session: Session, store: ProfileStore, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.store = store
        self.profile: Profile | None = None
        self.path: Path | None = None
        self._loading = False
        # Saving only what changed keeps a window that merely looked at a profile from
        # raising a conflict with (or overwriting) another window that edited it.
        self._dirty = False
        # While the learner has not chosen between two versions, nothing is written.
        self.conflict_pending = False
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        session.learnerChanged.connect(self._on_learner_changed)

    # ----- opening -------------------------------------------------------------------------

    def open(self, path: Path) -> None:
        """Show the profile at `path` (raises ProfileError if it cannot be read).

        The profile we leave is written first; if that fails it stays open (and the error
        says so), because switching would throw its unsaved changes away.
        """
        if not self.save_now() and self.path is not None:
            raise ProfileError(
                self.path,
                "its latest changes are not saved yet, so it stays open and nothing is lost"
                + (
                    "; choose which version to keep first"
                    if self.conflict_pending
                    else "; fix the problem shown in the status bar, then switch again"
                ),
            )
        profile = self.store.load(path)
        self.profile, self.path = profile, path
        self._dirty = self.conflict_pending = False
        if profile.pack is None:
            profile.pack = self.session.catalog.id
            self._dirty = True
        self._show(profile)
        self.profileChanged.emit()

    def _show(self, profile: Profile) -> None:
        self._loading = True
        try:
            states = {s: SkillState(mark) for s, mark in profile.skills.items()}
            self.session.load_learner(
                states,
                profile.current_role,
                profile.target_role,
                tuple(profile.interests),
                profile.hours_per_week,
                profile.not_held,
            )
        finally:
            self._loading = False

    def pack_about_to_change(self) -> None:
        """Write the learner's latest ticks while the session still holds the old pack's ids."""
        self.save_now()

    def pack_switched(self) -> None:
        """The session has a new pack: show this profile's learner in it again."""
        if self.profile is not None:
            self._show(self.profile)

    # ----- what the session cannot show ------------------------------------------------------

    def missing_ids(self) -> tuple[list[str], list[str]]:
        """Skills and roles of this profile that the open pack does not have (kept on save)."""
        if self.profile is None:
            return [], []
        catalog = self.session.catalog
        skills = sorted(s for s in self.profile.skills if s not in catalog.skill_by_id)
        roles = [
            r
            for r in (self.profile.current_role, self.profile.target_role)
            if r and r not in catalog.role_by_id
        ]
        return skills, roles

    def add_note(self, text: str) -> None:
        if self.profile is None or not text.strip():
            return
        self.profile.notes = [*self.profile.notes, Note(at=now_utc(), text=text.strip())]
        self.profileChanged.emit()
        self._changed()

    def set_notes(self, notes: list[Note]) -> None:
        """Replace the notes: one was edited, or the edit undone (notes_editor.py)."""
        if self.profile is None:
            return
        self.profile.notes = list(notes)
        self.profileChanged.emit()
        self._changed()

    def rename(self, name: str) -> None:
        if self.profile is not None and name.strip():
            self.profile.name = name.strip()
            self.profileChanged.emit()
            self._changed()

    # ----- saving -------------------------------------------------------------------------

    def _on_learner_changed(self) -> None:
        if not self._loading and self.profile is not None:
            self._changed()

    def _changed(self) -> None:
        self._dirty = True
        self._timer.start()

    def _collect(self, profile: Profile) -> None:
        session = self.session
        catalog = session.catalog
        kept = {s: m for s, m in profile.skills.items() if s not in catalog.skill_by_id}
        shown = {
            s: session.skill_state(s).value
            for s in catalog.skill_by_id
            if session.skill_state(s) is not SkillState.NOT_YET
        }
        profile.skills = {**kept, **shown}  # type: ignore[dict-item]
        profile.current_role = _role_to_keep(profile.current_role, session.current_role, catalog)
        profile.target_role = _role_to_keep(profile.target_role, session.target_role, catalog)
        profile.interests = list(session.interests)
        profile.hours_per_week = session.hours_per_week
        # Ids this pack lacks are kept, as for skills.
        kept_out = [s for s in profile.not_held if s not in catalog.skill_by_id]
        profile.not_held = kept_out + sorted(session.not_held & set(catalog.skill_by_id))
        if profile.pack == catalog.id:
            profile.pack_version = catalog.version

    def save_now(self, *, force: bool = False) -> bool:
        """Write the profile if it changed; False when its changes could not be written.

        `force` is the learner's answer to a conflict: write ours over the other version.
        """
        self._timer.stop()
        if self.profile is None or self.path is None:
            return True
        if self.conflict_pending and not force:
            return False  # the question is still open; asking twice would not help
        if not self._dirty and not force:
            return True
        self._collect(self.profile)
        try:
            self.store.save(self.profile, self.path, force=force)
        except ProfileConflict:
            self.conflict_pending = True
            self.conflict.emit(str(self.path))
            return False
        except ProfileError as exc:
            self.saveFailed.emit(str(exc))
            return False
        except OSError as exc:
            self.saveFailed.emit(f"{self.path}: {exc.strerror or exc}")
            return False
        self._dirty = self.conflict_pending = False
        self.saved.emit(str(self.path))
        return True

    def reload_from_disk(self) -> None:
        """After a conflict, take the other window's version."""
        if self.path is not None:
            try:
                profile = self.store.load(self.path)
            except ProfileError as exc:
                # The other version is unreadable: keep showing ours, and say why.
                self.saveFailed.emit(str(exc))
                return
            self.profile = profile
            self._dirty = self.conflict_pending = False
            self._show(profile)
            self.profileChanged.emit()


def _role_to_keep(saved: str | None, shown: str | None, catalog: Catalog) -> str | None:
    """A role this pack lacks stays as saved until the learner picks another one here."""
    if shown is None and saved is not None and saved not in catalog.role_by_id:
        return saved
    return shown
