"""Where Pathfinder's own data folders are: wheel install, editable checkout or frozen bundle.

The bottom of the tree's own modules: it imports none of them, so branding.py (which reads
the resources folder) and paths.py (which asks branding for the default pack) both build on
it without a circle.
"""

from __future__ import annotations

import sys
from pathlib import Path

BUILTIN_PACK = "ai-ml-careers.yaml"

_PACKAGE = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    # 1. Inside the package (wheel: hatch maps data/ -> pathfinder/_data).
    found = [_PACKAGE / f"_{name}"]
    # 2. A frozen bundle (packaging/pathfinder.spec) keeps them under sys._MEIPASS/pathfinder/.
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / "pathfinder" / f"_{name}")
    # 3. An editable checkout: src/pathfinder/ -> repository root. Never for a frozen bundle,
    #    where that would be a stray folder beside the installed program.
    if not getattr(sys, "frozen", False):
        found.append(_PACKAGE.parent.parent / name)
    return found


def _folder(name: str) -> Path:
    for candidate in _candidates(name):
        if candidate.is_dir():
            return candidate
    tried = ", ".join(str(c) for c in _candidates(name))
    raise FileNotFoundError(f"Pathfinder's {name} folder is missing (looked in {tried})")


def data_dir() -> Path:
    return _folder("data")


def resources_dir() -> Path:
    return _folder("resources")
