"""The graph's key: what the colours, outlines, badges and chips mean.

A small card floating in a corner of the view. It can fold down to its title button so it
never hides the graph for good; swatches are painted with the same theme as the items.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QLinearGradient, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pathfinder.qt.graph.theme import GraphTheme
from pathfinder.qt.widgets.edges import edge_colour

SWATCH = QSize(52, 20)


class Swatch(QWidget):
    """A tiny drawing of one kind of mark: fit scale, path, move, current, target or gap chip."""

    def __init__(
        self, kind: str, theme: GraphTheme, text: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind, self._theme, self._text = kind, theme, text
        self.setFixedSize(SWATCH)

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = self._theme
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(2, 3, -2, -3)
        middle = rect.center().y()
        if self.kind == "fit":
            gradient = QLinearGradient(rect.topLeft(), rect.topRight())
            gradient.setColorAt(0.0, theme.fit_low)
            gradient.setColorAt(1.0, theme.fit_high)
            painter.setPen(theme.box_pen)
            painter.setBrush(gradient)
            painter.drawRoundedRect(rect, 4, 4)
        elif self.kind in ("path", "move"):
            on_path = self.kind == "path"
            painter.setPen(theme.edge_path_pen if on_path else theme.edge_pen)
            painter.drawLine(QPointF(rect.left(), middle), QPointF(rect.right() - 8, middle))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.edge_path_brush if on_path else theme.edge_brush)
            tip = QPointF(rect.right(), middle)
            painter.drawPolygon(
                [tip, QPointF(tip.x() - 10, middle - 5), QPointF(tip.x() - 10, middle + 5)]
            )
        elif self.kind in ("current", "target"):
            target = self.kind == "target"
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.accent_brush if target else theme.current_brush)
            pill = rect.adjusted(0, 1, 0, -1)
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setPen(theme.accent_text_pen if target else theme.base_text_pen)
            painter.setFont(theme.badge_font)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, self._text)
        elif self.kind == "gap":
            painter.setPen(theme.gap_border)
            painter.setBrush(theme.gap_fill)
            painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.end()


class GraphLegend(QFrame):
    """Folding key card. `toggled(bool)` tells the view to re-place it after folding."""

    toggled = Signal(bool)

    def __init__(self, theme: GraphTheme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("graphLegend")
        self.setAccessibleName(self.tr("Graph legend"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        self.button = QToolButton(self)
        self.button.setText(self.tr("Legend"))
        self.button.setAutoRaise(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setAccessibleName(self.tr("Show or hide the graph legend"))
        self.button.setToolTip(self.tr("Show or hide the legend"))
        self._open: bool = True
        self.button.clicked.connect(lambda: self.set_open(not self._open))

        self.body = QWidget(self)
        grid = QGridLayout(self.body)
        grid.setContentsMargins(6, 0, 6, 4)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(3)
        rows = [
            ("fit", "", self.tr("Fit to your skills, 0–100 %")),
            ("path", "", self.tr("Best path to your target")),
            ("move", "", self.tr("Possible move")),
            ("current", self.tr("You"), self.tr("Your current role")),
            ("target", self.tr("Target"), self.tr("Your target role")),
            ("gap", "", self.tr("Skill still to learn, in order")),
        ]
        self.swatches: list[Swatch] = []
        self.labels: list[QLabel] = []
        for row, (kind, mark, text) in enumerate(rows):
            swatch = Swatch(kind, theme, mark, self.body)
            label = QLabel(text, self.body)
            label.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(swatch, row, 0)
            grid.addWidget(label, row, 1)
            self.swatches.append(swatch)
            self.labels.append(label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.setSpacing(0)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body)

    def is_open(self) -> bool:
        return self._open

    def set_open(self, shown: bool) -> None:
        if shown == self._open:
            return
        self._open = shown
        self.body.setVisible(shown)
        self.button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.UpArrow)
        self.adjustSize()
        self.toggled.emit(shown)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        # The card's edge in a colour that stands 3:1 off the graph behind it: the style's own
        # frame shade vanished on the high-contrast theme's black.
        painter = QPainter(self)
        painter.setPen(edge_colour(self.palette()))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def refresh_theme(self) -> None:
        for swatch in self.swatches:
            swatch.update()
