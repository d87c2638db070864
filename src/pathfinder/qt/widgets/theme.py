"""Light or dark on request (`--theme`), for snapshots and projectors; otherwise the system's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


def dark_palette() -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: "#232427",
        role.WindowText: "#e8eaed",
        role.Base: "#2e3034",
        role.AlternateBase: "#35373b",
        role.ToolTipBase: "#2a2b2f",
        role.ToolTipText: "#e8eaed",
        role.Text: "#e8eaed",
        role.Button: "#2d2e32",
        role.ButtonText: "#e8eaed",
        role.BrightText: "#ffffff",
        role.Highlight: "#4c8dff",
        role.HighlightedText: "#ffffff",
        role.Link: "#8ab4f8",
        role.LinkVisited: "#c58af9",
        role.PlaceholderText: "#9aa0a6",
        role.Mid: "#3c4043",
        role.Dark: "#111214",
        role.Light: "#3c4043",
        role.Midlight: "#34363a",
        role.Shadow: "#000000",
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for colour_role in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(disabled, colour_role, QColor("#6f7378"))
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    """'light' or 'dark' forces that scheme; 'system' leaves the platform's choice alone."""
    if theme == "system":
        return
    app.setStyle("Fusion")  # the built-in style that draws any palette faithfully
    if theme == "dark":
        app.styleHints().setColorScheme(Qt.ColorScheme.Dark)
        app.setPalette(dark_palette())
    else:
        app.styleHints().setColorScheme(Qt.ColorScheme.Light)
        app.setPalette(app.style().standardPalette())
