"""Where a save really writes, and making it last: the one way Pathfinder replaces a file.

Profiles, imported packs, the pack cache, plan reports and graph exports all save through
`write_beside` (or, for profiles, which keep a backup too, through `temp_path`, `sync_file`,
`replace` and `sync_folder` in the same order). A save writes a temporary file beside its
target, forces its bytes to disk, renames it over the target (retried on Windows, where a
reader holding the file blocks the rename for a moment) and forces the folder's new entry
to disk: after a crash or a power cut the file is the old version or the new one, never
half of either, and never missing.

A rename on its own has three more traps:

- replace a symlink with a regular file, cutting the link off from the file it named;
- replace a device, a pipe or a socket with a regular file (as root, even /dev/full);
- give the new file default permissions, so a private (0600) profile became readable by all.

`write_target` says which file to replace instead, and with which permissions.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
import time
from collections.abc import Callable
from pathlib import Path

from pathfinder.core import words

NOT_REGULAR = "is not a regular file"
TEMP_SUFFIX = ".tmp"
REPLACE_TRIES = 10  # Windows only: 10 tries 50 ms apart outlast a virus scanner's quick look
_WINDOWS = os.name == "nt"


def write_target(path: Path) -> tuple[Path, int | None]:
    """The file a save of `path` replaces, and its permission bits (None: no such file yet).

    A symlink is followed to the end, to the file it names (which may not exist yet). A target
    that exists but is not a regular file is refused with OSError, whose strerror is what the
    user reads: "Is a directory" for a folder, "is not a regular file" for anything else.
    """
    real = Path(os.path.realpath(path))
    try:
        info = os.stat(real)
    except FileNotFoundError:
        return real, None
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if not stat.S_ISREG(info.st_mode):
        raise OSError(errno.EINVAL, words.translate("Files", "is not a regular file"), str(path))
    return real, stat.S_IMODE(info.st_mode)


def temp_path(target: Path) -> Path:
    """A new temporary name beside `target`: .NAME.PID.RANDOM.tmp, so a leftover from a killed
    writer can be told from a live one (io/profile_store.clean_stale_temps)."""
    return target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


def sync_file(path: Path) -> None:
    """Force a file's bytes to disk before a rename makes them the real file."""
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX); Windows has no handle for a folder's entries."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def replace(temp: Path, target: Path) -> None:
    """os.replace, retried briefly on Windows where a reader holding the file blocks it; the
    temporary file is removed when it cannot be put in place."""
    try:
        for attempt in range(REPLACE_TRIES):
            try:
                os.replace(temp, target)
                return
            except PermissionError:
                if not _WINDOWS or attempt == REPLACE_TRIES - 1:
                    raise
                time.sleep(0.05)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def write_beside(path: Path, fill: Callable[[Path], object]) -> Path:
    """Let `fill` write a new file beside `path`'s real target, then put it in the target's
    place durably (the module's docstring says how).

    A symlink, a device or a private file is treated as every save treats it. The folder
    must exist (an export into a mistyped folder is an error, not a new folder). Returns the
    file written; raises OSError.
    """
    target, mode = write_target(path)
    temp = temp_path(target)
    # 0o666 honours the umask, like any new file; an existing file's own bits are kept, and
    # are on the temporary file before any byte is.
    os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666 if mode is None else mode))
    try:
        if mode is not None:
            os.chmod(temp, mode)
        fill(temp)
        sync_file(temp)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise
    replace(temp, target)
    sync_folder(target.parent)
    return target


def write_bytes_beside(path: Path, data: bytes) -> Path:
    """`write_beside` for bytes already in memory."""
    return write_beside(path, lambda temp: temp.write_bytes(data))
