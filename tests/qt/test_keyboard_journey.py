"""The whole learner journey with the keyboard alone: tick a skill, choose the current role
and the target, read the route, export the plan through the file dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget

from pathfinder.qt.state.session import SkillState

NO = Qt.KeyboardModifier.NoModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard is nowhere"
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = NO) -> None:  # type: ignore[no-untyped-def]
    """A key pressed by the learner: it goes wherever the keyboard focus is."""
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(focused(), text)


def press_until(qtbot, key: Qt.Key, reached, most: int = 30) -> None:  # type: ignore[no-untyped-def]
    for _ in range(most):
        if reached():
            return
        press(qtbot, key)
    assert reached(), f"{key.name} never got there"


def test_the_learner_journey_by_keyboard_alone(qtbot, started_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    win = started_window
    session = win.session
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.search.setFocus()  # where the window opens with the keyboard
    panels = win.keyboard

    # F6 goes round the panels: the Skills panel's filter box first.
    press_until(qtbot, Qt.Key.Key_F6, lambda: win.skills_panel.isAncestorOf(focused()))
    assert isinstance(focused(), QLineEdit)
    type_text(qtbot, "pandas")
    press(qtbot, Qt.Key.Key_Tab)
    tree = win.skills_panel.view
    assert focused() is tree
    press_until(qtbot, Qt.Key.Key_Down, lambda: tree.currentIndex().data() == "pandas", most=5)
    press(qtbot, Qt.Key.Key_Space)
    assert session.skill_state("pandas") is SkillState.HAVE
    assert panels.announcer.said[-1].startswith("Tick pandas. ")

    # The Plan panel: Tab to the current role's box, choose by typing the start of its name
    # (then the arrow keys among the roles that start alike).
    press_until(qtbot, Qt.Key.Key_F6, lambda: win.plan_panel.isAncestorOf(focused()))
    combo = win.plan_panel.current_combo
    press_until(qtbot, Qt.Key.Key_Tab, lambda: focused() is combo)
    type_text(qtbot, "Junior")
    assert combo.currentText().startswith("Junior")
    press_until(qtbot, Qt.Key.Key_Down, lambda: session.current_role == "junior-data-analyst", 5)
    assert combo.currentText() == "Junior Data Analyst"

    # The map: arrows to Data Engineer (two levels right in the same lane), Enter = target.
    press_until(qtbot, Qt.Key.Key_F6, lambda: focused() is win.graph)
    press_until(qtbot, Qt.Key.Key_Right, lambda: session.selected_role == "data-engineer", 4)
    press(qtbot, Qt.Key.Key_Return)
    assert session.target_role == "data-engineer"
    assert panels.announcer.said[-1].startswith(
        "Set target to Data Engineer. Route to Data Engineer: "
    )

    # The route as text, by its shortcut.
    press(
        qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    outline = panels.outline
    assert outline is not None
    qtbot.waitUntil(lambda: focused() is outline.route)
    lines = [outline.route.item(i).text() for i in range(outline.route.count())]
    assert lines[0] == "Start: Junior Data Analyst (your current role)"
    assert lines[-1].startswith(f"{len(lines) - 1}. Data Engineer: learn ")
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not outline.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.graph)  # back where it was

    # Export: Ctrl+E, type a file name in the dialog, Enter.
    target = tmp_path / "my-plan.md"
    tries: list[int] = []

    def fill_in_dialog() -> None:
        """Types in the file dialog once it has the keyboard (its own event loop runs)."""
        dialog = QApplication.activeModalWidget()
        name = QApplication.focusWidget()
        if not isinstance(dialog, QFileDialog) or not dialog.isAncestorOf(name):
            tries.append(1)
            if len(tries) < 200:
                QTimer.singleShot(25, fill_in_dialog)
            elif isinstance(dialog, QFileDialog):
                dialog.reject()  # the test fails below instead of waiting for ever
            return
        assert isinstance(name, QLineEdit)  # the dialog opens in its file name box
        name.selectAll()
        qtbot.keyClicks(name, str(target))
        qtbot.keyClick(name, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill_in_dialog)
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(target.exists)
    text = target.read_text(encoding="utf-8")
    assert "Data Engineer" in text and "Junior Data Analyst" in text
    assert win.statusBar().currentMessage() == f"Plan saved to {target}"


def test_tab_goes_round_the_window_in_reading_order(qtbot, started_window) -> None:  # type: ignore[no-untyped-def]
    win = started_window
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.search.setFocus()
    names = {
        id(win.search): "search",
        id(win.graph): "map",
        id(win.skills_panel): "skills",
        id(win.plan_panel): "plan",
        id(win.role_panel): "role details",
        id(win.route_view): "route",
    }
    order: list[str] = []
    for _ in range(80):
        here = next(
            (
                names[id(panel)]
                for panel in win.keyboard.panels()
                if focused() is panel or panel.isAncestorOf(focused())
            ),
            "elsewhere",
        )
        if not order or order[-1] != here:
            order.append(here)
        press(qtbot, Qt.Key.Key_Tab)
    # Search, map, then the docks left to right, and round again: never back and forth.
    assert order[:4] == ["search", "map", "skills", "plan"]
    first_round = order[: order.index("search", 1)] if "search" in order[1:] else order
    assert len(first_round) == len(set(first_round))
