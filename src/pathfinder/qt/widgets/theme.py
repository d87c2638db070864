"""Light, dark or high contrast on request (`--theme`), for snapshots and projectors; otherwise
the system's scheme and contrast setting, followed as they change.

Every palette Pathfinder shows passes `readable()` first, so text, links, selections and
state marks keep WCAG 2.2 AA contrast (qt/widgets/contrast.py) even where a system palette
or Fusion's own one falls short (Fusion's selection blue carries white text at 3.6:1, its
placeholder grey measures 3.9:1).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from pathfinder.qt.widgets.contrast import (
    GRAPHIC,
    READABLE,
    STRONG_GRAPHIC,
    STRONG_TEXT,
    Pair,
    contrast,
    opaque,
    reaching,
    secondary_text,
)
from pathfinder.qt.widgets.edges import ReadableEdges

THEMES = ("system", "light", "dark", "high-contrast")
HIGH_CONTRAST_PROPERTY = "pathfinderHighContrast"  # on the application: the graph asks it

_ROLE = QPalette.ColorRole

# What is drawn on what in the widgets: (ink, papers, text?). Text needs READABLE, the rest
# (selection and accent marks, the route's line) GRAPHIC; the high-contrast theme more.
RULES: tuple[tuple[QPalette.ColorRole, tuple[QPalette.ColorRole, ...], bool], ...] = (
    (_ROLE.WindowText, (_ROLE.Window, _ROLE.Base, _ROLE.AlternateBase), True),
    (_ROLE.Text, (_ROLE.Base, _ROLE.AlternateBase, _ROLE.Window), True),
    (_ROLE.ButtonText, (_ROLE.Button,), True),
    (_ROLE.ToolTipText, (_ROLE.ToolTipBase,), True),
    # Quiet labels of the Plan and Role panels (set as their foreground role).
    (_ROLE.PlaceholderText, (_ROLE.Window, _ROLE.Base, _ROLE.AlternateBase), True),
    (_ROLE.Link, (_ROLE.Window, _ROLE.Base, _ROLE.AlternateBase), True),
    (_ROLE.LinkVisited, (_ROLE.Window, _ROLE.Base, _ROLE.AlternateBase), True),
    # Selected rows, the route's line and stations, the graph's path and target.
    (_ROLE.Highlight, (_ROLE.Base, _ROLE.Window, _ROLE.AlternateBase), False),
    (_ROLE.Accent, (_ROLE.Base, _ROLE.Window), False),
    (_ROLE.HighlightedText, (_ROLE.Highlight,), True),
)
# Roles no text or mark of Pathfinder is drawn in: the style's bevel shades of frames and
# buttons (decoration, WCAG 1.4.11 asks nothing of them), and BrightText, which no widget
# of ours uses.
DECORATION = frozenset(
    {_ROLE.Light, _ROLE.Midlight, _ROLE.Mid, _ROLE.Dark, _ROLE.Shadow, _ROLE.BrightText}
)


def _filled(colours: dict[QPalette.ColorRole, str], disabled: str) -> QPalette:
    palette = QPalette()
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    palette.setColor(_ROLE.Accent, palette.color(_ROLE.Highlight))
    # Greyed-out controls are exempt from WCAG contrast; they stay quieter than live ones.
    for colour_role in (_ROLE.Text, _ROLE.WindowText, _ROLE.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, colour_role, QColor(disabled))
    return palette


def light_palette() -> QPalette:
    """Fusion's light greys, with a selection blue dark enough for white text."""
    return _filled(
        {
            _ROLE.Window: "#efefef",
            _ROLE.WindowText: "#000000",
            _ROLE.Base: "#ffffff",
            _ROLE.AlternateBase: "#f7f7f7",
            _ROLE.ToolTipBase: "#ffffdc",
            _ROLE.ToolTipText: "#000000",
            _ROLE.Text: "#000000",
            _ROLE.Button: "#efefef",
            _ROLE.ButtonText: "#000000",
            _ROLE.BrightText: "#ffffff",
            _ROLE.Highlight: "#1a5fb4",
            _ROLE.HighlightedText: "#ffffff",
            _ROLE.Link: "#0b57d0",
            _ROLE.LinkVisited: "#7b1fa2",
            _ROLE.PlaceholderText: "#5f6368",
            _ROLE.Mid: "#b8b8b8",
            _ROLE.Dark: "#9f9f9f",
            _ROLE.Light: "#ffffff",
            _ROLE.Midlight: "#cacaca",
            _ROLE.Shadow: "#767676",
        },
        disabled="#9a9a9a",
    )


def dark_palette() -> QPalette:
    """Dark greys; the selection is a light blue carrying dark text (a mid blue cannot both
    carry white text at 4.5:1 and stand 3:1 off the dark base)."""
    return _filled(
        {
            _ROLE.Window: "#232427",
            _ROLE.WindowText: "#e8eaed",
            _ROLE.Base: "#2e3034",
            _ROLE.AlternateBase: "#35373b",
            _ROLE.ToolTipBase: "#2a2b2f",
            _ROLE.ToolTipText: "#e8eaed",
            _ROLE.Text: "#e8eaed",
            _ROLE.Button: "#2d2e32",
            _ROLE.ButtonText: "#e8eaed",
            _ROLE.BrightText: "#ffffff",
            _ROLE.Highlight: "#8ab4f8",
            _ROLE.HighlightedText: "#202124",
            _ROLE.Link: "#8ab4f8",
            _ROLE.LinkVisited: "#c58af9",
            _ROLE.PlaceholderText: "#9aa0a6",
            _ROLE.Mid: "#3c4043",
            _ROLE.Dark: "#111214",
            _ROLE.Light: "#3c4043",
            _ROLE.Midlight: "#34363a",
            _ROLE.Shadow: "#000000",
        },
        disabled="#6f7378",
    )


def high_contrast_palette(dark: bool) -> QPalette:
    """Pure black and white, the selection in yellow (dark) or deep blue (light), frames in
    full text colour so every control's edge shows."""
    ink, paper = ("#ffffff", "#000000") if dark else ("#000000", "#ffffff")
    return _filled(
        {
            _ROLE.Window: paper,
            _ROLE.WindowText: ink,
            _ROLE.Base: paper,
            _ROLE.AlternateBase: "#1a1a1a" if dark else "#f0f0f0",
            _ROLE.ToolTipBase: paper,
            _ROLE.ToolTipText: ink,
            _ROLE.Text: ink,
            _ROLE.Button: paper,
            _ROLE.ButtonText: ink,
            _ROLE.BrightText: ink,
            _ROLE.Highlight: "#ffd600" if dark else "#0000c0",
            _ROLE.HighlightedText: "#000000" if dark else "#ffffff",
            _ROLE.Link: "#00ffff" if dark else "#0000c0",
            _ROLE.LinkVisited: "#ff80ff" if dark else "#551a8b",
            _ROLE.PlaceholderText: "#e0e0e0" if dark else "#333333",
            _ROLE.Mid: ink,
            _ROLE.Dark: ink,
            _ROLE.Light: ink,
            _ROLE.Midlight: ink,
            _ROLE.Shadow: ink,
        },
        disabled="#a0a0a0" if dark else "#595959",
    )


# The palettes Pathfinder brings, by the name tests and snapshots use.
PALETTES: dict[str, Callable[[], QPalette]] = {
    "light": light_palette,
    "dark": dark_palette,
    "high-contrast dark": lambda: high_contrast_palette(True),
    "high-contrast light": lambda: high_contrast_palette(False),
}


def minimums(strong: bool) -> tuple[float, float]:
    """Least contrast for (text, graphics): WCAG AA, or more in the high-contrast theme."""
    return (STRONG_TEXT, STRONG_GRAPHIC) if strong else (READABLE, GRAPHIC)


def palette_pairs(palette: QPalette, strong: bool = False) -> list[Pair]:
    """Every colour pair the widgets draw (RULES) and the state marks, with their minimum."""
    text_minimum, graphic_minimum = minimums(strong)
    pairs = [
        Pair(
            ink.name,
            paper.name,
            palette.color(ink),
            palette.color(paper),
            text_minimum if text else graphic_minimum,
            text,
        )
        for ink, papers, text in RULES
        for paper in papers
    ]
    # The Skills list's quieter rows (skills known through another), as skills/model.py paints.
    base = palette.color(_ROLE.Base)
    # (At AA's 4.5:1 in every theme: the list does not ask the high-contrast theme's 7:1.)
    quiet = secondary_text(palette.color(_ROLE.Text), base)
    pairs.append(Pair("secondary text", _ROLE.Base.name, quiet, base, READABLE, True))
    for name, colour in state_colours(palette, strong).items():
        for paper in _STATE_PAPERS:
            pairs.append(Pair(name, paper.name, colour, palette.color(paper), text_minimum, True))
    return pairs


# Have / learning / missing marks of the Role panel: green, amber and red of about the
# same weight, moved toward the text colour only as far as the palette needs.
_STATE_HUES = {"have": "#2e7d32", "learning": "#a15c00", "missing": "#c62828"}
_STATE_PAPERS = (_ROLE.Window, _ROLE.Base)  # the Role panel and its lists
_STATE_HUES_DARK = {"have": "#81c784", "learning": "#ffb74d", "missing": "#ef9a9a"}


def state_colours(palette: QPalette, strong: bool = False) -> dict[str, QColor]:
    base = palette.color(_ROLE.Base)
    hues = _STATE_HUES_DARK if base.lightness() < 128 else _STATE_HUES
    papers = [palette.color(r) for r in _STATE_PAPERS]
    far = QColor("#ffffff" if base.lightness() < 128 else "#000000")
    minimum = minimums(strong)[0]
    return {name: reaching(QColor(hue), far, papers, minimum) for name, hue in hues.items()}


def readable(palette: QPalette, strong: bool = False) -> QPalette:
    """`palette` with each colour that misses its contrast (RULES) moved toward black or
    white just far enough: what passes is left exactly as the system made it."""
    out = QPalette(palette)
    text_minimum, graphic_minimum = minimums(strong)
    for ink_role, paper_roles, text in RULES:
        papers = [opaque(out.color(r), out.color(_ROLE.Window)) for r in paper_roles]
        ink = opaque(out.color(ink_role), papers[0])
        minimum = text_minimum if text else graphic_minimum
        if all(contrast(ink, paper) >= minimum for paper in papers):
            continue
        if ink_role == _ROLE.HighlightedText:
            # Text on the selection: black or white, whichever reads; else deepen the selection.
            ink = max((QColor("#000000"), QColor("#ffffff")), key=lambda c: contrast(c, papers[0]))
            if contrast(ink, papers[0]) < minimum:
                away = QColor("#000000") if ink.lightness() > 127 else QColor("#ffffff")
                out.setColor(_ROLE.Highlight, reaching(papers[0], away, [ink], minimum))
        else:
            light = sum(paper.lightnessF() for paper in papers) / len(papers) >= 0.5
            ink = reaching(ink, QColor("#000000" if light else "#ffffff"), papers, minimum)
        out.setColor(ink_role, ink)
    return out


def is_high_contrast() -> bool:
    app = QGuiApplication.instance()
    return bool(app is not None and app.property(HIGH_CONTRAST_PROPERTY))


def system_wants_high_contrast(app: QGuiApplication) -> bool:
    # The style hints are held while asked: PySide drops the accessibility hints' wrapper
    # with a temporary one ("Internal C++ object already deleted").
    styles = app.styleHints()
    wanted = styles.accessibility().contrastPreference()
    return bool(wanted == Qt.ContrastPreference.HighContrast)


def system_is_dark(app: QGuiApplication) -> bool:
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, theme: str) -> None:
    """'light', 'dark' or 'high-contrast' forces that theme ('high-contrast' in the system's
    light or dark); 'system' follows the system's scheme and contrast setting, live."""
    hints = app.styleHints()
    if theme == "system":
        _SystemFollower.start(app)
        return
    stop_following_system(app)  # a forced theme is not undone by the system's next change
    strong = theme == "high-contrast"
    dark = system_is_dark(app) if strong else theme == "dark"
    _fusion(app)
    hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    _set(app, high_contrast_palette(dark) if strong else PALETTES[theme](), strong)


def stop_following_system(app: QApplication) -> None:
    for child in app.children():
        if isinstance(child, _SystemFollower):
            child.stop()


def _fusion(app: QApplication) -> None:
    """Fusion, the built-in style that draws any palette faithfully, with control edges
    that show (qt/widgets/edges.py)."""
    if not isinstance(app.style(), ReadableEdges):
        app.setStyle(ReadableEdges("Fusion"))


def _set(app: QApplication, palette: QPalette, strong: bool) -> None:
    app.setProperty(HIGH_CONTRAST_PROPERTY, strong)
    app.setPalette(readable(palette, strong))


class _SystemFollower(QObject):
    """The system's palette, made readable; our high-contrast palette when the system asks
    for more contrast. Re-applied when the learner changes either setting."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._ours = False  # whether the palette now in use is one we set
        self._styles = app.styleHints()  # held, with their accessibility hints
        self._accessibility = self._styles.accessibility()
        self._styles.colorSchemeChanged.connect(self._later)
        self._accessibility.contrastPreferenceChanged.connect(self._later)
        self.apply()

    @classmethod
    def start(cls, app: QApplication) -> None:
        if not any(isinstance(child, cls) for child in app.children()):
            cls(app)

    def stop(self) -> None:
        self._styles.colorSchemeChanged.disconnect(self._later)
        self._accessibility.contrastPreferenceChanged.disconnect(self._later)
        self.setParent(None)
        self.deleteLater()

    def _later(self) -> None:
        # The platform updates its palette after telling of the change: read it after that.
        QTimer.singleShot(0, self.apply)

    def apply(self) -> None:
        app = self._app
        if system_wants_high_contrast(app):
            _fusion(app)
            _set(app, high_contrast_palette(system_is_dark(app)), True)
            self._ours = True
            return
        if self._ours:  # back to the system's own palette before measuring it
            app.setPalette(QPalette())
        app.setProperty(HIGH_CONTRAST_PROPERTY, False)
        system = app.palette()
        fixed = readable(system)
        self._ours = fixed != system
        if self._ours:
            app.setPalette(fixed)
