"""A second floor for the start-up benchmark: the bare window of startup_probe.py, plus the
fixed costs of the stack Pathfinder is built on, which no code of ours can avoid:
`python stack_probe.py OUT.png`.

- pydantic, with one model class validated once (building any validator makes pydantic load
  its plugin machinery, which imports importlib.metadata);
- Qt's `Qt` namespace and QStyle, whose enums PySide6 turns into Python enums on first use,
  and a scroll area's viewport, whose widget type makes PySide6 set up every QtWidgets class.

Pathfinder's own start-up cost is what it adds to this floor (tests/benchmarks/
test_window_bench.py records both ratios).
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pydantic import BaseModel
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QScrollArea, QStyle


class Learner(BaseModel):
    name: str
    hours_per_week: float = 8.0


def main() -> int:
    Learner(name="Ada")
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    label = QLabel("Hello")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    area = QScrollArea()
    area.setWidget(label)
    area.viewport().setAutoFillBackground(True)
    window.setCentralWidget(area)
    window.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    return 0 if window.grab().toImage().save(sys.argv[1], "PNG") else 1


if __name__ == "__main__":
    sys.exit(main())
