"""Help › About: the version, who this copy is from, the licences, and a "Licences" view of the
notices that travel with the installer (THIRD-PARTY-NOTICES, written by packaging/build.py).

All text is shown as plain text: the vendor's name and the pack's licence come from files.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
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


def no_notices() -> str:
    return QCoreApplication.translate(
        "AboutDialog",
        "This copy runs from Python, not from an installer, so the libraries it uses are those "
        "of your Python environment, each with its own licence there. Installers carry a "
        "{notices} file listing every bundled library with its licence; it is written when "
        "the installer is built (docs/packaging.md).",
    ).format(notices=NOTICES)


def notices_text() -> str:
    """THIRD-PARTY-NOTICES beside the installed program; in a checkout, Pathfinder's LICENSE
    and a sentence saying where the full notices come from."""
    if getattr(sys, "frozen", False):
        beside = Path(sys.executable).resolve().parent / NOTICES
        try:
            return beside.read_text(encoding="utf-8")
        except OSError as exc:
            return QCoreApplication.translate(
                "AboutDialog", "{file}: cannot be read ({reason})."
            ).format(file=beside, reason=exc.strerror or exc)
    licence = Path(__file__).resolve().parents[4] / "LICENSE"
    own = (
        licence.read_text(encoding="utf-8")
        if licence.is_file()
        else QCoreApplication.translate("AboutDialog", "Pathfinder: MIT licence.")
    )
    return f"{own.rstrip()}\n\n{no_notices()}\n"


def about_text(brand: Branding, catalog: Catalog) -> str:
    translate = QCoreApplication.translate
    lines = [
        translate("AboutDialog", "{name} {version} — an offline career-path explorer.").format(
            name=brand.name, version=__version__
        )
    ]
    if brand.branded:
        lines.append(
            translate("AboutDialog", "Built on Pathfinder {version}.").format(version=__version__)
        )
    lines.append(translate("AboutDialog", "Pathfinder is free software under the MIT licence."))
    if brand.branded or brand.contact:
        # One sentence per combination, so a translator sees each whole.
        if brand.contact and brand.website:
            who = translate("AboutDialog", "From {vendor} ({contact}) · {website}.")
        elif brand.contact:
            who = translate("AboutDialog", "From {vendor} ({contact}).")
        elif brand.website:
            who = translate("AboutDialog", "From {vendor} · {website}.")
        else:
            who = translate("AboutDialog", "From {vendor}.")
        lines.append(who.format(vendor=brand.vendor, contact=brand.contact, website=brand.website))
    if catalog.license:
        pack = translate(
            "AboutDialog", "Open pack: {pack} (version {version}), licence: {licence}."
        )
    else:
        pack = translate("AboutDialog", "Open pack: {pack} (version {version}).")
    lines.append(pack.format(pack=catalog.name, version=catalog.version, licence=catalog.license))
    if brand.pack_license:
        lines.append(
            translate("AboutDialog", "The pack this copy ships with is under: {licence}.").format(
                licence=brand.pack_license
            )
        )
    lines.append(
        translate(
            "AboutDialog",
            "It uses Qt, PySide6 (LGPL 3.0), Python and other libraries; "
            "Licences lists each one with its licence text.",
        )
    )
    lines.append(
        translate("AboutDialog", "{name} never connects to the network.").format(name=brand.name)
    )
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
        self.setWindowTitle(self.tr("About {name}").format(name=brand.name))
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
