"""The floor of the frozen program's start-up benchmark (test_frozen_bench.py): a bare PySide6
window that prints the wall-clock time of its first paint, then ends the process:
`python first_paint_probe.py`. The frozen program reports its own (--quit-after-first-paint).
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class QuitOnFirstPaint(QObject):
    """Prints the wall-clock time of the main window's first paint, then ends the process."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            QTimer.singleShot(0, self._done)  # after this paint has reached the window
        return False

    def _done(self) -> None:
        print(f"{time.time():.6f}", flush=True)
        os._exit(0)


def main() -> int:
    app = QApplication(sys.argv[:1])
    probe = QuitOnFirstPaint()
    app.installEventFilter(probe)
    window = QMainWindow()
    window.setCentralWidget(QLabel("Hello"))
    window.resize(1280, 800)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
