"""Moving around the map with keys: lanes and levels, moves, details, Help's key tables."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel
from tests.qt.conftest import shown_window

from pathfinder.qt.state.commands import set_target_role
from pathfinder.qt.state.session import Session

ALT = Qt.KeyboardModifier.AltModifier


def _on_graph(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    win.activateWindow()
    win.graph.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(win.graph.hasFocus)


def test_arrows_walk_a_lane_by_level_and_step_between_lanes(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    with shown_window(qtbot, session) as win:
        _on_graph(qtbot, win)
        walked = [session.selected_role]  # coming in by Tab selects the top-left role
        for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Left):
            qtbot.keyClick(win.graph, key)
            walked.append(session.selected_role)
        # Level 1, 2, 3 of Data & analytics; no level 4 there, so Right stays; Left goes back.
        assert walked == [
            "junior-data-analyst",
            "bi-analyst",
            "data-engineer",
            "data-engineer",
            "bi-analyst",
        ]
        qtbot.keyClick(win.graph, Qt.Key.Key_Down)  # stacked below at the same level
        assert session.selected_role == "data-analyst"
        qtbot.keyClick(win.graph, Qt.Key.Key_Down)
        qtbot.keyClick(win.graph, Qt.Key.Key_Down)  # past the lane's last: the next lane
        role = session.catalog.role_by_id[session.selected_role or ""]
        assert role.family == "Infrastructure & operations" and role.level == 2
        qtbot.keyClick(win.graph, Qt.Key.Key_Up)
        assert session.selected_role == "data-scientist"


def test_alt_arrows_follow_the_moves_the_route_first(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    with shown_window(qtbot, session) as win:
        set_target_role(session, "mlops-engineer")
        assert session.plan is not None
        route = session.plan.path
        _on_graph(qtbot, win)
        session.select_role(route[0])
        said = win.keyboard.announcer.said
        for step in route[1:]:
            qtbot.keyClick(win.graph, Qt.Key.Key_Right, ALT)
            assert session.selected_role == step  # the route's move comes first
        assert said[-1].startswith("Move 1 of ")
        # The other moves out of the role before last, one after another, and round again.
        before_last = route[-2]
        ahead = {t.target for t in session.catalog.transitions if t.source == before_last}
        seen = {session.selected_role}
        for _ in range(len(ahead)):
            qtbot.keyClick(win.graph, Qt.Key.Key_Down, ALT)
            seen.add(session.selected_role)
        assert seen == ahead
        assert session.selected_role == route[-1]  # round to the first again
        qtbot.keyClick(win.graph, Qt.Key.Key_Left, ALT)  # back along a move into it
        into = {t.source for t in session.catalog.transitions if t.target == route[-1]}
        assert session.selected_role in into


def test_space_opens_the_roles_details_with_the_keyboard_in_them(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    with shown_window(qtbot, session) as win:
        win.plan_dock.raise_()
        _on_graph(qtbot, win)
        qtbot.keyClick(win.graph, Qt.Key.Key_Right)
        qtbot.keyClick(win.graph, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: win.role_panel.isVisible())
        assert win.role_panel.isAncestorOf(QApplication.focusWidget())
        assert "BI Analyst" in _texts(win.role_panel)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.NoModifier)
        qtbot.waitUntil(lambda: win.route_view.isAncestorOf(QApplication.focusWidget()))


def _texts(widget) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def test_help_lists_every_shortcut_of_the_menus_and_the_maps_keys(qtbot, started_window) -> None:  # type: ignore[no-untyped-def]
    win = started_window
    win.show_help()
    text = win.help_page.browser.toPlainText()
    shortcuts = [
        (action.iconText(), action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        for action in win.actions()
        if not action.shortcut().isEmpty()
    ]
    assert len(shortcuts) > 15
    lines = text.splitlines()
    rows = set(pairwise(lines))  # a table row reads as keys, then action
    for name, keys in shortcuts:
        assert any(keys in row[0] and row[1] == name for row in rows), (name, keys)
    for words in ("Map as text", "Ctrl+Shift+M", "Export plan", "Ctrl+E", "Next panel", "F6"):
        assert words in text
    assert "Alt+Right" in text and "Follow a move out of the selected role" in text
    win.help_page.close()  # a Help page left open lies over the next test's window
