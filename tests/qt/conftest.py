"""Qt tests run offscreen, each with its own settings and data folders (never the developer's)."""

from __future__ import annotations

import contextlib
import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

from collections.abc import Iterator
from pathlib import Path

import pytest

from pathfinder.core.catalog import Catalog


@pytest.fixture(autouse=True)
def fresh_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point QSettings and platformdirs at a temporary home for this test."""
    home = tmp_path / "home"
    home.mkdir()
    for var, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        (home / sub).mkdir()
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "config"))
    yield home


@pytest.fixture
def session(qtbot: object, builtin: Catalog):  # type: ignore[no-untyped-def]
    """A fresh session on the built-in pack."""
    from pathfinder.qt.state.session import Session

    return Session(builtin)


def start_args(**overrides: object):  # type: ignore[no-untyped-def]
    """The command-line arguments `pathfinder` passes to the window, with `overrides`."""
    import argparse

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
def started_window(qtbot):  # type: ignore[no-untyped-def]
    """The window as `pathfinder` opens it: built-in pack, first profile, File menu complete."""
    from pathfinder.qt.app import _start
    from pathfinder.qt.window.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    _start(win, start_args())
    return win


@contextlib.contextmanager
def shown_window(qtbot, session, theme: str = "system"):  # type: ignore[no-untyped-def]
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


@pytest.fixture(scope="session", autouse=True)
def english(qapp: object) -> Iterator[None]:
    """English as `pathfinder` starts it: with pathfinder_en.qm's plural forms ("1 skill")."""
    from pathfinder.qt.widgets import language

    language.current.install("en")
    yield
    language.current.uninstall()
