"""Qt tests run offscreen, each with its own settings and data folders (never the developer's).
The fixtures themselves are tests/qt_fixtures.py, shared with tests/hardening."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.qt_fixtures import (  # noqa: F401  (fixtures and helpers the tests here use)
    open_window,
    session,
    shown_window,
    start_args,
    started_window,
    temporary_home,
)


@pytest.fixture(autouse=True)
def fresh_folders(home: Path) -> Iterator[Path]:
    """Every Qt test gets its own temporary home (tests/qt_fixtures.py)."""
    yield home


@pytest.fixture(scope="session", autouse=True)
def english(qapp: object) -> Iterator[None]:
    """English as `pathfinder` starts it: with pathfinder_en.qm's plural forms ("1 skill")."""
    from pathfinder.qt.widgets import language

    language.current.install("en")
    yield
    language.current.uninstall()
