"""Learner profiles on disk: reading and saving files, the profile folder, import and export.

The format is public (docs/profile-format.md) and checked in `profile_format.py`: a file that
is not a format-1 profile raises `ProfileError` naming the file and the problem. The folder
(`ProfileStore`) never overwrites such a file: it moves it to `damaged/` and tells the user.
Saves are atomic with a `.bak` of the previous version, and a save refuses to overwrite a file
that changed since it was read (`ProfileConflict`) unless forced. The file mechanics live in
`profile_store.py`.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from pathfinder.core import words
from pathfinder.core.profile import Profile
from pathfinder.io.profile_format import (
    MAX_PROFILE_BYTES,
    ProfileConflict,
    ProfileError,
    parse_profile,
    profile_to_text,
)
from pathfinder.io.profile_format import read_file as _read
from pathfinder.io.profile_merge import conflict_message, merge, swapped_message
from pathfinder.io.profile_problems import (
    cannot_text,
    moved_text,
    skipped_text,
    too_big_text,
    unwritable_text,
)
from pathfinder.io.profile_store import (
    atomic_write,
    backup_path,
    clean_stale_temps,
    content_stamp,
    name_order,
    place_new,
    save_lock,
    set_aside,
    slug,
    take_back,
    what_it_is,
    write_temp,
)
from pathfinder.io.safe_write import write_target

DAMAGED_FOLDER = "damaged"
TRASH_FOLDER = "trash"
SUFFIX = ".json"

__all__ = [
    "MAX_PROFILE_BYTES",
    "ProfileConflict",
    "ProfileEntry",
    "ProfileError",
    "ProfileStore",
    "default_folder",
    "export_profile",
    "import_profile",
    "load_profile",
    "parse_profile",
    "profile_to_text",
    "save_profile",
]


# ----- reading ---------------------------------------------------------------------------------


def load_profile(path: Path) -> Profile:
    """Read and check one profile file. Raises ProfileError, never anything else for bad input."""
    return _read(Path(path))[0]


# ----- writing ---------------------------------------------------------------------------------


def save_profile(profile: Profile, path: Path) -> None:
    """Write atomically, keeping the version it replaces as `NAME.json.bak`; creates the folder."""
    _write(Path(path), _bytes_of(profile, Path(path)), keep_backup=True)


def _bytes_of(profile: Profile, path: Path) -> bytes:
    """The file's bytes; a profile that could not be read back is never written."""
    try:
        data = profile_to_text(profile).encode("utf-8")
    except (UnicodeEncodeError, RecursionError, ValueError) as exc:
        # Reading refuses what cannot be written; this is a profile made in code.
        raise ProfileError(path, unwritable_text(exc)) from None
    if len(data) > MAX_PROFILE_BYTES:
        raise ProfileError(path, too_big_text(MAX_PROFILE_BYTES))
    return data


def _write(path: Path, data: bytes, *, keep_backup: bool) -> None:
    try:
        atomic_write(path, data, keep_backup=keep_backup)
    except OSError as exc:
        raise ProfileError(path, cannot_text("save", exc)) from None


def export_profile(entry_or_path: ProfileEntry | Path, dest_path: Path) -> None:
    """Write a copy of a profile file to `dest_path` atomically (the source is checked first)."""
    source = _path_of(entry_or_path)
    _, raw = _read(source)
    _write(Path(dest_path), raw, keep_backup=False)


def import_profile(src_path: Path, store: ProfileStore) -> ProfileEntry:
    """Copy a profile file into the store's folder under a free file name.

    The file is checked first (ProfileError names it; it is never moved). When a profile of
    the same name exists, the copy is called "Ada (2)", "Ada (3)", ...
    """
    profile = load_profile(Path(src_path))
    taken = {e.name.casefold() for e in store.entries()}
    name, number = profile.name, 2
    while name.casefold() in taken:
        name, number = f"{profile.name} ({number})", number + 1
    profile.name = name
    return store.add(profile)


# ----- the folder ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProfileEntry:
    path: Path
    name: str
    pack: str | None
    modified: float  # seconds since the epoch, as os.stat gives it


def default_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("Pathfinder", "Pathfinder")) / "profiles"


def _path_of(entry_or_path: ProfileEntry | Path) -> Path:
    return entry_or_path.path if isinstance(entry_or_path, ProfileEntry) else Path(entry_or_path)


def _key(path: Path) -> Path:
    return Path(os.path.abspath(path))


class ProfileStore:
    """One folder of profile files (`*.json`), with `trash/` and `damaged/` beside them.

    The store remembers what each file held when it last read or wrote it, so `save` can
    refuse to overwrite changes made by someone else meanwhile (optimistic concurrency).
    """

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder is not None else default_folder()
        self.problems: list[str] = []
        self._stamps: dict[Path, str] = {}
        # What the file held (as JSON) and what its name was (a file, a link to X) when this
        # store last read or wrote it: the base of a merge, and the guard against a swap.
        self._bases: dict[Path, dict[str, object]] = {}
        self._kinds: dict[Path, tuple[str, str]] = {}
        self._listed: dict[Path, tuple[tuple[int, int, int], ProfileEntry]] = {}
        self._reported: set[str] = set()

    # ----- listing ------------------------------------------------------------------------

    def entries(self, search: str = "") -> list[ProfileEntry]:
        """The readable profiles, sorted by name; `search` keeps names containing it (any case).

        Files that are not readable profiles are moved to `damaged/` and described in
        `problems`; nothing is raised. Temporary files of killed saves are removed.
        """
        clean_stale_temps(self.folder)
        try:
            files = sorted(self.folder.glob(f"*{SUFFIX}"))
        except OSError:
            files = []
        found: list[ProfileEntry] = []
        for file in files:
            entry = self._entry_of(file)
            if entry is not None:
                found.append(entry)
        wanted = search.strip().casefold()
        found = [e for e in found if wanted in e.name.casefold()]
        return sorted(found, key=lambda e: (name_order(e.name), e.path.name))

    def _entry_of(self, file: Path) -> ProfileEntry | None:
        if file.name.startswith(".") or not file.is_file():
            return None
        try:
            info = file.stat()
        except OSError:
            return None
        signature = (info.st_mtime_ns, info.st_size, info.st_ino)
        known = self._listed.get(_key(file))
        if known is not None and known[0] == signature:
            return known[1]
        try:
            profile = load_profile(file)
        except ProfileError as exc:
            self._listed.pop(_key(file), None)
            if exc.damaged:
                self._report(str(self._set_aside(exc)))
            elif file.exists():
                self._report(str(exc))
            return None
        entry = ProfileEntry(file, profile.name, profile.pack, info.st_mtime)
        self._listed[_key(file)] = (signature, entry)
        return entry

    def take_problems(self) -> list[str]:
        """Messages about files set aside since the last call, for the user; clears them."""
        problems, self.problems = self.problems, []
        return problems

    def _report(self, message: str) -> None:
        if message not in self._reported:
            self._reported.add(message)
            self.problems.append(message)

    def _set_aside(self, exc: ProfileError) -> ProfileError:
        """Move a damaged file to damaged/ and return the error the user should read."""
        had_backup = backup_path(exc.path).is_file()
        try:
            moved = set_aside(exc.path, self.folder / DAMAGED_FOLDER)
        except OSError as move_error:
            message = skipped_text(exc.message, move_error)
            return ProfileError(exc.path, message, exc.line, exc.column, damaged=True)
        backup = backup_path(moved) if had_backup and backup_path(moved).is_file() else None
        message = moved_text(exc.message, moved, backup)
        error = ProfileError(exc.path, message, exc.line, exc.column, damaged=True)
        error.moved_to = moved
        self._stamps.pop(_key(exc.path), None)
        return error

    # ----- one profile --------------------------------------------------------------------

    def load(self, entry_or_path: ProfileEntry | Path) -> Profile:
        """Read a profile and remember what the file held (for the conflict check of `save`).

        A damaged file in this folder is moved to damaged/ (the error says so).
        """
        path = _path_of(entry_or_path)
        try:
            profile, raw = _read(path)
        except ProfileError as exc:
            if exc.damaged and self._holds(path):
                raise self._set_aside(exc) from None
            raise
        self._remember(path, raw, profile)
        return profile

    def _remember(self, path: Path, raw: bytes, profile: Profile) -> None:
        key = _key(path)
        self._stamps[key] = content_stamp(raw)
        self._bases[key] = profile.to_json()
        self._kinds[key] = what_it_is(path)

    def save(self, profile: Profile, path: Path, *, force: bool = False) -> Profile:
        """Save atomically; returns what was written (`profile`, or it merged with the file).

        Saves of one file take turns (`save_lock`, also across processes). When the file
        changed on disk since it was read or written here, edits of different fields are
        merged (`profile_merge`); the same field changed on both sides raises ProfileConflict
        (the file keeps the other change), as does a file deleted meanwhile or one never read
        here. `force=True` overwrites it. A name that became a link, a folder or a pipe
        since it was read is never written through, forced or not (ProfileError says what).
        """
        path = Path(path)
        data = _bytes_of(profile, path)
        try:
            with save_lock(path):
                self._check_same_kind(path)
                written = profile if force else self._merged_with_disk(profile, path)
                if written is not profile:
                    data = _bytes_of(written, path)
                atomic_write(path, data, keep_backup=True)
        except OSError as exc:
            raise ProfileError(path, cannot_text("save", exc)) from None
        self._remember(path, data, written)
        return written

    def _check_same_kind(self, path: Path) -> None:
        was = self._kinds.get(_key(path))
        now = what_it_is(path)
        if was is not None and now != was and now[0] not in ("missing", "file"):
            raise ProfileError(path, swapped_message(was, now))

    def _merged_with_disk(self, profile: Profile, path: Path) -> Profile:
        key = _key(path)
        try:
            write_target(path)  # a pipe would be read forever
            raw: bytes | None = path.read_bytes()
        except FileNotFoundError:
            raw = None
        expected = self._stamps.get(key)
        now = content_stamp(raw) if raw is not None else None
        if now == expected:
            return profile
        base = self._bases.get(key)
        if raw is None or base is None:
            raise ProfileConflict(path, conflict_message(expected, now))
        try:
            theirs = parse_profile(raw, path)
        except ProfileError as exc:
            raise ProfileConflict(
                path,
                words.translate(
                    "Profiles", "this file was changed elsewhere and cannot be read now ({problem})"
                ).format(problem=exc.message),
            ) from None
        merged, clashes = merge(base, profile.to_json(), theirs.to_json())
        if clashes:
            raise ProfileConflict(path, conflict_message(expected, now, clashes))
        return Profile.model_validate(merged, strict=True)

    def add(self, profile: Profile) -> ProfileEntry:
        """Write `profile` to a new file named after it (`ada.json`, `ada-2.json`, ...)."""
        data = _bytes_of(profile, self.folder)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            temp = write_temp(self.folder / f"{slug(profile.name)}{SUFFIX}", data)
            try:
                path = place_new(temp, self.folder, slug(profile.name), SUFFIX)
            finally:
                with contextlib.suppress(OSError):
                    temp.unlink()
        except OSError as exc:
            raise ProfileError(self.folder, cannot_text("save", exc)) from None
        self._remember(path, data, profile)
        return self._fresh_entry(path, profile)

    def create(self, name: str, pack: str | None = None) -> ProfileEntry:
        return self.add(Profile(name=name, pack=pack))

    def rename(self, entry: ProfileEntry, new_name: str) -> ProfileEntry:
        """Change the learner's name inside the file (the file name stays)."""
        profile = self.load(entry)
        profile.name = new_name
        self.save(profile, entry.path)
        return self._fresh_entry(entry.path, profile)

    def duplicate(self, entry: ProfileEntry) -> ProfileEntry:
        """A copy named "Ada (copy)" (then "Ada (copy 2)", ...), in a new file."""
        copy = Profile.model_validate(self.load(entry).to_json(), strict=True)
        taken = {e.name.casefold() for e in self.entries()}
        name, number = words.translate("Profiles", "{name} (copy)").format(name=copy.name), 2
        while name.casefold() in taken:
            again = words.translate("Profiles", "{name} (copy {number})")
            name, number = again.format(name=copy.name, number=number), number + 1
        copy.name = name
        return self.add(copy)

    def delete(self, entry: ProfileEntry) -> Path:
        """Move the file (and its backup) to trash/; returns where it went, for `restore`."""
        try:
            moved = set_aside(entry.path, self.folder / TRASH_FOLDER)
        except FileNotFoundError:
            raise ProfileError(entry.path, words.translate("Profiles", "no such file")) from None
        except OSError as exc:
            raise ProfileError(entry.path, cannot_text("delete", exc)) from None
        self._stamps.pop(_key(entry.path), None)
        self._listed.pop(_key(entry.path), None)
        return moved

    def restore(self, trash_path: Path) -> ProfileEntry:
        """Undo `delete`: the file comes back under its old name (or a free one)."""
        try:
            path = take_back(Path(trash_path), self.folder)
        except FileNotFoundError:
            gone = words.translate("Profiles", "no such file in the trash")
            raise ProfileError(Path(trash_path), gone) from None
        except OSError as exc:
            raise ProfileError(Path(trash_path), cannot_text("restore", exc)) from None
        return self._fresh_entry(path, self.load(path))

    def ensure_first(
        self, default_name: str = "My profile", pack: str | None = None
    ) -> ProfileEntry:
        """First start: the first profile by name, or a new one when the folder has none."""
        existing = self.entries()
        return existing[0] if existing else self.create(default_name, pack)

    def _holds(self, path: Path) -> bool:
        return _key(path).parent == _key(self.folder)

    def _fresh_entry(self, path: Path, profile: Profile) -> ProfileEntry:
        try:
            modified = path.stat().st_mtime
        except OSError:
            modified = 0.0
        return ProfileEntry(path, profile.name, profile.pack, modified)
