"""WCAG 2.2 AA contrast of every colour pair Pathfinder draws, in every theme it brings.

The pairs come from the theme objects themselves (the palette's RULES and state colours,
GraphTheme.pairs()), and every colour attribute of the graph's theme must be in a pair or a
declared surface: a new colour is measured without anyone adding it here.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette, QPen
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QStyleFactory, QWidget
from pytestqt.qtbot import QtBot

import pathfinder.qt.widgets.theme as theme_module
from pathfinder.qt.graph.theme import GraphTheme
from pathfinder.qt.widgets.contrast import GRAPHIC, READABLE, Pair, contrast
from pathfinder.qt.widgets.edges import ReadableEdges, edge_colour
from pathfinder.qt.widgets.theme import (
    DECORATION,
    HIGH_CONTRAST_PROPERTY,
    PALETTES,
    RULES,
    apply_theme,
    palette_pairs,
    readable,
    stop_following_system,
    system_wants_high_contrast,
)

# Ours, and Fusion's own light palette as a system without a theme of its own hands it over.
THEMES = [*PALETTES, "system (Fusion)"]


def _palette(name: str) -> QPalette:
    if name in PALETTES:
        return PALETTES[name]()
    style = QStyleFactory.create("Fusion")
    return style.standardPalette()


def _strong(name: str) -> bool:
    return name.startswith("high-contrast")


@pytest.fixture
def app(qtbot: object) -> Iterator[QApplication]:
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    before, style = application.palette(), application.style().name()
    yield application
    stop_following_system(application)
    application.setProperty(HIGH_CONTRAST_PROPERTY, False)
    application.setStyle(style)
    application.setPalette(before)


def _failures(pairs: list[Pair]) -> list[str]:
    failed = [str(p) for p in pairs if p.ratio() < p.minimum]
    # No theme may ask less than WCAG AA of its own pairs.
    failed += [f"{p}: below AA" for p in pairs if p.minimum < (READABLE if p.text else GRAPHIC)]
    return failed


def _graph_theme(app: QApplication, name: str) -> GraphTheme:
    app.setProperty(HIGH_CONTRAST_PROPERTY, _strong(name))
    return GraphTheme(readable(_palette(name), _strong(name)))


@pytest.mark.parametrize("name", THEMES)
def test_every_palette_pair_reads(app: QApplication, name: str) -> None:
    strong = _strong(name)
    pairs = palette_pairs(readable(_palette(name), strong), strong)
    assert len(pairs) > 25
    assert _failures(pairs) == [], name


@pytest.mark.parametrize("name", THEMES)
def test_every_graph_pair_reads(app: QApplication, name: str) -> None:
    theme = _graph_theme(app, name)
    assert _failures(theme.pairs()) == [], name
    # Roles off the path still look faded, not merely drawn at full strength.
    assert theme.dim_opacity < 0.9


def test_high_contrast_asks_more_than_aa(app: QApplication) -> None:
    theme = _graph_theme(app, "high-contrast dark")
    names = [p for p in theme.pairs() if p.ink == "text_pen"]
    assert names and all(p.ratio() >= 7.0 for p in names)
    assert theme.box_pen.color() == theme.text


def _colour_attributes(theme: object) -> set[str]:
    found = set()
    for name, value in vars(theme).items():
        values = value if isinstance(value, (list, tuple)) else [value]
        if values and all(isinstance(v, (QColor, QPen, QBrush)) for v in values):
            found.add(name)
    return found


def _unpaired(theme: GraphTheme) -> set[str]:
    paired = {p.ink.split(" ")[0] for p in theme.pairs()}
    return _colour_attributes(theme) - paired - set(theme.SURFACES)


def test_every_graph_colour_is_in_a_pair_or_a_surface(app: QApplication) -> None:
    theme = _graph_theme(app, "light")
    assert len(_colour_attributes(theme)) > 25
    assert _unpaired(theme) == set()
    # A colour someone adds without saying what it is drawn on is named.
    theme.warning = QColor("#ffcc00")  # type: ignore[attr-defined]
    assert _unpaired(theme) == {"warning"}


def test_every_palette_role_is_measured_or_decoration() -> None:
    measured = {ink for ink, _, _ in RULES} | {p for _, papers, _ in RULES for p in papers}
    roles = set(QPalette.ColorRole) - {QPalette.ColorRole.NoRole, QPalette.ColorRole.NColorRoles}
    assert roles - measured - DECORATION == set()


@pytest.mark.parametrize("name", list(PALETTES))
def test_our_palettes_pass_without_repair(name: str, app: QApplication) -> None:
    palette = _palette(name)
    assert readable(palette, _strong(name)) == palette


def test_a_system_palette_that_falls_short_is_repaired_and_the_rest_kept(
    app: QApplication,
) -> None:
    fusion = _palette("system (Fusion)")
    role = QPalette.ColorRole
    # Fusion's own: white on its selection blue and its placeholder grey both miss 4.5:1.
    assert contrast(fusion.color(role.HighlightedText), fusion.color(role.Highlight)) < 4.5
    fixed = readable(fusion)
    assert contrast(fixed.color(role.HighlightedText), fixed.color(role.Highlight)) >= 4.5
    for kept in (role.Window, role.Base, role.Text, role.WindowText, role.Button):
        assert fixed.color(kept) == fusion.color(kept)


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_apply_theme_sets_a_palette_that_reads(app: QApplication, theme: str) -> None:
    apply_theme(app, theme)
    strong = theme == "high-contrast"
    assert bool(app.property(HIGH_CONTRAST_PROPERTY)) is strong
    assert isinstance(app.style(), ReadableEdges)
    assert _failures(palette_pairs(app.palette(), strong)) == []


def test_following_the_system_leaves_a_readable_palette(app: QApplication) -> None:
    apply_theme(app, "system")
    assert _failures(palette_pairs(app.palette())) == []


@pytest.mark.parametrize("name", list(PALETTES))
def test_check_boxes_and_fields_show_their_edges(
    app: QApplication, qtbot: object, name: str
) -> None:
    """As drawn: an unticked box (a skill not yet known) and an empty text field stand 3:1
    off the window, where Fusion alone drew them at 1.7:1 or not at all."""
    app.setStyle(ReadableEdges("Fusion"))
    app.setPalette(_palette(name))
    window = QWidget()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    box, field = QCheckBox("", window), QLineEdit(window)
    box.setCheckState(Qt.CheckState.Unchecked)
    box.move(10, 10)
    field.setGeometry(60, 10, 120, 28)
    window.resize(200, 50)
    window.show()
    image = window.grab().toImage()
    paper = window.palette().color(QPalette.ColorRole.Window)
    for widget in (box, field):
        rect = widget.geometry() if widget is field else box.geometry().adjusted(0, 0, -4, 0)
        edge = max(
            (
                image.pixelColor(x, y)
                for x in range(rect.left(), rect.left() + 20)
                for y in range(rect.top(), rect.bottom())
            ),
            key=lambda colour: contrast(colour, paper),
        )
        assert contrast(edge, paper) >= GRAPHIC, (name, type(widget).__name__)


@pytest.mark.parametrize("name", THEMES)
def test_the_edge_of_controls_and_cards_stands_off_window_and_base(
    app: QApplication, name: str
) -> None:
    palette = readable(_palette(name), _strong(name))
    for paper in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        assert contrast(edge_colour(palette), palette.color(paper)) >= GRAPHIC, (name, paper)


def test_the_system_contrast_setting_can_be_asked_again_and_again(app: QApplication) -> None:
    # A temporary style-hints wrapper once took the accessibility hints' wrapper with it.
    for _ in range(3):
        assert system_wants_high_contrast(app) is False
        gc.collect()


def test_the_system_theme_follows_a_change_of_contrast_setting(
    app: QApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The learner turns on high contrast in their desktop's settings while Pathfinder runs."""
    apply_theme(app, "system")
    assert not app.property(HIGH_CONTRAST_PROPERTY)
    monkeypatch.setattr(theme_module, "system_wants_high_contrast", lambda _app: True)
    styles = app.styleHints()
    styles.accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
    qtbot.waitUntil(lambda: bool(app.property(HIGH_CONTRAST_PROPERTY)))
    assert _failures(palette_pairs(app.palette(), strong=True)) == []
    # A theme forced afterwards stays, whatever the system says next.
    apply_theme(app, "dark")
    monkeypatch.setattr(theme_module, "system_wants_high_contrast", lambda _app: False)
    styles.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    base = app.palette().color(QPalette.ColorRole.Base)
    for _ in range(2):  # the follower re-applies a turn of the event loop after a change
        QApplication.processEvents()
    assert app.palette().color(QPalette.ColorRole.Base) == base == QColor("#2e3034")
