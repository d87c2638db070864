"""The window at 1024x768 and with text at 200 %: nothing cut off, the panels scroll rather
than clip, the toolbar's buttons overflow into its » menu.

"200 % text" is the application font at twice its size in the same window, what a larger
system font does (GNOME's "Large text", KDE's font size) and the hardest case for the
layout; whole-screen scaling (QT_SCALE_FACTOR, a 200 % display) leaves the window's layout
as it is at 100 %, in twice the pixels.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton
from pytestqt.qtbot import QtBot
from tests.qt.room import cut_off, settle, settled_cut_off, window_on_route

from pathfinder.core.catalog import Catalog
from pathfinder.qt.window.dock_widths import GRAPH_SHARE

SIZES = [(1024, 768, 1.0), (1024, 768, 2.0), (1280, 800, 2.0), (1920, 1080, 2.0)]


@pytest.fixture
def text_scale(qtbot: object, request: pytest.FixtureRequest) -> Iterator[float]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    scale = float(request.param)
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    app.setFont(font)
    yield scale
    app.setFont(before)


@pytest.mark.parametrize(
    ("width", "height", "text_scale"),
    SIZES,
    indirect=["text_scale"],
    ids=[f"{w}x{h}-{round(s * 100)}%" for w, h, s in SIZES],
)
def test_nothing_is_cut_off(
    qtbot: QtBot, builtin: Catalog, width: int, height: int, text_scale: float
) -> None:
    win = window_on_route(qtbot, builtin, width, height)
    assert settled_cut_off(qtbot, win) == []
    # The side panels start no wider than leaves the graph 45 % of the window, unless their
    # contents need more (large text on a small screen), and the graph keeps a quarter.
    for dock in (win.skills_dock, win.plan_dock):
        assert dock.width() <= max(width * (1 - GRAPH_SHARE) / 2, dock.minimumWidth()) + 2
    assert win.graph.width() >= 0.25 * width
    for dock in (win.role_dock, win.route_dock):
        dock.raise_()
        qtbot.waitUntil(lambda d=dock: not d.visibleRegion().isEmpty())  # type: ignore[misc]
        settle()
        assert settled_cut_off(qtbot, win) == [], dock.objectName()


@pytest.mark.parametrize("text_scale", [2.0], indirect=True)
def test_the_toolbar_overflows_into_its_menu(
    qtbot: QtBot, builtin: Catalog, text_scale: float
) -> None:
    win = window_on_route(qtbot, builtin, 1024, 768)
    toolbar = win.findChild(QToolBar, "MainToolbar")
    assert toolbar is not None
    more = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert more is not None and more.isVisible()
    # The search field keeps room for a name rather than shrinking to its first letters.
    metrics = win.search.fontMetrics()
    assert win.search.width() >= metrics.horizontalAdvance("Machine learning")
    assert cut_off(toolbar) == []


@pytest.mark.parametrize("text_scale", [1.0], indirect=True)
def test_a_narrowed_panel_keeps_its_choices_whole(
    qtbot: QtBot, builtin: Catalog, text_scale: float
) -> None:
    """The learner narrows the Plan panel as far as it goes: the form puts "Machine Learning
    Engineer" under its label rather than cut it short beside it."""
    win = window_on_route(qtbot, builtin, 1920, 1080)
    for narrow in (320, 300, 280, 260, 100):
        win.resizeDocks([win.plan_dock], [narrow], Qt.Orientation.Horizontal)
        settle()
        assert settled_cut_off(qtbot, win) == [], narrow
