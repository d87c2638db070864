"""The Plan panel: picking roles, the route and learning plan, no-route help and suggestions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QPalette, QTextCursor, QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.qt.conftest import shown_window

from pathfinder.core.catalog import Catalog, Role, Skill, Transition
from pathfinder.core.planner import plan
from pathfinder.core.profile import Profile
from pathfinder.core.report import build_report
from pathfinder.qt.plan.panel import PlanPanel
from pathfinder.qt.plan.parts import links_html, open_safe_url
from pathfinder.qt.state import commands
from pathfinder.qt.state.session import Session, SkillState


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


HEADINGS = ("Steps", "Learning plan", "Nice to have", "Closest roles you can reach")


def list_lines(panel: PlanPanel) -> list[str]:
    """The lines of the list below the intro (steps, learning plan, roles), as shown."""
    if not panel.details.isVisibleTo(panel):
        return []
    return [line for line in panel.details.toPlainText().splitlines() if line.strip()]


def texts(panel: PlanPanel, name: str | None = None) -> list[str]:
    """What a reader sees in the body: visible labels (by object name), then the list."""
    labels = [
        label.text()
        for label in panel.body.findChildren(QLabel, name)
        if label.isVisibleTo(panel) and label.text()
    ]
    return labels if name else labels + list_lines(panel)


def section(panel: PlanPanel, title: str) -> list[str]:
    lines = list_lines(panel)
    assert title in lines, title
    rest = lines[lines.index(title) + 1 :]
    ends = [i for i, line in enumerate(rest) if line in HEADINGS]
    return rest[: ends[0]] if ends else rest


def numbered(lines: list[str]) -> list[str]:
    return [line for line in lines if re.match(r"\d+\. ", line)]


def gap_titles(panel: PlanPanel) -> list[str]:
    return numbered(section(panel, "Learning plan"))


def button(panel: PlanPanel, name: str) -> QPushButton:
    found = panel.body.findChild(QPushButton, name)
    assert found is not None and found.isVisibleTo(panel), name
    return found


def links(panel: PlanPanel) -> list[tuple[str, str, str]]:
    """(address, text, tooltip) of every link in the list, in reading order."""
    found: list[tuple[str, str, str]] = []
    block = panel.details.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fmt = fragment.charFormat()
            if fmt.isAnchor():
                found.append((fmt.anchorHref(), fragment.text(), fmt.toolTip()))
            fragments += 1
        block = block.next()
    return found


def click_link(qtbot: QtBot, panel: PlanPanel, href: str) -> None:
    """Click the middle of the link's text with the mouse, as a reader would."""
    block = panel.details.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(panel.details.document())
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                spot = panel.details.cursorRect(cursor).center()
                qtbot.mouseClick(panel.details.viewport(), Qt.MouseButton.LeftButton, pos=spot)
                return
            fragments += 1
        block = block.next()
    raise AssertionError(f"no link to {href}")


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
    assert numbered(section(panel, "Steps")) == expected_steps
    expected_gaps = [
        f"{n}. {catalog.skill_by_id[g.skill].name}" for n, g in enumerate(route.gaps, 1)
    ]
    assert gap_titles(panel) == expected_gaps
    first_step_skills = ", ".join(catalog.skill_by_id[s].name for s in route.steps[0].new_skills)
    assert any(t.endswith(first_step_skills) for t in shown)
    # The developer's Python (80 h) and Git (20 h) of the 642 hours MLOps needs: 15.6 %.
    assert texts(panel, "fitLabel") == ["You already have 16% of what this role needs."]
    assert texts(panel, "nextSkillName") == [catalog.skill_by_id[route.gaps[0].skill].name]
    nice = ", ".join(catalog.skill_by_id[s].name for s in route.nice_to_have)
    assert section(panel, "Nice to have")[-1] == nice
    assert list_lines(panel).index("Steps") < list_lines(panel).index("Learning plan")


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
    plan_lines = section(panel, "Learning plan")
    title = f"1. {session.catalog.skill_by_id[first].name}"
    assert "in progress" in plan_lines[plan_lines.index(title) + 1]
    assert "in progress" in texts(panel)[texts(panel).index(title.split(". ")[1]) + 1]
    assert not panel.card.learning_button.isVisibleTo(panel)
    # The button that was used is gone; the keyboard stays in the card, on the other one.
    assert button(panel, "nextHave").hasFocus()


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
    # The same weeks as the plan itself and the report: study plus the usual months in the
    # intern role before the move to data scientist, which a faster pace does not shorten.
    route = session.plan
    assert route is not None and route.effort_hours == hours
    report = build_report(
        session.catalog,
        Profile(name="x", target_role="data-scientist", hours_per_week=40),
        date.today(),
    )
    assert report.weeks == route.weeks and route.weeks > hours / 40
    # Worked by hand: into ML intern, 141 h of study at 40 h a week = 3.525 weeks; then the
    # intern's usual 12 months (52 weeks) outlast its 325 h of study (8.1 weeks): 55.525
    # weeks in all, "about 56 weeks", ending on day 388.675, so on day 389. The study alone,
    # 466 h at 40 h a week, is 11.65 weeks, "about 12 weeks": said apart from the 56.
    assert route.weeks == pytest.approx(55.525)
    finish = QLocale().toString(QDate.currentDate().addDays(389), "MMMM yyyy")
    assert after.startswith(
        "466 hours of study: about 12 weeks at 40 h a week. With the time people usually spend"
        " in each role before moving on, about 56 weeks in all"
    )
    assert after.endswith(f"finishing around {finish}.")
    # A pace set elsewhere (a saved profile) shows in the spin box without echoing back.
    session.set_hours_per_week(5.0)
    assert panel.hours_spin.value() == 5 and "at 5 h a week" in texts(panel, "finishEstimate")[0]
    # A pace of minutes a week is held at the least a person keeps up: half an hour.
    session.set_hours_per_week(0.0001)
    assert session.hours_per_week == 0.5
    slow = texts(panel, "finishEstimate")[0]
    assert "at 0.5 h a week" in slow and "0.0001" not in slow and "100 years" not in slow
    assert panel.hours_spin.text() == "0.5 h a week"  # the control shows the pace the plan uses
    panel.hours_spin.stepDown()  # and goes no lower
    assert session.hours_per_week == 0.5 and panel.hours_spin.text() == "0.5 h a week"
    panel.hours_spin.stepUp()  # half an hour at a time
    assert session.hours_per_week == 1.0 and panel.hours_spin.text() == "1 h a week"


def test_nothing_to_study_but_time_in_roles_is_said_plainly(
    qtbot: QtBot, panel: PlanPanel, session: Session
) -> None:
    for skill in session.catalog.skills:
        commands.set_skill_state(session, skill.id, SkillState.HAVE)
    commands.set_current_role(session, "it-support-specialist")
    commands.set_target_role(session, "devops-engineer")
    # Through systems administrator: no study, 12 months there (52 weeks) before moving on.
    shown = texts(panel, "finishEstimate")[0]
    assert shown.startswith(
        "Nothing to study. With the time people usually spend in each role before moving on, "
        "about 52 weeks in all, finishing around "
    )
    assert "0 hours" not in shown


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
    # The built-in pack's matches for someone with Python and SQL, best first.
    figures = [line for line in list_lines(panel) if line.endswith("%")]
    assert figures == ["82%", "67%", "63%", "61%", "53%", "52%", "48%", "40%"]
    assert texts(panel, "nextSkillName") == [catalog.skill_by_id[session.next_skill].name]  # type: ignore[index]
    assert not texts(panel, "noSkillsTip")
    top = session.suggestions[0].role
    # "N% match" (not the plan's fit), name, then a "Set as target" link for each role, in
    # the suggested order.
    lines = list_lines(panel)
    first = lines.index(catalog.role_by_id[top].name)
    assert top == "junior-software-developer"
    assert lines[first - 2 : first] == ["82%", "match"]
    assert lines[first + 1] == session.suggestions[0].why
    assert lines[first + 2] == "Set as target"
    assert [href for href, _, _ in links(panel) if href.startswith("pathfinder:")] == [
        f"pathfinder:target/{s.role}" for s in session.suggestions
    ]
    href, text, tip = links(panel)[0]
    assert (href, text) == (f"pathfinder:target/{top}", "Set as target")
    assert tip == f"Set {catalog.role_by_id[top].name} as target"
    click_link(qtbot, panel, href)
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
    # An analyst: no move leads to Island (a newcomer would get Island's own skills instead).
    pick(qtbot, panel, "current_combo", "Analyst")
    pick(qtbot, panel, "target_combo", "Island")
    assert session.plan_error is not None
    assert texts(panel, "noRouteReason") == ["No transitions lead to Island (island) in this pack."]
    assert "No route to Island yet" in texts(panel)
    assert "Traceback" not in " ".join(texts(panel))
    assert list_lines(panel)[0] == "Closest roles you can reach"
    choices = [href.removeprefix("pathfinder:target/") for href, _, _ in links(panel)]
    assert choices and "island" not in choices
    role = choices[0]
    assert session.catalog.role_by_id[role].name in list_lines(panel)
    click_link(qtbot, panel, f"pathfinder:target/{role}")
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
    assert links(panel) == [("https://example.org/a?x=1&y=2", "<i>guide</i>", "")]
    assert "&lt;i&gt;guide&lt;/i&gt;" in panel.card.links.text()  # the card shows it too
    click_link(qtbot, panel, "https://example.org/a?x=1&y=2")
    assert opened == [QUrl("https://example.org/a?x=1&y=2").toString()]
    panel.card.links.linkActivated.emit("https://example.org/a?x=1&y=2")
    assert len(opened) == 2
    for bad in ("file:///etc/passwd", "javascript:alert(1)", "ftp://example.org/x", "https://"):
        assert open_safe_url(bad) is False
        panel.details.anchorClicked.emit(QUrl(bad))
        panel.card.links.linkActivated.emit(bad)
    panel.details.anchorClicked.emit(QUrl("pathfinder:delete/everything"))  # unknown: ignored
    assert len(opened) == 2 and session.target_role == "r"
    assert links_html([]) == ""


def test_keyboard_reaches_the_links_in_the_list_and_sets_a_target(
    qtbot: QtBot, panel: PlanPanel, session: Session
) -> None:
    panel.window().activateWindow()
    learning = button(panel, "nextLearning")
    learning.setFocus()
    qtbot.keyClick(learning, Qt.Key.Key_Tab)
    # Tab lands on the first "Set as target" link, then the next one.
    assert panel.details.hasFocus()
    assert panel.details.textCursor().selectedText() == "Set as target"
    qtbot.keyClick(panel.details, Qt.Key.Key_Tab)
    second = session.suggestions[1].role
    assert panel.details.textCursor().charFormat().anchorHref() == f"pathfinder:target/{second}"
    qtbot.keyClick(panel.details, Qt.Key.Key_Return)
    assert session.target_role == second
    assert panel.target_combo.hasFocus()


def test_tabbing_through_a_long_plan_keeps_the_link_in_sight(
    qtbot: QtBot, panel: PlanPanel, session: Session
) -> None:
    commands.set_current_role(session, "devops-engineer")
    commands.set_target_role(session, "mlops-engineer")
    QApplication.processEvents()  # the window lays itself out before anyone presses Tab
    bar = panel.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    button(panel, "nextLearning").setFocus()
    for _ in range(5):  # the card's other button, the pace, the combos... then the list
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if panel.details.hasFocus():
            break
    assert panel.details.hasFocus() and bar.value() > 0
    link = panel.details.cursorRect()
    top = panel.details.mapTo(panel.scroll_area.viewport(), link.topLeft()).y()
    assert 0 <= top < panel.scroll_area.viewport().height() - link.height()


def test_the_list_is_as_tall_as_its_text(qtbot: QtBot, panel: PlanPanel, session: Session) -> None:
    commands.set_target_role(session, "mlops-engineer")
    document = panel.details.document()
    assert panel.details.height() >= document.size().height() > 800
    assert panel.details.verticalScrollBar().maximum() == 0  # the panel scrolls, not the list
    commands.set_target_role(session, None)
    QApplication.processEvents()
    assert panel.details.height() >= document.size().height()
    assert panel.details.height() < 800


def test_a_hidden_panel_waits_and_catches_up_when_shown(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[str | None] = []
    original = PlanPanel._refresh_body

    def counting(self: PlanPanel) -> None:
        built.append(session.target_role)
        original(self)

    monkeypatch.setattr(PlanPanel, "_refresh_body", counting)
    _host, panel = show_panel(qtbot, session)
    assert built == [None]
    commands.set_target_role(session, "data-scientist")  # rolesChanged and planChanged: once
    assert built == [None, "data-scientist"]
    panel.hide()  # e.g. its dock tab is behind another one
    commands.set_skill_state(session, "python", SkillState.HAVE)
    commands.set_target_role(session, "mlops-engineer")
    assert len(built) == 2
    assert panel.target_combo.currentText() == "MLOps Engineer"  # the controls keep up
    panel.show()
    assert built[-1] == "mlops-engineer" and len(built) == 3
    assert "Your route to MLOps Engineer" in texts(panel)
    assert "Python" not in [t.split(". ", 1)[1] for t in gap_titles(panel)]


def test_the_list_follows_a_dark_palette(panel: PlanPanel, session: Session) -> None:
    commands.set_target_role(session, "data-scientist")

    def muted_colour() -> QColor:
        block = panel.details.document().begin()
        while block.isValid():
            if block.text() == "In this order: what a skill needs comes before it.":
                return block.begin().fragment().charFormat().foreground().color()
            block = block.next()
        raise AssertionError("no learning plan note")

    light = muted_colour()
    assert light.lightness() < 160
    dark = QPalette(panel.palette())
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.PlaceholderText, "#9a9a9a"),
    ):
        dark.setColor(role, QColor(colour))
    panel.setPalette(dark)
    assert muted_colour().name() == "#9a9a9a"
    assert "#e6e6e6" in panel.details.document().defaultStyleSheet()
    assert gap_titles(panel)  # still all there


def test_the_wheel_over_the_list_is_left_to_the_page(panel: PlanPanel, session: Session) -> None:
    commands.set_target_role(session, "mlops-engineer")
    spot = QPointF(40, 40)
    wheel = QWheelEvent(
        spot,
        panel.details.viewport().mapToGlobal(spot),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(panel.details.viewport(), wheel)
    # Not taken: Qt hands a real wheel turn on to the page, which scrolls as a whole.
    assert not wheel.isAccepted()
    assert panel.details.verticalScrollBar().value() == 0


def test_a_panel_brought_to_the_front_is_laid_out_for_its_first_paint(
    qtbot: QtBot, session: Session
) -> None:
    win = QMainWindow()
    qtbot.addWidget(win)
    win.setCentralWidget(QWidget())
    front, back = QDockWidget("Role details"), QDockWidget("Plan")
    front.setWidget(QLabel("details"))
    panel = PlanPanel(session)
    back.setWidget(panel)
    for dock in (front, back):
        dock.setObjectName(dock.windowTitle())
        win.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    win.tabifyDockWidget(back, front)
    back.raise_()
    win.resize(900, 700)
    win.show()
    qtbot.waitExposed(win)
    QApplication.processEvents()
    assert texts(panel, "noSkillsTip")
    front.raise_()
    QApplication.processEvents()
    for skill in ("python", "sql", "git"):
        commands.set_skill_state(session, skill, SkillState.HAVE)
    assert texts(panel, "noSkillsTip")  # out of sight: not redone yet
    back.raise_()
    QApplication.processEvents()  # one pass: what the first paint after the switch shows
    assert not texts(panel, "noSkillsTip")
    next_name = session.catalog.skill_by_id[session.next_skill].name  # type: ignore[index]
    assert texts(panel, "nextSkillName") == [next_name]
    for part in (panel.card, panel.intro):
        assert part.height() == part.heightForWidth(part.width())


def _choice_roles(panel: PlanPanel) -> list[str]:
    return [href.removeprefix("pathfinder:target/") for href, _, _ in links(panel)]


@pytest.mark.parametrize(
    ("have", "current", "target"),
    [
        ((), "Data Engineer", "ML / AI Intern"),
        (("python", "sql"), "Cloud Engineer", "Data Scientist"),
    ],
)
def test_no_route_lists_the_best_fits_reachable_from_the_current_role(
    qtbot: QtBot, session: Session, have: tuple[str, ...], current: str, target: str
) -> None:
    with shown_window(qtbot, session) as win:  # the palette as it is: nothing to restore
        panel = win.plan_panel
    for skill in have:
        commands.set_skill_state(session, skill, SkillState.HAVE)
    for combo, text in ((panel.current_combo, current), (panel.target_combo, target)):
        combo.setCurrentIndex(combo.findText(text))  # as picked from the open list
    assert session.plan_error is not None
    assert "Choose a role below to aim for instead" in " ".join(texts(panel))
    assert list_lines(panel)[0] == "Closest roles you can reach"
    choices = _choice_roles(panel)
    assert len(choices) == 4 and session.target_role not in choices
    assert session.current_role not in choices
    for role in choices:  # each one offered has a route from where the learner is
        plan(session.catalog, session.have, role, session.current_role, session.max_steps)
        assert session.catalog.role_by_id[role].name in list_lines(panel)
    assert "moves from your current role" in " ".join(list_lines(panel))
    # Best first, in the order of the figure each one shows.
    shown = [int(line[:-1]) for line in list_lines(panel) if re.fullmatch(r"\d+%", line)]
    assert len(shown) == len(choices) and shown == sorted(shown, reverse=True)
    click_link(qtbot, panel, f"pathfinder:target/{choices[0]}")
    assert session.target_role == choices[0] and session.plan is not None


def test_no_route_from_a_dead_end_says_so_instead_of_pointing_below(
    qtbot: QtBot, panel: PlanPanel, session: Session
) -> None:
    combo = panel.current_combo
    combo.setCurrentIndex(combo.findText("ML Infrastructure Lead"))  # no move leads on from it
    pick(qtbot, panel, "target_combo", "Data Analyst")
    assert session.plan_error is not None
    shown = " ".join(texts(panel))
    assert "none leads on from where you are now" in shown
    assert "Choose a role below" not in shown
    assert _choice_roles(panel) == []


def test_my_roles_skills_marked_not_held_come_back_in_one_undoable_click(
    qtbot: QtBot, panel: PlanPanel, session: Session
) -> None:
    assert not panel.role_skills.isVisible()  # starting out: nothing to offer
    commands.set_current_role(session, "devops-engineer")
    commands.set_target_role(session, "mlops-engineer")
    assert not panel.role_skills.isVisible()  # the role's skills count: nothing to give back
    before = session.plan
    assert before is not None and "ci-cd" not in before.steps[0].new_skills
    commands.set_not_held(session, "ci-cd", lacking=True)
    commands.set_not_held(session, "kubernetes", lacking=True)
    assert panel.role_skills.isVisible()
    assert panel.role_skills.text() == "Count my role's 2 skills marked not held"
    marked = session.plan
    # CI/CD 25 h and Kubernetes 60 h are now to learn.
    assert marked is not None and marked.effort_hours == before.effort_hours + 85
    qtbot.mouseClick(panel.role_skills, Qt.MouseButton.LeftButton)
    assert session.not_held == frozenset() and not panel.role_skills.isVisible()
    after = session.plan
    assert after is not None and after.effort_hours == before.effort_hours
    session.undo_stack.undo()  # one edit, undone at once
    assert session.not_held == {"ci-cd", "kubernetes"}
    assert panel.role_skills.isVisible()


def test_a_moves_usual_months_read_apart_from_the_learning_hours(
    qtbot: QtBot, panel: PlanPanel, session: Session
) -> None:
    commands.set_current_role(session, "devops-engineer")
    commands.set_target_role(session, "mlops-engineer")
    route = session.plan
    # DevOps to MLOps is one move out of the role they work in now: only study counts, so
    # the step has no usual months to show.
    assert route is not None and route.steps[0].months is None
    assert not any("usually spend" in t for t in texts(panel))
    # A newcomer to data science starts as an intern and spends the usual months there.
    commands.set_current_role(session, None)
    commands.set_target_role(session, "data-scientist")
    route = session.plan
    assert route is not None and route.path[0] == "ml-intern"
    months = route.steps[1].months
    assert months is not None
    shown = f"people usually spend about {months:g} months in ML / AI Intern before this move"
    assert any(t.endswith(shown) for t in texts(panel)), texts(panel)


def test_the_next_skill_says_why_it_comes_first(
    qtbot: QtBot, panel: PlanPanel, session: Session
) -> None:
    commands.set_current_role(session, "systems-administrator")
    commands.set_target_role(session, "mlops-engineer")
    # A sysadmin heading for MLOps starts with Cloud fundamentals: the next move (to DevOps)
    # needs it, and SageMaker, Terraform and infrastructure as code build on it.
    assert texts(panel, "nextSkillName") == ["Cloud fundamentals"]
    why = [t for t in texts(panel) if t.startswith("First step toward")]
    assert len(why) == 1 and "Cloud fundamentals comes first" in why[0], why
    assert "3 other skills in your plan build on it" in why[0], why
