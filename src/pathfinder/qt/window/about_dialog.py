"""Help › About: the version, who this copy is from, the licences, and a "Licences" view of the
notices that travel with the installer (THIRD-PARTY-NOTICES, written by packaging/build.py).

All text is shown as plain text: the vendor's name and the pack's licence come from files.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pathfinder import __version__
from pathfinder.branding import Branding, current
from pathfinder.core.catalog import Catalog

NOTICES = "THIRD-PARTY-NOTICES"
NO_NOTICES = (
    "This copy runs from Python, not from an installer, so the libraries it uses are those "
    "of your Python environment, each with its own licence there. Installers carry a "
    f"{NOTICES} file listing every bundled library with its licence; it is written when "
    "the installer is built (docs/packaging.md)."
)


def notices_text() -> str:
    """THIRD-PARTY-NOTICES beside the installed program; in a checkout, Pathfinder's LICENSE
    and a sentence saying where the full notices come from."""
    if getattr(sys, "frozen", False):
        beside = Path(sys.executable).resolve().parent / NOTICES
        try:
            return beside.read_text(encoding="utf-8")
        except OSError as exc:
            return f"{beside}: cannot be read ({exc.strerror or exc})."
    licence = Path(__file__).resolve().parents[4] / "LICENSE"
    own = licence.read_text(encoding="utf-8") if licence.is_file() else "Pathfinder: MIT licence."
    return f"{own.rstrip()}\n\n{NO_NOTICES}\n"


def about_text(brand: Branding, catalog: Catalog) -> str:
    lines = [f"{brand.name} {__version__} — an offline career-path explorer."]
    if brand.branded:
        lines.append(f"Built on Pathfinder {__version__}.")
    lines.append("Pathfinder is free software under the MIT licence.")
    if brand.branded or brand.contact:
        who = f"From {brand.vendor}"
        who += f" ({brand.contact})" if brand.contact else ""
        lines.append(who + (f" · {brand.website}" if brand.website else "") + ".")
    pack = f"Open pack: {catalog.name} (version {catalog.version})"
    lines.append(pack + (f", licence: {catalog.license}." if catalog.license else "."))
    if brand.pack_license:
        lines.append(f"The pack this copy ships with is under: {brand.pack_license}.")
    lines.append(
        "It uses Qt, PySide6 (LGPL 3.0), Python and other libraries; "
        "Licences lists each one with its licence text."
    )
    lines.append(f"{brand.name} never connects to the network.")
    return "\n\n".join(lines)


class LicencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Licences"))
        self.resize(760, 560)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setPlainText(notices_text())
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setAccessibleName(self.tr("Licences and notices"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


class AboutDialog(QDialog):
    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        brand = current()
        self.setWindowTitle(self.tr("About %1").replace("%1", brand.name))
        self.label = QLabel(about_text(brand, catalog))
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setMinimumWidth(420)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.licences_button = QPushButton(self.tr("&Licences…"))
        buttons.addButton(self.licences_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.licences_button.clicked.connect(self.show_licences)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(buttons)
        self.licences: LicencesDialog | None = None

    def show_licences(self) -> None:
        if self.licences is None:
            self.licences = LicencesDialog(self)
        self.licences.open()
