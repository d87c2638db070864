"""Fitting the graph to the view around the cards that float over it.

The legend sits in the top-right corner of the view and the focus bar (big packs) in the
top-left. A plain fit would put the graph's column headers and top-right roles under them,
so the fit keeps room clear: a strip above the graph for the focus bar, and for the legend
either a strip above or a column to the right, whichever leaves the graph bigger (a wide
window has room at the side to spare, a tall one above).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSizeF

# QGraphicsView.fitInView leaves this many pixels on each side; the fit here does the same.
_EDGE = 2.0


@dataclass(frozen=True)
class Room:
    """Pixels kept clear of the graph: across the top, and down the right-hand side."""

    top: float = 0.0
    right: float = 0.0

    def zoom(self, graph: QRectF, view: QSizeF) -> float:
        """The largest zoom that shows all of `graph` beside this room."""
        width = max(view.width() - 2 * _EDGE - self.right, 1.0)
        height = max(view.height() - 2 * _EDGE - self.top, 1.0)
        return min(width / max(graph.width(), 1.0), height / max(graph.height(), 1.0))

    def around(self, graph: QRectF, zoom: float) -> QRectF:
        """`graph` grown by this room at `zoom`: the scene area the view should show."""
        return graph.adjusted(0.0, -self.top / zoom, self.right / zoom, 0.0)


def best_room(graph: QRectF, view: QSizeF, bar: float, legend: QSizeF | None) -> Room:
    """The room to keep for a focus bar `bar` pixels tall (0 for none) and a legend of this
    size in the top-right corner (margins included; None when it is not shown)."""
    if legend is None:
        return Room(top=bar)
    above = Room(top=max(bar, legend.height()))
    beside = Room(top=bar, right=legend.width())
    # On a tie the legend keeps its strip above: the graph then stays centred across.
    return beside if beside.zoom(graph, view) > above.zoom(graph, view) else above
