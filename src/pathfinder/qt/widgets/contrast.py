"""Contrast between colours (WCAG 2 relative luminance), so secondary text stays readable.

Greys picked by eye, or the palette's "disabled" text, measured under 3:1 and vanished on a
projector. WCAG's 4.5:1 for body text is the floor used here.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor

READABLE = 4.5  # WCAG 2 AA for normal-size text


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    return (
        0.2126 * _channel(colour.redF())
        + 0.7152 * _channel(colour.greenF())
        + 0.0722 * _channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """From 1 (the same) to 21 (black on white)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def blend(under: QColor, over: QColor, opacity: float) -> QColor:
    """`over` painted at `opacity` on `under`, opaque."""
    t = min(max(opacity, 0.0), 1.0)
    return QColor.fromRgbF(
        under.redF() + (over.redF() - under.redF()) * t,
        under.greenF() + (over.greenF() - under.greenF()) * t,
        under.blueF() + (over.blueF() - under.blueF()) * t,
        1.0,
    )


def secondary_text(text: QColor, background: QColor, minimum: float = READABLE) -> QColor:
    """The colour between `text` and `background` closest to the background that still has
    `minimum` contrast on it: plainly quieter than the text, never unreadable."""
    return QColor.fromRgba(_secondary(text.rgba(), background.rgba(), minimum))


@lru_cache(maxsize=32)  # asked for every painted cell of a list; palettes rarely change
def _secondary(text: int, background: int, minimum: float) -> int:
    ink, paper = QColor.fromRgba(text), QColor.fromRgba(background)
    if contrast(ink, paper) <= minimum:
        return text  # the text itself is as readable as it gets
    low, high = 0.0, 1.0  # opacity of the text over the background: high always readable
    for _ in range(20):
        middle = (low + high) / 2
        if contrast(blend(paper, ink, middle), paper) >= minimum:
            high = middle
        else:
            low = middle
    found = QColor.fromRgba(blend(paper, ink, high).rgba())  # as painted: 8 bits a channel
    while contrast(found, paper) < minimum and high < 1.0:  # rounding lost a little
        high = min(high + 1 / 255, 1.0)
        found = QColor.fromRgba(blend(paper, ink, high).rgba())
    return found.rgba()
