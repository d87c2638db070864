"""What a role, a move and the route say in words: for screen readers and the text outline.

One place for these sentences, so the graph's accessible roles, the outline and the spoken
announcements describe a role the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pathfinder.core.planner import Plan
from pathfinder.qt.state.session import Session


def percent(fit: float) -> str:
    return QCoreApplication.translate("Spoken", "{percent}%").format(percent=round(fit * 100))


def route_place(session: Session, role_id: str) -> str:
    """ "on your route, step 2 of 3", "your current role, where your route starts", or ""."""
    plan = session.plan
    if plan is None or role_id not in plan.path:
        return ""
    steps = [step.role for step in plan.steps]
    if role_id in steps:
        return QCoreApplication.translate("Spoken", "on your route, step {step} of {count}").format(
            step=steps.index(role_id) + 1, count=len(steps)
        )
    return QCoreApplication.translate("Spoken", "where your route starts")


def role_marks(session: Session, role_id: str) -> str:
    """ "your target; on your route, step 2 of 3": what the role is to this learner, or ""."""
    parts = []
    if role_id == session.current_role:
        parts.append(QCoreApplication.translate("Spoken", "your current role"))
    if role_id == session.target_role:
        parts.append(QCoreApplication.translate("Spoken", "your target"))
    place = route_place(session, role_id)
    if place and role_id != session.current_role:
        parts.append(place)
    return QCoreApplication.translate("Spoken", "; ").join(parts)


def describe_role(session: Session, role_id: str) -> str:
    """The accessible description of a role: level, family, fit, and its place for the learner."""
    role = session.catalog.role_by_id[role_id]
    where = QCoreApplication.translate(
        "Spoken", "level {level}, {family} family, fit {fit}"
    ).format(level=role.level, family=role.family, fit=percent(session.fit(role_id)))
    marks = role_marks(session, role_id)
    if marks:
        return QCoreApplication.translate("Spoken", "{where}; {marks}.").format(
            where=where, marks=marks
        )
    return QCoreApplication.translate("Spoken", "{where}.").format(where=where)


def hours_text(hours: float) -> str:
    # The count as a plain name: lupdate drops a plural whose count is a call.
    whole = round(hours)
    return QCoreApplication.translate("Spoken", "%n hour(s)", None, whole)


def route_summary(session: Session) -> str:
    """One sentence for the whole route: said aloud when the route changes."""
    plan = session.plan
    catalog = session.catalog
    if plan is None:
        target = session.target_role
        if target and session.plan_error is not None:
            return QCoreApplication.translate("Spoken", "No route to {target}.").format(
                target=catalog.role_by_id[target].name
            )
        return QCoreApplication.translate("Spoken", "No route chosen.")
    moves = len(plan.steps)
    return QCoreApplication.translate(
        "Spoken", "Route to {target}: {steps}, {hours} of study."
    ).format(
        target=catalog.role_by_id[plan.target].name,
        steps=QCoreApplication.translate("Spoken", "%n step(s)", None, moves),
        hours=hours_text(plan.effort_hours),
    )


def route_lines(session: Session, plan: Plan) -> list[str]:
    """The route as numbered lines: each station, what it needs and its hours."""
    catalog = session.catalog
    skill_names = catalog.skill_by_id
    lines = []
    if plan.source is not None:
        lines.append(
            QCoreApplication.translate("Spoken", "Start: {role} (your current role)").format(
                role=catalog.role_by_id[plan.source].name
            )
        )
    for number, step in enumerate(plan.steps, start=1):
        learn = QCoreApplication.translate("Spoken", ", ").join(
            skill_names[s].name for s in step.new_skills if s in skill_names
        )
        if learn:
            text = QCoreApplication.translate(
                "Spoken", "{number}. {role}: learn {skills} ({hours})"
            )
        else:
            text = QCoreApplication.translate("Spoken", "{number}. {role}: nothing new to learn")
        lines.append(
            text.format(
                number=number,
                role=catalog.role_by_id[step.role].name,
                skills=learn,
                hours=hours_text(step.effort_hours),
            )
        )
    return lines
