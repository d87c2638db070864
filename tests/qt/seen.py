"""Measuring what the learner sees in a rendered widget: the contrast of text on its background."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage

from pathfinder.qt.widgets.contrast import contrast


def text_contrast(image: QImage, rect: QRect) -> tuple[float, QColor]:
    """In `rect` of `image`: the most common colour is the background; the pixel farthest from
    it in contrast is the ink (the core of a glyph stem). Returns (contrast, ink)."""
    pixels = [
        image.pixelColor(x, y)
        for x in range(max(rect.left(), 0), min(rect.right() + 1, image.width()))
        for y in range(max(rect.top(), 0), min(rect.bottom() + 1, image.height()))
    ]
    assert pixels, rect
    counts = Counter(p.rgba() for p in pixels)
    background = QColor.fromRgba(counts.most_common(1)[0][0])
    ink = max(pixels, key=lambda p: contrast(p, background))
    return contrast(ink, background), ink
