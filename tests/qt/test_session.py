"""The session recomputes the plan on every edit, and undo brings the previous state back."""

from __future__ import annotations

from pathfinder.qt.state.commands import set_current_role, set_skill_state, set_target_role
from pathfinder.qt.state.session import Session, SkillState


def test_ticking_a_skill_replans_and_undo_restores(session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    set_current_role(session, "devops-engineer")
    set_target_role(session, "mlops-engineer")
    before = session.plan
    assert before is not None and before.path[-1] == "mlops-engineer"
    first_gap = before.gaps[0].skill
    with qtbot.waitSignal(session.planChanged):
        set_skill_state(session, first_gap, SkillState.HAVE)
    assert session.plan is not None
    assert first_gap not in [g.skill for g in session.plan.gaps]
    assert session.plan.effort_hours < before.effort_hours
    session.undo_stack.undo()
    assert session.skill_state(first_gap) is SkillState.NOT_YET
    assert session.plan.effort_hours == before.effort_hours
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.target_role is None and session.current_role is None
    assert session.plan is None and session.suggestions


def test_learning_counts_as_a_gap_and_prerequisites_are_implied(session: Session) -> None:
    set_skill_state(session, "kubernetes", SkillState.LEARNING)
    assert "kubernetes" not in session.held
    set_skill_state(session, "kubernetes", SkillState.HAVE)
    assert session.is_implied("docker")
    assert not session.is_implied("kubernetes")


def test_each_change_of_the_learner_is_told_once(session: Session) -> None:
    from pathfinder.core.profile import Profile

    heard: list[str] = []
    for name in ("skillsChanged", "planChanged", "learnerChanged", "learnerLoaded"):
        getattr(session, name).connect(lambda *_, name=name: heard.append(name))
    set_skill_state(session, "docker", SkillState.HAVE)
    # One tick: one redraw of the rows, one of the plan, one save.
    assert heard == ["skillsChanged", "planChanged", "learnerChanged"]
    heard.clear()
    session.load_profile(Profile(name="Bo", skills={"sql": "have"}))
    # Another learner is shown, not edited: nothing to save, nothing left to undo.
    assert heard == ["skillsChanged", "planChanged", "learnerLoaded"]
    assert session.have == {"sql"} and session.undo_stack.count() == 0
    session.set_hours_per_week(10)
    session.set_interests(("systems",))
    assert session.learner.profile.hours_per_week == 10
    assert session.learner.profile.interests == ["systems"]
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert (session.hours_per_week, session.interests) == (8, ())


def test_a_pace_run_back_where_it_started_leaves_nothing_to_undo(session: Session) -> None:
    session.set_hours_per_week(10)
    session.set_hours_per_week(12)
    assert session.undo_stack.count() == 1  # one edit for the run of steps
    assert session.undo_stack.undoText() == "Set pace to 12 h a week"
    session.set_hours_per_week(8)
    assert session.undo_stack.count() == 0 and session.hours_per_week == 8
