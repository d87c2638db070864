"""Pathfinder: an offline career-path explorer.

Scripts and notebooks use the functions here; importing this package never imports Qt.

    >>> import pathfinder
    >>> pack = pathfinder.load_pack(pathfinder.builtin_pack())
    >>> pathfinder.plan(pack, have=["python"], to="ml-engineer").to_json()["path"]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pathfinder.paths import builtin_pack

# The one place the version is written (pyproject reads it from here).
__version__ = "0.1.0"

# Loaded on first use: the window paints before pydantic and YAML are imported.
_LAZY = {
    "Catalog": "pathfinder.core.catalog",
    "Gap": "pathfinder.core.planner",
    "NoPathError": "pathfinder.core.planner",
    "Plan": "pathfinder.core.planner",
    "Step": "pathfinder.core.planner",
    "UnknownIdError": "pathfinder.core.planner",
    "plan": "pathfinder.core.planner",
    "Suggestion": "pathfinder.core.suggest",
    "suggest": "pathfinder.core.suggest",
    "PackError": "pathfinder.io.packs",
    "load_pack": "pathfinder.io.packs",
}

if TYPE_CHECKING:
    from pathfinder.core.catalog import Catalog
    from pathfinder.core.planner import Gap, NoPathError, Plan, Step, UnknownIdError, plan
    from pathfinder.core.suggest import Suggestion, suggest
    from pathfinder.io.packs import PackError, load_pack


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'pathfinder' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


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
