"""The parts of the Plan panel's body. They are built once and updated in place: the next-skill
card and the intro are a few labels; the long lists are one rich-text document."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from pathfinder.core import closest, figures, timeline
from pathfinder.core.planner import Gap, NoPathError, Plan, Step
from pathfinder.qt.plan.parts import (
    ACTION_SCHEME,
    FittedBrowser,
    heading,
    hours_text,
    links_html,
    links_label,
    plain,
)
from pathfinder.qt.state import commands
from pathfinder.qt.state.session import Session, SkillState


class NextSkillCard(QFrame):
    """The one thing to do next, with buttons to record progress on it right here."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._skill: str | None = None
        self.setObjectName("nextSkillCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(4)
        layout.addWidget(plain(self.tr("Next skill to learn"), muted=True))
        self.name_label = plain(bold=True, scale=1.35)
        self.name_label.setObjectName("nextSkillName")
        self.detail_label = plain()
        self.context_label = plain(muted=True)
        self.description_label = plain()
        self.links = links_label()
        for label in (
            self.name_label,
            self.detail_label,
            self.context_label,
            self.description_label,
            self.links,
        ):
            layout.addWidget(label)
        buttons = QHBoxLayout()
        self.have_button = QPushButton(self.tr("I have it now"))
        self.have_button.setObjectName("nextHave")
        self.have_button.clicked.connect(lambda: self._record(SkillState.HAVE))
        self.learning_button = QPushButton(self.tr("I'm learning it"))
        self.learning_button.setObjectName("nextLearning")
        self.learning_button.clicked.connect(lambda: self._record(SkillState.LEARNING))
        buttons.addWidget(self.have_button)
        buttons.addWidget(self.learning_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def show_skill(self, skill_id: str, context: str) -> None:
        skill = self._session.catalog.skill_by_id[skill_id]
        self._skill = skill_id
        learning = self._session.skill_state(skill_id) is SkillState.LEARNING
        self.name_label.setText(skill.name)
        detail = self.tr("About {hours} hours").format(hours=hours_text(skill.effort_hours))
        if learning:
            detail += " · " + self.tr("in progress")
        self.detail_label.setText(detail)
        self.context_label.setText(context)
        self.context_label.setVisible(bool(context))
        self.description_label.setText(skill.description or "")
        self.description_label.setVisible(bool(skill.description))
        links = links_html(skill.resources)
        self.links.setText(links)
        self.links.setVisible(bool(links))
        self.links.setAccessibleName(self.tr("Resources for {skill}").format(skill=skill.name))
        self.have_button.setAccessibleName(self.tr("I have {skill} now").format(skill=skill.name))
        self.learning_button.setAccessibleName(
            self.tr("I'm learning {skill}").format(skill=skill.name)
        )
        self.learning_button.setVisible(not learning)

    def _record(self, state: SkillState) -> None:
        if self._skill is not None:
            commands.set_skill_state(self._session, self._skill, state)


class PlanIntro(QWidget):
    """The few lines above the lists: what they are about, the fit and the finish estimate."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.title = heading()
        self.fit_label = plain()
        self.fit_label.setObjectName("fitLabel")
        self.finish_label = plain(bold=True)
        self.finish_label.setObjectName("finishEstimate")
        self.reason_label = plain()
        self.reason_label.setObjectName("noRouteReason")
        self.note_label = plain(muted=True)
        self.tip_label = plain(
            self.tr(
                "Tip: tick the skills you already have in the Skills list; "
                "these fits and your next skill update as you go."
            )
        )
        self.tip_label.setObjectName("noSkillsTip")
        self.clear_button = QPushButton(self.tr("Show suggestions instead"))
        self.clear_button.setObjectName("clearTarget")
        self.clear_button.setAccessibleName(self.tr("Clear the target and show suggestions"))
        self.clear_button.clicked.connect(lambda: commands.set_target_role(session, None))
        for label in (self.title, self.fit_label, self.finish_label, self.reason_label):
            layout.addWidget(label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.tip_label)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _show(self, *shown: QWidget) -> None:
        for widget in (
            self.fit_label,
            self.finish_label,
            self.reason_label,
            self.note_label,
            self.tip_label,
            self.clear_button,
        ):
            widget.setVisible(widget in shown)

    def show_route(self, route: Plan) -> None:
        target = self._session.catalog.role_by_id[route.target].name
        self.title.setText(self.tr("Your route to {target}").format(target=target))
        fit = self.tr("You already have {percent}% of what this role needs.")
        self.fit_label.setText(fit.format(percent=figures.percent_number(route.fit)))
        self.finish_label.setText(self.finish_text(route.effort_hours, route.weeks))
        self._show(self.fit_label, self.finish_label)

    def show_no_route(self, error: NoPathError, has_choices: bool = True) -> None:
        target = self._session.catalog.role_by_id[error.target].name
        self.title.setText(self.tr("No route to {target} yet").format(target=target))
        self.reason_label.setText(_sentence(str(error)))
        if has_choices:
            note = self.tr(
                "Routes follow the moves between roles that this career pack describes. "
                "Choose a role below to aim for instead, or pick another target above."
            )
        else:  # a current role no move leads on from: "below" would point at nothing
            note = self.tr(
                "Routes follow the moves between roles that this career pack describes, and "
                "none leads on from where you are now. Pick another target, or change "
                "“I am now”, above."
            )
        self.note_label.setText(note)
        self._show(self.reason_label, self.note_label, self.clear_button)

    def show_suggestions(self) -> None:
        self.title.setText(self.tr("Roles that fit you"))
        self.note_label.setText(
            self.tr(
                "The % is how well you and each role match: how much of its essential "
                "learning you already have, and how many of your skills it uses. Your "
                "interests count too. Pick one to see a route and a learning plan."
            )
        )
        if self._session.have:
            self._show(self.note_label)
        else:
            self._show(self.note_label, self.tip_label)

    def finish_text(self, hours: float, weeks: float) -> str:
        """The plan's total: `hours` of study, arriving in `weeks` (the planner's time, which
        counts the usual months in a role before a move as well as study: core/timeline.py)."""
        if weeks <= 0:
            return self.tr("You have everything this route needs.")
        per_week = self._session.hours_per_week
        pace = hours_text(per_week)
        # The report's rule: no calendar date more than a century out (a pace of minutes a
        # week from a carried profile would otherwise give "January +120852").
        day = timeline.finish_date(date.today(), weeks)
        if day is None:
            return self.tr("{hours} hours in all: at {pace} h a week, more than 100 years.").format(
                hours=hours_text(hours), pace=pace
            )
        whole = timeline.whole_weeks(weeks)
        when = figures.month_year(day)
        span = self.tr("about %n week(s)", None, whole)
        apart = timeline.roles_add_time(weeks, hours, per_week)
        if apart and hours <= 0:  # nothing to study; only the time in roles is left
            return self.tr(
                "Nothing to study. With the time people usually spend in each role before "
                "moving on, {span} in all, finishing around {when}."
            ).format(span=span, when=when)
        if apart:
            # The usual months in a role before a move make the route longer than the study:
            # said apart, or "601 hours: about 97 weeks at 8 h a week" reads as a sum gone wrong.
            return self.tr(
                "{hours} hours of study: {study} at {pace} h a week. With the time people "
                "usually spend in each role before moving on, {span} in all, finishing "
                "around {when}."
            ).format(
                hours=hours_text(hours),
                study=self.tr(
                    "about %n week(s)",
                    None,
                    timeline.whole_weeks(timeline.study_weeks(hours, per_week)),
                ),
                pace=pace,
                span=span,
                when=when,
            )
        return self.tr(
            "{hours} hours in all: {span} at {pace} h a week, finishing around {when}."
        ).format(hours=hours_text(hours), span=span, pace=pace, when=when)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def _heading(text: str) -> str:
    return f'<p class="heading">{escape(text)}</p>'


def _muted(text: str, block: str = "p", css: str = "") -> str:
    classes = f"muted {css}".strip()
    return f'<{block} class="{classes}">{escape(text)}</{block}>'


class PlanList(FittedBrowser):
    """Steps, learning plan and nice-to-haves, or roles to consider, as one document.

    Every pack string is escaped before it goes into markup; "Set as target" is a link in the
    action scheme, so it is reached with Tab like the resource links around it.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("planList")
        self.setAccessibleName(self.tr("Plan details"))

    def show_route(self, route: Plan) -> None:
        catalog = self._session.catalog
        parts = ["<hr>", _heading(self.tr("Steps"))]
        if route.source is not None:
            here = catalog.role_by_id[route.source].name
            parts.append(_muted(self.tr("You are here: {here}").format(here=here), css="intro"))
        parts += [self._step(n, step) for n, step in enumerate(route.steps, 1)]
        parts += ["<hr>", _heading(self.tr("Learning plan"))]
        if route.gaps:
            order = self.tr("In this order: what a skill needs comes before it.")
            parts.append(_muted(order, css="intro"))
        else:
            nothing = self.tr("Nothing left to learn for this route.")
            parts.append(f'<p class="intro">{escape(nothing)}</p>')
        parts += [self._gap(n, gap) for n, gap in enumerate(route.gaps, 1)]
        if route.nice_to_have:
            parts += ["<hr>", _heading(self.tr("Nice to have"))]
            optional = self.tr("Optional for this role; they help but are not required.")
            parts.append(_muted(optional, css="intro"))
            names = ", ".join(catalog.skill_by_id[s].name for s in route.nice_to_have)
            parts.append(f'<p class="item">{escape(names)}</p>')
        self.show_html("".join(parts))

    def show_choices(self, choices: list[tuple[str, str, float]], title: str = "") -> None:
        """Roles to consider, as (role id, why, match): the suggestion's own figure (the one
        they are ranked by, core/suggest.py), name, why and a Set-as-target link."""
        session = self._session
        bold = QFont(self.font())
        bold.setBold(True)
        word = self.tr("match")
        # Wide enough for "100%" and for the word under it in every language (the French
        # "correspondance" broke into three lines in a column sized for the English).
        widest = max(
            QFontMetrics(bold).horizontalAdvance("100 %"),
            QFontMetrics(self.font()).horizontalAdvance(word),
        )
        fit_width = widest + 12
        rows = []
        match = _muted(word, "span")
        for role_id, why, figure in choices:
            name = session.catalog.role_by_id[role_id].name
            fit = escape(self.tr("{percent}%").format(percent=figures.percent_number(figure)))
            tip = escape(self.tr("Set {name} as target").format(name=name), quote=True)
            href = f"{ACTION_SCHEME}:target/{escape(role_id, quote=True)}"
            # The link gets a line of its own: beside the name it squeezed long names into
            # three lines in a narrow dock.
            lines = [f"<b>{escape(name)}</b>"]
            if why:
                lines.append(_muted(why, "span"))
            link = escape(self.tr("Set as target"))
            lines.append(f'<a href="{href}" title="{tip}">{link}</a>')
            rows.append(
                # "match" under the figure: it is not the plan's "you already have N%".
                f'<tr><td class="top" width="{fit_width}"><b>{fit}</b><br>{match}</td>'
                f'<td class="top">{"<br>".join(lines)}</td></tr>'
            )
        parts = [_heading(title)] if title and choices else []
        if rows:
            parts.append(
                '<table width="100%" cellspacing="0" cellpadding="0">' + "".join(rows) + "</table>"
            )
        self.show_html("".join(parts))

    def _step(self, number: int, step: Step) -> str:
        catalog = self._session.catalog
        title = escape(f"{number}. {catalog.role_by_id[step.role].name}")
        if step.new_skills:
            names = ", ".join(catalog.skill_by_id[s].name for s in step.new_skills)
            count = len(step.new_skills)
            what = self.tr("Learn %n skill(s): {names}", None, count).format(names=names)
        else:
            what = self.tr("No new skills needed")
        facts = [self.tr("{hours} h").format(hours=hours_text(step.effort_hours))]
        # Weeks from the start of the plan, so the steps add up to the total above.
        route = self._session.plan
        if route is not None and step in route.steps:
            spans = timeline.step_spans([s.weeks for s in route.steps])
            first, last = spans[route.steps.index(step)]
            if last:
                span = self.tr("week {last}") if first == last else self.tr("weeks {first}–{last}")
                facts.append(span.format(first=first, last=last))
        if step.months is not None:
            # The usual time in the role this move leaves (docs/how-pathfinder-chooses.md):
            # the step takes the longer of that and the study, so say which it was.
            months = self.tr(
                "people usually spend about {months} months in {role} before this move"
            )
            before = self._session.catalog.role_by_id[self._previous(step)].name
            facts.append(months.format(months=hours_text(step.months), role=before))
        return (
            f'<p class="item"><b>{title}</b><br>{escape(what)}<br>'
            f"{_muted(' · '.join(facts), 'span')}</p>"
        )

    def _previous(self, step: Step) -> str:
        """The role a step's move leaves."""
        route = self._session.plan
        if route is None or step.role not in route.path[1:]:
            return step.role
        return route.path[route.path.index(step.role) - 1]

    def _gap(self, number: int, gap: Gap) -> str:
        session = self._session
        skill = session.catalog.skill_by_id[gap.skill]
        facts = [self.tr("{hours} h").format(hours=hours_text(gap.effort_hours))]
        if session.skill_state(gap.skill) is SkillState.LEARNING:
            facts.append(self.tr("in progress"))
        if gap.after:
            names = ", ".join(session.catalog.skill_by_id[s].name for s in gap.after)
            facts.append(self.tr("needs {names} first").format(names=names))
        links = links_html(skill.resources)
        return (
            f'<p class="item"><b>{escape(f"{number}. {skill.name}")}</b><br>'
            f"{_muted(' · '.join(facts), 'span')}" + (f"<br>{links}" if links else "") + "</p>"
        )


def closest_reachable(session: Session, target: str) -> list[tuple[str, str, float]]:
    """Roles to aim for instead of a target no route reaches, as the command line names them
    (core/closest.py): (role, why, fit)."""
    return [(c.role, c.why, c.fit) for c in closest.closest_reachable(session.learner, target)]
