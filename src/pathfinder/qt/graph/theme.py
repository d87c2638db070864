"""Colours, pens and fonts of the career graph, derived from the widget palette.

One theme object is shared by every item of a scene and refreshed in place when the
palette changes, so paint() never builds a font or pen and light/dark follow the system.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QGuiApplication, QPalette, QPen

from pathfinder.qt.widgets.contrast import Pair, blend, contrast, opaque, reaching
from pathfinder.qt.widgets.theme import is_high_contrast, minimums

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
        """Colours from the palette, each moved only as far as it must to keep its contrast
        on what it is drawn on (pairs()); the high-contrast theme asks more of every one."""
        role = QPalette.ColorRole
        self.strong = is_high_contrast()
        self.text_minimum, self.graphic_minimum = minimums(self.strong)
        text_min, graphic_min = self.text_minimum, self.graphic_minimum
        self.base = palette.color(role.Base)
        self.text = palette.color(role.Text)
        self.dark = self.base.lightnessF() < 0.5
        far = QColor("#ffffff" if self.dark else "#000000")  # the most contrast the base allows

        band_alphas = (0.045, 0.020)
        self.band_brushes = tuple(QBrush(with_alpha(self.text, a)) for a in band_alphas)
        lanes = self.lanes = [self.base] + [opaque(b.color(), self.base) for b in self.band_brushes]

        # Fit: a tint of the card from nearly plain (0 %) to clearly teal (100 %).
        self.fit_low = mix(self.base, FIT_HUE, 0.05)
        self.fit_high = mix(self.base, FIT_HUE, 0.42 if self.dark else 0.36)
        self.fit_brushes = [
            QBrush(mix(self.fit_low, self.fit_high, i / FIT_STEPS)) for i in range(FIT_STEPS + 1)
        ]
        cards = self.cards = [self.fit_low, self.fit_high]
        self.text = reaching(self.text, far, cards + lanes, text_min)
        self.muted = reaching(mix(self.base, self.text, 0.62), self.text, lanes, text_min)

        # The accent marks the path and the target: a line beside lanes and cards alike.
        self.accent = reaching(palette.color(role.Highlight), far, lanes + cards, graphic_min)
        accent_text = palette.color(role.HighlightedText)
        if contrast(accent_text, self.accent) < text_min:
            accent_text = max((QColor("#000000"), QColor("#ffffff")), key=self._on_accent)
        self.accent_text = accent_text
        self.text_pen = QPen(self.text)
        self.muted_pen = QPen(self.muted)
        self.accent_text_pen = QPen(self.accent_text)
        self.base_text_pen = QPen(self.base)

        self.fit_track = QBrush(with_alpha(self.text, 0.13))
        tracks = [opaque(self.fit_track.color(), card) for card in cards]
        bar = FIT_HUE.lighter(125) if self.dark else FIT_HUE.darker(115)
        self.fit_bar = QBrush(reaching(bar, self.text, cards + tracks, graphic_min))

        # High contrast: outlines and plain moves in the text colour itself.
        box = reaching(mix(self.base, self.text, 0.30), self.text, lanes, graphic_min)
        if self.strong:
            box = self.text
        self.box_pen = QPen(box, 1.2 * self.line_scale)
        self.path_pen = QPen(self.accent, 3.0 * self.line_scale)
        self.target_pen = QPen(self.accent, 4.0 * self.line_scale)
        self.focus_pen = QPen(self.text, 1.6 * self.line_scale, Qt.PenStyle.DashLine)
        self.focus_pen.setCosmetic(False)
        self.accent_brush = QBrush(self.accent)
        self.current_brush = QBrush(self.text)

        # Every move reads 3:1 on its lane, dimmed ones too; plain moves are darker than
        # dimmed ones, lit moves (of the hovered role) darker still, the path the strongest.
        dim = reaching(mix(self.base, self.text, 0.18), self.text, lanes, graphic_min)
        edge = reaching(mix(self.base, self.text, 0.45), self.text, lanes, graphic_min)
        edge = reaching(edge, self.text, [dim], 1.25)  # plainly stronger than a dimmed move
        if self.strong:
            edge = self.text
        self.edge_pen = QPen(edge, 1.4 * self.line_scale)
        self.edge_brush = QBrush(edge)
        self.edge_dim_pen = QPen(dim, 1.0 * self.line_scale)
        self.edge_dim_brush = QBrush(dim)
        # The path is the strongest line on screen; lit moves (of the hovered role) come next.
        self.edge_path_pen = QPen(self.accent, 5.0 * self.line_scale)
        self.edge_path_brush = QBrush(self.accent)
        lit = reaching(mix(self.base, self.text, 0.85), self.text, lanes, graphic_min)
        self.edge_lit_pen = QPen(lit, 2.4 * self.line_scale)
        self.edge_lit_brush = QBrush(lit)
        self.lit_pen = QPen(lit, 2.0 * self.line_scale)
        for pen in (self.edge_pen, self.edge_dim_pen, self.edge_path_pen, self.edge_lit_pen):
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.header_pen = QPen(self.muted)

        # The step marker: its text on an amber tint, its outline amber beside card and lane.
        gap_fill = mix(self.base, GAP_HUE, 0.20 if self.dark else 0.16)
        self.gap_fill = QBrush(reaching(gap_fill, self.base, [self.text], text_min))
        gap_edge = reaching(mix(self.base, GAP_HUE, 0.85), self.text, cards + lanes, graphic_min)
        self.gap_border = QPen(gap_edge, 1.2 * self.line_scale)

        # Roles off the path fade, but their names keep their contrast even on the darkest
        # lane with the strongest fit tint (a fixed 0.5 measured about 3.9:1, and less in
        # dark mode); their outlines and fit bars are then made strong enough to survive it.
        def names_read(opacity: float) -> bool:
            return all(p.ratio() >= p.minimum for p in self._faded(opacity, names_only=True))

        self.dim_opacity = opacity = _least(DIM_OPACITY, names_read)
        self.box_pen.setColor(
            _through_fade(box, self.text, opacity, [(lane, lane) for lane in lanes], graphic_min)
        )
        faded_cards = [_painted(blend(lane, card, opacity)) for lane in lanes for card in cards]
        bar_under = [(card, card) for card in faded_cards]
        bar_under += [(opaque(self.fit_track.color(), card),) * 2 for card in faded_cards]
        self.fit_bar.setColor(
            _through_fade(self.fit_bar.color(), self.text, opacity, bar_under, graphic_min)
        )

    def _on_accent(self, colour: QColor) -> float:
        return contrast(colour, self.accent)

    def _faded(self, opacity: float, names_only: bool = False) -> list[Pair]:
        """A dimmed role's name, outline and fit bar, painted at `opacity` on each lane."""
        found = []
        for lane in self.lanes:
            for card in self.cards:
                faded = _painted(blend(lane, card, opacity))
                name = _painted(blend(faded, self.text, opacity))
                found.append(Pair("text (faded)", "card", name, faded, self.text_minimum, True))
                if names_only:
                    continue
                bar = _painted(blend(faded, self.fit_bar.color(), opacity))
                found.append(
                    Pair("fit_bar (faded)", "card", bar, faded, self.graphic_minimum, False)
                )
            if names_only:
                continue
            outline = _painted(blend(lane, self.box_pen.color(), opacity))
            found.append(
                Pair("box_pen (faded)", "lane", outline, lane, self.graphic_minimum, False)
            )
        return found

    # Colours that are only ever drawn under something else (their contrast is that of what
    # is drawn on them), with why no contrast of their own is asked.
    SURFACES: ClassVar[dict[str, str]] = {
        "base": "the graph's background",
        "lanes": "the background and the lane bands as painted (in pairs())",
        "cards": "the lightest and strongest card fills (in pairs())",
        "band_brushes": "lane backgrounds (lanes in pairs())",
        "fit_brushes": "card fills from fit_low to fit_high (cards in pairs())",
        "fit_low": "the card fill at 0 % fit",
        "fit_high": "the card fill at 100 % fit",
        "fit_track": "the bar's track: the bar and the percentage carry the value",
        "gap_fill": "the step marker's background: its outline shows its shape",
    }

    def pairs(self) -> list[Pair]:
        """Every colour drawn on another in the graph and its legend, with the contrast it needs.
        The names are this theme's attributes (tests/qt/test_contrast.py checks each one)."""
        text_min, graphic_min = self.text_minimum, self.graphic_minimum
        lanes = [("base", self.base)] + [
            (f"lane band {i + 1}", lane) for i, lane in enumerate(self.lanes[1:])
        ]
        cards = [("fit_low card", self.fit_low), ("fit_high card", self.fit_high)]
        found: list[Pair] = []

        def add(inks: str, papers: list[tuple[str, QColor]], text: bool) -> None:
            """Each named attribute (a colour, pen or brush) on each paper."""
            minimum = text_min if text else graphic_min
            for ink in inks.split():
                colour = self._colour(ink)
                found.extend(Pair(ink, n, colour, paper, minimum, text) for n, paper in papers)

        accent = [("accent_brush", self.accent_brush.color())]
        add("text text_pen", cards, True)  # role names and fit percentages
        add("muted muted_pen header_pen", lanes, True)  # lane names and level headers
        add("accent_text accent_text_pen", accent, True)  # the target badge
        add(
            "base_text_pen", [("current_brush", self.current_brush.color())], True
        )  # "You are here"
        add("text_pen", [("gap_fill", self.gap_fill.color())], True)  # step marker text
        add("accent accent_brush path_pen target_pen current_brush", lanes + cards, False)
        add("focus_pen box_pen lit_pen", lanes, False)
        tracks = [(f"fit_track on {n}", opaque(self.fit_track.color(), c)) for n, c in cards]
        add("fit_bar", cards + tracks, False)
        add("gap_border", cards + lanes, False)
        add("edge_pen edge_brush edge_dim_pen edge_dim_brush", lanes, False)
        add("edge_lit_pen edge_lit_brush edge_path_pen edge_path_brush", lanes, False)
        return found + self._faded(self.dim_opacity)

    def _colour(self, name: str) -> QColor:
        value = getattr(self, name)
        return QColor(value if isinstance(value, QColor) else value.color())

    def fit_brush(self, fit: float) -> QBrush:
        return self.fit_brushes[round(min(max(fit, 0.0), 1.0) * FIT_STEPS)]


def _through_fade(
    start: QColor,
    goal: QColor,
    opacity: float,
    backdrops: list[tuple[QColor, QColor]],
    minimum: float,
) -> QColor:
    """`start` moved toward `goal` until, painted at `opacity` over each backdrop's first
    colour, it has `minimum` contrast on the second."""

    def toward(t: float) -> QColor:
        return _painted(blend(start, goal, t))

    def enough(t: float) -> bool:
        found = toward(t)
        return all(
            contrast(_painted(blend(under, found, opacity)), paper) >= minimum
            for under, paper in backdrops
        )

    return toward(_least(0.0, enough))


def _least(low: float, enough: Callable[[float], bool]) -> float:
    """The least value from `low` to 1 in hundredths for which `enough` holds (1 if none),
    halving the range: contrast only grows along the way, and apply() runs at start-up."""
    lo, hi = round(low * 100), 100
    if enough(lo / 100):
        return lo / 100
    while hi - lo > 1:  # enough(lo) is false; enough(hi) is true or hi is the end
        middle = (lo + hi) // 2
        if enough(middle / 100):
            hi = middle
        else:
            lo = middle
    return hi / 100


def _painted(colour: QColor) -> QColor:
    """As it lands on screen: 8 bits a channel (rounding can cost the last hundredth)."""
    return QColor.fromRgba(colour.rgba())
