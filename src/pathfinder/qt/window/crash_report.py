"""When something goes wrong inside the window: save the learner's work, write a log, say so.

`install(window)` makes itself `sys.excepthook` while the window runs. PySide6 hands an
exception that escapes a slot or a virtual (paintEvent, a timer) to `sys.excepthook`, so
this is where every unhandled error of the window ends. The handler, in this order:

1. saves the open profile (`keeper.save_now()`): the learner's state is on disk first;
2. writes the details to a log file in the user's log folder (platformdirs' user_log_dir);
3. shows a dialog with what happened, where the log is and a "Copy details" button.

The window keeps running. A second error while the dialog is open is added to it and to the
log, so an error that repeats on every paint does not open a dialog per frame. An error inside
the handler itself falls back to Python's own hook: the handler must never loop.
"""

from __future__ import annotations

import contextlib
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pathfinder import __version__

if TYPE_CHECKING:
    from pathfinder.qt.window.main_window import MainWindow

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def log_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir("Pathfinder", "Pathfinder"))


def describe(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    """The details a developer needs: versions, then the traceback. No learner data."""
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    lines = [
        f"Pathfinder {__version__} crash report, {when}",
        f"Python {platform.python_version()}, Qt {qVersion()}, {platform.platform()}",
        "",
        *traceback.format_exception(kind, error, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines) + "\n"


def write_log(details: str, folder: Path | None = None) -> Path:
    """Write `details` to a new crash-WHEN.log; raises OSError when the folder is not writable."""
    folder = folder if folder is not None else log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    path = folder / f"crash-{stamp}.log"
    with open(path, "x", encoding="utf-8") as out:
        out.write(details)
    return path


class CrashDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CrashDialog")
        self.setWindowTitle(self.tr("Pathfinder hit a problem"))
        self.intro = QLabel()
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Details of the problem"))
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.resize(760, 420)

    def report(self, saved: str, logged: str, details: str) -> None:
        self.intro.setText(
            self.tr(
                "Something went wrong inside Pathfinder. {saved} {logged} You can keep working; if "
                "anything looks wrong, close Pathfinder and open it again. To report the "
                "problem, copy the details below."
            ).format(saved=saved, logged=logged)
        )
        self.details.appendPlainText(details)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


class _Relay(QObject):
    """Carries an error from a worker thread to the window's thread (a queued signal)."""

    raised = Signal(object)


class CrashHandler:
    """`sys.excepthook` (and `threading.excepthook`) while the window runs; `uninstall()` puts
    the previous hooks back. Errors in other threads are handled in the window's thread."""

    def __init__(self, window: MainWindow, folder: Path | None = None) -> None:
        self.window = window
        self.folder = folder
        self.previous: Hook = sys.excepthook
        self.previous_thread_hook = threading.excepthook
        self.dialog: CrashDialog | None = None
        self.logs: list[Path] = []
        self._busy = False
        self._relay = _Relay(window)
        self._relay.raised.connect(lambda info: self(*info))

    def install(self) -> CrashHandler:
        self.previous = sys.excepthook
        self.previous_thread_hook = threading.excepthook
        sys.excepthook = self
        threading.excepthook = self._thread_hook
        return self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous
        if threading.excepthook == self._thread_hook:
            threading.excepthook = self.previous_thread_hook

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        self(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if threading.current_thread() is not threading.main_thread():
            self._relay.raised.emit((kind, error, tb))  # widgets live in the main thread
            return
        if self._busy or not issubclass(kind, Exception):  # Ctrl+C, exit: not a crash
            self.previous(kind, error, tb)
            return
        self._busy = True
        try:
            self._handle(kind, error, tb)
        except Exception:  # the handler itself failed: Python's own hook still reports both
            self.previous(kind, error, tb)
            traceback.print_exc()
        finally:
            self._busy = False

    def _handle(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        details = describe(kind, error, tb)
        sys.stderr.write(details)
        saved = self._save()
        try:
            log = write_log(details, self.folder)
        except OSError as exc:
            logged = QCoreApplication.translate(
                "CrashReport", "The details could not be written to a log ({reason})."
            ).format(reason=exc.strerror or str(exc))
        else:
            self.logs.append(log)
            logged = QCoreApplication.translate("CrashReport", "The details are in {log}.").format(
                log=str(log)
            )
        if self.dialog is None:
            self.dialog = CrashDialog(self.window)
            self.dialog.finished.connect(self._closed)
        self.dialog.report(saved, logged, details)
        self.dialog.open()  # window-modal, and does not block: the event loop keeps running

    def _save(self) -> str:
        window = self.window
        keeper = window.keeper
        if keeper is None or keeper.path is None:
            return QCoreApplication.translate(
                "CrashReport", "No profile was open, so there was nothing to save."
            )
        ok = False
        with contextlib.suppress(Exception):  # a failing save must not hide the first error
            ok = keeper.save_now()
        if ok:
            return QCoreApplication.translate(
                "CrashReport", "Your profile was saved to {path}."
            ).format(path=str(keeper.path))
        return QCoreApplication.translate(
            "CrashReport",
            "Your profile could not be saved just now ({path} keeps its last saved version).",
        ).format(path=str(keeper.path))

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None


def install(window: MainWindow, folder: Path | None = None) -> CrashHandler:
    return CrashHandler(window, folder).install()
