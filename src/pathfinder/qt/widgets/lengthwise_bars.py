"""Up-and-down scroll bars drawn as Fusion draws a sideways one, turned on its diagonal.

Fusion shades a scroll bar across its width. For an up-and-down bar that is a gradient which
changes along each row, and Qt's raster painter works it out again for every row: 2 to 3 ms
for the Plan panel's bar, about a quarter of a tick, each time the plan's length changes its
range. Across a sideways bar the same gradient changes from row to row only, which the painter
fills a row at a time: drawn sideways and flipped over its diagonal (up comes from left, the
shading from left to right as Fusion's own), the picture is the same for a tenth of the time.
Hit testing is untouched: the style still places every part of the bar as Fusion does.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter, QTransform
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QScrollBar,
    QStyle,
    QStyleOptionComplex,
    QStyleOptionSlider,
    QWidget,
)

# Over the diagonal, x and y swap and left becomes up: upside down, then a quarter turn (both
# plain copies of the pixels; QImage works a general transform out pixel by pixel).
_QUARTER_TURN = QTransform().rotate(90)
_STYLES: dict[str, LengthwiseBars] = {}


class LengthwiseBars(QProxyStyle):
    """A style for up-and-down scroll bars only (see quick_bar); anything else it is asked
    to draw goes to the style it wraps."""

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        ratio = painter.device().devicePixelRatioF()
        if (
            control != QStyle.ComplexControl.CC_ScrollBar
            or not isinstance(option, QStyleOptionSlider)
            or option.orientation != Qt.Orientation.Vertical
            or option.rect.isEmpty()
            or ratio != int(ratio)  # at 125 % the turned arrows land a device pixel off
        ):
            super().drawComplexControl(control, option, painter, widget)
            return
        rect = option.rect
        sideways = QStyleOptionSlider(option)
        sideways.orientation = Qt.Orientation.Horizontal
        sideways.state |= QStyle.StateFlag.State_Horizontal
        # A sideways bar is mirrored right to left; the up-and-down one it stands for is not.
        sideways.direction = Qt.LayoutDirection.LeftToRight
        sideways.rect = QRect(0, 0, rect.height(), rect.width())
        image = QImage(
            round(rect.height() * ratio),
            round(rect.width() * ratio),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        with QPainter(image) as sideways_painter:
            self.baseStyle().drawComplexControl(control, sideways, sideways_painter, widget)
        # Flipped as pixels, so the painter makes a plain copy rather than a transformed one.
        upright = image.flipped(Qt.Orientation.Vertical).transformed(_QUARTER_TURN)
        upright.setDevicePixelRatio(ratio)
        painter.drawImage(rect.topLeft(), upright)


def quick_bar(bar: QScrollBar) -> QScrollBar:
    """Give `bar` the lengthwise drawing when the application draws with Fusion (the only
    style it is measured against), itself or under a proxy such as the window's own
    (qt/widgets/edges.py, which redraws only check boxes and text fields); `bar` is
    returned for chaining."""
    app = QApplication.instance()
    style = bar.style()
    drawn_by = style.baseStyle() if isinstance(style, QProxyStyle) else style
    if app is None or drawn_by.name().casefold() != "fusion":
        return bar
    key = "fusion"
    wrapper = _STYLES.get(key)
    if wrapper is None:
        # A fresh Fusion underneath: a proxy owns the style it wraps, and the application's
        # own must stay the application's. It lives as long as the application does.
        wrapper = _STYLES[key] = LengthwiseBars("Fusion")
        wrapper.setParent(app)
        wrapper.destroyed.connect(lambda *_: _STYLES.pop(key, None))
    bar.setStyle(wrapper)
    return bar
