"""Opens a learner's profile in the session and saves it within a second of a change.

The profile is the session's learner's (core/learner.py): every edit is already in it, so
saving writes it as it is. The keeper knows which file it came from, when it needs writing,
and what to do when a write fails or another window wrote the file meanwhile. A save that
fails is retried every few seconds until it works (a full disk that gets space again), and
the learner is told once, not on every tick.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from pathfinder.core.profile import Note, Profile, switch_pack
from pathfinder.io.profiles import ProfileConflict, ProfileError, ProfileStore
from pathfinder.qt.state import commands
from pathfinder.qt.state.session import Session

SAVE_DELAY_MS = 500  # "within a second of a change", and one write for a burst of ticks
RETRY_MS = 5000  # a failed save is tried again this often while changes wait


def now_utc() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class ProfileKeeper(QObject):
    profileChanged = Signal()  # another profile is open (or its name/notes changed)
    saved = Signal(str)  # path
    saveFailed = Signal(str)  # message for the user (once per run of failed saves)
    saveResumed = Signal()  # a save worked again after failures
    conflict = Signal(str)  # path changed on disk by someone else since we read it

    def __init__(
        self, session: Session, store: ProfileStore, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.store = store
        self._open = False  # a profile is open (else the session shows a nameless learner)
        self.path: Path | None = None
        self._loading = False
        # Saving only what changed keeps a window that merely looked at a profile from
        # raising a conflict with (or overwriting) another window that edited it.
        self._dirty = False
        # While the learner has not chosen between two versions, nothing is written.
        self.conflict_pending = False
        self.conflict_reason = ""  # what the store said about the other version
        # A profile that could not be written yet (first start on a full or read-only disk):
        # the first save that works makes its file.
        self._unwritten = False
        self.failing = ""  # the last save problem, "" when saves work
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        session.learnerChanged.connect(self._on_learner_changed)
        # The Learner panel and the window title show the name and the notes.
        session.nameChanged.connect(self.profileChanged)
        session.notesChanged.connect(self.profileChanged)

    @property
    def profile(self) -> Profile | None:
        """The open profile: the session's learner's own, never a copy."""
        return self.session.learner.profile if self._open else None

    # ----- opening -------------------------------------------------------------------------

    def open(self, path: Path) -> None:
        """Show the profile at `path` (raises ProfileError if it cannot be read).

        The profile we leave is written first; if that fails it stays open (and the error
        says so), because switching would throw its unsaved changes away.
        """
        if not self.save_now() and self.profile is not None:
            raise ProfileError(
                self.path or self.store.folder,
                self.tr(
                    "its latest changes are not saved yet, so it stays open and nothing is lost;"
                    " choose which version to keep first"
                )
                if self.conflict_pending
                else self.tr(
                    "its latest changes are not saved yet, so it stays open and nothing is lost;"
                    " fix the problem shown in the status bar, then switch again"
                ),
            )
        profile = self.store.load(path)
        self.path = path
        self._dirty = self.conflict_pending = self._unwritten = False
        self.failing = ""
        if profile.pack is None:
            self._dirty = True
        # Another pack's roles wait in `packs`; this pack's come out (no save needed).
        switch_pack(profile, self.session.catalog.id)
        self._show(profile)
        self.profileChanged.emit()

    def open_unwritten(self, profile: Profile) -> None:
        """Show a profile that has no file yet because none could be made; the learner works
        with it as usual and it is written as soon as the folder takes files again."""
        self.path = None
        self._unwritten = self._dirty = True
        self.conflict_pending = False
        switch_pack(profile, self.session.catalog.id)
        self._show(profile)
        self.profileChanged.emit()
        self._timer.start()

    def _show(self, profile: Profile) -> None:
        self._open = True
        self._loading = True
        try:
            show_profile(self.session, profile)
        finally:
            self._loading = False

    def pack_about_to_change(self) -> None:
        """Write the learner's latest ticks while the profile still names the old pack."""
        self.save_now()

    def pack_switched(self) -> None:
        """The session has a new pack (the learner took the roles chosen in it before, and
        kept the old pack's for it): what is "not in this pack" changed."""
        if self.profile is not None:
            self.profileChanged.emit()

    # ----- what the session cannot show ------------------------------------------------------

    def missing_ids(self) -> tuple[list[str], list[str]]:
        """Skills and roles of this profile that the open pack does not have (kept on save)."""
        if self.profile is None:
            return [], []
        skills, roles = self.session.learner.missing
        return list(skills), list(roles)

    def other_packs(self) -> dict[str, list[str]]:
        """Roles the learner chose in other packs, by pack id (kept for when they open it)."""
        if self.profile is None:
            return {}
        return {
            pack: [r for r in (part.current_role, part.target_role) if r]
            for pack, part in self.profile.packs.items()
            if part.current_role or part.target_role
        }

    def add_note(self, text: str) -> bool:
        """Add a note, as one undoable edit; False (nothing added) for an empty one, one over
        the length limit, or one more than a profile holds."""
        if self.profile is None:
            return False
        return commands.add_note(self.session, Note(at=now_utc(), text=text))

    def rename(self, name: str) -> None:
        """A new name for the open learner, as one undoable edit."""
        if self.profile is not None:
            commands.rename_learner(self.session, name)

    # ----- saving -------------------------------------------------------------------------

    def _on_learner_changed(self) -> None:
        if not self._loading and self.profile is not None:
            self._changed()

    def _changed(self) -> None:
        self._dirty = True
        self._timer.start()

    def _stamp_pack(self, profile: Profile) -> None:
        """The version of the open pack this profile was last saved with."""
        catalog = self.session.catalog
        if profile.pack == catalog.id:
            profile.pack_version = catalog.version

    def save_now(self, *, force: bool = False) -> bool:
        """Write the profile if it changed; False when its changes could not be written.

        `force` is the learner's answer to a conflict: write ours over the other version.
        """
        self._timer.stop()
        if self.profile is None:
            return True
        if self.conflict_pending and not force:
            return False  # the question is still open; asking twice would not help
        if not self._dirty and not force:
            return True
        self._stamp_pack(self.profile)
        try:
            if self._unwritten or self.path is None:
                self.path = self.store.add(self.profile).path
                self._unwritten = False
                self.profileChanged.emit()  # now it has a file: remembered as the last one
                written = self.profile
            else:
                written = self.store.save(self.profile, self.path, force=force)
        except ProfileConflict as exc:
            self.conflict_pending = True
            self.conflict_reason = exc.message
            self.conflict.emit(str(self.path))
            return False
        except (ProfileError, OSError) as exc:
            self._failed(str(exc) if isinstance(exc, ProfileError) else f"{exc.strerror or exc}")
            return False
        self._dirty = self.conflict_pending = False
        if written is not self.profile:  # another window's edits of other fields came in
            self._show(written)
            self.profileChanged.emit()
        if self.failing:
            self.failing = ""
            self.saveResumed.emit()
        self.saved.emit(str(self.path))
        return True

    def _failed(self, message: str) -> None:
        if message != self.failing:
            self.failing = message
            self.saveFailed.emit(message)
        self._timer.start(RETRY_MS)  # when space or permission returns, the save goes through

    def reload_from_disk(self) -> None:
        """After a conflict, take the other window's version.

        When there is none to take (deleted meanwhile, or half-written by another program,
        which the store moves to damaged/), the learner's version is kept and written, and
        they are told why: the window is never left waiting for an answer nobody can give.
        """
        if self.path is None:
            return
        try:
            profile = self.store.load(self.path)
        except ProfileError as exc:
            self.conflict_pending = False
            self._dirty = True
            saved = self.save_now(force=True)
            told = (
                self.tr(
                    "{problem}. The other version could not be loaded, so Pathfinder kept the"
                    " version in this window and saved it"
                )
                if saved
                else self.tr(
                    "{problem}. The other version could not be loaded, so Pathfinder kept the"
                    " version in this window"
                )
            )
            self.saveFailed.emit(told.format(problem=exc))
            return
        self._dirty = self.conflict_pending = False
        switch_pack(profile, self.session.catalog.id)
        self._show(profile)
        self.profileChanged.emit()


def show_profile(session: Session, profile: Profile) -> None:
    """The profile's learner in `session` (the window, and a `--snapshot` of it, which only
    reads the profile)."""
    session.load_profile(profile)
