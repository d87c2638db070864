"""Small building blocks for the Plan panel: calm labels, headings, rules and safe links."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from pathfinder.core.catalog import Resource

SAFE_SCHEMES = ("http", "https")


def hours_text(hours: float) -> str:
    return QLocale().toString(float(hours), "g", 6)


def plain(
    text: str,
    *,
    muted: bool = False,
    bold: bool = False,
    scale: float = 1.0,
    parent: QWidget | None = None,
) -> QLabel:
    """A wrapping label that never interprets pack text as markup."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if muted:
        # A palette role rather than a colour, so it reads in light and dark themes alike.
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    if bold or scale != 1.0:
        font = QFont(label.font())
        font.setBold(bold)
        if scale != 1.0 and font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * scale)
        label.setFont(font)
    return label


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = plain(text, bold=True, scale=1.15, parent=parent)
    label.setAccessibleName(text)
    label.setContentsMargins(0, 8, 0, 0)
    return label


def separator(parent: QWidget | None = None) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Plain)
    line.setForegroundRole(QPalette.ColorRole.Midlight)
    return line


def is_safe_url(url: str) -> bool:
    parsed = QUrl(url, QUrl.ParsingMode.StrictMode)
    return parsed.isValid() and parsed.scheme().lower() in SAFE_SCHEMES and bool(parsed.host())


def open_safe_url(url: str) -> bool:
    """Open a web link in the browser; anything but http(s) is refused, whatever the pack says."""
    if not is_safe_url(url):
        return False
    return QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode))


def links_label(
    resources: Iterable[Resource], accessible_name: str, parent: QWidget | None = None
) -> QLabel | None:
    """Resource titles as links (escaped), or None when the skill has no safe link."""
    parts = [
        f'<a href="{html.escape(r.url, quote=True)}">{html.escape(r.title)}</a>'
        for r in resources
        if is_safe_url(r.url)
    ]
    if not parts:
        return None
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(" · ".join(parts))
    label.setWordWrap(True)
    label.setOpenExternalLinks(False)  # every link passes open_safe_url's check first
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.LinksAccessibleByMouse
        | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    label.setAccessibleName(accessible_name)
    label.linkActivated.connect(open_safe_url)
    return label
