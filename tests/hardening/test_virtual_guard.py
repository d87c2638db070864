"""Issue 13 item 1: an error inside a Qt virtual that returns a value (sizeHint, paint, data)
reaches the crash handler, the learner's profile is saved, and the window keeps running.

Unguarded, such an error can leave Qt without its value: a sizeHint that raised inside a
tabbed dock's layout ended the process with a segmentation fault (exit 139), no log, no save.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtGui import QImage, QPainter

from pathfinder.qt import crash_report
from pathfinder.qt.commands import set_skill_state
from pathfinder.qt.session import SkillState
from pathfinder.qt.skills_model import SkillsModel


def _saved_skills(window: Any) -> dict[str, str]:
    return dict(json.loads(window.keeper.path.read_text(encoding="utf-8"))["skills"])


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_graph_box_paint_is_reported_and_drawing_goes_on(
    open_window: Any, qtbot: Any
) -> None:
    window = open_window()
    handler = crash_report.install(window)
    try:
        set_skill_state(window.session, "python", SkillState.HAVE)  # autosave waits 500 ms
        assert "python" not in _saved_skills(window)
        box = window.graph.item_for_role("data-analyst")
        assert box is not None
        box._theme = None  # a bug: the box has lost its theme, so paint raises
        scene = window.graph.graph_scene
        image = QImage(800, 600, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        scene.render(painter, source=box.sceneBoundingRect())  # Qt calls the box's paint
        painter.end()
        qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    finally:
        handler.uninstall()
    assert _saved_skills(window)["python"] == "have"  # saved before anything else
    [log] = handler.logs
    text = log.read_text(encoding="utf-8")
    assert "AttributeError" in text and "in paint" in text
    assert "AttributeError" in handler.dialog.details.toPlainText()
    set_skill_state(window.session, "git", SkillState.HAVE)  # the window still works
    assert window.keeper.save_now() and _saved_skills(window)["git"] == "have"


@pytest.mark.qt_no_exception_capture
def test_an_error_in_the_skills_model_data_is_reported_and_the_list_stays(
    open_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    handler = crash_report.install(window)
    view = window.skills_panel.view

    def broken(*_args: object) -> object:
        raise KeyError("a skill the list lost")

    try:
        set_skill_state(window.session, "python", SkillState.HAVE)
        monkeypatch.setattr(SkillsModel, "_skill_data", broken)
        view.expandAll()
        view.viewport().repaint()  # Qt asks data() of every visible cell
        qtbot.waitUntil(lambda: len(handler.logs) == 1)
    finally:
        handler.uninstall()
        monkeypatch.undo()
    assert _saved_skills(window)["python"] == "have"
    text = handler.logs[0].read_text(encoding="utf-8")
    assert "KeyError: 'a skill the list lost'" in text and "in data" in text
    # Asked again for every cell, the same error is logged once, not once per cell.
    view.viewport().repaint()
    assert len(handler.logs) == 1
    assert view.model().rowCount() > 0  # the list is still there
