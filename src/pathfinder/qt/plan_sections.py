"""The parts of the Plan panel's body; each reads the session once and is rebuilt on change."""

from __future__ import annotations

import math

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pathfinder.core.planner import Gap, NoPathError, Plan, Step, plan
from pathfinder.qt import commands
from pathfinder.qt.plan_parts import heading, hours_text, links_label, plain, separator
from pathfinder.qt.session import Session, SkillState


def _column(widget: QWidget, spacing: int = 4) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    return layout


class NextSkillCard(QFrame):
    """The one thing to do next, with buttons to record progress on it right here."""

    def __init__(
        self, session: Session, skill_id: str, context: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("nextSkillCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        skill = session.catalog.skill_by_id[skill_id]
        learning = session.skill_state(skill_id) is SkillState.LEARNING
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(4)
        layout.addWidget(plain(self.tr("Next skill to learn"), muted=True))
        self.name_label = plain(skill.name, bold=True, scale=1.35)
        self.name_label.setObjectName("nextSkillName")
        layout.addWidget(self.name_label)
        detail = self.tr("About %1 hours").replace("%1", hours_text(skill.effort_hours))
        if learning:
            detail += " · " + self.tr("in progress")
        layout.addWidget(plain(detail))
        if context:
            layout.addWidget(plain(context, muted=True))
        if skill.description:
            layout.addWidget(plain(skill.description))
        links = links_label(skill.resources, self.tr("Resources for %1").replace("%1", skill.name))
        if links is not None:
            layout.addWidget(links)
        buttons = QHBoxLayout()
        self.have_button = QPushButton(self.tr("I have it now"))
        self.have_button.setObjectName("nextHave")
        self.have_button.setAccessibleName(self.tr("I have %1 now").replace("%1", skill.name))
        self.have_button.clicked.connect(
            lambda: commands.set_skill_state(session, skill_id, SkillState.HAVE)
        )
        buttons.addWidget(self.have_button)
        if not learning:
            self.learning_button = QPushButton(self.tr("I'm learning it"))
            self.learning_button.setObjectName("nextLearning")
            self.learning_button.setAccessibleName(
                self.tr("I'm learning %1").replace("%1", skill.name)
            )
            self.learning_button.clicked.connect(
                lambda: commands.set_skill_state(session, skill_id, SkillState.LEARNING)
            )
            buttons.addWidget(self.learning_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)


class RoleChoice(QWidget):
    """One role to consider: fit, name, why, and a button that makes it the target."""

    def __init__(self, session: Session, role_id: str, why: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"choice-{role_id}")
        name = session.catalog.role_by_id[role_id].name
        layout = _column(self, 2)
        top = QHBoxLayout()
        top.setSpacing(8)
        fit = plain(self.tr("%1%").replace("%1", str(round(session.fit(role_id) * 100))), bold=True)
        fit.setToolTip(self.tr("How much of this role's essential learning you already have"))
        fit.setMinimumWidth(fit.fontMetrics().horizontalAdvance("100%") + 4)
        fit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.name_label = plain(name, bold=True)
        self.button = QPushButton(self.tr("Set as target"))
        self.button.setObjectName(f"setTarget-{role_id}")
        self.button.setAccessibleName(self.tr("Set %1 as target").replace("%1", name))
        self.button.clicked.connect(lambda: commands.set_target_role(session, role_id))
        top.addWidget(fit, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.name_label, 1, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(top)
        if why:
            self.why_label = plain(why, muted=True)
            self.why_label.setIndent(fit.minimumWidth() + top.spacing())
            layout.addWidget(self.why_label)


class SuggestionsSection(QWidget):
    """No target yet: roles ranked for this learner."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        layout = _column(self, 8)
        layout.addWidget(heading(self.tr("Roles that fit you")))
        layout.addWidget(
            plain(
                self.tr(
                    "The % is how much of each role's essential learning you already have; "
                    "your interests count too. Pick one to see a route and a learning plan."
                ),
                muted=True,
            )
        )
        if not session.have:
            self.tip_label = plain(
                self.tr(
                    "Tip: tick the skills you already have in the Skills list; "
                    "these fits and your next skill update as you go."
                )
            )
            self.tip_label.setObjectName("noSkillsTip")
            layout.addWidget(self.tip_label)
        for suggestion in session.suggestions:
            layout.addWidget(RoleChoice(session, suggestion.role, suggestion.why))


class NoRouteSection(QWidget):
    """The target cannot be reached: say why, then offer the closest reachable roles."""

    def __init__(self, session: Session, error: NoPathError, parent: QWidget | None = None):
        super().__init__(parent)
        catalog = session.catalog
        target = catalog.role_by_id[error.target].name
        layout = _column(self, 8)
        layout.addWidget(heading(self.tr("No route to %1 yet").replace("%1", target)))
        self.reason_label = plain(_sentence(str(error)))
        self.reason_label.setObjectName("noRouteReason")
        layout.addWidget(self.reason_label)
        layout.addWidget(
            plain(
                self.tr(
                    "Routes follow the moves between roles that this career pack describes. "
                    "Choose a role below to aim for instead, or pick another target above."
                ),
                muted=True,
            )
        )
        clear = QPushButton(self.tr("Show suggestions instead"))
        clear.setObjectName("clearTarget")
        clear.setAccessibleName(self.tr("Clear the target and show suggestions"))
        clear.clicked.connect(lambda: commands.set_target_role(session, None))
        layout.addWidget(clear, 0, Qt.AlignmentFlag.AlignLeft)
        closest = self._closest_reachable(session, error.target)
        if closest:
            layout.addWidget(heading(self.tr("Closest roles you can reach")))
            for role_id, why in closest:
                layout.addWidget(RoleChoice(session, role_id, why))

    def _closest_reachable(
        self, session: Session, target: str, limit: int = 4
    ) -> list[tuple[str, str]]:
        """Roles that lead into the target, then top suggestions, that do have a route.

        The session's plan stays the only plan shown; these trial plans only decide which
        alternatives are worth offering.
        """
        catalog = session.catalog
        leading = sorted(
            (t.source for t in catalog.moves_into.get(target, ())), key=lambda r: -session.fit(r)
        )
        lead_why = self.tr("a move from there leads on to %1").replace(
            "%1", catalog.role_by_id[target].name
        )
        candidates = [(r, lead_why) for r in leading]
        candidates += [(s.role, s.why) for s in session.suggestions]
        found: list[tuple[str, str]] = []
        for role_id, why in candidates:
            if role_id == target or any(role_id == r for r, _ in found):
                continue
            try:
                plan(catalog, session.have, role_id, session.current_role, session.max_steps)
            except NoPathError:
                continue
            found.append((role_id, why))
            if len(found) >= limit:
                break
        return found


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


class RouteSection(QWidget):
    """A target with a route: summary, numbered steps, ordered gaps and nice-to-haves."""

    def __init__(self, session: Session, route: Plan, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        catalog = session.catalog
        layout = _column(self, 6)
        target = catalog.role_by_id[route.target].name
        layout.addWidget(heading(self.tr("Your route to %1").replace("%1", target)))
        fit = round(route.fit * 100)
        self.fit_label = plain(
            self.tr("You already have %1% of what this role needs.").replace("%1", str(fit))
        )
        self.fit_label.setObjectName("fitLabel")
        layout.addWidget(self.fit_label)
        self.finish_label = plain(self.finish_text(route.effort_hours), bold=True)
        self.finish_label.setObjectName("finishEstimate")
        layout.addWidget(self.finish_label)

        layout.addWidget(separator())
        layout.addWidget(heading(self.tr("Steps")))
        if route.source is not None:
            here = catalog.role_by_id[route.source].name
            layout.addWidget(plain(self.tr("You are here: %1").replace("%1", here), muted=True))
        self.step_labels = [self._step(n, step) for n, step in enumerate(route.steps, 1)]
        for block in self.step_labels:
            layout.addWidget(block)

        layout.addWidget(separator())
        layout.addWidget(heading(self.tr("Learning plan")))
        if route.gaps:
            layout.addWidget(
                plain(self.tr("In this order: what a skill needs comes before it."), muted=True)
            )
        else:
            layout.addWidget(plain(self.tr("Nothing left to learn for this route.")))
        self.gap_blocks = [self._gap(n, gap) for n, gap in enumerate(route.gaps, 1)]
        for block in self.gap_blocks:
            layout.addWidget(block)

        if route.nice_to_have:
            layout.addWidget(separator())
            layout.addWidget(heading(self.tr("Nice to have")))
            layout.addWidget(
                plain(
                    self.tr("Optional for this role; they help but are not required."), muted=True
                )
            )
            names = [catalog.skill_by_id[s].name for s in route.nice_to_have]
            self.nice_label = plain(", ".join(names))
            self.nice_label.setObjectName("niceToHave")
            layout.addWidget(self.nice_label)

    def finish_text(self, hours: float) -> str:
        if hours <= 0:
            return self.tr("You have everything this route needs.")
        weeks = self._session.weeks_for(hours)
        whole = max(1, math.ceil(weeks))
        finish = QDate.currentDate().addDays(math.ceil(weeks * 7))
        when = QLocale().toString(finish, "MMMM yyyy")
        pace = hours_text(self._session.hours_per_week)
        span = self.tr("about a week") if whole == 1 else self.tr("about %1 weeks")
        return (
            self.tr("%1 hours in all: %2 at %3 h a week, finishing around %4.")
            .replace("%1", hours_text(hours))
            .replace("%2", span.replace("%1", str(whole)))
            .replace("%3", pace)
            .replace("%4", when)
        )

    def _step(self, number: int, step: Step) -> QWidget:
        catalog = self._session.catalog
        block = QWidget()
        block.setObjectName(f"step-{step.role}")
        layout = _column(block, 1)
        title = plain(f"{number}. {catalog.role_by_id[step.role].name}", bold=True)
        title.setObjectName("stepTitle")
        layout.addWidget(title)
        if step.new_skills:
            names = ", ".join(catalog.skill_by_id[s].name for s in step.new_skills)
            count = len(step.new_skills)
            learn = self.tr("Learn 1 skill: %2") if count == 1 else self.tr("Learn %1 skills: %2")
            layout.addWidget(plain(learn.replace("%1", str(count)).replace("%2", names)))
        else:
            layout.addWidget(plain(self.tr("No new skills needed")))
        facts = [self.tr("%1 h").replace("%1", hours_text(step.effort_hours))]
        if step.months:
            facts.append(
                self.tr("moves like this take about %1 months").replace(
                    "%1", hours_text(step.months)
                )
            )
        layout.addWidget(plain(" · ".join(facts), muted=True))
        return block

    def _gap(self, number: int, gap: Gap) -> QWidget:
        session = self._session
        skill = session.catalog.skill_by_id[gap.skill]
        block = QWidget()
        block.setObjectName(f"gap-{gap.skill}")
        layout = _column(block, 1)
        title = plain(f"{number}. {skill.name}", bold=True)
        title.setObjectName("gapTitle")
        layout.addWidget(title)
        facts = [self.tr("%1 h").replace("%1", hours_text(gap.effort_hours))]
        if session.skill_state(gap.skill) is SkillState.LEARNING:
            facts.append(self.tr("in progress"))
        if gap.after:
            names = ", ".join(session.catalog.skill_by_id[s].name for s in gap.after)
            facts.append(self.tr("needs %1 first").replace("%1", names))
        layout.addWidget(plain(" · ".join(facts), muted=True))
        links = links_label(skill.resources, self.tr("Resources for %1").replace("%1", skill.name))
        if links is not None:
            layout.addWidget(links)
        return block
