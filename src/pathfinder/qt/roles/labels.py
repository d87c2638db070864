"""The plain-text labels and skill-mark colours the role details are written with."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel

from pathfinder.qt.widgets.theme import is_high_contrast, state_colours


def mark_colours(palette: QPalette) -> tuple[str, str, str]:
    """Have / learning / missing colours that keep contrast on the palette's base colour."""
    found = state_colours(palette, is_high_contrast())  # tested in tests/qt/test_contrast.py
    return found["have"].name(), found["learning"].name(), found["missing"].name()


def plain_label(text: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def said_label(text: str) -> QLabel:
    """'from: <article>' or 'our estimate' under a claim, quieter than the claim itself."""
    label = plain_label(text)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label
