"""The compare dialog lays two roles side by side and follows the pickers and the learner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton, QTableWidget

from pathfinder.io.packs import parse_pack
from pathfinder.qt.roles.compare_dialog import CompareDialog
from pathfinder.qt.state.commands import set_skill_state, set_target_role
from pathfinder.qt.state.session import Session, SkillState

FACETS = [
    "Focus",
    "Work stage",
    "Main tools",
    "Goal",
    "Success metric",
    "Best for",
    "Project style",
    "Best next step",
    "Way in",
]
MYTICAS = "from: MLOps vs Machine Learning Engineer: Who Should You Hire in 2026?"
SCAI = "from: MLOps Engineer vs ML Engineer: Build Models or Operate Them?"


def make_dialog(qtbot, session: Session, a: str | None = None, b: str | None = None):  # type: ignore[no-untyped-def]
    dialog = CompareDialog(session, a, b)
    qtbot.addWidget(dialog)
    return dialog


def table(dialog: CompareDialog) -> QTableWidget:
    found = dialog.findChild(QTableWidget)
    assert found is not None
    return found


def row_labels(dialog: CompareDialog) -> list[str]:
    t = table(dialog)
    return [t.verticalHeaderItem(r).text() for r in range(t.rowCount())]


def cells(dialog: CompareDialog, label: str) -> tuple[str, str]:
    t = table(dialog)
    row = row_labels(dialog).index(label)
    left, right = t.item(row, 0), t.item(row, 1)
    return (left.text() if left else "", right.text() if right else "")


def headers(dialog: CompareDialog) -> tuple[str, str]:
    t = table(dialog)
    return (t.horizontalHeaderItem(0).text(), t.horizontalHeaderItem(1).text())


def pickers(dialog: CompareDialog) -> list[QComboBox]:
    return dialog.findChildren(QComboBox)


def test_facet_rows_and_both_roles_values(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, session, "ml-engineer", "mlops-engineer")
    assert headers(dialog) == ("Machine Learning Engineer", "MLOps Engineer")
    assert row_labels(dialog)[: len(FACETS)] == FACETS
    # Every statement is followed by where it comes from.
    assert cells(dialog, "Focus") == (
        f"Building and improving the models themselves\n{MYTICAS}; {SCAI[6:]}",
        f"Deploying, automating and scaling models\n{MYTICAS}; {SCAI[6:]}",
    )
    stage = cells(dialog, "Work stage")[0].splitlines()
    assert stage[:4] == [
        "Before production: research, prototypes and validation",
        MYTICAS,
        "Into production as well: data pipelines, serving APIs, CI/CD and monitoring of live "
        "models",
        "from: Hire an ML Engineer in 2026",
    ]
    assert cells(dialog, "Level") == ("3", "3")
    assert cells(dialog, "Family") == ("ML engineering", "ML operations")
    assert cells(dialog, "Salary range")[0] == (
        "USD 80,000 – 200,000+\nfrom: Hire an ML Engineer in 2026"
    )
    assert cells(dialog, "Salary range")[1] == "not given in this pack"
    assert cells(dialog, "Role described by")[0].startswith(MYTICAS + "; ")
    shared = cells(dialog, "Essential skills in both")[0]
    assert "Python" in shared.split(", ")
    only = cells(dialog, "Essential only here")
    assert "PyTorch" in only[0] and "Kubernetes" in only[1]
    t = table(dialog)
    assert t.columnSpan(row_labels(dialog).index("Essential skills in both"), 0) == 2


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_a_facet_a_role_lacks_shows_a_dash_read_as_not_given(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    from pathfinder.qt.window.main_window import MainWindow

    win = MainWindow(session)
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    session.select_role("data-engineer")  # gives no success metric or project style
    qtbot.keyClick(win, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = win.findChild(CompareDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.set_roles("data-engineer", "ml-engineer")
    assert row_labels(dialog)[: len(FACETS)] == FACETS  # the row stays: the other role has it
    t = table(dialog)
    for facet in ("Success metric", "Project style"):
        row = row_labels(dialog).index(facet)
        missing, given = t.item(row, 0), t.item(row, 1)
        assert missing.text() == "—"
        assert missing.data(Qt.ItemDataRole.AccessibleTextRole) == "not given"
        assert "Not given" in missing.toolTip()
        assert given.text() not in ("", "—") and not given.toolTip()
    dialog.close()


def test_swap_swaps_columns_and_pickers(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, session, "ml-engineer", "mlops-engineer")
    focus = cells(dialog, "Focus")
    swap = next(b for b in dialog.findChildren(QPushButton) if "Swap" in b.text())
    qtbot.mouseClick(swap, Qt.MouseButton.LeftButton)
    assert headers(dialog) == ("MLOps Engineer", "Machine Learning Engineer")
    assert cells(dialog, "Focus") == (focus[1], focus[0])
    assert [p.currentText() for p in pickers(dialog)] == [
        "MLOps Engineer",
        "Machine Learning Engineer",
    ]
    assert (dialog.a, dialog.b) == ("mlops-engineer", "ml-engineer")


def test_ticking_skills_updates_fit_and_marks(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, session, "ml-engineer", "mlops-engineer")
    assert cells(dialog, "Your fit") == ("0% of the essential learning",) * 2
    before_hours = cells(dialog, "Still to learn")
    set_skill_state(session, "python", SkillState.HAVE)
    fit_a, fit_b = cells(dialog, "Your fit")
    assert fit_a != "0% of the essential learning" and fit_b != "0% of the essential learning"
    assert cells(dialog, "Still to learn") != before_hours
    row = row_labels(dialog).index("Still to learn")
    assert "the Plan panel shows that total" in table(dialog).verticalHeaderItem(row).toolTip()
    assert "✓\xa0Python" in cells(dialog, "Essential skills in both")[0]
    set_skill_state(session, "kubernetes", SkillState.LEARNING)
    assert "◐\xa0Kubernetes" in cells(dialog, "Essential only here")[1]


def test_changing_a_picker_by_keyboard_updates_the_table(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, session, "ml-engineer", "mlops-engineer")
    first = pickers(dialog)[0]
    following = first.itemData(first.currentIndex() + 1)
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert dialog.a == following != "ml-engineer"
    assert headers(dialog)[0] == session.catalog.role_by_id[following].name


def test_default_second_role(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    set_target_role(session, "mlops-engineer")
    assert make_dialog(qtbot, session, "ml-engineer").b == "mlops-engineer"
    # When A is the target, B is the best-fitting other role.
    set_skill_state(session, "sql", SkillState.HAVE)
    dialog = make_dialog(qtbot, session, "mlops-engineer")
    best = max(
        (r for r in session.catalog.roles if r.id != "mlops-engineer"),
        key=lambda r: session.fit(r.id),
    )
    assert dialog.b == best.id and session.fit(best.id) > 0


# Showing any top-level window with a layout makes the offscreen plugin say this; it is
# about the test platform, not the dialog.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_escape_closes_and_widgets_have_names(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, session, "ml-engineer", "mlops-engineer")
    assert all(p.accessibleName() for p in pickers(dialog))
    assert table(dialog).accessibleName()
    with qtbot.waitExposed(dialog):
        dialog.show()
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_pack_names_are_plain_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    pack = parse_pack(
        """
pathfinder: 1
id: odd
name: Odd
version: "1"
facets: [{id: focus, label: "<b>Focus</b>"}]
skills: [{id: s, name: "<i>skill</i>", effort_hours: 1}]
roles:
  - {id: a, name: "<img src=x>", level: 1, essential: [s], facets: {focus: "<h1>x</h1>"}}
  - {id: b, name: B, level: 1, essential: [s]}
"""
    )
    dialog = make_dialog(qtbot, Session(pack), "a", "b")
    assert headers(dialog) == ("<img src=x>", "B")
    assert cells(dialog, "<b>Focus</b>") == ("<h1>x</h1>", "—")
    assert cells(dialog, "Role described by") == ("not said in this pack",) * 2
    assert cells(dialog, "Essential skills in both")[0] == "<i>skill</i>"


def shown(qtbot, session: Session) -> CompareDialog:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, session, "ml-engineer", "mlops-engineer")
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


# The completer's popup makes the offscreen plugin say these; they are about the test platform.
@pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise|grabbing)")
def test_typing_in_a_picker_searches_roles(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(qtbot, session)
    second = pickers(dialog)[1]
    line = second.lineEdit()
    second.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "platform")  # matches inside the name, any case
    popup = second.completer().popup()
    assert popup.isVisible() and second.completer().currentCompletion() == "ML Platform Engineer"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.b == "ml-platform-engineer"
    assert headers(dialog)[1] == "ML Platform Engineer"


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_text_naming_no_role_is_put_back(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(qtbot, session)
    second = pickers(dialog)[1]
    line = second.lineEdit()
    second.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "zzz")
    assert line.text() == "zzz"
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert not second.hasFocus()
    assert line.text() == "MLOps Engineer" and dialog.b == "mlops-engineer"
    assert headers(dialog)[1] == "MLOps Engineer"


def test_opening_another_pack_refills_the_pickers(qtbot, session: Session, tiny) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, session, "ml-engineer", "mlops-engineer")
    session.replace_catalog(tiny, None)
    names = {r.name for r in tiny.roles}
    assert all(p.count() == len(tiny.roles) for p in pickers(dialog))
    assert set(headers(dialog)) <= names and dialog.a != dialog.b
    dialog.set_roles("ml", "ops")
    assert cells(dialog, "Focus") == ("—", "Keeping things running")  # tiny cites nothing


def test_the_same_hours_read_the_same_weeks_everywhere(qtbot, tiny) -> None:  # type: ignore[no-untyped-def]
    from tests.qt.test_role_panel import line_with, make_panel

    from pathfinder.core.figures import span_text
    from pathfinder.core.timeline import step_spans
    from pathfinder.qt.state.commands import set_target_role

    # A newcomer to Developer in the tiny pack: Python 40 h + Git 10 h = 50 h, at 8 h a week
    # 6.25 weeks, which people say as "about 7 weeks" (rounded up, never down to 6).
    session = Session(tiny)
    dialog = make_dialog(qtbot, session, "developer", "ops")
    assert cells(dialog, "Still to learn")[0] == (
        "about 50 hours (about 7 weeks of study at 8 h a week)"
    )
    panel = make_panel(qtbot, session)
    session.select_role("developer")
    assert line_with(panel, "still to learn").endswith(
        "About 50 hours still to learn (about 7 weeks of study at 8 h a week)."
    )
    set_target_role(session, "developer")
    route = session.plan
    assert route is not None and route.path == ("developer",)
    assert span_text(step_spans([s.weeks for s in route.steps])[0]) == "weeks 1–7"
