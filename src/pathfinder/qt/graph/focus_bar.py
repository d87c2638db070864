"""The strip above a big pack's graph: what is shown, and how to see more.

"Showing 34 of 3,007 roles: around you" with a family picker, "Show all roles" (the whole
graph, drawn with less detail when zoomed out) and "Back to my roles". Only big packs
(graph_focus.BIG_PACK_ROLES) get it; in the built-in pack every role is always shown.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from pathfinder.core.layout import family_order
from pathfinder.qt.graph.focus import is_big
from pathfinder.qt.graph.scene import GraphScene
from pathfinder.qt.state.session import Session


class FocusBar(QFrame):
    def __init__(self, session: Session, scene: GraphScene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("graphFocusBar")
        self.setAccessibleName(self.tr("Roles shown in the graph"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._session, self._scene = session, scene

        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.families = QComboBox()
        self.families.setAccessibleName(self.tr("Show a family of roles"))
        self.families.setToolTip(self.tr("Add every role of one family to the graph"))
        # Family names in ESCO run to 80 characters: a narrow box, a wide list when open.
        self.families.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.families.setMinimumContentsLength(16)
        self.families.view().setMinimumWidth(420)
        self.families.activated.connect(self._family_chosen)
        self.all_button = QPushButton()
        self.all_button.clicked.connect(self._toggle_all)
        self.reset_button = QPushButton(self.tr("Back to my roles"))
        self.reset_button.setToolTip(
            self.tr("Show only the roles around you, your target and path")
        )
        self.reset_button.clicked.connect(self._reset)

        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.setSpacing(8)
        row.addWidget(self.label)
        row.addWidget(self.families)
        row.addWidget(self.all_button)
        row.addWidget(self.reset_button)

        scene.shownChanged.connect(self.refresh)
        session.packChanged.connect(self._fill_families)
        self._fill_families()

    def _fill_families(self) -> None:
        catalog = self._session.catalog
        counts: dict[str, int] = {}
        for role in catalog.roles:
            counts[role.family] = counts.get(role.family, 0) + 1
        self.families.clear()
        self.families.addItem(self.tr("Show a family…"), "")
        for family in family_order(catalog):
            text = self.tr("{family} ({count})").format(family=family, count=str(counts[family]))
            self.families.addItem(text, family)
        self.refresh()

    def refresh(self) -> None:
        big = is_big(self._session.catalog)
        self.setVisible(big)
        if not big:
            return
        scene, focus = self._scene, self._scene.focus
        total = len(self._session.catalog.roles)
        locale = QLocale()
        if scene.shows_every_role:
            text = self.tr("Showing all {total} roles").format(total=locale.toString(total))
        else:
            text = self.tr("Showing {count} of {total} roles: around you").format(
                count=locale.toString(len(scene.role_items)), total=locale.toString(total)
            )
        self.label.setText(text)
        self.all_button.setText(
            self.tr("Show roles around me") if focus.show_all else self.tr("Show all roles")
        )
        self.all_button.setToolTip(
            self.tr("Back to the roles around you")
            if focus.show_all
            else self.tr("Draw every role of the pack; zoom in to read them")
        )
        self.families.setEnabled(not focus.show_all)
        self.reset_button.setVisible(not focus.show_all and bool(focus.families or focus.revealed))
        self.adjustSize()

    def _family_chosen(self, index: int) -> None:
        family = self.families.itemData(index)
        self.families.setCurrentIndex(0)
        if family and family not in self._scene.focus.families:
            self._scene.focus.families.append(family)
            self._scene.change_focus()

    def _toggle_all(self) -> None:
        focus = self._scene.focus
        focus.show_all = not focus.show_all
        # Drawing every role of ESCO takes a few seconds: say so with the cursor.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._scene.change_focus()
        finally:
            QApplication.restoreOverrideCursor()

    def _reset(self) -> None:
        self._scene.focus.clear()
        self._scene.change_focus()
