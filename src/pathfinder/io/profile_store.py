"""The profile folder's file mechanics, kept apart from the profile format.

Nothing here knows what a profile is; `pathfinder.io.profiles` (the format and `ProfileStore`)
builds on these:

- `atomic_write`: a temporary file in the same folder, flushed and fsynced, then `os.replace`,
  so a reader (or a crash) only ever sees the old bytes or the new ones, never half of them;
  the previous version is kept next to the file as `NAME.json.bak` (written the same way).
- `content_stamp`: what a file held when we last read or wrote it (a SHA-256 of its bytes),
  so a save can tell that someone else changed the file in between.
- `set_aside` / `place_new`: move a file to a new name without ever overwriting another file
  (the trash, the `damaged/` folder, free file names for new profiles).
- `clean_stale_temps`: temporary files left behind by a writer that was killed mid-save.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import time
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

BACKUP_SUFFIX = ".bak"
TEMP_SUFFIX = ".tmp"
STALE_TEMP_SECONDS = 300.0  # no honest save takes this long: its writer is gone
ASIDE_MARK = "~"  # trash/ada~20261122T100000Z.json: the original name, then when it moved
MAX_SLUG = 40

# .ada.json.12345.9f86d081.tmp: the file it was going to become, and the writer's process id
_TEMP_NAME = re.compile(r"^\..+\.(?P<pid>\d+)\.[0-9a-f]+\.tmp$")


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


def content_stamp(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_stamp(path: Path) -> str | None:
    """The stamp of the file's bytes now; None when there is no such file."""
    try:
        return content_stamp(path.read_bytes())
    except FileNotFoundError:
        return None


def atomic_write(path: Path, data: bytes, *, keep_backup: bool = False) -> None:
    """Make `path` hold `data`; at every moment the file is either the old or the new version.

    With `keep_backup`, the version being replaced is first copied to `NAME.json.bak`, written
    the same safe way (no old file: no new backup). Creates the folder. Raises OSError.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if keep_backup:
        try:
            old: bytes | None = path.read_bytes()
        except (FileNotFoundError, IsADirectoryError):
            old = None
        if old is not None:
            _replace(write_temp(backup_path(path), old), backup_path(path))
    _replace(write_temp(path, data), path)
    _sync_folder(path.parent)


def write_temp(path: Path, data: bytes) -> Path:
    """Write `data` to a new, fsynced temporary file next to `path` and return its path."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
    try:
        with open(temp, "xb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return temp


def _replace(temp: Path, path: Path) -> None:
    """os.replace, retried briefly on Windows where a reader holding the file blocks it."""
    try:
        for attempt in range(10):
            try:
                os.replace(temp, path)
                return
            except PermissionError:
                if os.name != "nt" or attempt == 9:
                    raise
                time.sleep(0.05)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no handle for a folder's entries."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


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
    words = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return words[:MAX_SLUG].rstrip("-") or "profile"


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
