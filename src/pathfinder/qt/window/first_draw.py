"""The window's first full drawing: painted once, when it has settled.

Filling the frame with the pack's panels sets off a cascade: the docks widen to fit their
contents (dock_widths.py), the layout runs again, the map is fitted to its new size. Painted
as it happens, that is several paints of every panel in a tenth of a second, and the learner
sees the window jump. Here painting is held while the layout and the docks settle and the map
is fitted, then the window paints once, as it will stay.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop
from PySide6.QtWidgets import QApplication, QWidget


class FittedMap(Protocol):
    def fit_all(self) -> None: ...


# Layout, then the docks' widening (a timer of its own), then the layout that follows it.
_SETTLING_TURNS = 3


@contextmanager
def painting_held(window: QWidget) -> Iterator[None]:
    """No painting of `window` inside the block; the whole window paints after it.

    Not held for a window shown but not yet on screen (Qt loses the expose that arrives while
    painting is held, and the window would stay blank): it has nothing to jump anyway.
    """
    handle = window.windowHandle()
    mapping = window.isVisible() and (handle is None or not handle.isExposed())
    hold = window.updatesEnabled() and not mapping
    if hold:
        # A repaint already asked for is made first: taken from the queue while painting is
        # held, Qt counts it as done and paints the window no more until it is resized (a
        # broken pack's fallback to the built-in one left the window blank that way).
        QCoreApplication.sendPostedEvents(window, QEvent.Type.UpdateRequest)
        window.setUpdatesEnabled(False)
    try:
        yield
    finally:
        if hold:
            window.setUpdatesEnabled(True)  # and asks for the one paint


def settle(graph: FittedMap) -> None:
    """Let the window lay out and its docks settle, then fit the map.

    Runs the event loop a few turns without the learner's input: a click must not reach a
    panel that is still being laid out.
    """
    for _ in range(_SETTLING_TURNS):
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    graph.fit_all()
    # The scene hands its changes to the view on a queued call: taken here, so the map is
    # not painted a second time just after the window.
    QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
