"""The drawn pieces of the career graph: role boxes (transition arrows are in arrows.py, the
lane backdrop in backdrop.py).

Items keep the last state they showed (a frozen "look") and repaint only when it differs;
paint() reads cached fonts, pens and brushes from the shared GraphTheme.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from pathfinder.core import figures
from pathfinder.core.catalog import Role
from pathfinder.qt.graph.faded import draw_box, snap
from pathfinder.qt.graph.theme import GraphTheme
from pathfinder.qt.widgets.virtual_guard import guarded, nothing

BOX_W = 230.0
BOX_H = 72.0
GUTTER = 12.0  # room left of level 1 (lane names sit in a strip atop each lane instead)
# Levels of detail (the chip example's trick for keeping big scenes smooth and readable):
# from DETAIL_LOD up everything shows; between LABEL_LOD and DETAIL_LOD only the role name,
# drawn larger so it stays readable on screen; below LABEL_LOD no text; below SHAPE_LOD boxes
# are plain rectangles and arrows lose their heads.
DETAIL_LOD = 0.75
LABEL_LOD = 0.33
SHAPE_LOD = 0.2
LINE_LOD = 0.1  # below this (only with every role of a big pack shown) only the path is drawn
OVERVIEW_TEXT_PX = 12.5  # on-screen size role names aim for, at any zoom where they show
NAME_PX = (15, 24)  # scene sizes role names keep within (smaller only where a name won't fit)
_MARGIN = 7.0  # focus ring and thick outlines reach this far outside the box
_BADGE_H = 20.0
# Every role box has the same geometry, so paint() reuses these instead of building rects.
_BOX = QRectF(-BOX_W / 2, -BOX_H / 2, BOX_W, BOX_H)
_PERCENT_RECT = QRectF(_BOX.right() - 56, _BOX.bottom() - 23, 44, 22)
_FOCUS_RECT = _BOX.adjusted(-5, -5, 5, 5)
_TRACKS = {
    True: QRectF(_BOX.left() + 12, _BOX.bottom() - 15, BOX_W - 70, 6),  # with the percentage
    False: QRectF(_BOX.left() + 12, _BOX.bottom() - 13, BOX_W - 24, 6),
}
_OVERVIEW_RECTS = {True: _BOX.adjusted(9, 1, -9, -16), False: _BOX.adjusted(9, 2, -9, -2)}


_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_WRAPPED = _LEFT | Qt.TextFlag.TextWordWrap
_CENTRE = Qt.AlignmentFlag.AlignCenter


def fit_percent(fit: float) -> str:
    return figures.percent_text(fit)


def overview_pixels(lod: float, smallest: int, largest: int) -> int:
    """Scene pixel size that shows about OVERVIEW_TEXT_PX on screen, within limits."""
    return int(min(max(OVERVIEW_TEXT_PX / max(lod, 0.01), smallest), largest))


@dataclass(frozen=True)
class RoleLook:
    fit: float = 0.0
    on_path: bool = False
    dimmed: bool = False
    is_current: bool = False
    is_target: bool = False
    selected: bool = False
    lit: bool = False  # the hovered or selected role, or one a move joins it to
    marked: bool = False  # a step marker sits on the box's bottom strip


class RoleItem(QGraphicsItem):
    """One role: name, fit tint and bar, current/target badges, path and focus outlines."""

    def __init__(
        self, role: Role, theme: GraphTheme, hovered: Callable[[str | None], None] | None = None
    ) -> None:
        super().__init__()
        self._hovered = hovered
        if hovered is not None:
            self.setAcceptHoverEvents(True)
        self.role_id = role.id
        self.role = role
        self._theme = theme
        self._look = RoleLook(fit=-1.0)  # never equal to a real look, so the first set paints
        self._box = _BOX
        self._bars: dict[bool, QRectF] = {}  # the filled part of the fit bar, per track
        self._badges: list[tuple[QRectF, str, bool]] = []  # rect, text, is_target
        # (wanted px, strip kept for a step marker) -> (px that fits, room for the fit bar?)
        self._overview: dict[tuple[int, bool], tuple[int, bool]] = {}
        self._bounds = self._box.adjusted(-_MARGIN, -_MARGIN, _MARGIN, _MARGIN)
        self.update_count = 0  # how often the look changed; tests check that ticks repaint little
        self.setZValue(2)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    # ----- state ---------------------------------------------------------------------------

    @property
    def look(self) -> RoleLook:
        return self._look

    @property
    def fit(self) -> float:
        return self._look.fit

    @property
    def on_path(self) -> bool:
        return self._look.on_path

    @property
    def is_current(self) -> bool:
        return self._look.is_current

    @property
    def is_target(self) -> bool:
        return self._look.is_target

    @property
    def is_selected(self) -> bool:
        return self._look.selected

    @property
    def box_rect(self) -> QRectF:
        return self._box

    def badge_texts(self) -> list[str]:
        return [text for _, text, _ in self._badges]

    def set_look(self, look: RoleLook) -> bool:
        """Show `look`; repaint only if it differs from what is on screen."""
        old = self._look
        if look == old:
            return False
        if (look.is_current, look.is_target) != (old.is_current, old.is_target):
            self.prepareGeometryChange()  # badges stick out above the box
            self._layout_badges(look)
        if look.fit != old.fit:
            self.setToolTip(self._tooltip(look.fit))
            fit = max(look.fit, 0.0)
            self._bars = {
                key: QRectF(t.left(), t.top(), max(t.width() * fit, 6), 6)
                for key, t in _TRACKS.items()
            }
        self.setZValue(3 if look.on_path or look.lit else 2)
        self._look = look
        self.update_count += 1
        self.update()
        return True

    def _layout_badges(self, look: RoleLook) -> None:
        self._badges = []
        x = self._box.left() + 10
        top = self._box.top() - _BADGE_H / 2 - 2
        for text, is_target, shown in (
            (QCoreApplication.translate("GraphView", "You are here"), False, look.is_current),
            (QCoreApplication.translate("GraphView", "Target"), True, look.is_target),
        ):
            if shown:
                width = self._theme.badge_metrics.horizontalAdvance(text) + 16
                self._badges.append((QRectF(x, top, width, _BADGE_H), text, is_target))
                x += width + 6
        bounds = self._box.adjusted(-_MARGIN, -_MARGIN, _MARGIN, _MARGIN)
        for rect, _, _ in self._badges:
            bounds = bounds.united(rect.adjusted(-1, -1, 1, 1))
        self._bounds = bounds

    def _tooltip(self, fit: float) -> str:
        role = self.role
        # Pack text is plain: escape it, and use real tags so Qt renders the escapes.
        where = QCoreApplication.translate("GraphView", "Level {level} · {family}").format(
            level=str(role.level), family=role.family
        )
        hint = QCoreApplication.translate("GraphView", "Double-click to make it your target")
        lines = [
            f"<b>{escape(role.name)}</b>",
            escape(where),
            escape(
                QCoreApplication.translate("GraphView", "Fit to your skills: {fit}").format(
                    fit=fit_percent(fit)
                )
            ),
            f"<i>{escape(hint)}</i>",
        ]
        return "<br>".join(lines)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        if self._hovered is not None:
            self._hovered(self.role_id)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        if self._hovered is not None:
            self._hovered(None)

    # ----- painting ------------------------------------------------------------------------

    @staticmethod
    def shows_label(lod: float) -> bool:
        return lod >= LABEL_LOD

    @staticmethod
    def shows_detail(lod: float) -> bool:
        return lod >= DETAIL_LOD

    def name_pixels(self, lod: float, marked: bool = False) -> tuple[int, bool]:
        """The name's scene size at this zoom: about OVERVIEW_TEXT_PX on screen (times the
        theme's text scale) within NAME_PX, or the largest that fits the box in two lines;
        and whether the fit bar still fits under it. `marked`: the strip at the bottom is kept
        for a step marker (graph_markers.py), so the name must fit above it."""
        scale = self._theme.text_scale
        smallest, largest = NAME_PX[0], NAME_PX[1] * scale
        wanted = int(min(max(OVERVIEW_TEXT_PX * scale / max(lod, 0.01), smallest), largest))
        found = self._overview.get((wanted, marked))
        room = BOX_H - 17 if marked else BOX_H - 6
        if found is None:
            flags = Qt.TextFlag.TextWordWrap
            pixels, height = wanted, 0.0
            for pixels in range(wanted, 9, -1):
                metrics = self._theme.scaled("name", pixels)[1]
                height = metrics.boundingRect(
                    QRectF(0, 0, BOX_W - 18, 500), flags, self.role.name
                ).height()
                if height <= 2.4 * metrics.lineSpacing() and height <= room:
                    break
            found = self._overview[(wanted, marked)] = (pixels, height + 17 <= BOX_H)
        return found

    @guarded(QRectF)
    def boundingRect(self) -> QRectF:
        return self._bounds

    @guarded(nothing)
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        theme, look, box = self._theme, self._look, self._box
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if look.dimmed:  # off the path: faded, by as much as the theme allows (graph_theme.py)
            painter.setOpacity(painter.opacity() * theme.dim_opacity)
        elif look.lit and not look.on_path:  # joined to the hovered role: stands forward
            painter.setOpacity(1.0)
        if lod < LINE_LOD:  # a few pixels wide: a solid mark, the learner's roles in accent
            mine = look.on_path or look.is_current or look.is_target
            painter.fillRect(box, theme.accent if mine else theme.muted)
            return
        painter.setBrush(theme.fit_brush(look.fit))
        if look.is_target:
            painter.setPen(theme.target_pen)
        elif look.on_path:
            painter.setPen(theme.path_pen)
        elif look.lit:
            painter.setPen(theme.lit_pen)
        else:
            painter.setPen(theme.box_pen)
        if lod < SHAPE_LOD:
            painter.drawRect(box)
            return
        if look.dimmed and snap(painter, box):  # translucent shapes are slow: faded.py
            draw_box(painter, box, 8, painter.brush(), painter.pen())
        else:
            painter.drawRoundedRect(box, 8, 8)
        if self.shows_label(lod):
            pixels, bar = self.name_pixels(lod, look.marked)
            if bar and not look.marked:  # a marker covers the bar's strip (tint shows fit)
                self._paint_fit_bar(painter, labelled=self.shows_detail(lod))
            painter.setFont(theme.scaled("name", pixels)[0])
            painter.setPen(theme.text_pen)
            painter.drawText(_OVERVIEW_RECTS[bar or look.marked], _WRAPPED, self.role.name)
        if look.selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(theme.focus_pen)
            painter.drawRoundedRect(_FOCUS_RECT, 12, 12)
        if self.shows_label(lod):  # last, so no outline crosses the badge text
            self._paint_badges(painter)

    def _paint_fit_bar(self, painter: QPainter, labelled: bool) -> None:
        theme = self._theme
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.fit_track)
        painter.drawRoundedRect(_TRACKS[labelled], 3, 3)
        if self._look.fit > 0:
            painter.setBrush(theme.fit_bar)
            painter.drawRoundedRect(self._bars[labelled], 3, 3)
        if labelled:
            painter.setFont(theme.small_font)
            painter.setPen(theme.text_pen)
            painter.drawText(_PERCENT_RECT, _RIGHT, fit_percent(self._look.fit))

    def _paint_badges(self, painter: QPainter) -> None:
        theme = self._theme
        painter.setFont(theme.badge_font)
        for rect, text, is_target in self._badges:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.accent_brush if is_target else theme.current_brush)
            painter.drawRoundedRect(rect, _BADGE_H / 2, _BADGE_H / 2)
            painter.setPen(theme.accent_text_pen if is_target else theme.base_text_pen)
            painter.drawText(rect, _CENTRE, text)
