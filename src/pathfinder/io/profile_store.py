"""The profile folder's file mechanics, kept apart from the profile format.

Nothing here knows what a profile is; `pathfinder.io.profiles` (the format and `ProfileStore`)
builds on these:

- `atomic_write`: a temporary file in the same folder, flushed and fsynced, then `os.replace`,
  so a reader (or a crash) only ever sees the old bytes or the new ones, never half of them;
  the previous version is kept next to the file as `NAME.json.bak` (written the same way).
  A symlink is written through to its file, the file keeps its permissions, and a target that
  is not a regular file is refused (`safe_write.write_target`).
- `content_stamp`: what a file held when we last read or wrote it (a SHA-256 of its bytes),
  so a save can tell that someone else changed the file in between.
- `set_aside` / `place_new`: move a file to a new name without ever overwriting another file
  (the trash, the `damaged/` folder, free file names for new profiles).
- `clean_stale_temps`: temporary files left behind by a writer that was killed mid-save.
- `save_lock`: one save of a file at a time, across processes (an advisory lock on a hidden
  `.NAME.json.lock` beside it), so "check that nobody changed it, then write" is one step.
- `what_it_is`: a link, a folder, a pipe: what a profile's name stands for now.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import stat
import time
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from pathfinder.core import words
from pathfinder.io.safe_write import (
    TEMP_SUFFIX,
    replace,
    sync_folder,
    temp_path,
    write_target,
)

BACKUP_SUFFIX = ".bak"
STALE_TEMP_SECONDS = 300.0  # no honest save takes this long: its writer is gone
ASIDE_MARK = "~"  # trash/ada~20261122T100000Z.json: the original name, then when it moved
MAX_SLUG = 40

# .ada.json.12345.9f86d081.tmp: the file it was going to become, and the writer's process id
_TEMP_NAME = re.compile(r"^\..+\.(?P<pid>\d+)\.[0-9a-f]+\.tmp$")


LOCK_SUFFIX = ".lock"
LOCK_WAIT_SECONDS = 10.0  # a save takes milliseconds; a holder this slow is stuck


@contextlib.contextmanager
def save_lock(path: Path, *, wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """Hold the save lock of `path` (POSIX `flock`; Windows has no such lock here, so two
    windows there still rely on the check of what the file held). The lock ends with the
    process that holds it, so a killed Pathfinder never leaves a stale one behind.
    Raises OSError (EWOULDBLOCK after `wait` seconds, or why the lock file cannot be made).
    """
    if os.name == "nt":
        yield
        return
    import fcntl

    path.parent.mkdir(parents=True, exist_ok=True)
    lock = path.with_name(f".{path.name}{LOCK_SUFFIX}")
    fd = os.open(lock, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise OSError(
                        errno.EWOULDBLOCK, "another program is saving this profile", str(path)
                    ) from None
                time.sleep(0.002)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def what_it_is(path: Path) -> tuple[str, str]:
    """("file" | "link" | "folder" | "missing" | "other", the file a link leads to)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return "missing", ""
    if stat.S_ISLNK(info.st_mode):
        return "link", os.path.realpath(path)
    if stat.S_ISREG(info.st_mode):
        return "file", ""
    return ("folder" if stat.S_ISDIR(info.st_mode) else "other"), ""


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


def content_stamp(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_stamp(path: Path) -> str | None:
    """The stamp of the file's bytes now; None when there is no such file.

    Raises OSError for a target that is not a regular file: reading a pipe would wait forever.
    """
    try:
        write_target(path)
        return content_stamp(path.read_bytes())
    except FileNotFoundError:
        return None


def atomic_write(path: Path, data: bytes, *, keep_backup: bool = False) -> None:
    """Make `path` hold `data`; at every moment the file is either the old or the new version.

    With `keep_backup`, the version being replaced is first copied to `NAME.json.bak`, written
    the same safe way (no old file: no new backup). Through a symlink, the file it names is
    replaced (its backup goes beside that file); both keep the old file's permission bits.
    Creates the folder. Raises OSError, also for a target that is not a regular file.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    target, mode = write_target(path)
    if keep_backup and mode is not None:
        try:
            old: bytes | None = target.read_bytes()
        except FileNotFoundError:  # removed this instant: nothing to keep
            old = None
        if old is not None:
            try:
                backup, _ = write_target(backup_path(target))
            except OSError as exc:  # say which name is in the way: not the profile's
                name = backup_path(target).name
                exc.strerror = words.translate(
                    "Profiles", "{name}, its backup, is in the way ({why}); move it away"
                ).format(name=name, why=exc.strerror)
                raise
            replace(write_temp(backup, old, mode=mode), backup)
    replace(write_temp(target, data, mode=mode), target)
    sync_folder(target.parent)


def write_temp(path: Path, data: bytes, *, mode: int | None = None) -> Path:
    """Write `data` to a new, fsynced temporary file next to `path` and return its path.

    With `mode`, the file gets those permission bits before any byte is in it: a private
    profile is never readable by others, not even as a temporary file.
    """
    temp = temp_path(path)
    try:
        with open(temp, "xb") as out:
            if mode is not None:
                os.chmod(temp, mode)
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return temp


def place_new(source: Path, folder: Path, stem: str, suffix: str = ".json") -> Path:
    """Move `source` to `folder/STEM.json`, or `STEM-2.json`, ... : the first free name.

    Never replaces an existing file, even when another process takes a name at the same
    moment (a hard link fails when the name exists; where links are not supported, the
    check and the rename are separate steps).
    """
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(1, 10_000):
        target = folder / (f"{stem}{suffix}" if number == 1 else f"{stem}-{number}{suffix}")
        if _move_if_free(source, target):
            # The new name must survive a power cut as the profile's bytes do (they were
            # fsynced); the old one's removal too, when the file came from another folder.
            sync_folder(folder)
            if source.parent != folder:
                sync_folder(source.parent)
            return target
    raise FileExistsError(f"no free file name for {stem}{suffix} in {folder}")


def _move_if_free(source: Path, target: Path) -> bool:
    try:
        os.link(source, target)
    except FileExistsError:
        return False
    except OSError:  # no hard links here (FAT, some network shares)
        if target.exists():
            return False
        os.replace(source, target)
        return True
    source.unlink()
    return True


def aside_stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


def set_aside(path: Path, folder: Path) -> Path:
    """Move `path` into `folder` as `STEM~WHEN.json`; its `.bak`, if any, goes along."""
    moved = place_new(path, folder, f"{path.stem}{ASIDE_MARK}{aside_stamp()}", path.suffix)
    backup = backup_path(path)
    if backup.is_file():
        with contextlib.suppress(OSError):
            _move_if_free(backup, backup_path(moved))
    return moved


def original_stem(aside: Path) -> str:
    """`ada` for `trash/ada~20261122T100000Z.json` (and for `ada~20261122T100000Z-2.json`)."""
    stem = aside.stem
    return stem.rsplit(ASIDE_MARK, 1)[0] if ASIDE_MARK in stem else stem


def take_back(aside: Path, folder: Path) -> Path:
    """Move a set-aside file (and its `.bak`) back into `folder` under its old or a free name."""
    backup = backup_path(aside)
    restored = place_new(aside, folder, original_stem(aside), aside.suffix)
    if backup.is_file():
        with contextlib.suppress(OSError):
            _move_if_free(backup, backup_path(restored))
    return restored


def slug(name: str) -> str:
    """A file name for a learner's name: `Zoë Smith` -> `zoe-smith`; `profile` if none is left."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    dashed = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return dashed[:MAX_SLUG].rstrip("-") or "profile"


def name_order(name: str) -> tuple[str, str, str]:
    """Sort key for names: case and accents aside (Émile between Bob and Grace), then exact."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return bare.casefold(), name.casefold(), name


def clean_stale_temps(folder: Path, *, max_age: float = STALE_TEMP_SECONDS) -> int:
    """Remove temporary files whose writer is gone (killed mid-save); return how many.

    A temp file belongs to a live save while its writer runs: it is only removed when that
    process no longer exists (POSIX) or when it is older than `max_age` seconds.
    """
    removed = 0
    try:
        candidates = list(folder.glob(f".*{TEMP_SUFFIX}"))
    except OSError:
        return 0
    now = time.time()
    for temp in candidates:
        found = _TEMP_NAME.match(temp.name)
        if found is None:
            continue
        pid = int(found["pid"])
        try:
            age = now - temp.stat().st_mtime
        except OSError:
            continue
        if age > max_age or (pid != os.getpid() and not _process_alive(pid)):
            with contextlib.suppress(OSError):
                temp.unlink()
                removed += 1
    return removed


def _process_alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill would end the process there; rely on the age instead
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # e.g. another user's process: it exists
        return True
    return True
