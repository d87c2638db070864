"""The window started in Spanish, French and German: no English text of ours anywhere in its
menus, panels and docks (the pack's own data aside), and nothing cut off at 1280x800."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QDockWidget,
    QLabel,
    QMenu,
    QTabBar,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.qt.room import settled_cut_off, window_on_route

from pathfinder.core.catalog import Catalog
from pathfinder.core.languages import in_language
from pathfinder.qt.widgets import language
from pathfinder.qt.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
sys.path.insert(0, str(ROOT / "packaging"))
from translations import read_ts  # noqa: E402  (the project's own reader of .ts files)


def _untranslated_english(code: str) -> set[str]:
    """Our English texts with no field to fill whose translation reads otherwise (or is
    missing): what must never show in the window in `code`."""
    english = set()
    for message in read_ts(TS_DIR / f"pathfinder_{code}.ts")[1]:
        source, translation = message.source, message.forms[0]
        if message.numerus or "{" in source or "%n" in source or "<" in source:
            continue
        shown = source.replace("&", "").strip()
        # "Plan" is Spanish and German too: the same word translated is no leak.
        if shown and shown != translation.replace("&", "").strip():
            english.add(shown)
    return english


def _shown_texts(win: MainWindow) -> set[str]:
    texts: set[str] = set()
    for menu in win.findChildren(QMenu):
        texts |= {a.text().replace("&", "").strip() for a in menu.actions()}
    for widget in win.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton) and widget.isVisibleTo(win):
            texts.add(widget.text().replace("&", "").strip())
        elif isinstance(widget, QDockWidget):
            texts.add(widget.windowTitle().strip())
        elif isinstance(widget, QTabBar):
            texts |= {widget.tabText(i).strip() for i in range(widget.count())}
        elif isinstance(widget, QTextBrowser) and widget.isVisibleTo(win):
            texts |= {line.strip() for line in widget.toPlainText().splitlines()}
    return {t for t in texts if t}


@pytest.fixture
def in_language_of(request: pytest.FixtureRequest, qtbot: object) -> Iterator[str]:
    code = str(request.param)
    assert language.current.install(code) == code
    yield code
    language.current.install("en")


@pytest.mark.parametrize("in_language_of", ["es", "fr", "de"], indirect=True)
def test_the_window_speaks_the_language_and_cuts_nothing_off(
    qtbot: QtBot, builtin: Catalog, in_language_of: str
) -> None:
    catalog = in_language(builtin, QLocale().name())
    win = window_on_route(qtbot, catalog, 1280, 800)

    english = _untranslated_english(in_language_of)
    shown = _shown_texts(win)
    assert len(shown) > 40  # menus, docks, the plan: a real window, not an empty frame
    left_in_english = sorted(shown & english)
    assert left_in_english == [], f"{in_language_of}: {left_in_english}"
    # The pack's names come in the language too (the built-in pack carries es, fr and de).
    assert catalog.role_by_id["ml-engineer"].name != builtin.role_by_id["ml-engineer"].name
    assert settled_cut_off(qtbot, win) == []
    for dock in (win.role_dock, win.route_dock):
        dock.raise_()
        qtbot.waitUntil(lambda d=dock: not d.visibleRegion().isEmpty())  # type: ignore[misc]
        assert settled_cut_off(qtbot, win) == [], dock.objectName()
