"""Help > How to use Pathfinder (F1): a getting-started page, and a sample route to look at.

The page walks through a first session in the order a learner or counsellor meets things.
"Show me a sample route" picks a current role and a target (one undoable edit, Ctrl+Z puts
the learner's back) and opens the route view on it.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMenuBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pathfinder.qt.graph.keys import graph_keys
from pathfinder.qt.state.commands import SetRoles

if TYPE_CHECKING:
    from pathfinder.qt.state.session import Session


class MainWindow(Protocol):
    """What the page needs of the main window (named here so the window, which opens the
    page, and the page do not import each other)."""

    session: Session

    def show_route(self, role: str | None = None) -> None: ...


SAMPLE = ("devops-engineer", "mlops-engineer")  # in the built-in pack


def _paragraph(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _section(title: str, *lines: str) -> str:
    items = "".join(f"<li>{escape(line)}</li>" for line in lines)
    return f"<h3>{escape(title)}</h3><ol>{items}</ol>"


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td><b>{escape(keys)}</b></td><td>{escape(what)}</td></tr>" for keys, what in rows
    )
    return f"<table cellpadding='3'>{cells}</table>"


def window_keys(window: QWidget) -> list[tuple[str, str]]:
    """Every shortcut of the window's actions, read from the actions themselves (in menu
    order), so the list cannot fall behind the menus."""
    bar = window.findChild(QMenuBar)
    ordered: list[QAction] = []
    for top in bar.actions() if bar is not None else []:
        menu = top.menu()
        if isinstance(menu, QMenu):
            ordered.extend(menu.actions())
    ordered.extend(a for a in window.actions() if a not in ordered)
    rows = []
    for action in ordered:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        if keys and not action.isSeparator():
            rows.append(
                (QCoreApplication.translate("HelpPage", ", ").join(keys), action.iconText())
            )
    return rows


class HelpPage(QDialog):
    def __init__(self, window: MainWindow, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = window
        self.setWindowTitle(self.tr("Getting started with Pathfinder"))
        self.setAccessibleName(self.tr("Getting started"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setHtml(self.page())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.sample_button = buttons.addButton(
            self.tr("Show me a sample &route"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.sample_button.clicked.connect(self.show_sample)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(640, 620)

    def page(self) -> str:
        heading = self.tr("Getting started")
        parts = [
            f"<h2>{escape(heading)}</h2>",
            _paragraph(
                self.tr(
                    "Pathfinder shows where your skills can take you: the roles of a career pack "
                    "on a map, the best route to the role you want, and what to learn on the way, "
                    "in order, with hours and dates. It never goes online."
                )
            ),
            _section(
                self.tr("Your first ten minutes"),
                self.tr(
                    "In the Skills panel on the left, tick the skills you have. Click a tick again"
                    " to mark a skill you are learning."
                ),
                self.tr(
                    "In the Plan panel, choose the role you have now and the role you want. You "
                    "can also double-click a role on the map to make it your target."
                ),
                self.tr(
                    "Set how many hours a week you can give to learning: every date follows it."
                ),
                self.tr(
                    "Open the Route tab: your route as a line of stations, the skills to learn "
                    "before each one, their hours, and the date you reach each station."
                ),
            ),
            _section(
                self.tr("Reading the map"),
                self.tr(
                    "Roles sit in lanes by family, and in columns by level, from entry roles on "
                    "the left."
                ),
                self.tr("The thick coloured line is your best route; roles off it fade."),
                self.tr(
                    "Point at a role to light up its moves and the roles they lead to; click it "
                    "for its details."
                ),
                self.tr(
                    "The label on a role of your route (for example “5 skills · 120 h”) says what "
                    "that step needs; click it to open the route view there."
                ),
                self.tr(
                    "The tint and bar of a role show how much of it your skills already cover. "
                    "Legend, at the bottom left, explains every mark."
                ),
            ),
            _section(
                self.tr("For counsellors"),
                self.tr(
                    "File > Switch profile (Ctrl+L) keeps one profile per learner: type a name "
                    "and press Enter to open it."
                ),
                self.tr(
                    "Notes for a session go in the Learner panel; File > Export plan and File > "
                    "Print plan hand over the plan on paper."
                ),
                self.tr(
                    "F11 shows the map and the route full screen for a projector, with the "
                    "learner's name; Esc leaves."
                ),
            ),
            f"<h3>{escape(self.tr('Keys'))}</h3>",
            _table(window_keys(self.parentWidget() or self)),
            f"<h3>{escape(self.tr('Keys on the map'))}</h3>",
            _table(graph_keys()),
        ]
        return "".join(parts)

    def sample_roles(self) -> tuple[str | None, str] | None:
        """A current role and target to show: the learner's own if chosen, else a sample."""
        session = self._window.session
        if session.target_role:
            return session.current_role, session.target_role
        roles = session.catalog.role_by_id
        if all(r in roles for r in SAMPLE):
            return SAMPLE
        # Another pack: the first move that leads two levels up, else any move.
        moves = sorted(
            session.catalog.transitions,
            key=lambda t: -(roles[t.target].level - roles[t.source].level),
        )
        return (moves[0].source, moves[0].target) if moves else None

    def show_sample(self) -> None:
        session = self._window.session
        sample = self.sample_roles()
        if sample is None:
            return
        current, target = sample
        if (current, target) != (session.current_role, session.target_role):
            name = session.catalog.role_by_id[target].name
            text = self.tr("Show a sample route to {name}").format(name=name)
            session.undo_stack.push(SetRoles(session, current, target, text))
        self._window.show_route(target)
        self.accept()
