"""The role panel shows what a learner needs to decide about one role, always as plain text."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QDesktopServices, QPalette, Qt, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QPushButton,
    QWidget,
)

from pathfinder.core.catalog import Salary
from pathfinder.io.packs import parse_pack
from pathfinder.qt.roles.role_panel import RolePanel, open_web_link
from pathfinder.qt.roles.salary import format_salary
from pathfinder.qt.state.commands import set_skill_state, set_target_role
from pathfinder.qt.state.session import Session, SkillState


def make_panel(qtbot, session: Session) -> RolePanel:  # type: ignore[no-untyped-def]
    # Shown, as a reader sees it (a hidden panel waits until shown), in a layout-free host:
    # a top-level layout makes the offscreen platform warn, and warnings fail these tests.
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(380, 800)
    panel = RolePanel(session, host)
    panel.setGeometry(0, 0, 380, 800)
    host.show()
    qtbot.waitExposed(host)
    panel.host = host  # type: ignore[attr-defined]  # the test's reference keeps both alive
    return panel


def shown_texts(panel: RolePanel) -> list[str]:
    """What a reader sees: visible labels, rich text reduced to its characters."""
    # Widgets added to a shown layout appear on the next pass of the event loop, before the
    # window is painted; let that pass run first.
    QApplication.processEvents()
    out = []
    for label in panel.findChildren(QLabel):
        if not label.isVisibleTo(panel) or not label.text():
            continue
        form = label.textFormat()
        rich = form == Qt.TextFormat.RichText
        if rich or (form == Qt.TextFormat.AutoText and Qt.mightBeRichText(label.text())):
            doc = QTextDocument()
            doc.setHtml(label.text())
            out.extend(doc.toPlainText().splitlines())
        else:
            out.append(label.text())
    return out


def line_with(panel: RolePanel, words: str) -> str:
    found = [t for t in shown_texts(panel) if words in t]
    assert found, f"no visible text contains {words!r}"
    return found[0]


def buttons(panel: RolePanel) -> dict[str, QPushButton]:
    QApplication.processEvents()
    return {b.text(): b for b in panel.findChildren(QPushButton) if b.isVisibleTo(panel)}


def test_hint_when_nothing_is_selected_and_no_target(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = make_panel(qtbot, session)
    assert panel.role is None
    assert shown_texts(panel) == ["Click a role in the graph to see its details"]
    set_target_role(session, "mlops-engineer")
    assert panel.role == "mlops-engineer"
    assert "Your target role (nothing selected)" in shown_texts(panel)
    assert "MLOps Engineer" in shown_texts(panel)


def test_selected_role_name_facets_and_skill_marks(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = make_panel(qtbot, session)
    session.select_role("mlops-engineer")
    texts = shown_texts(panel)
    assert "MLOps Engineer" in texts
    assert "Focus" in texts and "Deploying, automating and scaling models" in texts
    assert "Work stage" in texts
    assert line_with(panel, "Python (") == "✗ Python (missing)"
    assert line_with(panel, "Essential skills (") == "Essential skills (you have 0 of 13)"

    set_skill_state(session, "python", SkillState.HAVE)
    set_skill_state(session, "kubernetes", SkillState.LEARNING)
    assert line_with(panel, "Python (") == "✓ Python (have)"
    assert line_with(panel, "Kubernetes (") == "◐ Kubernetes (learning)"
    assert line_with(panel, "Docker (") == "✗ Docker (missing)"
    assert line_with(panel, "Essential skills (") == "Essential skills (you have 1 of 13)"
    # Ticking Kubernetes implies Docker, its prerequisite: it counts as had.
    set_skill_state(session, "kubernetes", SkillState.HAVE)
    assert line_with(panel, "Docker (") == "✓ Docker (have)"
    session.undo_stack.undo()
    assert line_with(panel, "Docker (") == "✗ Docker (missing)"


def test_fit_line_follows_ticks(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = make_panel(qtbot, session)
    session.select_role("mlops-engineer")
    before = line_with(panel, "You already have")
    assert before.startswith("You already have 0%")
    set_skill_state(session, "python", SkillState.HAVE)
    after = line_with(panel, "You already have")
    assert after != before and not after.startswith("You already have 0%")


def test_salary_is_grouped_and_shown(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert format_salary(Salary(currency="USD", low=80000, high=200000), english) == (
        "USD 80,000 – 200,000"
    )
    open_ended = Salary(currency="USD", low=80000, high=200000, or_more=True)
    assert format_salary(open_ended, english) == "USD 80,000 – 200,000+"
    panel = make_panel(qtbot, session)
    session.select_role("ml-engineer")
    assert "Salary range" in shown_texts(panel)
    assert line_with(panel, "USD ") == "USD 80,000 – 200,000+"  # the article: "over $200,000"
    assert "from: Hire an ML Engineer in 2026" in shown_texts(panel)
    session.select_role("mlops-engineer")  # the pack gives no salary here: no empty heading
    assert "Salary range" not in shown_texts(panel)


def test_set_as_target_and_current_buttons(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = make_panel(qtbot, session)
    session.select_role("data-scientist")
    target = buttons(panel)["Set as target"]
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    assert session.target_role == "data-scientist"
    assert not target.isEnabled()
    assert "your target" in line_with(panel, "Level ")
    qtbot.mouseClick(buttons(panel)["Set as my current role"], Qt.MouseButton.LeftButton)
    assert session.current_role == "data-scientist"
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.target_role is None and target.isEnabled()


def test_compare_button_emits_the_role(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = make_panel(qtbot, session)
    session.select_role("ml-engineer")
    with qtbot.waitSignal(panel.compareRequested) as blocker:
        qtbot.mouseClick(buttons(panel)["Compare with…"], Qt.MouseButton.LeftButton)
    assert blocker.args == ["ml-engineer"]


def test_where_you_can_go_next_lists_moves_and_selects(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = make_panel(qtbot, session)
    session.select_role("devops-engineer")
    moves = [b for b in buttons(panel) if b.startswith("→ ")]
    expected = {
        "→ " + session.catalog.role_by_id[t.target].name
        for t in session.catalog.moves_from["devops-engineer"]
    }
    assert set(moves) == expected and "→ MLOps Engineer" in moves
    assert any(b.startswith("← ") for b in buttons(panel))  # where people come from
    devops_to_mlops = line_with(panel, "comparatively open for people from DevOps")
    assert devops_to_mlops.startswith("about 6 months")
    assert devops_to_mlops.endswith(
        "(from: MLOps vs Machine Learning Engineer: Who Should You Hire in 2026?)"
    )
    assert line_with(panel, "A sideways move towards cloud architecture").endswith("(our estimate)")
    qtbot.mouseClick(buttons(panel)["→ MLOps Engineer"], Qt.MouseButton.LeftButton)
    assert session.selected_role == "mlops-engineer"
    assert "MLOps Engineer" in shown_texts(panel)
    assert "← DevOps Engineer" in buttons(panel)


PACK = """
pathfinder: 1
id: odd
name: Odd names
version: "1"
sources:
  - {id: s1, title: "<i>Report</i>", publisher: "A & B", year: 2026, url: "https://example.org/r?a=1&b=2"}
facets:
  - {id: focus, label: "<u>Focus</u>"}
skills:
  - {id: bold, name: "<b>bold</b>", effort_hours: 5}
roles:
  - id: img
    name: "<img src=x>"
    level: 1
    summary: "<script>alert(1)</script>"
    essential: [bold]
    facets: {focus: "<h1>big</h1>"}
    sources: [s1]
  - {id: next, name: "<a href='x'>next</a>", level: 2, essential: [bold]}
transitions:
  - {from: img, to: next, months: 1, why: "<b>why</b>"}
"""


def test_pack_strings_show_as_plain_text(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    session = Session(parse_pack(PACK))
    panel = make_panel(qtbot, session)
    session.select_role("img")
    texts = shown_texts(panel)
    for shown in ("<img src=x>", "<script>alert(1)</script>", "<u>Focus</u>", "<h1>big</h1>"):
        assert shown in texts
    assert line_with(panel, "bold") == "✗ <b>bold</b> (missing)"
    assert line_with(panel, "Report") == "• <i>Report</i> — A & B, 2026"
    assert line_with(panel, "why") == "about 1 month · your fit 0% — <b>why</b>"
    assert "→ <a href='x'>next</a>" in buttons(panel)

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    sources = next(lb for lb in panel.findChildren(QLabel) if lb.accessibleName() == "Sources")
    assert 'href="https://example.org/r?a=1&amp;b=2"' in sources.text()
    sources.linkActivated.emit("https://example.org/r?a=1&b=2")
    assert not open_web_link("file:///etc/passwd")
    assert not open_web_link("javascript:alert(1)")
    assert opened == ["https://example.org/r?a=1&b=2"]


def test_marks_stay_readable_in_a_dark_palette(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = make_panel(qtbot, session)
    session.select_role("mlops-engineer")
    essential = next(
        lb for lb in panel.findChildren(QLabel) if lb.accessibleName() == "Essential skills"
    )
    light_markup = essential.text()
    dark = QPalette(panel.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    panel.setPalette(dark)
    assert essential.text() != light_markup
    # The missing mark is a light red on dark: its lightness is well above the background's.
    assert "#ef9a9a" in essential.text() and "#ef9a9a" not in light_markup


def test_opening_another_pack_drops_a_role_it_lacks(qtbot, session: Session, tiny) -> None:  # type: ignore[no-untyped-def]
    panel = make_panel(qtbot, session)
    session.select_role("ml-engineer")
    session.replace_catalog(tiny, None)
    assert panel.role is None
    assert shown_texts(panel) == ["Click a role in the graph to see its details"]
    session.select_role("ops")
    assert "Ops Engineer" in shown_texts(panel) and "Keeping things running" in shown_texts(panel)


def test_a_hidden_panel_waits_and_catches_up_when_shown(  # type: ignore[no-untyped-def]
    qtbot, session: Session, monkeypatch
) -> None:
    calls: list[str | None] = []
    original = RolePanel.refresh

    def counting(self: RolePanel, *args: object) -> None:
        calls.append(self.role)
        original(self)

    monkeypatch.setattr(RolePanel, "refresh", counting)
    panel = make_panel(qtbot, session)
    session.select_role("mlops-engineer")
    calls.clear()
    set_skill_state(session, "python", SkillState.HAVE)
    # skillsChanged and planChanged arrive together: one refresh, done before the repaint.
    assert calls == ["mlops-engineer"]
    assert line_with(panel, "Python (") == "✓ Python (have)"

    panel.hide()  # e.g. its dock tab is behind the Plan tab
    set_skill_state(session, "kubernetes", SkillState.HAVE)
    session.select_role("devops-engineer")
    assert calls == ["mlops-engineer"]
    panel.show()
    assert calls == ["mlops-engineer", "devops-engineer"]
    assert "DevOps Engineer" in shown_texts(panel)
    assert line_with(panel, "Kubernetes (") == "✓ Kubernetes (have)"
    assert line_with(panel, "Essential skills (") == "Essential skills (you have 4 of 12)"


def test_where_you_can_go_next_follows_ticks(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = make_panel(qtbot, session)
    session.select_role("devops-engineer")
    before = line_with(panel, "comparatively open for people from DevOps")
    assert "your fit 0%" in before
    set_skill_state(session, "kubernetes", SkillState.HAVE)
    after = line_with(panel, "comparatively open for people from DevOps")
    assert after != before and "your fit 0%" not in after
    assert "→ MLOps Engineer" in buttons(panel)


def test_a_panel_in_a_dock_tab_behind_another_waits_for_its_tab(  # type: ignore[no-untyped-def]
    qtbot, session: Session, monkeypatch
) -> None:
    calls: list[str | None] = []
    original = RolePanel.refresh

    def counting(self: RolePanel, *args: object) -> None:
        calls.append(self.role)
        original(self)

    monkeypatch.setattr(RolePanel, "refresh", counting)
    win = QMainWindow()
    qtbot.addWidget(win)
    win.setCentralWidget(QWidget())
    front, back = QDockWidget("Plan"), QDockWidget("Role details")
    front.setWidget(QLabel("plan"))
    panel = RolePanel(session)
    back.setWidget(panel)
    for dock in (front, back):
        dock.setObjectName(dock.windowTitle())
        win.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    win.tabifyDockWidget(front, back)
    front.raise_()
    win.resize(900, 700)
    win.show()
    qtbot.waitExposed(win)
    QApplication.processEvents()
    # Qt keeps a tab behind another "visible", just out of sight: it must still wait.
    assert panel.isVisible()
    calls.clear()
    session.select_role("mlops-engineer")
    set_skill_state(session, "python", SkillState.HAVE)
    assert calls == []
    back.raise_()
    QApplication.processEvents()
    assert calls == ["mlops-engineer"]
    assert line_with(panel, "Python (") == "✓ Python (have)"
    set_skill_state(session, "sql", SkillState.HAVE)  # in front now: kept up to date at once
    assert calls == ["mlops-engineer", "mlops-engineer"]


MYTICAS = "from: MLOps vs Machine Learning Engineer: Who Should You Hire in 2026?"


def test_each_claim_says_where_it_comes_from(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = make_panel(qtbot, session)
    session.select_role("ml-engineer")
    texts = shown_texts(panel)
    # The articles disagree on the work stage: each view is followed by its own source.
    first = texts.index("Before production: research, prototypes and validation")
    assert texts[first + 1] == MYTICAS
    second = texts.index(
        "Into production as well: data pipelines, serving APIs, CI/CD and monitoring of live models"
    )
    assert texts[second + 1] == "from: Hire an ML Engineer in 2026"
    # A plain facet of a role that is our estimate says so.
    session.select_role("ai-engineer")
    texts = shown_texts(panel)
    focus = texts.index("AI features inside real products")
    assert texts[focus + 1] == "our estimate"
    assert "Our estimate: none of the pack's sources describes this role." in texts
