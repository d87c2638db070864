"""Export and print the plan report: the file the learner names (PDF, Markdown or HTML) or the
system print dialog, for the window's File menu and the command line.

The words come from io/report_html.py (the same HTML as the browser file, with a print style
sheet); report_pages.py lays them out on A4 pages and report_picture.py draws the path.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from pathfinder.core.catalog import Catalog
from pathfinder.core.profile import Profile
from pathfinder.core.report import NAME_CHARS, Report, report_for
from pathfinder.core.report_figures import clip
from pathfinder.io.report import save_report
from pathfinder.qt.plan.report_pages import a4_layout, paint_report, write_pdf
from pathfinder.qt.plan.report_picture import path_picture, png_bytes
from pathfinder.qt.state.session import Session

SUFFIXES = (".pdf", ".md", ".markdown", ".html", ".htm")


# ----- the learner and the report ----------------------------------------------------------


def report_for_session(session: Session, *, name: str = "", today: date | None = None) -> Report:
    """The report of the learner the session shows; `name` stands in for theirs (a session
    with no profile open has a nameless learner)."""
    report = report_for(session.learner, today or date.today())
    return (
        dataclasses.replace(report, learner=clip(name, NAME_CHARS, count=False)) if name else report
    )


# ----- what the window and the command line call -------------------------------------------


def ensure_app() -> QCoreApplication:
    """A QApplication for headless use (the command line): offscreen unless a platform is set."""
    app = QCoreApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([sys.argv[0] if sys.argv else "pathfinder"])
        # The picture's words in the language of the rest of the report (the window has
        # installed its own translators before it exports).
        from pathfinder.qt.widgets.locale_backend import speak_through_qt

        speak_through_qt()
    return app


def export_report(catalog: Catalog, report: Report, path: Path) -> list[Path]:
    """Write `report` to `path` as PDF, Markdown or HTML by its suffix; returns files written.

    Raises ValueError for another suffix and OSError when a file cannot be written.
    """
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(
            QCoreApplication.translate(
                "ReportExport", "Cannot write a plan as “{suffix}”: choose .pdf, .md or .html."
            ).format(suffix=path.suffix or path.name)
        )
    ensure_app()
    picture = path_picture(catalog, report)
    if suffix == ".pdf":
        return [write_pdf(report, picture, path)]
    return save_report(report, path, png_bytes(picture) if picture is not None else None)


def export_plan(
    session: Session,
    path: Path,
    *,
    profile: Profile | None = None,
    name: str = "",
    today: date | None = None,
) -> list[Path]:
    """File > Export plan: the session's plan to `path` (.pdf, .md or .html). The report is
    the session's learner's; `name` (or the open `profile`'s) is the name it is made out to."""
    name = name or (profile.name if profile is not None else "")
    report = report_for_session(session, name=name, today=today)
    return export_report(session.catalog, report, path)


def print_plan(
    parent: QWidget | None,
    session: Session,
    *,
    profile: Profile | None = None,
    name: str = "",
    today: date | None = None,
    printer: QPrinter | None = None,
) -> bool:
    """File > Print: the system print dialog, then the same pages as the PDF.
    Returns False when the learner cancels."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_layout())
    from pathfinder.qt.widgets.file_names import plan_stem

    # The name Export suggests too (file_names.py): a print to a PDF file is named alike.
    learner = name or (profile.name if profile is not None else "")
    printer.setDocName(plan_stem(learner, today or date.today()))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("ReportExport", "Print learning plan"))
    dialog.setAccessibleName(QCoreApplication.translate("ReportExport", "Print learning plan"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    report = report_for_session(session, name=learner, today=today)
    paint_report(printer, report, path_picture(session.catalog, report))
    return True
