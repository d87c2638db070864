"""Shows why a pack could not be opened: every located problem, copyable, nothing lost."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pathfinder.io.packs import PackError


class PackErrorsDialog(QDialog):
    def __init__(self, path: str, error: PackError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pack not opened"))
        self.setAccessibleName(self.tr("Pack problems"))
        count = len(error.problems)
        # English plural forms come from pathfinder_en.qm (docs/translating.md).
        intro = QLabel(
            self.tr(
                "%n problem(s) in {file}. The pack you had open is still loaded; fix the file"
                " and open it again.",
                None,
                count,
            ).format(file=path)
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)  # the file name is the user's
        intro.setWordWrap(True)
        self.details = QPlainTextEdit(str(error))
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Problems, one per line as file:line:column"))
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy problems"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(str(error)))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.resize(760, 360)
