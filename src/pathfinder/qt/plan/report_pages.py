"""The plan report's A4 pages: the report's HTML laid out with Qt's rich text, kept together
where a heading would end a page, with a running footer, painted to a PDF file or a printer.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
)

from pathfinder.core.report import Report
from pathfinder.core.report_figures import short_date
from pathfinder.io.report_html import report_html
from pathfinder.io.safe_write import write_beside

MARGIN_MM = 18.0
FOOTER_MM = 9.0  # room under the text for the running footer
CSS_DPI = 96.0  # the text is laid out in CSS pixels, then scaled to the device
MIN_PICTURE_SHRINK = 0.8  # the picture may give up to 20% of its size to keep Steps beside it
PICTURE_RESOURCE = "pathfinder-report:path.png"


def print_font(points: float) -> QFont:
    """The report's font, without ligatures: "fl" in "MLflow" stays two letters, so text
    copied or searched in the PDF matches what was written."""
    font = QFont("DejaVu Sans")
    font.setPointSizeF(points)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def a4_layout() -> QPageLayout:
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        margins,
        QPageLayout.Unit.Millimeter,
    )


def report_document(report: Report, picture: QImage | None, page: QSizeF) -> QTextDocument:
    """The report laid out for pages of `page` (CSS pixels)."""
    if picture is None:
        doc = _document(report, None, page, None)
    else:
        # As wide as the text, but never taller than about half a page.
        aspect = picture.height() / max(picture.width(), 1)
        width = round(min(page.width(), page.height() * 0.5 / aspect))
        doc = _document(report, picture, page, width)
        # When the steps miss the picture's page by a little, a slightly smaller picture
        # keeps them together instead of leaving the bottom of that page empty.
        short = _shortfall_after_picture(doc, page)
        smaller = math.floor(width - (short + 2) / aspect)
        if short > 0 and smaller >= width * MIN_PICTURE_SHRINK:
            doc = _document(report, picture, page, smaller)
    keep_together(doc, page.height())
    return doc


def _document(
    report: Report, picture: QImage | None, page: QSizeF, width: int | None
) -> QTextDocument:
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(print_font(10))
    if picture is not None:
        doc.addResource(
            QTextDocument.ResourceType.ImageResource.value, QUrl(PICTURE_RESOURCE), picture
        )
    html = report_html(
        report,
        PICTURE_RESOURCE if picture is not None else None,
        picture_width=width,
        flavour="qt",
    )
    doc.setHtml(html)
    doc.setPageSize(page)
    return doc


def _shortfall_after_picture(doc: QTextDocument, page: QSizeF) -> float:
    """How far the heading after the picture, with what it must keep (see keep_together),
    runs past the end of the picture's page; 0 when it fits or starts on a later page."""
    # Measured on one endless page: there Qt moves no table row down to a next page, so the
    # group keeps its own height, and all above it lies where the paged layout puts it.
    doc.setPageSize(QSizeF(page.width(), 1e7))
    try:
        parts = _top_level_parts(doc)
    finally:
        doc.setPageSize(page)
    pictures = [i for i, (_, _, part) in enumerate(parts) if _holds_image(part)]
    if not pictures:
        return 0.0
    on_page = int(parts[pictures[0]][1].bottom() // page.height())
    for index in range(pictures[0] + 1, len(parts)):
        if parts[index][0] == "heading":
            group = _heading_group(parts, index)
            if int(group.top() // page.height()) != on_page:
                return 0.0
            return max(0.0, group.bottom() - (on_page + 1) * page.height())
    return 0.0


def _holds_image(part: QTextBlock | QTextFrame) -> bool:
    return isinstance(part, QTextBlock) and "\ufffc" in part.text()


def keep_together(doc: QTextDocument, page_height: float) -> None:
    """Move to the next page any short table (one step or skill) that a page break would cut,
    and any heading that would end a page away from what it introduces. Qt's rich text has
    no `page-break-inside: avoid`, so breaks are added one at a time, earliest first."""
    for _ in range(200):  # each pass fixes one place; a report has far fewer
        parts = _top_level_parts(doc)
        for index, (kind, rect, part) in enumerate(parts):
            if kind == "heading":
                group = _heading_group(parts, index)
                if _cut(group, page_height, doc) and _break_before(part):
                    break
            elif kind == "table":
                if _cut(rect, page_height, doc) and _break_before(part):
                    break
            elif _lead_in_cut(parts, index, page_height, doc):
                break
        else:
            return


_Part = tuple[str, QRectF, "QTextBlock | QTextFrame"]


def _heading_group(parts: list[_Part], index: int) -> QRectF:
    """A heading with its next two parts (e.g. intro line and first row): they share a page."""
    group = QRectF(parts[index][1])
    for other_kind, other, _ in parts[index : index + 3]:
        group = group.united(other)
        if other_kind == "table":
            break
    return group


def _lead_in_cut(parts: list[_Part], index: int, page_height: float, doc: QTextDocument) -> bool:
    """A line that leads into a table ("Learn these skills in this order:") and a page break
    between it and the table's first row: the line moves to the next page with the row. It
    used to end page one alone, with the list it announced on page two."""
    _, rect, part = parts[index]
    following = parts[index + 1][2] if index + 1 < len(parts) else None
    if not isinstance(following, QTextTable):
        return False
    return _cut(rect.united(_first_row(following, doc)), page_height, doc) and _break_before(part)


def _first_row(table: QTextTable, doc: QTextDocument) -> QRectF:
    """The table's first row of content, below its head (row 0 when it has one)."""
    row = min(table.format().headerRowCount(), table.rows() - 1)
    layout = doc.documentLayout()
    rect = QRectF()
    for column in range(table.columns()):
        block = table.cellAt(row, column).lastCursorPosition().block()
        rect = rect.united(layout.blockBoundingRect(block))
    return rect


def _top_level_parts(doc: QTextDocument) -> list[_Part]:
    layout = doc.documentLayout()
    parts: list[_Part] = []
    it = doc.rootFrame().begin()
    while not it.atEnd():
        frame = it.currentFrame()
        if frame is not None:
            parts.append(("table", layout.frameBoundingRect(frame), frame))
        else:
            block = it.currentBlock()
            kind = "heading" if block.blockFormat().headingLevel() > 1 else "block"
            parts.append((kind, layout.blockBoundingRect(block), block))
        it += 1
    return parts


def _cut(rect: QRectF, page_height: float, doc: QTextDocument) -> bool:
    """Whether a page break falls inside `rect`, and moving it would help (it fits a page)."""
    if rect.height() >= page_height * 0.6:
        return False
    margin = doc.documentMargin()
    top_page = int((rect.top() - margin) // page_height)
    bottom_page = int((rect.bottom() - margin - 1) // page_height)
    return top_page != bottom_page


def _break_before(part: QTextBlock | QTextFrame) -> bool:
    """Start a page at `part`; False if it already does (nothing more to gain there)."""
    always = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    if isinstance(part, QTextFrame):
        fmt = part.frameFormat()
        if fmt.pageBreakPolicy() & always:
            return False
        fmt.setPageBreakPolicy(always)
        part.setFrameFormat(fmt)
        return True
    if part.blockFormat().pageBreakPolicy() & always:
        return False
    block_fmt = QTextBlockFormat()
    block_fmt.setPageBreakPolicy(always)
    QTextCursor(part).mergeBlockFormat(block_fmt)
    return True


def paint_report(device: QPagedPaintDevice, report: Report, picture: QImage | None) -> int:
    """Paint the report on `device` (a PDF writer or a printer); returns the page count."""
    layout = device.pageLayout()
    paint_mm = layout.paintRect(QPageLayout.Unit.Millimeter)
    to_css = CSS_DPI / 25.4
    page = QSizeF(paint_mm.width() * to_css, (paint_mm.height() - FOOTER_MM) * to_css)
    doc = report_document(report, picture, page)
    pages = max(doc.pageCount(), 1)
    dpi = device.logicalDpiX()
    scale = dpi / CSS_DPI
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(
            QCoreApplication.translate(
                "ReportExport", "The printer or file could not be opened for writing."
            )
        )
    try:
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        for index in range(pages):
            if index:
                device.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -index * page.height())
            doc.drawContents(painter, QRectF(0, index * page.height(), page.width(), page.height()))
            painter.restore()
            _footer(painter, report, index + 1, pages, page, scale)
    finally:
        painter.end()
    return pages


def _footer(
    painter: QPainter, report: Report, number: int, pages: int, page: QSizeF, scale: float
) -> None:
    painter.save()
    painter.scale(scale, scale)
    top = page.height() + FOOTER_MM * CSS_DPI / 25.4 * 0.35
    font = print_font(7.5)
    font.setPixelSize(10)  # 7.5 pt as CSS pixels: the painter is already scaled to them
    painter.setFont(font)
    painter.setPen(QPen(QColor("#9a9a9a"), 0.6))
    painter.drawLine(0, round(top), round(page.width()), round(top))
    painter.setPen(QColor("#555555"))
    area = QRectF(0, top + 3, page.width(), 14)
    who = report.learner or QCoreApplication.translate("ReportExport", "Learning plan")
    left = QCoreApplication.translate("ReportExport", "{who} · learning plan · {date}").format(
        who=who, date=short_date(report.day)
    )
    right = QCoreApplication.translate("ReportExport", "Page {number} of {pages}").format(
        number=str(number), pages=str(pages)
    )
    # A long name is cut short rather than written over the page number.
    metrics = QFontMetricsF(font)
    room = page.width() - metrics.horizontalAdvance(right) - 16
    left = metrics.elidedText(left, Qt.TextElideMode.ElideMiddle, max(room, 0))
    painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, left)
    painter.drawText(area, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, right)
    painter.restore()


def write_pdf(report: Report, picture: QImage | None, path: Path) -> Path:
    """Write the PDF beside `path` first and rename it, so a failed export leaves no half file.
    Raises OSError when the folder cannot be written (before Qt is involved: the temporary
    file is created from Python, which names a missing folder or a permission problem)."""
    write_beside(path, lambda temp: _paint_pdf(report, picture, temp))
    return path


def _paint_pdf(report: Report, picture: QImage | None, path: Path) -> None:
    # The writer finishes and closes the file when it goes away, at the end of this call.
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(
        QCoreApplication.translate("ReportExport", "Learning plan for {learner}").format(
            learner=report.learner or "—"
        )
    )
    writer.setCreator("Pathfinder")
    writer.setPageLayout(a4_layout())
    paint_report(writer, report, picture)
