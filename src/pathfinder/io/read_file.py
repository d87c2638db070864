"""Reading one data file (a pack or a profile) whole, refusing what is not a file to read.

Packs and profiles word their errors their own way; what can go wrong is the same, so it is
found in one place: a folder, a pipe or device (read forever), a file over the size limit, a
missing or forbidden file.
"""

from __future__ import annotations

import stat
from pathlib import Path

from pathfinder.core import words


class Unreadable(Exception):
    """Why the file cannot be read, in words for the learner; `too_big` for a size over the
    limit (packs and profiles say that their own way)."""

    def __init__(self, reason: str, too_big: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.too_big = too_big


def read_regular_file(path: Path, max_bytes: int, kind: str) -> bytes:
    """The bytes of `path`, a `kind` file ("pack", "profile"), or Unreadable."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise Unreadable(
                words.translate("Files", "is a folder, not a pack file")
                if kind == "pack"
                else words.translate("Files", "is a folder, not a profile file")
            )
        if not stat.S_ISREG(info.st_mode):  # a pipe or a device could be read forever
            raise Unreadable(words.translate("Files", "is not a regular file"))
        if info.st_size > max_bytes:
            raise Unreadable(words.translate("Files", "too big"), too_big=True)
        return path.read_bytes()
    except FileNotFoundError:
        raise Unreadable(words.translate("Files", "no such file")) from None
    except PermissionError:
        raise Unreadable(words.translate("Files", "permission denied")) from None
    except OSError as exc:
        raise Unreadable(
            words.translate("Files", "cannot read the file: {reason}").format(
                reason=exc.strerror or exc
            )
        ) from None
