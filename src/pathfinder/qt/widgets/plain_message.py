"""Message boxes whose text is shown exactly as written.

QMessageBox guesses: text that looks like HTML (`<b>`, `<img src=...>`) is rendered as HTML.
Messages about files quote what is in them (a profile's wrong value, a file name), so they
must never be guessed at; every warning about a file goes through `warn`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def plain_box(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Like QMessageBox.warning, with `text` always plain."""
    plain_box(parent, title, text).exec()
