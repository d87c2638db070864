"""The floor of the start-up benchmark: a bare PySide6 window that shows one label, is grabbed
and saved as a PNG, then exits: `python startup_probe.py OUT.png`.

Pathfinder's side of the comparison is `pathfinder --snapshot OUT.png --to ROLE` (the built-in
pack, a plan, every panel drawn and saved): the same work a bare window does, plus Pathfinder's.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Hello"))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    return 0 if window.grab().toImage().save(sys.argv[1], "PNG") else 1


if __name__ == "__main__":
    sys.exit(main())
