"""The window shows the built-in pack in the application's language, the pack's own elsewhere."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from tests.qt.conftest import start_args

from pathfinder.qt.app import _start
from pathfinder.qt.window.main_window import MainWindow


@pytest.fixture
def language() -> Iterator[None]:
    """The application's language as the system (or the language menu) sets it; put back."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


def _window(qtbot, locale: str) -> MainWindow:  # type: ignore[no-untyped-def]
    QLocale.setDefault(QLocale(locale))
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    _start(win, start_args(win_to="ml-engineer"))
    return win


def test_graph_roles_and_lanes_in_spanish(qtbot, language: None) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, "es_ES")
    scene = win.graph.graph_scene
    item = scene.role_items["ml-engineer"]
    assert item.role.name == "Ingeniero de machine learning"
    assert "<b>Ingeniero de machine learning</b>" in item.toolTip()
    assert "Ingeniería de ML" in item.toolTip()  # its family, the lane's name
    assert scene.backdrop is not None
    assert "Operaciones de ML" in scene.backdrop.lane_labels()
    # The learner's target is the same role in every language: ids do not change.
    assert win.session.target_role == "ml-engineer"


def test_graph_in_german_and_in_a_language_the_pack_lacks(qtbot, language: None) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, "de_DE")
    assert win.graph.graph_scene.role_items["data-scientist"].role.name == "Data Scientist"
    assert win.graph.graph_scene.role_items["data-analyst"].role.name == "Datenanalyst"
    other = _window(qtbot, "it_IT")
    assert other.graph.graph_scene.role_items["data-analyst"].role.name == "Data Analyst"
