"""Name and version of the project, read from pyproject.toml (shared by the spec and build.py).

The version is written once, in src/pathfinder/__init__.py (pyproject's [tool.hatch.version]
points there); it is read as text, so building never imports the package it builds.
"""

from __future__ import annotations

import re
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
