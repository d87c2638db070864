"""Where Pathfinder's own data files are: wheel install, editable checkout or frozen bundle.

Every data lookup goes through here, so moving a folder is a change in one place.
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


def builtin_pack() -> Path:
    """The pack opened by default: the AI/ML pack, or a branded build's own (branding.py)."""
    from pathfinder.branding import current

    return data_dir() / current().pack


def translation_folders() -> list[Path]:
    """Where the .qm translations may be: package data (pathfinder/translations/), then a
    frozen bundle's copy."""
    found = [_PACKAGE / "translations"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / "pathfinder" / "translations")
    return found


def translation_file(language: str) -> Path | None:
    """pathfinder_es_ES.qm, else pathfinder_es.qm, in the first folder that has one; None when
    Pathfinder has no translation into `language`."""
    names = [f"pathfinder_{language}.qm"]
    if "_" in language:
        names.append(f"pathfinder_{language.split('_')[0]}.qm")
    for folder in translation_folders():
        for name in names:
            if (folder / name).is_file():
                return folder / name
    return None
