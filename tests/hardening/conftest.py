"""Hardening tests that open the window run offscreen, with their own settings, data and log
folders (never the developer's)."""

from __future__ import annotations

import argparse
import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
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


def start_args(**overrides: object) -> argparse.Namespace:
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
