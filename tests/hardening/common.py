"""What a bad-input case is, and how one is fed to Pathfinder the way a user would feed it."""

from __future__ import annotations

import contextlib
import errno
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from pathfinder.cli import run

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
TINY = (FIXTURES / "tiny.yaml").read_text(encoding="utf-8")
# Valid and without quality warnings: the rows about packs that load show only the "ok" line.
CLEAN = (FIXTURES / "clean.yaml").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Seen:
    text: str  # what the user reads; the test folder's path is cut off so FILE names read short
    exit: int | None = None  # the command line's exit code, when fed through it


Feed = Callable[[Path, pytest.MonkeyPatch], Seen]


@dataclass(frozen=True)
class Case:
    area: str  # "pack", "profile" or "command line"
    tried: str  # the bad input, in the catalogue's words
    sees: str  # exactly what the user sees (lines joined by newlines)
    feed: Feed
    exit: int | None = None
    seconds: float = 5.0  # answered within this time, or the case fails (no hangs)
    max_mb: float | None = None  # peak memory the answer may take (alias bombs, deep nesting)

    @property
    def id(self) -> str:
        return f"{self.area}: {self.tried}"


def short(text: str, folder: Path) -> str:
    return text.replace(f"{folder}{os.sep}", "").replace(str(folder), ".").rstrip("\n")


def cli(folder: Path, *args: str) -> Seen:
    """Run `pathfinder ARGS` in-process, as the shell would, inside `folder`."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.chdir(folder), contextlib.redirect_stderr(err):
        try:
            code = run(list(args), out, err)
        except SystemExit as exc:  # argparse's own errors
            code = int(exc.code or 0)
    text = "\n".join(part.rstrip("\n") for part in (out.getvalue(), err.getvalue()) if part)
    return Seen(short(text, folder), code)


def validate(data: bytes | str, name: str = "pack.yaml") -> Feed:
    """Feed `data` as a pack file to `pathfinder validate`."""

    def feed(folder: Path, _mp: pytest.MonkeyPatch) -> Seen:
        raw = data.encode("utf-8") if isinstance(data, str) else data
        (folder / name).write_bytes(raw)
        return cli(folder, "validate", name)

    return feed


def os_error(code: int, path: Path | None = None) -> OSError:
    """The error the system gives, e.g. for a read-only folder (EACCES) or a full disk."""
    return OSError(code, os.strerror(code), str(path) if path else None)


@contextlib.contextmanager
def failing_writes(mp: pytest.MonkeyPatch, code: int) -> Iterator[None]:
    """Every new file the profile folder writes fails with `code` (EACCES, ENOSPC...).

    Simulated, because the tests may run as root (who may write anywhere) and no test
    should fill a real disk: the error comes from the same call a real one would.
    """
    import pathfinder.io.profile_store as store

    real_open = open

    def refusing_open(file: object, mode: str = "r", *args: object, **kwargs: object) -> object:
        if "x" in mode or "w" in mode:
            if code == errno.ENOSPC:  # the file is created, the data does not fit
                handle = real_open(file, mode, *args, **kwargs)  # type: ignore[call-overload]
                handle.close()
            raise os_error(code, Path(str(file)))
        return real_open(file, mode, *args, **kwargs)  # type: ignore[call-overload]

    mp.setattr(store, "open", refusing_open, raising=False)
    try:
        yield
    finally:
        mp.undo()


CASE_NOTE = "FILE paths are shown relative to the folder the command ran in."


def saved_skills(window: Any) -> dict[str, str]:
    """The skills as the open profile's file holds them now: what a crash would leave."""
    return dict(json.loads(window.keeper.path.read_text(encoding="utf-8"))["skills"])


def child_env() -> dict[str, str]:
    """The environment for a Python process of its own that imports the code this test runs
    with (PYTHONPATH=src, as the rules say) and the tests package."""
    paths = [p for p in os.environ.get("PYTHONPATH", "src").split(os.pathsep) if p]
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([*(str(Path(p).resolve()) for p in paths), str(ROOT)]),
    }


def run_python(script: str) -> subprocess.CompletedProcess[str]:
    """`script` in a Python process of its own, offscreen (child_env); for cases that can end
    the process."""
    env = {**child_env(), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
