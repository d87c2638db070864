"""Pathfinder: an offline career-path explorer.

Scripts and notebooks use the functions here; importing this package never imports Qt.

    >>> import pathfinder
    >>> pack = pathfinder.load_pack(pathfinder.builtin_pack())
    >>> pathfinder.plan(pack, have=["python"], to="ml-engineer").to_json()["path"]
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from pathfinder.core.catalog import Catalog
from pathfinder.core.planner import Gap, NoPathError, Plan, Step, UnknownIdError, plan
from pathfinder.core.suggest import Suggestion, suggest
from pathfinder.io.packs import PackError, load_pack
from pathfinder.paths import builtin_pack

try:
    __version__ = version("pathfinder-careers")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

__all__ = [
    "Catalog",
    "Gap",
    "NoPathError",
    "PackError",
    "Plan",
    "Step",
    "Suggestion",
    "UnknownIdError",
    "__version__",
    "builtin_pack",
    "load_pack",
    "plan",
    "suggest",
]
