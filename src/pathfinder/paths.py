"""Where Pathfinder's own data files are: wheel install, editable checkout or frozen bundle.

Every data lookup goes through here, so moving a folder is a change in one place. The folders
themselves are found in folders.py, below branding.py; the default pack depends on the
branding, so it is found here, above it.
"""

from __future__ import annotations

from pathlib import Path

from pathfinder.folders import BUILTIN_PACK, data_dir, resources_dir

__all__ = ["BUILTIN_PACK", "builtin_pack", "data_dir", "resources_dir"]


def builtin_pack() -> Path:
    """The pack opened by default: the AI/ML pack, or a branded build's own (branding.py)."""
    from pathfinder.branding import current  # read only when asked: not at every start

    return data_dir() / current().pack
