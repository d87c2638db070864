"""The one set of Qt fixtures: tests/qt and tests/hardening both import them from here.

Everything runs offscreen, with its own settings, data, cache and log folders (never the
developer's). `home` points them at a temporary home; tests/qt makes it automatic.
"""

from __future__ import annotations

import argparse
import contextlib
import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pathfinder.core.catalog import Catalog


@pytest.fixture(name="home")
def temporary_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point QSettings and platformdirs (data, config, cache, logs) at a temporary home."""
    home = tmp_path / "home"
    for var, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        (home / sub).mkdir(parents=True)
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "config"))
    yield home


@pytest.fixture
def session(qtbot: object, builtin: Catalog) -> Any:
    """A fresh session on the built-in pack."""
    from pathfinder.qt.state.session import Session

    return Session(builtin)


def start_args(**overrides: object) -> argparse.Namespace:
    """The command-line arguments `pathfinder` passes to the window, with `overrides`."""
    values: dict[str, object] = {
        "pack": None,
        "win_have": [],
        "win_from": None,
        "win_to": None,
        "theme": "system",
        "win_profile": None,
    }
    values.update(overrides)
    return argparse.Namespace(**values)


@pytest.fixture
def open_window(home: Path, qtbot: Any) -> Any:
    """`open_window(pack=...)`: the window as `pathfinder` opens it (pack, profile, File menu)."""
    from pathfinder.qt.app import _start
    from pathfinder.qt.window.main_window import MainWindow

    def make(**overrides: object) -> MainWindow:
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        _start(window, start_args(**overrides))
        return window

    return make


@pytest.fixture
def started_window(open_window: Any) -> Any:
    """The window as `pathfinder` opens it: built-in pack, first profile, File menu complete."""
    return open_window()


@contextlib.contextmanager
def shown_window(qtbot: Any, session: Any, theme: str = "system") -> Iterator[Any]:
    """The main window on `session` at 1280x800, on screen, in the light or dark palette
    ("system": the palette as it is); the application's palette is put back afterwards."""
    from PySide6.QtWidgets import QApplication

    from pathfinder.qt.widgets.theme import dark_palette
    from pathfinder.qt.window.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    if theme != "system":
        app.setPalette(dark_palette() if theme == "dark" else app.style().standardPalette())
    try:
        win = MainWindow(session)
        qtbot.addWidget(win)
        win.resize(1280, 800)
        win.show()
        qtbot.waitExposed(win)
        yield win
    finally:
        app.setPalette(before)


def settle() -> None:
    """Deliver what Qt has posted (layout requests, zero-time timers) and what those post in
    turn, the way one pass of the event loop does before the next paint: no clock involved."""
    from PySide6.QtCore import QCoreApplication

    for _ in range(4):  # a layout request can post one for the parent: a few rounds settle it
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()
