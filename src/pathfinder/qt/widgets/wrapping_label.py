"""A word-wrapped label that remembers the heights it worked out for its text."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from pathfinder.qt.widgets.virtual_guard import guarded


class WrappingLabel(QLabel):
    """Qt's layouts ask a wrapping label for its height at a width several times per change (with
    and without the scroll bar, at the panel's least width, once per layout up the tree), and a
    QLabel lays its whole text out again for each question: on a tick that was a tenth of the
    work, for a handful of labels whose text changed. Only the text shown now is remembered.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: tuple[object, ...] = ()
        self._heights: dict[int, int] = {}  # for what self._shown says, by width

    @guarded(lambda: -1)
    def heightForWidth(self, width: int) -> int:
        # The text and the settings that lay it out (none of which tells by an event).
        shown = (self.text(), self.margin(), self.indent(), self.wordWrap(), self.textFormat())
        if shown != self._shown or len(self._heights) >= 16:  # new text, or window resized
            self._shown = shown
            self._heights.clear()
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in _RESHAPING:
            self._heights.clear()


# What changes a label's height for the same text and width.
_RESHAPING = frozenset(
    {
        QEvent.Type.FontChange,
        QEvent.Type.StyleChange,
        QEvent.Type.ContentsRectChange,
        QEvent.Type.LayoutDirectionChange,
    }
)
