"""The Plan dock: where you are, where you want to go, and the route and learning plan."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRect, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pathfinder.core.closest import heading
from pathfinder.core.profile import MAX_HOURS_PER_WEEK, MIN_HOURS_PER_WEEK
from pathfinder.qt.plan.parts import LazyRefresh, separator
from pathfinder.qt.plan.sections import NextSkillCard, PlanIntro, PlanList, closest_reachable
from pathfinder.qt.skills.role_skills_button import RoleSkillsButton
from pathfinder.qt.state import commands
from pathfinder.qt.state.session import Session
from pathfinder.qt.widgets.lengthwise_bars import quick_bar
from pathfinder.qt.widgets.virtual_guard import guarded


class PaceSpinBox(QDoubleSpinBox):
    """Hours a week, in half hours, within the profile's bounds: `8 h a week`, `0.5 h a week`."""

    def __init__(self) -> None:
        super().__init__()
        self.setDecimals(1)
        self.setSingleStep(0.5)
        self.setRange(MIN_HOURS_PER_WEEK, MAX_HOURS_PER_WEEK)

    @guarded(str)
    def textFromValue(self, value: float) -> str:
        return self.locale().toString(
            value, "g", QLocale.FloatingPointPrecisionOption.FloatingPointShortest
        )


class PlanPanel(QWidget):
    """Dock content. Reads the session's plan; edits go through undo commands.

    The body is built once and updated in place, and only while the panel can be seen: a tick
    costs a few label texts and one document, not a tree of widgets built and torn down.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planPanel")
        self._session = session

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
        self.hours_spin = PaceSpinBox()
        self.hours_spin.setSuffix(self.tr(" h a week"))
        self.hours_spin.setAccessibleName(self.tr("Hours per week"))
        self.hours_spin.setToolTip(self.tr("How many hours a week you can spend learning"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("I am now"), self.current_combo)
        form.addRow(self.tr("I want to be"), self.target_combo)
        form.addRow(self.tr("Time to learn"), self.hours_spin)

        self.card = NextSkillCard(session)
        self.intro = PlanIntro(session)
        self.details = PlanList(session)
        self.details.actionRequested.connect(self._on_action)
        self.details.linkFocused.connect(self._follow_keyboard)
        self._body = QWidget()
        self._body.setObjectName("planBody")
        body = QVBoxLayout(self._body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(12)
        body.addWidget(self.card)
        body.addWidget(self.intro)
        body.addWidget(self.details)
        # Takes up any slack while the page resizes, so the card and intro keep their size
        # (and are not laid out and painted twice) when the list below them changes length.
        body.addStretch(1)

        self._content = QWidget()
        self._content.setObjectName("planContent")
        layout = QVBoxLayout(self._content)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(10)
        layout.addLayout(form)
        self.role_skills = RoleSkillsButton(session)
        layout.addWidget(self.role_skills)
        layout.addWidget(separator())
        layout.addWidget(self._body)
        layout.addStretch(1)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self._content)
        quick_bar(self.scroll_area.verticalScrollBar())  # its range changes with most ticks
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

        self._fill_combos()
        self._sync_controls()
        self._lazy = LazyRefresh(self, self._refresh_body)
        self.current_combo.currentIndexChanged.connect(self._on_current_picked)
        self.target_combo.currentIndexChanged.connect(self._on_target_picked)
        self.hours_spin.valueChanged.connect(self._on_hours_picked)
        session.packChanged.connect(self._on_pack_changed)
        session.rolesChanged.connect(self._sync_controls)
        session.planChanged.connect(self._lazy.now)
        session.paceChanged.connect(self._on_pace_changed)

    @property
    def body(self) -> QWidget:
        """The part below the controls: next skill, then route, no-route help or suggestions."""
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
            self.hours_spin.setValue(session.hours_per_week)

    def _on_current_picked(self, index: int) -> None:
        commands.set_current_role(self._session, self.current_combo.itemData(index) or None)

    def _on_target_picked(self, index: int) -> None:
        commands.set_target_role(self._session, self.target_combo.itemData(index) or None)

    def _on_hours_picked(self, value: float) -> None:
        self._session.set_hours_per_week(value)

    def _on_pack_changed(self) -> None:
        self._fill_combos()
        self._sync_controls()
        self._lazy.later()  # the session recomputes the plan next and says so

    def _on_pace_changed(self, _hours: float) -> None:
        self._sync_controls()
        self._lazy.now()

    def _on_action(self, verb: str, argument: str) -> None:
        if verb == "target":
            commands.set_target_role(self._session, argument or None)
            # The link that was used is gone with the old list; the combo shows what it did.
            self.target_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _follow_keyboard(self, rect: QRect) -> None:
        # Tab moves through the links of the list; keep the one reached in sight.
        centre = self.details.mapTo(self._content, rect.center())
        self.scroll_area.ensureVisible(centre.x(), centre.y(), 0, rect.height() + 24)

    # ----- body ------------------------------------------------------------------------------

    def _refresh_body(self) -> None:
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self._body.isAncestorOf(focus)
        session = self._session
        route, error = session.plan, session.plan_error
        next_skill = session.next_skill
        if next_skill is not None:
            if route is not None:
                target = session.catalog.role_by_id[route.target].name
                context = self.tr("First step toward {target}.").format(target=target)
                if route.why_first:  # the one line on why this skill comes first
                    context += f" {route.why_first}."
            elif error is not None:
                context = self.tr("A good first step toward the closest roles below.")
            else:
                context = self.tr("A good first step toward the roles that fit you best.")
            self.card.show_skill(next_skill, context)
        self.card.setVisible(next_skill is not None)
        if route is not None:
            self.intro.show_route(route)
            self.details.show_route(route)
        elif error is not None:
            closest = closest_reachable(session, error.target)
            self.intro.show_no_route(error, has_choices=bool(closest))
            self.details.show_choices(closest, heading())
        else:
            self.intro.show_suggestions()
            self.details.show_choices([(s.role, s.why, s.fit) for s in session.suggestions])
        if had_focus and focus is not None and not focus.isVisible():
            # Keyboard users keep their place: the card's first button, else the target combo.
            fallback = self.card.have_button if self.card.isVisible() else self.target_combo
            fallback.setFocus(Qt.FocusReason.OtherFocusReason)
