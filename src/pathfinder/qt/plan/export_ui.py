"""File > Export plan… and File > Print plan…: the window's way to the report on paper."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog

from pathfinder.core.profile import Profile
from pathfinder.qt.widgets.plain_message import warn
from pathfinder.qt.window.main_window import MainWindow

# Characters that would make a learner's name a path (or reorder or hide it) in a file name.

# The filter the learner picks decides the suffix when they type a bare name.
FILTERS = {
    "PDF (*.pdf)": ".pdf",
    "Markdown (*.md)": ".md",
    "HTML (*.html)": ".html",
}


class PlanExportUi(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.export_action = QAction(self.tr("E&xport plan…"), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_dialog)
        self.print_action = QAction(self.tr("&Print plan…"), window)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.triggered.connect(self.print_dialog)
        menu, end = window.file_menu, window.file_menu_end
        menu.insertSeparator(end)
        for action in (self.export_action, self.print_action):
            window.addAction(action)
            menu.insertAction(end, action)

    def _profile(self) -> Profile | None:
        keeper = self.window.keeper
        if keeper is None or keeper.profile is None:
            return None
        keeper.save_now()  # the report and the file on disk tell the same story
        return keeper.profile

    def suggested_name(self) -> str:
        from datetime import date

        from pathfinder.qt.widgets.file_names import plan_stem

        profile = self._profile()
        who = profile.name if profile is not None else ""
        return f"{plan_stem(who, date.today())}.pdf"

    def export_dialog(self) -> None:
        from pathfinder.qt.widgets.file_names import in_folder, remember_folder

        path, chosen = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export the learning plan"),
            in_folder("plan", self.suggested_name()),
            ";;".join(FILTERS),
        )
        if not path:
            return
        remember_folder("plan", path)
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(FILTERS.get(chosen, ".pdf"))
        self.export_to(target)

    def export_to(self, path: Path) -> bool:
        """Write the plan to `path`; tells the learner where it went or why it could not."""
        from pathfinder.qt.plan.report_export import export_plan

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = export_plan(self.window.session, path, profile=self._profile())
        except (ValueError, OSError) as exc:
            QGuiApplication.restoreOverrideCursor()
            message = str(exc) if isinstance(exc, ValueError) else f"{path}: {exc.strerror or exc}"
            warn(self.window, self.tr("Plan not exported"), message)
            return False
        QGuiApplication.restoreOverrideCursor()
        self.window.statusBar().showMessage(
            self.tr("Plan saved to {path}").format(path=str(written[0])), 8000
        )
        return True

    def print_dialog(self) -> bool:
        from pathfinder.qt.plan.report_export import print_plan

        printed = print_plan(self.window, self.window.session, profile=self._profile())
        if printed:
            self.window.statusBar().showMessage(self.tr("Plan sent to the printer"), 5000)
        return printed
