"""View > Map as text and Route as text: the whole map and the route, readable line by line.

The map is a tree (families, then levels, then roles, then each role's moves) that a screen
reader walks like any tree and the keyboard opens and closes; the route is a numbered list.
Both follow the session while open. Enter on a move jumps to the role it leads to; the
buttons make the role under the cursor the learner's current role or target (undoable).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pathfinder.core.layout import family_order
from pathfinder.qt.outline.spoken import describe_role, role_marks, route_lines, route_summary
from pathfinder.qt.state.commands import set_current_role, set_target_role
from pathfinder.qt.state.session import Session

ROLE_ID = Qt.ItemDataRole.UserRole  # on a role's row: its id; on a move's row: where it leads
IS_MOVE = Qt.ItemDataRole.UserRole + 1
MAP_TAB, ROUTE_TAB = 0, 1


class OutlineDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("Map and route as text"))
        self.setAccessibleName(self.tr("Map and route as text"))
        self.tabs = QTabWidget()
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Map outline: families, levels, roles and moves"))
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.route = QListWidget()
        self.route.setAccessibleName(self.tr("Your route, step by step"))
        self.route.setWordWrap(True)
        self.route.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.route.setResizeMode(QListWidget.ResizeMode.Adjust)
        route_page = QWidget()
        route_column = QVBoxLayout(route_page)
        route_column.addWidget(self.summary)
        route_column.addWidget(self.route, 1)
        self.tabs.addTab(self.tree, self.tr("&Map"))
        self.tabs.addTab(route_page, self.tr("&Route"))

        self.current_button = QPushButton(self.tr("Set as my &current role"))
        self.target_button = QPushButton(self.tr("Set as &target"))
        self.current_button.clicked.connect(self._set_current)
        self.target_button.clicked.connect(self._set_target)
        actions = QHBoxLayout()
        actions.addWidget(self.current_button)
        actions.addWidget(self.target_button)
        actions.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        actions.addWidget(buttons)
        column = QVBoxLayout(self)
        column.addWidget(self.tabs, 1)
        column.addLayout(actions)
        self.resize(560, 620)

        session.packChanged.connect(self.rebuild)
        session.planChanged.connect(self.refresh)
        session.rolesChanged.connect(self.refresh)
        self.rebuild()

    # ----- showing -----------------------------------------------------------------------

    def show_tab(self, tab: int) -> None:
        self.tabs.setCurrentIndex(tab)
        (self.tree if tab == MAP_TAB else self.route).setFocus(Qt.FocusReason.OtherFocusReason)

    def rebuild(self) -> None:
        """The tree for the pack: families in the pack's order, levels, roles, moves."""
        catalog = self._session.catalog
        self.tree.clear()
        self._role_rows: dict[str, QTreeWidgetItem] = {}
        families: dict[str, dict[int, list[str]]] = {}
        for role in catalog.roles:
            families.setdefault(role.family, {}).setdefault(role.level, []).append(role.id)
        moves: dict[str, list[str]] = {}
        for move in catalog.transitions:
            moves.setdefault(move.source, []).append(move.target)
        for family in family_order(catalog):  # the graph's lanes, top to bottom
            levels = families.get(family, {})
            if not levels:
                continue
            count = sum(len(roles) for roles in levels.values())
            family_row = QTreeWidgetItem(
                [self.tr("{family}: %n role(s)", None, count).format(family=family)]
            )
            self.tree.addTopLevelItem(family_row)
            for level in sorted(levels):
                level_row = QTreeWidgetItem(
                    family_row, [self.tr("Level {level}").format(level=level)]
                )
                for role_id in levels[level]:
                    self._add_role(level_row, role_id, moves.get(role_id, []))
                level_row.setExpanded(True)
            family_row.setExpanded(True)
        self.refresh()

    def _add_role(self, parent: QTreeWidgetItem, role_id: str, targets: list[str]) -> None:
        roles = self._session.catalog.role_by_id
        row = QTreeWidgetItem(parent, [roles[role_id].name])
        row.setData(0, ROLE_ID, role_id)
        self._role_rows[role_id] = row
        for target in targets:
            move = QTreeWidgetItem(
                row,
                [
                    self.tr("Moves to {role} (level {level})").format(
                        role=roles[target].name, level=roles[target].level
                    )
                ],
            )
            move.setData(0, ROLE_ID, target)
            move.setData(0, IS_MOVE, True)
        if not targets:
            QTreeWidgetItem(row, [self.tr("No moves onward from this role")])

    def refresh(self) -> None:
        """Descriptions and the route follow the learner's choices and skills."""
        session = self._session
        roles = session.catalog.role_by_id
        for role_id, row in self._role_rows.items():
            described = describe_role(session, role_id)
            row.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, described)
            row.setToolTip(0, described)
            marks = role_marks(session, role_id)
            name = roles[role_id].name
            row.setText(
                0, self.tr("{role} ({marks})").format(role=name, marks=marks) if marks else name
            )
        self.summary.setText(route_summary(session))
        self.route.clear()
        plan = session.plan
        if plan is not None:
            self.route.addItems(route_lines(session, plan))
        self._current_changed(self.tree.currentItem(), None)

    # ----- acting ------------------------------------------------------------------------

    def role_under_cursor(self) -> str | None:
        item = self.tree.currentItem()
        if item is None or item.data(0, IS_MOVE):
            return None
        role = item.data(0, ROLE_ID)
        return role if isinstance(role, str) else None

    def _current_changed(self, item: QTreeWidgetItem | None, _old: QTreeWidgetItem | None) -> None:
        role = self.role_under_cursor()
        session = self._session
        self.current_button.setEnabled(role is not None and role != session.current_role)
        self.target_button.setEnabled(role is not None and role != session.target_role)
        if role is not None:
            session.select_role(role)  # the map shows the same role

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        role = item.data(0, ROLE_ID)
        if item.data(0, IS_MOVE) and isinstance(role, str) and role in self._role_rows:
            row = self._role_rows[role]
            self.tree.setCurrentItem(row)
            self.tree.scrollToItem(row)

    def _set_current(self) -> None:
        role = self.role_under_cursor()
        if role is not None:
            set_current_role(self._session, role)

    def _set_target(self) -> None:
        role = self.role_under_cursor()
        if role is not None:
            set_target_role(self._session, role)
