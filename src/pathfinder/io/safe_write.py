"""Where a save really writes, and making it last: shared by profiles and imported packs.

Every save here writes a temporary file beside its target and renames it over the target.
A rename replaces whatever has the target's name, so on its own it would

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
from collections.abc import Callable
from pathlib import Path

from pathfinder.core import words


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


def write_beside(path: Path, fill: Callable[[Path], object]) -> Path:
    """Let `fill` write a new file beside `path`'s real target, then rename it over the target.

    For exports (a plan as PDF, Markdown or HTML): a failed export never leaves half a file,
    and a symlink, a device or a private file is treated as every other save treats it. The
    folder must exist (an export into a mistyped folder is an error, not a new folder).
    Returns the file written; raises OSError.
    """
    target, mode = write_target(path)
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    # 0o666 honours the umask, like any new file; an existing file's own bits are kept.
    os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666 if mode is None else mode))
    try:
        if mode is not None:
            os.chmod(temp, mode)
        fill(temp)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise
    return target
