"""The Plan panel: picking roles, the route and learning plan, no-route help and suggestions."""

from __future__ import annotations

import math
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from pathfinder.core.catalog import Catalog, Role, Skill, Transition
from pathfinder.qt import commands
from pathfinder.qt.plan_panel import PlanPanel
from pathfinder.qt.plan_parts import links_label, open_safe_url
from pathfinder.qt.session import Session, SkillState


def show_panel(qtbot: QtBot, session: Session) -> tuple[QWidget, PlanPanel]:
    # A layout-free host window: a top-level layout would make the offscreen platform warn
    # that it cannot propagate size hints, and Qt warnings fail these tests.
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(380, 800)
    panel = PlanPanel(session, host)
    panel.setGeometry(0, 0, 380, 800)
    host.show()
    qtbot.waitExposed(host)
    return host, panel


@pytest.fixture
def panel(qtbot: QtBot, session: Session) -> Iterator[PlanPanel]:
    host, shown = show_panel(qtbot, session)
    yield shown
    host.close()


def texts(panel: PlanPanel, name: str | None = None) -> list[str]:
    assert panel.body is not None
    return [label.text() for label in panel.body.findChildren(QLabel, name) if label.text()]


def gap_titles(panel: PlanPanel) -> list[str]:
    return texts(panel, "gapTitle")


def button(panel: PlanPanel, name: str) -> QPushButton:
    assert panel.body is not None
    found = panel.body.findChild(QPushButton, name)
    assert found is not None, name
    return found


def pick(qtbot: QtBot, panel: PlanPanel, combo_name: str, text: str) -> None:
    """Type the start of an item as a keyboard user would (a space would open the popup)."""
    combo = getattr(panel, combo_name)
    combo.setFocus()
    qtbot.keyClicks(combo, text.split(" ")[0])
    assert combo.currentText() == text


def test_setting_a_target_in_the_combo_shows_steps_and_gaps_in_order(
    qtbot: QtBot, panel: PlanPanel, session: Session
) -> None:
    names = [panel.target_combo.itemText(i) for i in range(panel.target_combo.count())]
    assert names[0] == "Suggest for me"
    assert names[1:] == sorted(names[1:], key=str.casefold) and len(names) == 23
    panel.current_combo.setCurrentIndex(panel.current_combo.findText("Junior Software Developer"))
    pick(qtbot, panel, "target_combo", "MLOps Engineer")
    assert session.current_role == "junior-software-developer"
    assert session.target_role == "mlops-engineer"
    route = session.plan
    assert route is not None
    catalog = session.catalog

    shown = texts(panel)
    assert "Your route to MLOps Engineer" in shown
    assert "You are here: Junior Software Developer" in shown
    expected_steps = [
        f"{n}. {catalog.role_by_id[s.role].name}" for n, s in enumerate(route.steps, 1)
    ]
    assert texts(panel, "stepTitle") == expected_steps
    expected_gaps = [
        f"{n}. {catalog.skill_by_id[g.skill].name}" for n, g in enumerate(route.gaps, 1)
    ]
    assert gap_titles(panel) == expected_gaps
    first_step_skills = ", ".join(catalog.skill_by_id[s].name for s in route.steps[0].new_skills)
    assert any(t.endswith(first_step_skills) for t in shown)
    assert texts(panel, "fitLabel") == [
        f"You already have {round(route.fit * 100)}% of what this role needs."
    ]
    assert texts(panel, "nextSkillName") == [catalog.skill_by_id[route.gaps[0].skill].name]
    nice = ", ".join(catalog.skill_by_id[s].name for s in route.nice_to_have)
    assert texts(panel, "niceToHave") == [nice]


def test_ticking_the_next_skill_removes_it_from_the_plan(
    qtbot: QtBot, panel: PlanPanel, session: Session
) -> None:
    commands.set_target_role(session, "data-scientist")
    assert session.plan is not None
    first_id = session.plan.gaps[0].skill
    first, second = (t.split(". ", 1)[1] for t in gap_titles(panel)[:2])
    assert first == session.catalog.skill_by_id[first_id].name
    next_have = button(panel, "nextHave")
    next_have.setFocus()
    qtbot.mouseClick(next_have, Qt.MouseButton.LeftButton)
    assert session.skill_state(first_id) is SkillState.HAVE
    assert all(not t.endswith(f". {first}") for t in gap_titles(panel))
    assert gap_titles(panel)[0] == f"1. {second}"
    assert texts(panel, "nextSkillName") == [second]
    # Focus stays on the same button of the rebuilt card, so Space can tick the next one.
    assert button(panel, "nextHave").hasFocus()


def test_learning_skills_are_marked_in_progress(
    qtbot: QtBot, panel: PlanPanel, session: Session
) -> None:
    commands.set_target_role(session, "data-scientist")
    assert session.plan is not None
    first = session.plan.gaps[0].skill
    qtbot.mouseClick(button(panel, "nextLearning"), Qt.MouseButton.LeftButton)
    assert session.skill_state(first) is SkillState.LEARNING
    assert session.plan.gaps[0].skill == first  # learning is still a gap
    block = panel.body.findChild(QWidget, f"gap-{first}")  # type: ignore[union-attr]
    assert any("in progress" in label.text() for label in block.findChildren(QLabel))
    assert panel.body.findChild(QPushButton, "nextLearning") is None  # type: ignore[union-attr]


def test_hours_per_week_changes_the_finish_estimate(
    qtbot: QtBot, panel: PlanPanel, session: Session
) -> None:
    commands.set_target_role(session, "data-scientist")
    assert session.plan is not None
    hours = session.plan.effort_hours
    before = texts(panel, "finishEstimate")[0]
    assert "at 8 h a week" in before
    panel.hours_spin.setFocus()
    panel.hours_spin.selectAll()
    qtbot.keyClicks(panel.hours_spin, "40")
    assert session.hours_per_week == 40.0
    after = texts(panel, "finishEstimate")[0]
    assert after != before
    weeks = hours / 40
    finish = QLocale().toString(QDate.currentDate().addDays(math.ceil(weeks * 7)), "MMMM yyyy")
    assert f"about {math.ceil(weeks)} weeks at 40 h a week" in after
    assert after.endswith(f"finishing around {finish}.")
    # A pace set elsewhere (a saved profile) shows in the spin box without echoing back.
    session.set_hours_per_week(5.0)
    assert panel.hours_spin.value() == 5 and "at 5 h a week" in texts(panel, "finishEstimate")[0]


def test_no_target_shows_suggestions_and_set_as_target_works(
    qtbot: QtBot, panel: PlanPanel, session: Session
) -> None:
    commands.set_skill_state(session, "python", SkillState.HAVE)
    commands.set_skill_state(session, "sql", SkillState.HAVE)
    catalog = session.catalog
    shown = texts(panel)
    assert "Roles that fit you" in shown
    for suggestion in session.suggestions:
        assert catalog.role_by_id[suggestion.role].name in shown
        assert suggestion.why in shown
        assert f"{round(suggestion.fit * 100)}%" in shown
    assert texts(panel, "nextSkillName") == [catalog.skill_by_id[session.next_skill].name]  # type: ignore[index]
    assert not texts(panel, "noSkillsTip")
    top = session.suggestions[0].role
    set_target = button(panel, f"setTarget-{top}")
    assert set_target.accessibleName() == f"Set {catalog.role_by_id[top].name} as target"
    qtbot.mouseClick(set_target, Qt.MouseButton.LeftButton)
    assert session.target_role == top
    assert panel.target_combo.currentText() == catalog.role_by_id[top].name
    assert f"Your route to {catalog.role_by_id[top].name}" in texts(panel)
    assert panel.target_combo.hasFocus()


def test_a_first_time_learner_gets_a_tip(panel: PlanPanel) -> None:
    assert texts(panel, "noSkillsTip")


def test_combos_follow_the_session_without_making_edits(panel: PlanPanel, session: Session) -> None:
    commands.set_current_role(session, "data-analyst")
    commands.set_target_role(session, "data-scientist")
    assert panel.current_combo.currentText() == "Data Analyst"
    assert panel.target_combo.currentText() == "Data Scientist"
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert panel.target_combo.currentText() == "Suggest for me"
    assert session.undo_stack.count() == 2 and session.undo_stack.index() == 1
    panel.target_combo.setCurrentIndex(0)  # already there: no edit
    panel.current_combo.setCurrentIndex(0)
    assert session.current_role is None and session.undo_stack.index() == 2


def test_no_route_says_why_and_offers_closest_roles(qtbot: QtBot, tiny: Catalog) -> None:
    session = Session(tiny)
    _host, panel = show_panel(qtbot, session)
    pick(qtbot, panel, "target_combo", "Island")
    assert session.plan_error is not None
    assert texts(panel, "noRouteReason") == ["No transitions lead to Island (island) in this pack."]
    assert "No route to Island yet" in texts(panel)
    assert "Traceback" not in " ".join(texts(panel))
    choices = [
        w.objectName()
        for w in panel.body.findChildren(QWidget)
        if w.objectName().startswith("choice-")
    ]  # type: ignore[union-attr]
    assert choices and "choice-island" not in choices
    role = choices[0].removeprefix("choice-")
    qtbot.mouseClick(button(panel, f"setTarget-{role}"), Qt.MouseButton.LeftButton)
    assert session.target_role == role and session.plan is not None
    commands.set_target_role(session, "island")
    qtbot.mouseClick(button(panel, "clearTarget"), Qt.MouseButton.LeftButton)
    assert session.target_role is None and "Roles that fit you" in texts(panel)


def test_a_new_pack_refills_the_combos(panel: PlanPanel, session: Session, tiny: Catalog) -> None:
    session.replace_catalog(tiny, None)
    names = [panel.target_combo.itemText(i) for i in range(panel.target_combo.count())]
    assert names == [
        "Suggest for me",
        "Analyst",
        "Developer",
        "Island",
        "ML Engineer",
        "MLOps Engineer",
        "Ops Engineer",
    ]
    assert "Roles that fit you" in texts(panel)


def test_pack_text_shows_as_typed_and_only_web_links_open(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True
    )
    catalog = Catalog(
        pathfinder=1,
        id="odd",
        name="Odd",
        version="1",
        skills=(
            Skill(
                id="a",
                name="<b>A</b>",
                effort_hours=3,
                resources=({"title": "<i>guide</i>", "url": "https://example.org/a?x=1&y=2"},),
            ),
        ),
        roles=(
            Role(id="start", name="Start", level=1),
            Role(id="r", name="<img src=x>", level=2, essential=("a",)),
        ),
        transitions=(Transition(source="start", target="r", months=2),),
    )
    session = Session(catalog)
    _host, panel = show_panel(qtbot, session)
    assert panel.target_combo.findText("<img src=x>") > 0
    commands.set_target_role(session, "r")
    assert "Your route to <img src=x>" in texts(panel)
    assert "1. <b>A</b>" in gap_titles(panel)
    links = [label for label in panel.body.findChildren(QLabel) if "href" in label.text()]  # type: ignore[union-attr]
    assert links and "&lt;i&gt;guide&lt;/i&gt;" in links[0].text()
    links[0].linkActivated.emit("https://example.org/a?x=1&y=2")
    assert opened == [QUrl("https://example.org/a?x=1&y=2").toString()]
    for bad in ("file:///etc/passwd", "javascript:alert(1)", "ftp://example.org/x", "https://"):
        assert open_safe_url(bad) is False
    assert opened == [QUrl("https://example.org/a?x=1&y=2").toString()]
    assert links_label([], "none") is None
