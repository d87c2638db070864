"""The "Start here" banner on a real start: shown to a learner who has not started yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from tests.qt.conftest import start_args
from tests.qt.test_skills_panel import click_box

from pathfinder.qt.app import _start
from pathfinder.qt.window.main_window import MainWindow


def _start_window(qtbot, **args: object) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    _start(win, start_args(**args))
    qtbot.waitExposed(win)
    return win


def _tick(qtbot, win: MainWindow, skill: str) -> None:  # type: ignore[no-untyped-def]
    click_box(qtbot, win.skills_panel, skill)  # a click on the box in the Skills list


def test_first_start_shows_the_hint_until_a_skill_is_ticked(qtbot) -> None:  # type: ignore[no-untyped-def]
    win = _start_window(qtbot)
    assert win.keeper is not None and win.keeper.profile is not None  # the first profile
    assert win.hint.isVisible()
    assert "Start here: tick the skills you already have" in win.hint.label.text()
    _tick(qtbot, win, "python")
    assert win.session.skill_state("python").value == "have"
    assert not win.hint.isVisible()
    win.session.undo_stack.undo()  # back to nothing ticked: the banner does not flicker back
    assert not win.hint.isVisible()


def test_choosing_a_target_hides_the_hint(qtbot) -> None:  # type: ignore[no-untyped-def]
    win = _start_window(qtbot)
    assert win.hint.isVisible()
    combo = win.plan_panel.target_combo
    combo.setCurrentIndex(combo.findData("data-analyst"))
    assert win.session.target_role == "data-analyst"
    assert not win.hint.isVisible()


def test_next_start_shows_the_hint_only_if_nothing_was_done(qtbot) -> None:  # type: ignore[no-untyped-def]
    first = _start_window(qtbot)
    assert first.keeper is not None
    first.close()  # saves the (still empty) first profile
    again = _start_window(qtbot)
    assert again.hint.isVisible()  # the same profile, still nothing ticked
    _tick(qtbot, again, "sql")
    again.close()
    started = _start_window(qtbot)
    assert started.session.have == {"sql"}
    assert not started.hint.isVisible()


def test_switching_to_a_new_learner_shows_the_hint_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    win = _start_window(qtbot)
    _tick(qtbot, win, "git")
    assert not win.hint.isVisible()
    keeper = win.keeper
    assert keeper is not None
    keeper.open(keeper.store.create("Grace", "ai-ml-careers").path)
    assert win.hint.isVisible()


def test_dismissed_hint_stays_away(qtbot) -> None:  # type: ignore[no-untyped-def]
    win = _start_window(qtbot)
    qtbot.mouseClick(win.hint.close_button, Qt.MouseButton.LeftButton)
    assert not win.hint.isVisible()
    keeper = win.keeper
    assert keeper is not None
    keeper.open(keeper.store.create("Grace", "ai-ml-careers").path)
    assert not win.hint.isVisible()


def test_start_with_skills_or_a_target_on_the_command_line_has_no_hint(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert not _start_window(qtbot, win_have=["python"]).hint.isVisible()
    assert not _start_window(qtbot, win_to="data-analyst").hint.isVisible()
