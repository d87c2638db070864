"""Two roles side by side, like the comparison tables in hiring articles, plus the learner's fit.

The rows come from core.compare; this dialog only lays them out. Table items are plain text,
so pack strings never reach a rich-text renderer here.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pathfinder.core import figures
from pathfinder.core.compare import Comparison, RoleSide, compare_roles
from pathfinder.core.provenance import View
from pathfinder.qt.roles.salary import format_salary
from pathfinder.qt.state.session import Session, SkillState


class CompareDialog(QDialog):
    """Compare role A with role B; follows the pickers and the learner's skills live."""

    def __init__(
        self,
        session: Session,
        a: str | None = None,
        b: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._comparison: Comparison | None = None
        self.setWindowTitle(self.tr("Compare roles"))
        self.setAccessibleName(self.tr("Compare roles"))
        self.setSizeGripEnabled(True)
        self.resize(900, 650)

        lay = QVBoxLayout(self)
        pickers = QHBoxLayout()
        self._combo_a = self._picker(self.tr("First role to compare"))
        self._combo_b = self._picker(self.tr("Second role to compare"))
        label_a = QLabel(self.tr("&Compare"))
        label_a.setBuddy(self._combo_a)
        label_b = QLabel(self.tr("&with"))
        label_b.setBuddy(self._combo_b)
        self._swap = QPushButton(self.tr("⇄ &Swap"))
        self._swap.setAccessibleName(self.tr("Swap the two roles"))
        self._swap.setToolTip(self.tr("Swap the two columns"))
        self._swap.clicked.connect(self.swap)
        pickers.addWidget(label_a)
        pickers.addWidget(self._combo_a, 1)
        pickers.addWidget(self._swap)
        pickers.addWidget(label_b)
        pickers.addWidget(self._combo_b, 1)
        lay.addLayout(pickers)

        self._table = QTableWidget(0, 2)
        self._table.setAccessibleName(self.tr("Comparison of the two roles"))
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setWordWrap(True)
        self._table.setAlternatingRowColors(True)
        # Breathing room so wrapped lines of neighbouring rows do not run together.
        self._table.setStyleSheet("QTableWidget::item { padding: 3px 4px; }")
        self._table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._table.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        lay.addWidget(self._table, 1)

        self._legend = QLabel(
            self.tr(
                "✓ marks a skill you already have, ◐ one you are learning. Fit is the share of "
                "a role's essential learning (with prerequisites) you have done."
            )
        )
        self._legend.setWordWrap(True)
        lay.addWidget(self._legend)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.setTabOrder(self._combo_a, self._swap)
        self.setTabOrder(self._swap, self._combo_b)
        self.setTabOrder(self._combo_b, self._table)

        self._fill_pickers(a, b)
        self._combo_a.currentIndexChanged.connect(self.refresh)
        self._combo_b.currentIndexChanged.connect(self.refresh)
        session.skillsChanged.connect(self.refresh)
        session.paceChanged.connect(self.refresh)
        session.packChanged.connect(self._on_pack_changed)
        self.refresh()

    # ----- reading ------------------------------------------------------------------------------

    @property
    def a(self) -> str | None:
        return self._combo_a.currentData()  # type: ignore[no-any-return]

    @property
    def b(self) -> str | None:
        return self._combo_b.currentData()  # type: ignore[no-any-return]

    @property
    def comparison(self) -> Comparison | None:
        return self._comparison

    # ----- changing -----------------------------------------------------------------------------

    def set_roles(self, a: str | None, b: str | None) -> None:
        """Show a and b (None picks a sensible default for that side)."""
        self._fill_pickers(a, b)
        self.refresh()

    def swap(self) -> None:
        self.set_roles(self.b, self.a)

    # ----- building -----------------------------------------------------------------------------

    def _picker(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        line = QLineEdit()  # editable: type to search; the completer matches anywhere in a name
        combo.setLineEdit(line)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setMinimumContentsLength(18)
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        line.editingFinished.connect(self._tidy_pickers)
        return combo

    def _tidy_pickers(self) -> None:
        # Typing something that is no role must not leave stale text beside the old choice.
        # Also runs while widgets are torn down (focus leaves), hence the validity check.
        for combo in (getattr(self, "_combo_a", None), getattr(self, "_combo_b", None)):
            if combo is None or not shiboken6.isValid(combo):
                continue
            line = combo.lineEdit()
            if line is not None and shiboken6.isValid(line) and not line.hasFocus():
                line.setText(combo.itemText(combo.currentIndex()))

    def _fill_pickers(self, a: str | None, b: str | None) -> None:
        session = self._session
        roles = session.catalog.role_by_id
        a = a if a in roles else None
        b = b if b in roles else None
        if a is None:
            a = next((r for r in (session.selected_role, session.current_role) if r in roles), None)
        if a is None:
            a = self._best_fit(exclude=b)
        if b is None:
            b = session.target_role if session.target_role in roles else None
            if b == a:
                b = None
        if b is None:
            b = self._best_fit(exclude=a)
        ordered = sorted(roles.values(), key=lambda r: (r.name.casefold(), r.id))
        for combo, chosen in ((self._combo_a, a), (self._combo_b, b)):
            combo.blockSignals(True)
            combo.clear()
            for role in ordered:
                combo.addItem(role.name, role.id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def _best_fit(self, exclude: str | None) -> str:
        session = self._session
        others = [r for r in session.catalog.roles if r.id != exclude] or list(
            session.catalog.roles
        )
        best = min(others, key=lambda r: (-session.fit(r.id), r.name.casefold(), r.id))
        return best.id

    def _on_pack_changed(self) -> None:
        self.set_roles(self.a, self.b)

    def refresh(self, *_: object) -> None:
        a, b = self.a, self.b
        if a is None or b is None:
            self._comparison = None
            self._table.setRowCount(0)
            return
        result = compare_roles(self._session.catalog, a, b, self._session.held)
        self._comparison = result
        # Each statement is followed by where it comes from ("from: <article>" / "our estimate").
        rows: list[tuple[str, str, str | None]] = [
            (r.label, _said(r.a_views), _said(r.b_views)) for r in result.facets
        ]
        rows += [
            (self.tr("Level"), str(result.a.level), str(result.b.level)),
            (self.tr("Family"), result.a.family, result.b.family),
            (self.tr("Role described by"), self._role_said(result.a), self._role_said(result.b)),
            (self.tr("Salary range"), self._salary(result.a), self._salary(result.b)),
            (self.tr("Your fit"), self._fit(result.a), self._fit(result.b)),
            # The role's own essential skills; a route there may ask for more on the way (the
            # Plan panel's total), which the row's tooltip says.
            (self.tr("Still to learn"), self._hours(result.a), self._hours(result.b)),
            (self.tr("Essential skills in both"), self._skills(result.essential.shared), None),
            (
                self.tr("Essential only here"),
                self._skills(result.essential.only_a),
                self._skills(result.essential.only_b),
            ),
            (self.tr("Optional skills in both"), self._skills(result.optional.shared), None),
            (
                self.tr("Optional only here"),
                self._skills(result.optional.only_a),
                self._skills(result.optional.only_b),
            ),
        ]
        table = self._table
        table.clearSpans()
        table.setRowCount(len(rows))
        table.setHorizontalHeaderItem(0, QTableWidgetItem(result.a.name))
        table.setHorizontalHeaderItem(1, QTableWidgetItem(result.b.name))
        for row, (label, left, right) in enumerate(rows):
            header = QTableWidgetItem(label)
            if label == self.tr("Still to learn"):
                header.setToolTip(
                    self.tr(
                        "The hours for this role's own essential skills. A route to it may pass "
                        "through other roles that ask for more; the Plan panel shows that total."
                    )
                )
            table.setVerticalHeaderItem(row, header)
            table.setItem(row, 0, self._item(left))
            table.setItem(row, 1, self._item(right or ""))
            if right is None:  # one list that belongs to both columns
                table.setSpan(row, 0, 1, 2)

    def _item(self, text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if not text:
            # A facet one role lacks: a blank cell looked like a fault, and a screen reader
            # said nothing at all.
            item.setText(self.tr("—"))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("not given"))
            item.setToolTip(self.tr("Not given for this role in the career pack"))
        return item

    def _salary(self, side: RoleSide) -> str:
        if not side.salary:
            return self.tr("not given in this pack")
        said = f"\n{side.salary_said_by}" if side.salary_said_by else ""
        return format_salary(side.salary) + said

    def _role_said(self, side: RoleSide) -> str:
        return side.said_by or self.tr("not said in this pack")

    def _fit(self, side: RoleSide) -> str:
        return self.tr("{percent}% of the essential learning").format(
            percent=figures.percent_number(side.fit)
        )

    def _hours(self, side: RoleSide) -> str:
        if side.hours_to_go <= 0:
            return self.tr("nothing: you have every essential skill")
        return self.tr("about {hours} hours ({time})").format(
            hours=figures.hours_number(side.hours_to_go),
            time=self._session.study_text(side.hours_to_go),
        )

    def _skills(self, ids: tuple[str, ...]) -> str:
        if not ids:
            return self.tr("none")
        by_id = self._session.catalog.skill_by_id
        session = self._session
        names = []
        for skill in ids:
            found = by_id.get(skill)
            name = found.name if found else skill
            if skill in session.held:
                name = f"✓\u00a0{name}"
            elif session.skill_state(skill) is SkillState.LEARNING:
                name = f"◐\u00a0{name}"
            names.append(name)
        return ", ".join(names)


def _said(views: tuple[View, ...]) -> str:
    return "\n".join(v.text + (f"\n{v.said_by}" if v.said_by else "") for v in views)
