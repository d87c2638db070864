"""An unhandled error in the window: the profile is saved first, a log is written in the user's
log folder, and a dialog shows the details with a way to copy them. The window keeps running.

pytest-qt normally turns an exception in a slot into a test failure; these tests switch that
off (qt_no_exception_capture) so that the error reaches sys.excepthook, as in the real program.
"""

from __future__ import annotations

import sys
import threading
from typing import Any

import pytest
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from pathfinder.qt.state.commands import set_skill_state
from pathfinder.qt.state.session import SkillState
from pathfinder.qt.window import crash_report
from tests.hardening.common import saved_skills


class Trigger(QObject):
    fired = Signal()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_saves_the_profile_logs_and_shows_the_details(
    open_window: Any, qtbot: Any
) -> None:
    window = open_window()
    handler = crash_report.install(window)
    try:
        set_skill_state(window.session, "python", SkillState.HAVE)  # autosave waits 500 ms
        assert "python" not in saved_skills(window)  # not on disk yet: the handler must save

        def broken_slot() -> None:
            raise ZeroDivisionError("a bug in a panel")

        trigger = Trigger()
        trigger.fired.connect(broken_slot)
        trigger.fired.emit()
        qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    finally:
        handler.uninstall()

    assert saved_skills(window)["python"] == "have"
    [log] = handler.logs
    assert log.parent == crash_report.log_folder()
    assert str(log).startswith(str(window.keeper.path.parents[3]))  # the test's home, not ours
    text = log.read_text(encoding="utf-8")
    assert "ZeroDivisionError: a bug in a panel" in text and "broken_slot" in text
    dialog = handler.dialog
    assert dialog is not None
    assert str(window.keeper.path) in dialog.intro.text() and str(log) in dialog.intro.text()
    assert "ZeroDivisionError: a bug in a panel" in dialog.details.toPlainText()
    dialog.copy_button.click()
    assert "ZeroDivisionError: a bug in a panel" in QGuiApplication.clipboard().text()
    # The window still works after the error.
    set_skill_state(window.session, "git", SkillState.HAVE)
    assert window.keeper.save_now() and saved_skills(window)["git"] == "have"


@pytest.mark.qt_no_exception_capture
def test_an_error_that_repeats_opens_one_dialog_and_logs_each_time(
    open_window: Any, qtbot: Any
) -> None:
    window = open_window()
    handler = crash_report.install(window)
    count = 3

    def boom() -> None:
        raise RuntimeError("again")

    try:
        for _ in range(count):
            QTimer.singleShot(0, boom)
        qtbot.waitUntil(lambda: len(handler.logs) == count)
    finally:
        handler.uninstall()
    dialogs = window.findChildren(crash_report.CrashDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    assert dialogs[0].details.toPlainText().count("RuntimeError: again") == count


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_worker_thread_is_reported_in_the_window(
    open_window: Any, qtbot: Any
) -> None:
    window = open_window()
    handler = crash_report.install(window)

    def work() -> None:
        raise OSError("the background reader failed")

    try:
        worker = threading.Thread(target=work)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    finally:
        handler.uninstall()
    assert handler.dialog is not None and handler.dialog.thread() is window.thread()
    assert "OSError: the background reader failed" in handler.logs[0].read_text("utf-8")


def test_install_and_uninstall_put_the_previous_hooks_back(open_window: Any) -> None:
    window = open_window()
    before, before_threads = sys.excepthook, threading.excepthook
    handler = crash_report.install(window)
    assert sys.excepthook is handler and threading.excepthook != before_threads
    handler.uninstall()
    assert sys.excepthook is before and threading.excepthook is before_threads


def test_a_log_folder_that_cannot_be_written_is_said_in_the_dialog(
    open_window: Any, qtbot: Any, tmp_path: Any
) -> None:
    window = open_window()
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the log folder should be", encoding="utf-8")
    handler = crash_report.CrashHandler(window, folder=blocked / "logs")
    try:
        raise ValueError("no log")
    except ValueError as exc:
        handler(type(exc), exc, exc.__traceback__)
    assert handler.dialog is not None and handler.logs == []
    assert "could not be written to a log" in handler.dialog.intro.text()
    assert "ValueError: no log" in handler.dialog.details.toPlainText()
