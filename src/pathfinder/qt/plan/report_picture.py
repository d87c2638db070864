"""The picture of the path for the plan report: the career graph around the report's route,
drawn from the same graph scene the window shows in a print palette that reads in black and white.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QRectF,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QPainter,
    QPalette,
)

from pathfinder.core.catalog import Catalog
from pathfinder.core.report import Report
from pathfinder.qt.graph.items import GUTTER
from pathfinder.qt.graph.scene import GraphScene
from pathfinder.qt.graph.theme import GraphTheme
from pathfinder.qt.plan.report_pages import CSS_DPI
from pathfinder.qt.state.session import Session

PICTURE_SCALE = 2.0  # image pixels per scene unit: about 400 dpi on the page, sharp on screens
MAX_PICTURE_PX = 4200
PICTURE_MARGIN = 36.0  # scene units kept around the path's roles and gap trays


def print_palette() -> QPalette:
    """Light, high-contrast colours that stay distinct when printed in black and white."""
    palette = QPalette()
    role = QPalette.ColorRole
    for colour_role, value in {
        role.Window: "#ffffff",
        role.Base: "#ffffff",
        role.Text: "#1a1a1a",
        role.WindowText: "#1a1a1a",
        role.Highlight: "#1f4e9a",
        role.HighlightedText: "#ffffff",
    }.items():
        palette.setColor(colour_role, QColor(value))
    return palette


def picture_session(catalog: Catalog, report: Report) -> Session:
    """The report's learner as the window would hold them, so the picture draws the report's
    own route: the pace and the role skills marked not held can change the route."""
    session = Session(catalog)
    session.learner.max_steps = report.max_steps
    if report.profile is not None:
        session.load_profile(report.profile)
    return session


def path_picture(catalog: Catalog, report: Report, scale: float = PICTURE_SCALE) -> QImage | None:
    """The career graph around the report's path, gap skills included; None without a path."""
    if not report.has_plan:
        return None
    session = picture_session(catalog, report)
    scene = GraphScene(session, GraphTheme(print_palette()))
    try:
        rect = _picture_rect(scene, [r.id for r in report.path])
        if rect.isEmpty():
            return None
        factor = min(scale, MAX_PICTURE_PX / max(rect.width(), rect.height()))
        image = QImage(
            round(rect.width() * factor),
            round(rect.height() * factor),
            QImage.Format.Format_RGB32,  # opaque paper: no alpha channel to store
        )
        image.setDotsPerMeterX(round(CSS_DPI * factor / 0.0254))
        image.setDotsPerMeterY(round(CSS_DPI * factor / 0.0254))
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        scene.render(painter, QRectF(image.rect()), rect)
        painter.end()
        return image
    finally:
        scene.clear()
        scene.deleteLater()
        session.deleteLater()


def _picture_rect(scene: GraphScene, path: list[str]) -> QRectF:
    rect = QRectF()
    for role in path:
        item = scene.role_items.get(role)
        if item is not None:
            rect = rect.united(item.mapRectToScene(item.box_rect))
    for tray in scene.trays:
        rect = rect.united(tray.sceneBoundingRect())
    if rect.isEmpty():
        return rect
    rect = rect.adjusted(-PICTURE_MARGIN, -PICTURE_MARGIN, PICTURE_MARGIN, PICTURE_MARGIN)
    # A lone role would make a thin strip: widen it so neighbours give some context.
    if rect.width() < 1.6 * rect.height():
        grow = (1.6 * rect.height() - rect.width()) / 2
        rect.adjust(-grow, 0, grow, 0)
    # Roles the frame cuts through are taken in whole: half a box reads as a mistake.
    for item in scene.role_items.values():
        box = item.mapRectToScene(item.box_rect).adjusted(-8, -8, 8, 8)
        if rect.intersects(box) and not rect.contains(box):
            rect = rect.united(box)
    # Lane names are cut when the frame starts inside their gutter (the margin of a level 1
    # role reaches into it): take the gutter whole. It holds no roles to cut.
    graph = scene.graph_rect
    if graph.left() < rect.left() < graph.left() + GUTTER:
        rect.setLeft(graph.left())
    return rect.intersected(scene.sceneRect())


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stub says the format is bytes; PySide6 6.11 accepts only str here.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())
