"""The Skills panel's first width: wide enough for the pack's longest skill name where the
window has room for it.

On a wide screen the panel kept the narrow width of a laptop's and cut names ("Data
structures an…") beside empty room. At a laptop's 1280 pixels the graph needs that room
(its path names must stay 12 px high), so the panel grows only in windows WIDE or wider,
up to SHARE of the width, and never shrinks. A layout the learner saved (QSettings) is
theirs and is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer

if TYPE_CHECKING:
    from pathfinder.qt.window.main_window import MainWindow

SHARE = 0.24  # of the window's width, at most
WIDE = 1600  # windows narrower than this keep the panel's first width
_NAMES_MEASURED = 3000  # a taxonomy's longest names are cut anyway: measure a sample


def wanted_width(window: MainWindow) -> int:
    panel = window.skills_panel
    metrics = panel.view.fontMetrics()
    skills = window.session.catalog.skills[:_NAMES_MEASURED]
    longest = max((metrics.horizontalAdvance(s.name) for s in skills), default=0)
    hours = panel.view.header().sectionSize(1)
    # Check box, indentation, scroll bar and the panel's margins around the name.
    extra = 36 + panel.view.indentation() + panel.view.verticalScrollBar().sizeHint().width() + 24
    return longest + hours + extra


def widen_skills_panel(window: MainWindow) -> None:
    """Once the window is on screen (the docks have their first widths then)."""
    if not QSettings().contains("window/state"):
        QTimer.singleShot(0, lambda: _widen(window))


def _widen(window: MainWindow) -> None:
    if not window.skills_dock.isVisible() or window.width() < WIDE:
        return
    now = window.skills_dock.width()
    width = min(wanted_width(window), int(window.width() * SHARE))
    if width <= now:
        return
    window.resizeDocks([window.skills_dock], [width], Qt.Orientation.Horizontal)
    graph = window.graph
    if graph.auto_fit:  # the first picture: fit the graph to the view it now has
        QTimer.singleShot(0, graph.fit_all)
