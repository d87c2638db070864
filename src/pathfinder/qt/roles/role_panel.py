"""Details of one role for a dock: what it is, how close the learner is, and where it leads.

Shows the selected role, or the target role while nothing is selected. Everything taken from
a pack is plain text: labels use Qt.TextFormat.PlainText, and the two rich-text labels (skill
marks and sources) escape every pack string before it goes into markup.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pathfinder.core import figures
from pathfinder.core.catalog import Catalog, Role, Transition
from pathfinder.core.provenance import facet_said, said_by
from pathfinder.core.skills import effort, essential_closure
from pathfinder.qt.plan.parts import LazyRefresh, is_safe_url, open_safe_url
from pathfinder.qt.roles.labels import mark_colours, plain_label, said_label
from pathfinder.qt.roles.salary import format_salary, salary_said_by
from pathfinder.qt.state.commands import set_current_role, set_target_role
from pathfinder.qt.state.session import Session, SkillState

# One scheme check for every panel: only http/https addresses are ever opened.
is_web_link = is_safe_url
open_web_link = open_safe_url


class RolePanel(QWidget):
    """Role details; emits compareRequested(role id) when the learner asks to compare."""

    compareRequested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._role: str | None = None
        # (catalog, role) the facet and move widgets were built for: a tick only updates them.
        self._built_for: tuple[Catalog, str] | None = None
        self._move_rows: list[tuple[str, Transition, QPushButton, QLabel]] = []
        # Hidden (a tab behind Plan, a closed dock) it only notes it is stale; it catches up
        # when shown. Skill, role and pack changes are followed by planChanged in the same
        # call, so a burst of them costs one refresh.
        self._lazy = LazyRefresh(self, self.refresh)
        self.setAccessibleName(self.tr("Role details"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        self._hint = plain_label(self.tr("Click a role in the graph to see its details"))
        self._hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._hint.setContentsMargins(12, 24, 12, 24)
        outer.addWidget(self._hint)

        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self._scroll)
        body = QWidget()
        self._scroll.setWidget(body)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(10, 8, 10, 10)

        self._context = plain_label()
        self._context.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._name = plain_label()
        self._name.setAccessibleName(self.tr("Role name"))
        font = QFont(self._name.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self._name.setFont(font)
        self._meta = plain_label()
        self._summary = plain_label()
        self._fit = plain_label()
        for w in (self._context, self._name, self._meta, self._summary, self._fit):
            lay.addWidget(w)

        buttons = QGridLayout()
        self._target_button = QPushButton(self.tr("Set as target"))
        self._target_button.setAccessibleName(self.tr("Set this role as your target"))
        self._target_button.clicked.connect(self._set_target)
        self._current_button = QPushButton(self.tr("Set as my current role"))
        self._current_button.setAccessibleName(self.tr("Set this role as your current role"))
        self._current_button.clicked.connect(self._set_current)
        self._compare_button = QPushButton(self.tr("Compare with…"))
        self._compare_button.setAccessibleName(self.tr("Compare this role with another"))
        self._compare_button.clicked.connect(self._request_compare)
        buttons.addWidget(self._target_button, 0, 0)
        buttons.addWidget(self._compare_button, 0, 1)
        buttons.addWidget(self._current_button, 1, 0, 1, 2)
        lay.addLayout(buttons)

        self._facets_title = self._heading(lay, self.tr("At a glance"))
        self._facets = QFormLayout()
        self._facets.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        lay.addLayout(self._facets)
        self._salary_title = self._heading(lay, self.tr("Salary range"))
        self._salary = plain_label()
        lay.addWidget(self._salary)
        self._salary_said = said_label("")
        lay.addWidget(self._salary_said)
        self._essential_title = self._heading(lay, self.tr("Essential skills"))
        self._essential = self._rich(lay, self.tr("Essential skills"), links=False)
        self._optional_title = self._heading(lay, self.tr("Optional skills"))
        self._optional = self._rich(lay, self.tr("Optional skills"), links=False)
        self._heading(lay, self.tr("Where you can go next"))
        self._next = QVBoxLayout()
        lay.addLayout(self._next)
        self._heading(lay, self.tr("Where people come from"))
        self._came_from = QVBoxLayout()
        lay.addLayout(self._came_from)
        self._sources_title = self._heading(lay, self.tr("Sources"))
        self._sources = self._rich(lay, self.tr("Sources"), links=True)
        self._sources.linkActivated.connect(open_web_link)
        lay.addStretch(1)

        for signal in (session.skillsChanged, session.rolesChanged, session.packChanged):
            signal.connect(self._lazy.later)
        session.planChanged.connect(self._lazy.flush)
        session.selectionChanged.connect(self._lazy.now)
        session.paceChanged.connect(self._lazy.now)

    # ----- reading ------------------------------------------------------------------------------

    @property
    def role(self) -> str | None:
        """The role this panel shows (or shows once visible), or None for the hint."""
        session = self._session
        chosen = session.selected_role or session.target_role
        return chosen if chosen in session.catalog.role_by_id else None

    # ----- building -----------------------------------------------------------------------------

    def _heading(self, lay: QVBoxLayout, text: str) -> QLabel:
        label = plain_label(text)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 10, 0, 2)
        lay.addWidget(label)
        return label

    def _rich(self, lay: QVBoxLayout, name: str, *, links: bool) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setAccessibleName(name)
        # Only a label with links needs to be a tab stop (to reach them by keyboard).
        flag = Qt.TextInteractionFlag
        label.setTextInteractionFlags(
            flag.TextBrowserInteraction if links else flag.TextSelectableByMouse
        )
        label.setOpenExternalLinks(False)  # links go through open_web_link's scheme check
        lay.addWidget(label)
        return label

    def refresh(self, *_: object) -> None:
        """Show the current role now, visible or not (signals refresh it lazily)."""
        session = self._session
        catalog = session.catalog
        self._role = self.role
        self._hint.setVisible(self._role is None)
        self._scroll.setVisible(self._role is not None)
        if self._role is None:
            return
        role = catalog.role_by_id[self._role]
        if session.selected_role == role.id:
            self._context.setText(self.tr("Selected role"))
        else:
            self._context.setText(self.tr("Your target role (nothing selected)"))
        self._name.setText(role.name)
        badges = [self.tr("Level {level}").format(level=str(role.level)), role.family]
        if role.id == session.current_role:
            badges.append(self.tr("your current role"))
        if role.id == session.target_role:
            badges.append(self.tr("your target"))
        self._meta.setText(" · ".join(badges))
        self._summary.setText(role.summary or "")
        self._summary.setVisible(bool(role.summary))
        self._fit.setText(self._fit_text(role))
        self._target_button.setEnabled(role.id != session.target_role)
        self._current_button.setEnabled(role.id != session.current_role)
        built = self._built_for
        # "is", not ==: comparing two catalogs would walk every model in them.
        rebuild = built is None or built[0] is not catalog or built[1] != role.id
        self._built_for = (catalog, role.id)
        if rebuild:
            self._fill_facets(catalog, role)
        self._salary.setText(format_salary(role.salary) if role.salary else "")
        self._salary_title.setVisible(role.salary is not None)
        self._salary.setVisible(role.salary is not None)
        self._salary_said.setText(salary_said_by(catalog, role))
        self._salary_said.setVisible(bool(self._salary_said.text()))
        self._fill_skills(
            self._essential,
            self._essential_title,
            self.tr("Essential skills"),
            catalog,
            role.essential,
        )
        self._fill_skills(
            self._optional,
            self._optional_title,
            self.tr("Optional skills"),
            catalog,
            role.optional,
        )
        if rebuild:
            self._move_rows = []
            self._fill_moves(self._next, catalog.moves_from.get(role.id, ()), outgoing=True)
            self._fill_moves(self._came_from, catalog.moves_into.get(role.id, ()), outgoing=False)
        else:
            for other, move, button, why in self._move_rows:
                self._describe_move(other, move, button, why)
        self._fill_sources(catalog, role)

    def _fit_text(self, role: Role) -> str:
        session = self._session
        percent = figures.percent_number(session.fit(role.id))
        hours = effort(session.catalog, essential_closure(session.catalog, role.id) - session.held)
        if hours <= 0:
            return self.tr("You have everything this role needs (100% fit).")
        return self.tr(
            "You already have {percent}% of what this role needs."
            " About {hours} hours still to learn ({time})."
        ).format(percent=percent, hours=figures.hours_number(hours), time=session.study_text(hours))

    def _fill_facets(self, catalog: Catalog, role: Role) -> None:
        while self._facets.rowCount():
            self._facets.removeRow(0)
        shown = 0
        for facet in catalog.facets:
            views = facet_said(catalog, role, facet.id)
            if not views:
                continue
            label = plain_label(facet.label, wrap=False)
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            # Each statement with where it comes from; several where the sources disagree.
            value_box = QWidget()
            stack = QVBoxLayout(value_box)
            stack.setContentsMargins(0, 0, 0, 0)
            stack.setSpacing(0)
            for view in views:
                stack.addWidget(plain_label(view.text))
                if view.said_by:
                    stack.addWidget(said_label(view.said_by))
            self._facets.addRow(label, value_box)
            # Line the label up with the first line of a wrapped value, not its middle.
            self._facets.setAlignment(label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            shown += 1
        self._facets_title.setVisible(shown > 0)

    def _fill_skills(
        self, label: QLabel, title: QLabel, name: str, catalog: Catalog, ids: tuple[str, ...]
    ) -> None:
        session = self._session
        have_c, learning_c, missing_c = mark_colours(self.palette())
        lines, have = [], 0
        for skill_id in ids:
            skill = catalog.skill_by_id.get(skill_id)
            shown = escape(skill.name if skill else skill_id)
            if skill_id in session.held:
                mark, colour, word = "✓", have_c, self.tr("have")
                have += 1
            elif session.skill_state(skill_id) is SkillState.LEARNING:
                mark, colour, word = "◐", learning_c, self.tr("learning")
            else:
                mark, colour, word = "✗", missing_c, self.tr("missing")
            lines.append(
                f'<span style="color:{colour}">{mark}</span>&nbsp;{shown} '
                f'<span style="color:{colour}">({escape(word)})</span>'
            )
        label.setText("<br>".join(lines))
        label.setVisible(bool(ids))
        title.setVisible(bool(ids))
        title.setText(
            self.tr("{name} (you have {have} of {total})").format(
                name=name, have=str(have), total=str(len(ids))
            )
        )

    def _fill_moves(
        self, lay: QVBoxLayout, moves: tuple[Transition, ...], *, outgoing: bool
    ) -> None:
        while lay.count():
            item = lay.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # Later, not now: the clicked button may be the one being replaced.
                widget.hide()
                widget.deleteLater()
        lay.setSpacing(0)
        catalog = self._session.catalog
        if not moves:
            lay.addWidget(plain_label(self.tr("None in this pack.")))
            return
        for move in moves:
            other = move.target if outgoing else move.source
            role = catalog.role_by_id.get(other)
            if role is None:
                continue
            button = QPushButton(("→ " if outgoing else "← ") + role.name)
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            # Link-coloured so it reads as "click me"; palette(link) follows light and dark.
            button.setStyleSheet("text-align: left; padding: 2px 4px; color: palette(link);")
            # Ignored: a long role name is clipped instead of widening the whole dock.
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(self.tr("Show {role}").format(role=role.name))
            button.setToolTip(self.tr("Show this role's details"))
            button.clicked.connect(lambda _=False, rid=other: self._session.select_role(rid))
            lay.addWidget(button)
            why = plain_label()
            why.setContentsMargins(20, 0, 0, 6)
            lay.addWidget(why)
            self._describe_move(other, move, button, why)
            self._move_rows.append((other, move, button, why))

    def _describe_move(
        self, other: str, move: Transition, button: QPushButton, why: QLabel
    ) -> None:
        facts = [self._months(move.months)] if move.months is not None else []
        facts.append(
            self.tr("your fit {percent}%").format(
                percent=figures.percent_number(self._session.fit(other))
            )
        )
        button.setAccessibleDescription(" · ".join(facts))
        said = said_by(self._session.catalog, move.sources, move.estimate)
        why.setText(
            " · ".join(facts)
            + (f" — {move.why}" if move.why else "")
            + (f" ({said})" if said else "")
        )

    def _months(self, months: float) -> str:
        # Spelled out rather than "%n month(s)": without a loaded translation Qt prints "(s)".
        if months == 1:
            return self.tr("about 1 month")
        return self.tr("about {months} months").format(months=f"{months:g}")

    def _fill_sources(self, catalog: Catalog, role: Role) -> None:
        by_id = {s.id: s for s in catalog.sources}
        lines = []
        for source_id in role.sources:
            source = by_id.get(source_id)
            if source is None:
                continue
            title = escape(source.title)
            if source.url and is_web_link(source.url):
                title = f'<a href="{escape(source.url, quote=True)}">{title}</a>'
            extra = ", ".join(escape(str(x)) for x in (source.publisher, source.year) if x)
            lines.append(f"• {title}" + (f" — {extra}" if extra else ""))
        if role.estimate and not lines:
            lines.append(
                escape(self.tr("Our estimate: none of the pack's sources describes this role."))
            )
        self._sources.setText("<br>".join(lines))
        self._sources.setVisible(bool(lines))
        self._sources_title.setVisible(bool(lines))

    # ----- acting -------------------------------------------------------------------------------

    def _set_target(self) -> None:
        if self._role is not None:
            set_target_role(self._session, self._role)

    def _set_current(self) -> None:
        if self._role is not None:
            set_current_role(self._session, self._role)

    def _request_compare(self) -> None:
        if self._role is not None:
            self.compareRequested.emit(self._role)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Mark colours depend on light or dark, so a theme switch needs new markup.
        if event.type() == QEvent.Type.PaletteChange:
            self._lazy.now()
