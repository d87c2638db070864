"""Colours, pens and fonts of the career graph, derived from the widget palette.

One theme object is shared by every item of a scene and refreshed in place when the
palette changes, so paint() never builds a font or pen and light/dark follow the system.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QGuiApplication, QPalette, QPen

from pathfinder.qt.widgets.contrast import READABLE, blend, contrast

# Hues chosen to stay apart for common colour-vision deficiencies: fit is one sequential
# teal scale (lightness carries the value), gaps are amber, the path uses the palette accent.
FIT_HUE = QColor("#1f9e8f")
GAP_HUE = QColor("#d98a1c")
FIT_STEPS = 100
DIM_OPACITY = 0.5  # how far roles off the path fade, where their names stay readable


# Theme colours are mixed with the same linear blend that contrast checks paint with.
mix = blend


def with_alpha(color: QColor, alpha: float) -> QColor:
    out = QColor(color)
    out.setAlphaF(alpha)
    return out


def _font(base: QFont, pixels: int, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    font = QFont(base)
    font.setPixelSize(pixels)  # scene units: text scales with the boxes, not with the screen DPI
    font.setWeight(weight)
    return font


class GraphTheme:
    """Everything paint() needs, cached. Call apply() when the palette changes."""

    def __init__(self, palette: QPalette) -> None:
        # Presentation mode draws every line thicker so it survives a projector.
        self.line_scale = 1.0
        self.text_scale = 1.0  # role names aim for this times OVERVIEW_TEXT_PX on screen
        base = QGuiApplication.font()
        self.name_font = _font(base, 13, QFont.Weight.DemiBold)
        # A little condensed: two-word names ("Machine Learning") keep to one line at the
        # size that reads 12 px on a laptop's fitted graph.
        self.name_font.setStretch(QFont.Stretch.SemiCondensed)
        self.small_font = _font(base, 12)
        self.badge_font = _font(base, 12, QFont.Weight.DemiBold)
        self.chip_font = _font(base, 12)
        self.header_font = _font(base, 13, QFont.Weight.DemiBold)
        self.lane_font = _font(base, 15, QFont.Weight.DemiBold)
        self.name_metrics = QFontMetricsF(self.name_font)
        self.small_metrics = QFontMetricsF(self.small_font)
        self.badge_metrics = QFontMetricsF(self.badge_font)
        self.chip_metrics = QFontMetricsF(self.chip_font)
        self.header_metrics = QFontMetricsF(self.header_font)
        self._scaled: dict[tuple[str, int], tuple[QFont, QFontMetricsF]] = {}
        self.apply(palette)

    def scaled(self, kind: str, pixels: int) -> tuple[QFont, QFontMetricsF]:
        """A bigger copy of a font for zoomed-out views, cached per whole pixel size."""
        key = (kind, pixels)
        found = self._scaled.get(key)
        if found is None:
            font = QFont(getattr(self, f"{kind}_font"))
            font.setPixelSize(pixels)
            found = self._scaled[key] = (font, QFontMetricsF(font))
        return found

    def apply(self, palette: QPalette) -> None:
        role = QPalette.ColorRole
        self.base = palette.color(role.Base)
        self.text = palette.color(role.Text)
        self.accent = palette.color(role.Highlight)
        self.accent_text = palette.color(role.HighlightedText)
        self.dark = self.base.lightnessF() < 0.5
        self.muted = mix(self.base, self.text, 0.62)
        self.text_pen = QPen(self.text)
        self.muted_pen = QPen(self.muted)
        self.accent_text_pen = QPen(self.accent_text)
        self.base_text_pen = QPen(self.base)

        # Fit: a tint of the card from nearly plain (0 %) to clearly teal (100 %).
        self.fit_low = mix(self.base, FIT_HUE, 0.05)
        self.fit_high = mix(self.base, FIT_HUE, 0.42 if self.dark else 0.36)
        self.fit_brushes = [
            QBrush(mix(self.fit_low, self.fit_high, i / FIT_STEPS)) for i in range(FIT_STEPS + 1)
        ]
        self.fit_bar = QBrush(FIT_HUE.lighter(125) if self.dark else FIT_HUE.darker(115))
        self.fit_track = QBrush(with_alpha(self.text, 0.13))

        self.box_pen = QPen(mix(self.base, self.text, 0.30), 1.2 * self.line_scale)
        self.path_pen = QPen(self.accent, 3.0 * self.line_scale)
        self.target_pen = QPen(self.accent, 4.0 * self.line_scale)
        self.focus_pen = QPen(self.text, 1.6 * self.line_scale, Qt.PenStyle.DashLine)
        self.focus_pen.setCosmetic(False)
        self.accent_brush = QBrush(self.accent)
        self.current_brush = QBrush(self.text)

        edge = mix(self.base, self.text, 0.45)
        self.edge_pen = QPen(edge, 1.4 * self.line_scale)
        self.edge_brush = QBrush(edge)
        self.edge_dim_pen = QPen(mix(self.base, self.text, 0.18), 1.0 * self.line_scale)
        self.edge_dim_brush = QBrush(self.edge_dim_pen.color())
        # The path is the strongest line on screen; lit moves (of the hovered role) come next.
        self.edge_path_pen = QPen(self.accent, 5.0 * self.line_scale)
        self.edge_path_brush = QBrush(self.accent)
        lit = mix(self.base, self.text, 0.85)
        self.edge_lit_pen = QPen(lit, 2.4 * self.line_scale)
        self.edge_lit_brush = QBrush(lit)
        self.lit_pen = QPen(lit, 2.0 * self.line_scale)
        for pen in (self.edge_pen, self.edge_dim_pen, self.edge_path_pen, self.edge_lit_pen):
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)

        band_alphas = (0.045, 0.020)
        self.band_brushes = tuple(QBrush(with_alpha(self.text, a)) for a in band_alphas)
        # Roles off the path fade, but their names keep 4.5:1 even on the darkest lane with
        # the strongest fit tint (a fixed 0.5 measured about 3.9:1, and less in dark mode).
        self.dim_opacity = _readable_opacity(
            self.text, self.fit_high, mix(self.base, self.text, max(band_alphas))
        )
        self.header_pen = QPen(self.muted)

        self.gap_fill = QBrush(mix(self.base, GAP_HUE, 0.20 if self.dark else 0.16))
        self.gap_border = QPen(mix(self.base, GAP_HUE, 0.85), 1.2 * self.line_scale)

    def fit_brush(self, fit: float) -> QBrush:
        return self.fit_brushes[round(min(max(fit, 0.0), 1.0) * FIT_STEPS)]


def _readable_opacity(text: QColor, fill: QColor, lane: QColor) -> float:
    """The least fading, from DIM_OPACITY up, at which a faded card (`fill` on `lane`) keeps
    its name (`text` on the card) readable."""
    opacity = DIM_OPACITY
    while opacity < 1.0:
        card = _painted(blend(lane, fill, opacity))
        if contrast(_painted(blend(card, text, opacity)), card) >= READABLE:
            break
        opacity += 0.01
    return min(opacity, 1.0)


def _painted(colour: QColor) -> QColor:
    """As it lands on screen: 8 bits a channel (rounding can cost the last hundredth)."""
    return QColor.fromRgba(colour.rgba())
