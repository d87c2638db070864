"""The Plan dock: where you are, where you want to go, and the route and learning plan."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pathfinder.qt import commands
from pathfinder.qt.plan_parts import separator
from pathfinder.qt.plan_sections import (
    NextSkillCard,
    NoRouteSection,
    RouteSection,
    SuggestionsSection,
)
from pathfinder.qt.session import Session

MIN_HOURS, MAX_HOURS = 1, 60


class PlanPanel(QWidget):
    """Dock content. Reads the session's plan; edits go through undo commands."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planPanel")
        self._session = session
        self._body: QWidget | None = None

        self.current_combo = QComboBox()
        self.current_combo.setAccessibleName(self.tr("Current role"))
        self.current_combo.setToolTip(self.tr("The job you have now, if any"))
        self.target_combo = QComboBox()
        self.target_combo.setAccessibleName(self.tr("Target role"))
        self.target_combo.setToolTip(self.tr("The job you want; or let Pathfinder suggest some"))
        for combo in (self.current_combo, self.target_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            combo.setMaxVisibleItems(20)
        self.hours_spin = QSpinBox()
        self.hours_spin.setRange(MIN_HOURS, MAX_HOURS)
        self.hours_spin.setSuffix(self.tr(" h a week"))
        self.hours_spin.setAccessibleName(self.tr("Hours per week"))
        self.hours_spin.setToolTip(self.tr("How many hours a week you can spend learning"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("I am now"), self.current_combo)
        form.addRow(self.tr("I want to be"), self.target_combo)
        form.addRow(self.tr("Time to learn"), self.hours_spin)

        self._content = QWidget()
        self._content.setObjectName("planContent")
        self._layout = QVBoxLayout(self._content)
        self._layout.setContentsMargins(10, 10, 10, 10)
        self._layout.setSpacing(10)
        self._layout.addLayout(form)
        self._layout.addWidget(separator())
        self._body_index = self._layout.count()
        self._layout.addStretch(1)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self._content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

        self._fill_combos()
        self._sync_controls()
        self._rebuild()
        self.current_combo.currentIndexChanged.connect(self._on_current_picked)
        self.target_combo.currentIndexChanged.connect(self._on_target_picked)
        self.hours_spin.valueChanged.connect(self._on_hours_picked)
        session.packChanged.connect(self._on_pack_changed)
        session.rolesChanged.connect(self._sync_controls)
        session.planChanged.connect(self._rebuild)
        session.paceChanged.connect(self._on_pace_changed)

    @property
    def body(self) -> QWidget | None:
        """The part below the controls: route, no-route explanation or suggestions."""
        return self._body

    # ----- controls --------------------------------------------------------------------------

    def _fill_combos(self) -> None:
        roles = sorted(self._session.catalog.roles, key=lambda r: (r.name.casefold(), r.id))
        for combo, first in (
            (self.current_combo, self.tr("Starting out")),
            (self.target_combo, self.tr("Suggest for me")),
        ):
            with QSignalBlocker(combo):
                combo.clear()
                # "" not None: an empty QVariant read back by PySide6 6.12 corrupts None's
                # reference count on Python 3.11.
                combo.addItem(first, "")
                for role in roles:
                    # Item text is drawn as plain text by QComboBox, so names need no escaping.
                    combo.addItem(role.name, role.id)

    def _sync_controls(self) -> None:
        session = self._session
        for combo, role in (
            (self.current_combo, session.current_role),
            (self.target_combo, session.target_role),
        ):
            with QSignalBlocker(combo):
                combo.setCurrentIndex(max(0, combo.findData(role)) if role else 0)
        with QSignalBlocker(self.hours_spin):
            hours = round(session.hours_per_week)
            self.hours_spin.setValue(min(MAX_HOURS, max(MIN_HOURS, hours)))

    def _on_current_picked(self, index: int) -> None:
        commands.set_current_role(self._session, self.current_combo.itemData(index) or None)

    def _on_target_picked(self, index: int) -> None:
        commands.set_target_role(self._session, self.target_combo.itemData(index) or None)

    def _on_hours_picked(self, value: int) -> None:
        self._session.set_hours_per_week(float(value))

    def _on_pack_changed(self) -> None:
        self._fill_combos()
        self._sync_controls()
        self._rebuild()

    def _on_pace_changed(self, _hours: float) -> None:
        self._sync_controls()
        self._rebuild()

    # ----- body ------------------------------------------------------------------------------

    def _rebuild(self) -> None:
        focus = QApplication.focusWidget()
        old = self._body
        focus_name = focus.objectName() if focus and old and old.isAncestorOf(focus) else None
        bar = self.scroll.verticalScrollBar()
        scrolled = bar.value()

        body = QWidget()
        body.setObjectName("planBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self._fill_body(layout)
        self._body = body
        self._layout.insertWidget(self._body_index, body)
        if old is not None:
            # deleteLater: a button inside the old body may still be emitting clicked().
            old.hide()
            self._layout.removeWidget(old)
            old.deleteLater()
        if focus_name is not None:
            self._restore_focus(body, focus_name)
        QTimer.singleShot(0, bar, lambda: bar.setValue(min(scrolled, bar.maximum())))

    def _fill_body(self, layout: QVBoxLayout) -> None:
        session = self._session
        route, error = session.plan, session.plan_error
        next_skill = session.next_skill
        if next_skill is not None:
            if route is not None:
                target = session.catalog.role_by_id[route.target].name
                context = self.tr("First step toward %1.").replace("%1", target)
            elif error is not None:
                context = self.tr("A good first step toward the closest roles below.")
            else:
                context = self.tr("A good first step toward the roles that fit you best.")
            layout.addWidget(NextSkillCard(session, next_skill, context))
        if route is not None:
            layout.addWidget(RouteSection(session, route))
        elif error is not None:
            layout.addWidget(NoRouteSection(session, error))
        else:
            layout.addWidget(SuggestionsSection(session))

    def _restore_focus(self, body: QWidget, name: str) -> None:
        # Keyboard users keep their place: the same button in the new body, else the target combo.
        match = body.findChild(QWidget, name) if name else None
        target = (
            match if match is not None and match.focusPolicy() != Qt.FocusPolicy.NoFocus else None
        )
        (target or self.target_combo).setFocus(Qt.FocusReason.OtherFocusReason)
