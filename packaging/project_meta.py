"""Name and version of the project, read from pyproject.toml (shared by the spec and build.py).

The version is written once, in src/pathfinder/__init__.py (pyproject's [tool.hatch.version]
points there); it is read as text, so building never imports the package it builds.
"""

from __future__ import annotations

import os
import re
import subprocess
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Project:
    name: str  # the distribution name, "pathfinder-careers"
    command: str  # the program's name, "pathfinder" ([project.scripts])
    version: str
    description: str


def read_project(root: Path = ROOT) -> Project:
    meta = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    project = meta["project"]
    version = project.get("version")
    if version is None:  # dynamic: hatch reads it from a file
        source = root / meta["tool"]["hatch"]["version"]["path"]
        found = re.search(
            r"^__version__\s*=\s*[\"']([^\"']+)[\"']", source.read_text(encoding="utf-8"), re.M
        )
        if found is None:
            raise SystemExit(f"{source}: no __version__ = '...' line")
        version = found.group(1)
    [command] = list(project["scripts"])
    return Project(project["name"], command, version, project["description"])


def source_date_epoch() -> int:
    """SOURCE_DATE_EPOCH if set, else the last commit's time, else now (said on stdout)."""
    given = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if given:
        if not given.isdigit():
            raise ValueError(f"SOURCE_DATE_EPOCH must be whole seconds, not {given!r}")
        return int(given)
    try:
        done = subprocess.run(
            ["git", "-C", str(ROOT), "log", "-1", "--format=%ct"],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode == 0 and done.stdout.strip().isdigit():
            return int(done.stdout.strip())
    except FileNotFoundError:
        pass
    print("warning: no SOURCE_DATE_EPOCH and no git: files are dated now (not reproducible)")
    return int(time.time())
