"""Faded role boxes drawn from ready pictures.

Qt's raster painter fills and outlines an antialiased shape in a translucent colour slowly: a
faded role box (off the path, at the theme's dim opacity) cost 0.1 to 0.2 ms against 0.02 ms
for the same box opaque, and a tick that changes the fit of ten faded roles spent 1 to 2 ms
on those boxes alone. Here a box is drawn opaque once into a small picture, kept for every
box with the same tint, outline and zoom, and laid on at the painter's opacity: a few µs.

Each pixel comes out as coverage times opacity, as before. One difference, less than a
shade: where the outline overlaps the fill (its inner half) the fill no longer shows through
it. The picture sits on whole screen pixels, so an item that uses one is first moved by less
than half a pixel to a whole pixel (`snap`), its text and bar with it.
"""

from __future__ import annotations

import math
from collections import OrderedDict

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QImage, QPaintEngine, QPainter, QPen, QTransform

# Pictures are kept by the memory they take, not by their number: a box at a close zoom on a
# high-density screen is a picture of megabytes, and a hundred of those were 230 MB. A few
# outlines times the tints in use at the usual zooms are well under a megabyte in all.
_BUDGET = 16 * 1024 * 1024  # bytes of pictures kept
_LARGEST = _BUDGET // 8  # a box that would take more is drawn as a shape (few show at that zoom)
_pictures: OrderedDict[tuple[object, ...], tuple[QImage, QPointF]] = OrderedDict()
_kept = [0]  # bytes of the pictures in _pictures


def snap(painter: QPainter, rect: QRectF) -> bool:
    """Move the painter by less than a pixel so `rect` starts on a whole screen pixel; False
    (and the painter left alone) where a picture would not do: printing or a PDF (which keep
    shapes as shapes), a turned view, or a fractional device pixel ratio (no whole pixels)."""
    engine = painter.paintEngine()
    if engine is None or engine.type() != QPaintEngine.Type.Raster:
        return False
    world = painter.worldTransform()
    ratio = painter.device().devicePixelRatioF()
    if world.type().value > QTransform.TransformationType.TxScale.value or ratio != int(ratio):
        return False
    corner = world.map(rect.topLeft())
    dx, dy = round(corner.x()) - corner.x(), round(corner.y()) - corner.y()
    if dx or dy:
        painter.setWorldTransform(world * QTransform.fromTranslate(dx, dy))
    return True


def draw_box(painter: QPainter, rect: QRectF, radius: float, brush: QBrush, pen: QPen) -> None:
    """Fill and outline `rect` with rounded corners at the painter's opacity. Call `snap`
    first: the picture is laid on at whole pixels."""
    if brush.style() != Qt.BrushStyle.SolidPattern or pen.style() != Qt.PenStyle.SolidLine:
        painter.setBrush(brush)  # a picture is kept by colour: other kinds are drawn as they are
        painter.setPen(pen)
        painter.drawRoundedRect(rect, radius, radius)
        return
    world = painter.worldTransform()
    ratio = painter.device().devicePixelRatioF()
    key = (
        brush.color().rgba(),
        pen.color().rgba(),
        pen.widthF(),
        rect.width(),
        rect.height(),
        radius,
        world.m11(),
        world.m22(),
        ratio,
        int(painter.renderHints().value),
    )
    found = _pictures.get(key)
    if found is None:
        pixels = rect.width() * abs(world.m11()) * rect.height() * abs(world.m22()) * ratio**2
        if 4 * pixels > _LARGEST:
            painter.setBrush(brush)
            painter.setPen(pen)
            painter.drawRoundedRect(rect, radius, radius)
            return
        found = _pictures[key] = _picture(painter, rect, radius, brush, pen, world, ratio)
        size = found[0].sizeInBytes()
        _kept[0] += size
        while _kept[0] > _BUDGET:
            _kept[0] -= _pictures.popitem(last=False)[1][0].sizeInBytes()
    else:
        _pictures.move_to_end(key)
    image, offset = found
    corner = world.map(rect.topLeft())
    painter.save()
    painter.resetTransform()
    painter.drawImage(QPointF(round(corner.x()), round(corner.y())) - offset, image)
    painter.restore()


def _picture(
    painter: QPainter,
    rect: QRectF,
    radius: float,
    brush: QBrush,
    pen: QPen,
    world: QTransform,
    ratio: float,
) -> tuple[QImage, QPointF]:
    """The box drawn opaque, with room for the outline's half outside it; and where the
    box's corner lies in the picture."""
    scale = QTransform.fromScale(world.m11(), world.m22())
    size = scale.mapRect(QRectF(0, 0, rect.width(), rect.height()))
    room = math.ceil(pen.widthF() * max(abs(world.m11()), abs(world.m22()), 1.0)) + 1
    width, height = math.ceil(size.width()) + 2 * room, math.ceil(size.height()) + 2 * room
    image = QImage(
        int(width * ratio), int(height * ratio), QImage.Format.Format_ARGB32_Premultiplied
    )
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    picture = QPainter(image)
    picture.setRenderHints(painter.renderHints())
    picture.setTransform(
        QTransform.fromTranslate(-rect.left(), -rect.top())
        * scale
        * QTransform.fromTranslate(room, room)
    )
    picture.setPen(pen)
    picture.setBrush(brush)
    picture.drawRoundedRect(rect, radius, radius)
    picture.end()
    return image, QPointF(room, room)
