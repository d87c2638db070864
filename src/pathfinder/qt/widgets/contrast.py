"""Contrast between colours (WCAG 2 relative luminance), so secondary text stays readable.

Greys picked by eye, or the palette's "disabled" text, measured under 3:1 and vanished on a
projector. WCAG's 4.5:1 for body text is the floor used here.

Each theme object lists the colours it draws on one another as `Pair`s (what is drawn, on
what, and the least contrast it needs); tests/qt/test_contrast.py measures every pair.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtGui import QColor

READABLE = 4.5  # WCAG 2.2 AA for normal-size text (1.4.3)
# WCAG 2.2 AA for large text, and for state indicators and graphics that carry meaning (1.4.11)
GRAPHIC = 3.0
# The high-contrast theme asks more: WCAG's enhanced level for text (1.4.6), and lines and
# state marks as readable as AA text.
STRONG_TEXT = 7.0
STRONG_GRAPHIC = 4.5


@dataclass(frozen=True)
class Pair:
    """`ink` drawn on `paper` (names as the theme calls them) needs `minimum` contrast.
    The paper is opaque (what is on screen there); the ink may be see-through."""

    ink: str
    paper: str
    ink_colour: QColor
    paper_colour: QColor
    minimum: float
    text: bool  # text (4.5:1 floor), or a line, mark or state indicator (3:1 floor)

    def ratio(self) -> float:
        return contrast(opaque(self.ink_colour, self.paper_colour), self.paper_colour)

    def __str__(self) -> str:
        kind = "text" if self.text else "graphic"
        return (
            f"{self.ink} ({self.ink_colour.name()}) on {self.paper} ({self.paper_colour.name()}):"
            f" {self.ratio():.2f}:1, {kind} needs {self.minimum:g}:1"
        )


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


def opaque(colour: QColor, under: QColor) -> QColor:
    """A colour with transparency as it lands on `under` (opaque colours are themselves)."""
    solid = QColor(colour)
    solid.setAlphaF(1.0)
    return QColor.fromRgba(blend(under, solid, colour.alphaF()).rgba())


def reaching(start: QColor, goal: QColor, papers: Sequence[QColor], minimum: float) -> QColor:
    """`start` moved toward `goal` just far enough to have `minimum` contrast on every paper
    (a tint, a grey or a hue keeps as much of its look as readability allows); `goal` itself
    when nothing nearer will do."""
    for step in range(101):
        found = QColor.fromRgba(blend(start, goal, step / 100).rgba())
        if all(contrast(found, paper) >= minimum for paper in papers):
            return found
    return QColor(goal)


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
