"""The toolbar's find box (Ctrl+F): suggestions that say what they are, in the order Enter
takes them.

The popup lists the matches of graph_search.find_matches as the learner types, best first,
each named "ML Platform Engineer · role" or "Google Cloud Platform (GCP) · skill". Enter
takes the highlighted entry, or the first one when none is (the same order, so the first
line is what Enter opens). Finding keeps the learner's panel: the right-hand tab shown
before the search is shown after it, and the zoom stays unless names were too small.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QModelIndex, QObject, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QDockWidget, QLineEdit, QMainWindow

from pathfinder.qt.graph.search import Match, find_matches

if TYPE_CHECKING:
    from pathfinder.qt.graph.view import GraphView
    from pathfinder.qt.state.session import Session


class MainWindow(QMainWindow):
    """What the find box needs of the main window (qt/window/main_window.py, which builds it;
    cast, not subclassed): named here so the two do not import each other."""

    session: Session
    graph: GraphView
    search: QLineEdit
    plan_dock: QDockWidget
    role_dock: QDockWidget
    route_dock: QDockWidget

    def search_found(self, match: Match) -> None: ...


SHOWN = 12  # suggestions in the popup


class SearchBox(QObject):
    def __init__(self, main_window: QMainWindow) -> None:
        super().__init__(main_window)
        window = cast(MainWindow, main_window)
        self._window = window
        self._entries: dict[str, Match] = {}  # label shown -> what it finds
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(SHOWN)
        self.completer.activated[QModelIndex].connect(self._picked)  # type: ignore[index]
        self.completer.setWidget(window.search)
        window.search.textEdited.connect(self.suggest)
        self.searching = False  # a search is selecting a role: the panels stay as they are

    def label(self, match: Match) -> str:
        catalog = self._window.session.catalog
        if match.kind == "role":
            return self.tr("{name} · role").format(name=catalog.role_by_id[match.ident].name)
        return self.tr("{name} · skill").format(name=catalog.skill_by_id[match.ident].name)

    def suggest(self, text: str) -> None:
        matches = find_matches(self._window.session.catalog, text)[:SHOWN]
        self._entries = {self.label(m): m for m in matches}
        self.model.setStringList(list(self._entries))
        if self._entries:
            self.completer.complete()
        elif (popup := self.completer.popup()) is not None:
            popup.hide()

    def suggestions(self) -> list[str]:
        return self.model.stringList()

    def _picked(self, index: QModelIndex) -> None:
        label = str(index.data())
        match = self._entries.get(label)
        if match is not None:
            self.go(match)

    def run(self, text: str) -> Match | None:
        """Enter: the highlighted suggestion, else the best match of `text`."""
        popup = self.completer.popup()
        if popup is not None and popup.isVisible() and popup.currentIndex().isValid():
            match = self._entries.get(str(popup.currentIndex().data()))
            popup.hide()
            if match is not None:
                return match if self.go(match) else None
        match = self._entries.get(text)
        if match is not None:
            return match if self.go(match) else None
        for match in find_matches(self._window.session.catalog, text):
            if self.go(match):
                return match
        return None

    def go(self, match: Match) -> bool:
        window = self._window
        shown = [d for d in (window.plan_dock, window.role_dock, window.route_dock) if _front(d)]
        self.searching = True
        try:
            found = window.graph.go_to(match)
        finally:
            self.searching = False
        for dock in shown:
            dock.raise_()
        if found:
            window.search_found(match)
        return found


def _front(dock: QDockWidget) -> bool:
    """The dock is shown and, in a tab group, is the tab in front."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()
