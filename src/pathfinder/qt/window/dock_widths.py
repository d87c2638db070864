"""The side panels' first widths: the Skills panel wide enough for the pack's longest skill
name, and the Plan panel for lines of reading length, where the window has room for them.

On a wide screen the panel kept the narrow width of a laptop's and cut names ("Data
structures an…") beside empty room. At a laptop's 1280 pixels the graph needs that room
(its path names must stay 12 px high), so the panel grows only in windows WIDE or wider,
up to SHARE of the width, and never shrinks. A layout the learner saved (QSettings) is
theirs and is left alone.

With large text (200 %: the system's font size doubled) the panels' first widths doubled
too and left the graph a strip a third of a laptop's window wide; the side panels now start
at most at what leaves the graph GRAPH_SHARE of the window (their text wraps, elides or
scrolls within them).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from pathfinder.qt.widgets.virtual_guard import guarded, not_handled

if TYPE_CHECKING:
    from pathfinder.qt.graph.view import GraphView
    from pathfinder.qt.skills.panel import SkillsPanel
    from pathfinder.qt.state.session import Session


class DockedWindow(Protocol):
    """What the widths need of the main window: its docks and panels (named here so this
    module does not import the window that calls it)."""

    session: Session
    graph: GraphView
    skills_panel: SkillsPanel
    skills_dock: QDockWidget
    plan_dock: QDockWidget
    role_dock: QDockWidget
    route_dock: QDockWidget

    def width(self) -> int: ...

    def resizeDocks(
        self, docks: Sequence[QDockWidget], sizes: Sequence[int], orientation: Qt.Orientation
    ) -> None: ...


SHARE = 0.24  # of the window's width, at most
GRAPH_SHARE = 0.45  # of the window's width the graph keeps at first, whatever the text size
WIDE = 1600  # windows narrower than this keep the panels' first widths
READING = 66  # characters of average width a line of the Plan panel holds on a wide screen
_NO_SIDEWAYS = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
_NAMES_MEASURED = 3000  # a taxonomy's longest names are cut anyway: measure a sample


def wanted_width(window: DockedWindow) -> int:
    panel = window.skills_panel
    metrics = panel.view.fontMetrics()
    skills = window.session.catalog.skills[:_NAMES_MEASURED]
    longest = max((metrics.horizontalAdvance(s.name) for s in skills), default=0)
    hours = panel.view.header().sectionSize(1)
    # Check box, indentation, scroll bar and the panel's margins around the name.
    extra = 36 + panel.view.indentation() + panel.view.verticalScrollBar().sizeHint().width() + 24
    return longest + hours + extra


def widen_skills_panel(window: DockedWindow) -> None:
    """Once the window is on screen (the docks have their first widths then)."""
    _ContentWatch(window)
    if not QSettings().contains("window/state"):
        QTimer.singleShot(0, lambda: _widen(window))
    else:  # the learner's own widths, but never so narrow that a panel is cut off
        QTimer.singleShot(0, lambda: keep_contents_whole(window))


def _widen(window: DockedWindow) -> None:
    _leave_graph_room(window)
    if window.width() < WIDE:
        return
    most = int(window.width() * SHARE)
    wanted = {
        window.skills_dock: min(wanted_width(window), most),
        # The plan is read, not scanned: on a wide screen it kept a laptop's width and wrapped
        # every sentence after a few words beside empty room.
        window.plan_dock: min(window.plan_dock.fontMetrics().averageCharWidth() * READING, most),
    }
    grow = {d: w for d, w in wanted.items() if d.isVisible() and w > d.width()}
    if not grow:
        return
    window.resizeDocks(list(grow), list(grow.values()), Qt.Orientation.Horizontal)
    graph = window.graph
    if graph.auto_fit:  # the first picture: fit the graph to the view it now has
        QTimer.singleShot(0, graph.fit_all)


def content_width(dock: QDockWidget) -> int:
    """The least width at which a dock shows its panel whole. The panels scroll only up and
    down, so a panel narrower than its content (two buttons side by side, a long word in
    large text) would cut it off at the right."""
    panel = dock.widget()
    if panel is None:
        return 0
    need = panel.minimumSizeHint().width()
    for scroll in panel.findChildren(QScrollArea):
        content = scroll.widget()
        if content is None or scroll.horizontalScrollBarPolicy() != _NO_SIDEWAYS:
            continue
        bar = scroll.verticalScrollBar()
        chrome = dock.width() - scroll.viewport().width()  # margins, frame, a shown scroll bar
        if not bar.isVisible():
            chrome += bar.sizeHint().width()  # room for one to come
        need = max(need, _content_minimum(content) + chrome)
    return need


def _content_minimum(content: QWidget) -> int:
    """The content's least width, checked against each part's own: a form layout that wraps
    its rows asked 2 px less than its widest field's longest word."""
    layout = content.layout()
    right = layout.contentsMargins().right() if layout is not None else 0
    need = content.minimumSizeHint().width()
    for part in content.findChildren(QWidget):
        if part.isVisibleTo(content):
            left = part.mapTo(content, QPoint(0, 0)).x()
            need = max(need, left + part.minimumSizeHint().width() + right)
    return need


def combo_width(combo: QComboBox) -> int:
    """The width at which a drop-down list shows its current choice whole."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    hint = combo.sizeHint()
    option.rect = QRect(0, 0, hint.width(), hint.height())
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    text = combo.fontMetrics().horizontalAdvance(combo.currentText())
    return text + hint.width() - field.width() + 2


def _docks(window: DockedWindow) -> tuple[QDockWidget, ...]:
    return (window.skills_dock, window.plan_dock, window.role_dock, window.route_dock)


def keep_contents_whole(
    window: DockedWindow,
    widths: dict[QDockWidget, int] | None = None,
    changed: Collection[QDockWidget] | None = None,
) -> None:
    """Docks never narrower than their contents: the right-hand docks share one width.
    A drop-down list's least width is its current choice's, so a form puts it under its
    label rather than cut "Machine Learning Engineer" to "Machine Learning Engine".

    `widths` keeps each dock's content width from the last call; then only the docks in
    `changed` are measured again (a tick changes the Plan panel, not the other three)."""
    widths = {} if widths is None else widths
    for dock in _docks(window):
        if changed is not None and dock in widths and dock not in changed:
            continue
        panel = dock.widget()
        for combo in panel.findChildren(QComboBox) if panel is not None else []:
            combo.setMinimumWidth(combo_width(combo))
        widths[dock] = content_width(dock)
    right = [window.plan_dock, window.role_dock, window.route_dock]
    need = max(widths[dock] for dock in right)
    for dock in right:
        dock.setMinimumWidth(need)
    window.skills_dock.setMinimumWidth(widths[window.skills_dock])


class _ContentWatch(QObject):
    """Keeps the docks as wide as their contents as these change (a role's details, the next
    skill's name): once per burst of layout changes, measuring again only the docks whose
    content changed."""

    def __init__(self, window: DockedWindow) -> None:
        super().__init__(window.skills_dock)  # lives as long as the window's docks
        self._window = window
        self._widths: dict[QDockWidget, int] = {}
        self._changed: set[QDockWidget] = set()
        self._dock_of: dict[QObject, QDockWidget] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._keep)
        for dock in _docks(window):
            # Floating or docking again changes the frame around the content.
            dock.topLevelChanged.connect(lambda _floating, d=dock: self._mark(d))
            # Another font or style (the system's text size, presentation mode) changes
            # every dock's content, the Skills panel's too, which has no scroll area to watch.
            dock.installEventFilter(self)
            panel = dock.widget()
            for combo in panel.findChildren(QComboBox) if panel is not None else []:
                combo.currentTextChanged.connect(lambda _text, d=dock: self._mark(d))
            for scroll in panel.findChildren(QScrollArea) if panel is not None else []:
                content = scroll.widget()
                if content is not None:
                    self._dock_of[content] = dock
                    content.installEventFilter(self)

    def _mark(self, dock: QDockWidget) -> None:
        self._changed.add(dock)
        self._timer.start(0)

    def _keep(self) -> None:
        changed, self._changed = self._changed, set()
        keep_contents_whole(self._window, self._widths, changed)

    @guarded(not_handled)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.LayoutRequest:
            dock = self._dock_of.get(watched)
            if dock is not None:
                self._mark(dock)
        elif kind in _NEW_LOOK and isinstance(watched, QDockWidget):
            self._mark(watched)
        return False


_NEW_LOOK = (QEvent.Type.FontChange, QEvent.Type.StyleChange)


def _leave_graph_room(window: DockedWindow) -> None:
    keep_contents_whole(window)
    docks = [d for d in (window.skills_dock, window.plan_dock) if d.isVisible()]
    if not docks:
        return
    most = int(window.width() * (1 - GRAPH_SHARE) / len(docks))
    wide = [d for d in docks if d.width() > max(most, d.minimumWidth())]
    if wide:
        widths = [max(most, d.minimumWidth()) for d in wide]
        window.resizeDocks(wide, widths, Qt.Orientation.Horizontal)
