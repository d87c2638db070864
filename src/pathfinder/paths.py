"""Where Pathfinder's own data files are: wheel install, editable checkout or frozen bundle.

Every data lookup goes through here, so moving a folder is a change in one place. The folders
themselves are found in folders.py, below branding.py; the default pack depends on the
branding, so it is found here, above it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pathfinder.folders import BUILTIN_PACK, data_dir, resources_dir

_PACKAGE = Path(__file__).resolve().parent

__all__ = ["BUILTIN_PACK", "builtin_pack", "data_dir", "resources_dir"]


def builtin_pack() -> Path:
    """The pack opened by default: the AI/ML pack, or a branded build's own (branding.py)."""
    from pathfinder.branding import current  # read only when asked: not at every start

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
