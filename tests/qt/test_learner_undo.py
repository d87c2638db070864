"""Every edit of the learner can be undone with Ctrl+Z, as a tick can: what they enjoy, their
pace, their notes (added, edited, deleted) and their name. Driven through the real widgets;
each test checks what the window shows, what the status bar says and what the file holds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from pathfinder.qt.plan.panel import PaceSpinBox
from pathfinder.qt.profiles.learner_panel import LearnerPanel
from pathfinder.qt.window.main_window import MainWindow


@pytest.fixture
def window(started_window: MainWindow) -> MainWindow:
    return started_window


def _saved(window: MainWindow) -> dict[str, Any]:
    keeper = window.keeper
    assert keeper is not None and keeper.path is not None
    path: Path = keeper.path
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _undo(qtbot: Any, window: MainWindow) -> None:
    window.graph.setFocus()  # a text field would take Ctrl+Z for its own text
    qtbot.keyClick(window.graph, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def _redo(qtbot: Any, window: MainWindow) -> None:
    window.graph.setFocus()
    qtbot.keyClick(
        window.graph,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )


def _panel(window: MainWindow) -> LearnerPanel:
    panel = window.findChild(LearnerPanel)
    assert panel is not None
    return panel


def test_an_interest_ticked_by_mistake_is_undone(qtbot: Any, window: MainWindow) -> None:
    panel = _panel(window)
    box: QCheckBox = panel.interest_checks["systems"]
    box.click()
    assert list(window.session.interests) == ["systems"]
    qtbot.waitUntil(lambda: _saved(window)["interests"] == ["systems"], timeout=3000)
    _undo(qtbot, window)
    assert not box.isChecked() and window.session.interests == ()
    assert window.statusBar().currentMessage() == "Undid: tick interest systems"
    qtbot.waitUntil(lambda: _saved(window)["interests"] == [], timeout=3000)
    _redo(qtbot, window)
    assert box.isChecked()
    assert window.statusBar().currentMessage() == "Redid: tick interest systems"


def test_a_run_of_pace_changes_is_one_undo(qtbot: Any, window: MainWindow) -> None:
    spin = window.findChild(PaceSpinBox)
    assert spin is not None and spin.value() == 8
    spin.setValue(10)
    spin.setValue(12)
    assert window.session.hours_per_week == 12
    qtbot.waitUntil(lambda: _saved(window)["hours_per_week"] == 12, timeout=3000)
    _undo(qtbot, window)
    assert spin.value() == 8 and window.session.hours_per_week == 8
    assert window.statusBar().currentMessage() == "Undid: set pace to 12 h a week"
    qtbot.waitUntil(lambda: _saved(window)["hours_per_week"] == 8, timeout=3000)


def test_notes_added_edited_and_deleted_come_back(qtbot: Any, window: MainWindow) -> None:
    panel = _panel(window)
    panel.note_edit.setPlainText("Wants to move within a year")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    panel.note_edit.setPlainText("Has done the Docker course")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.notes_list.count() == 2
    notes = panel.notes_list
    # Delete the newest note (on top) with the Delete key.
    notes.setFocus()
    notes.setCurrentRow(0)
    qtbot.keyClick(notes, Qt.Key.Key_Delete)
    assert notes.count() == 1 and "Wants to move" in notes.item(0).text()
    qtbot.waitUntil(lambda: len(_saved(window)["notes"]) == 1, timeout=3000)
    _undo(qtbot, window)
    assert window.statusBar().currentMessage() == "Undid: delete a note"
    assert notes.count() == 2 and "Docker course" in notes.item(0).text()
    qtbot.waitUntil(lambda: len(_saved(window)["notes"]) == 2, timeout=3000)
    _undo(qtbot, window)
    assert window.statusBar().currentMessage() == "Undid: add a note"
    assert notes.count() == 1
    qtbot.waitUntil(
        lambda: [n["text"] for n in _saved(window)["notes"]] == ["Wants to move within a year"],
        timeout=3000,
    )


def test_a_rename_is_undone_in_the_title_and_the_file(qtbot: Any, window: MainWindow) -> None:
    panel = _panel(window)
    panel.name_edit.setFocus()
    panel.name_edit.selectAll()
    qtbot.keyClicks(panel.name_edit, "Ana Lima")
    qtbot.keyClick(panel.name_edit, Qt.Key.Key_Return)
    assert window.windowTitle().startswith("Ana Lima — ")
    qtbot.waitUntil(lambda: _saved(window)["name"] == "Ana Lima", timeout=3000)
    _undo(qtbot, window)
    assert window.statusBar().currentMessage() == "Undid: rename the learner to Ana Lima"
    assert panel.name_edit.text() == "My profile"
    assert window.windowTitle().startswith("My profile — ")
    qtbot.waitUntil(lambda: _saved(window)["name"] == "My profile", timeout=3000)
