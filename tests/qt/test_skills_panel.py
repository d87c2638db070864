"""The Skills panel: ticking through the view, filtering, implied prerequisites, pack changes."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot
from tests.qt.conftest import shown_window
from tests.qt.seen import text_contrast

from pathfinder.core.catalog import Catalog, Role, Skill
from pathfinder.qt.skills.model import IMPLIED_ROLE, NAME_COLUMN
from pathfinder.qt.skills.panel import SkillsPanel
from pathfinder.qt.state.session import Session, SkillState

CHECK = Qt.ItemDataRole.CheckStateRole
DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def panel(qtbot: QtBot, session: Session) -> Iterator[SkillsPanel]:
    host, shown = show_panel(qtbot, session)
    yield shown
    host.close()


def show_panel(qtbot: QtBot, session: Session) -> tuple[QWidget, SkillsPanel]:
    # A layout-free host window: a top-level layout would make the offscreen platform warn
    # that it cannot propagate size hints, and Qt warnings fail these tests.
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(380, 800)
    panel = SkillsPanel(session, host)
    panel.setGeometry(0, 0, 380, 800)
    host.show()
    qtbot.waitExposed(host)
    return host, panel


def row_of(panel: SkillsPanel, skill_id: str) -> QModelIndex:
    return panel.proxy.mapFromSource(panel.model.index_of_skill(skill_id))


def header_text(panel: SkillsPanel, skill_id: str) -> str:
    return str(row_of(panel, skill_id).parent().data(DISPLAY))


def click_box(qtbot: QtBot, panel: SkillsPanel, skill_id: str) -> None:
    index = row_of(panel, skill_id)
    panel.view.scrollTo(index)
    option = QStyleOptionViewItem()
    panel.view.initViewItemOption(option)
    option.rect = panel.view.visualRect(index)
    panel.view.itemDelegateForIndex(index).initStyleOption(option, index)
    box = panel.view.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, panel.view
    )
    assert box.isValid() and panel.view.viewport().rect().contains(box.center())
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def test_clicking_the_box_cycles_have_learning_not_yet(
    qtbot: QtBot, panel: SkillsPanel, session: Session
) -> None:
    assert header_text(panel, "python") == "Programming  0/4"

    click_box(qtbot, panel, "python")
    assert session.skill_state("python") is SkillState.HAVE
    assert row_of(panel, "python").data(CHECK) == Qt.CheckState.Checked
    assert header_text(panel, "python") == "Programming  1/4"
    assert session.plan is None and session.fit("junior-software-developer") > 0

    click_box(qtbot, panel, "python")
    assert session.skill_state("python") is SkillState.LEARNING
    assert row_of(panel, "python").data(CHECK) == Qt.CheckState.PartiallyChecked
    assert row_of(panel, "python").data(DISPLAY) == "Python (learning)"
    # Learning is still a gap, so it does not count as known.
    assert header_text(panel, "python") == "Programming  0/4"

    click_box(qtbot, panel, "python")
    assert session.skill_state("python") is SkillState.NOT_YET
    assert row_of(panel, "python").data(CHECK) == Qt.CheckState.Unchecked


def test_clicking_the_name_does_not_tick(
    qtbot: QtBot, panel: SkillsPanel, session: Session
) -> None:
    rect = panel.view.visualRect(row_of(panel, "sql"))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert session.skill_state("sql") is SkillState.NOT_YET
    assert panel.view.currentIndex().data(DISPLAY) == "SQL"


def test_space_cycles_the_current_skill(qtbot: QtBot, panel: SkillsPanel, session: Session) -> None:
    panel.view.setFocus()
    panel.view.setCurrentIndex(row_of(panel, "sql"))
    qtbot.keyClick(panel.view, Qt.Key.Key_Space)
    assert session.skill_state("sql") is SkillState.HAVE
    assert header_text(panel, "sql") == "Programming  1/4"
    qtbot.keyClick(panel.view, Qt.Key.Key_Space)
    assert session.skill_state("sql") is SkillState.LEARNING
    # Moving down and pressing Space acts on the new current row, not the old one.
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    qtbot.keyClick(panel.view, Qt.Key.Key_Space)
    assert session.skill_state("shell-scripting") is SkillState.HAVE
    assert session.is_implied("linux")


def test_set_data_through_the_proxy_is_undoable(
    qtbot: QtBot, panel: SkillsPanel, session: Session
) -> None:
    assert panel.proxy.setData(row_of(panel, "git"), Qt.CheckState.Checked, CHECK)
    assert session.skill_state("git") is SkillState.HAVE
    assert header_text(panel, "git") == "Software engineering  1/7"
    session.undo_stack.undo()
    assert row_of(panel, "git").data(CHECK) == Qt.CheckState.Unchecked
    assert header_text(panel, "git") == "Software engineering  0/7"


def test_filter_matches_name_id_and_alias(
    qtbot: QtBot, panel: SkillsPanel, session: Session
) -> None:
    assert panel.filter_edit.placeholderText() == "Filter skills…"
    assert panel.filter_edit.accessibleName()
    qtbot.keyClicks(panel.filter_edit, "torch")
    assert panel.proxy.rowCount() == 1
    category = panel.proxy.index(0, 0)
    assert category.data(DISPLAY) == "Deep learning  0/8"
    assert panel.proxy.rowCount(category) == 1
    assert panel.proxy.index(0, 0, category).data(DISPLAY) == "PyTorch"
    assert panel.view.isExpanded(category)
    # Headers span both columns, so a narrow dock elides the name and keeps the count.
    assert panel.view.isFirstColumnSpanned(0, QModelIndex())

    panel.filter_edit.clear()
    qtbot.keyClicks(panel.filter_edit, "postgres")  # an alias of SQL
    assert panel.proxy.rowCount() == 1
    assert panel.proxy.rowCount(panel.proxy.index(0, 0)) == 1
    assert panel.proxy.index(0, 0, panel.proxy.index(0, 0)).data(DISPLAY) == "SQL"

    panel.filter_edit.clear()
    qtbot.keyClicks(panel.filter_edit, "zzzz")
    assert panel.proxy.rowCount() == 0
    assert panel.no_match.isVisible() and "zzzz" in panel.no_match.text()
    qtbot.keyClick(panel.filter_edit, Qt.Key.Key_Escape)
    assert panel.filter_edit.text() == "" and not panel.no_match.isVisible()
    assert panel.proxy.rowCount() == 12


def test_enter_in_the_filter_moves_to_the_first_match(
    qtbot: QtBot, panel: SkillsPanel, session: Session
) -> None:
    panel.filter_edit.setFocus()
    qtbot.keyClicks(panel.filter_edit, "docker")
    qtbot.keyClick(panel.filter_edit, Qt.Key.Key_Return)
    assert panel.view.currentIndex().data(DISPLAY) == "Docker"
    qtbot.keyClick(panel.view, Qt.Key.Key_Space)
    assert session.skill_state("docker") is SkillState.HAVE


def test_prerequisites_of_a_ticked_skill_show_as_implied(
    qtbot: QtBot, panel: SkillsPanel, session: Session
) -> None:
    click_box(qtbot, panel, "kubernetes")
    docker = row_of(panel, "docker")
    assert docker.data(IMPLIED_ROLE) is True
    assert docker.data(CHECK) == Qt.CheckState.Checked
    assert docker.data(DISPLAY) == "Docker (required by Kubernetes)"
    assert "Kubernetes requires it" in docker.data(Qt.ItemDataRole.ToolTipRole)
    quieter = docker.data(Qt.ItemDataRole.ForegroundRole).color()
    assert quieter != QGuiApplication.palette().color(QPalette.ColorRole.Text)
    assert docker.siblingAtColumn(1).data(Qt.ItemDataRole.ForegroundRole).color() == quieter
    assert row_of(panel, "kubernetes").data(IMPLIED_ROLE) is False

    # Ticking an implied skill makes it the learner's own: no longer quieter.
    click_box(qtbot, panel, "docker")
    assert session.skill_state("docker") is SkillState.HAVE
    assert row_of(panel, "docker").data(DISPLAY) == "Docker"

    session.undo_stack.undo()
    session.undo_stack.undo()
    assert row_of(panel, "docker").data(CHECK) == Qt.CheckState.Unchecked
    assert row_of(panel, "docker").data(DISPLAY) == "Docker"


def test_only_changed_rows_are_repainted(
    qtbot: QtBot, panel: SkillsPanel, session: Session
) -> None:
    touched: set[str] = set()

    def record(first: QModelIndex, last: QModelIndex) -> None:
        for row in range(first.row(), last.row() + 1):
            touched.add(str(first.siblingAtRow(row).siblingAtColumn(0).data(DISPLAY)))

    panel.model.dataChanged.connect(record)
    panel.proxy.setData(row_of(panel, "kubernetes"), Qt.CheckState.Checked, CHECK)
    assert touched == {
        "Cloud & infrastructure  3/14",
        "Kubernetes",
        "Docker (required by Kubernetes)",
        "Linux (required by Kubernetes)",
    }
    # "Learning" leaves the category counts alone: only the skill and its prerequisite
    # (whose "required by" note could change) repaint, no header.
    touched.clear()
    panel.proxy.setData(row_of(panel, "pandas"), Qt.CheckState.PartiallyChecked, CHECK)
    assert touched == {"pandas (learning)", "Python"}


def test_context_menu_offers_the_three_states(
    qtbot: QtBot, panel: SkillsPanel, session: Session
) -> None:
    menu = panel._state_menu("pandas")
    texts = [a.text() for a in menu.actions()]
    assert texts == ["I have this", "I'm learning this", "Not yet"]
    assert [a.isChecked() for a in menu.actions()] == [False, False, True]
    menu.actions()[1].trigger()
    assert session.skill_state("pandas") is SkillState.LEARNING


def test_a_new_pack_rebuilds_the_list(
    qtbot: QtBot, panel: SkillsPanel, session: Session, tiny: Catalog
) -> None:
    session.replace_catalog(tiny, None)
    categories = [panel.proxy.index(r, 0).data(DISPLAY) for r in range(panel.proxy.rowCount())]
    assert categories == ["Tools  0/1", "Programming  0/1", "Data  0/1", "Ops  0/2", "ML  0/1"]
    assert panel.view.isExpanded(panel.proxy.index(3, 0))
    click_box(qtbot, panel, "kubernetes")
    assert panel.proxy.index(3, 0).data(DISPLAY) == "Ops  2/2"


def test_pack_text_is_never_markup(qtbot: QtBot) -> None:
    catalog = Catalog(
        pathfinder=1,
        id="odd",
        name="Odd",
        version="1",
        skills=(Skill(id="a", name="<img src=x>", effort_hours=2.5, description="<b>bold</b>"),),
        roles=(Role(id="r", name="R", level=1, essential=("a",)),),
    )
    _host, panel = show_panel(qtbot, Session(catalog))
    index = panel.proxy.index(0, 0, panel.proxy.index(0, 0))
    assert index.data(DISPLAY) == "<img src=x>"
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;img src=x&gt;" in tooltip and "<b>" not in tooltip
    assert index.siblingAtColumn(1).data(DISPLAY) == "2.5 h"


def test_show_skill_clears_a_filter_that_hides_it(
    qtbot: QtBot, panel: SkillsPanel, session: Session
) -> None:
    qtbot.keyClicks(panel.filter_edit, "torch")
    panel.show_skill("sql")
    assert panel.filter_edit.text() == ""
    assert panel.view.currentIndex().siblingAtColumn(NAME_COLUMN).data(DISPLAY) == "SQL"
    assert panel.view.viewport().rect().intersects(panel.view.visualRect(row_of(panel, "sql")))


def test_painting_and_ticking_do_not_leak_none(qtbot: QtBot, panel: SkillsPanel) -> None:
    # PySide6 6.12 on Python 3.11 drops a reference to None whenever Python reads an empty
    # QVariant or calls a delegate's base initStyleOption(); enough of them crash Python.
    panel.grab()
    before = sys.getrefcount(None)
    for _ in range(5):
        panel.grab()
        click_box(qtbot, panel, "docker")
    assert sys.getrefcount(None) >= before - 20


def test_a_large_pack_filters_after_a_pause_in_typing(qtbot: QtBot) -> None:
    skills = tuple(
        Skill(id=f"s{i}", name=f"Skill {i}", category=f"Group {i % 40}", effort_hours=5)
        for i in range(3500)
    )
    catalog = Catalog(
        pathfinder=1,
        id="big",
        name="Big",
        version="1",
        skills=skills,
        roles=(Role(id="r", name="R", level=1, essential=("s1",)),),
    )
    _host, panel = show_panel(qtbot, Session(catalog))
    qtbot.keyClicks(panel.filter_edit, "skill 3499")
    assert panel.proxy.rowCount() == 40  # not yet: typing goes on without a re-filter per key
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1)
    group = panel.proxy.index(0, 0)
    assert group.data(DISPLAY) == "Group 19  0/88"
    assert panel.proxy.index(0, 0, group).data(DISPLAY) == "Skill 3499"


def _text_rect(panel: SkillsPanel, skill_id: str) -> QRect:
    index = row_of(panel, skill_id)
    panel.view.scrollTo(index)
    option = QStyleOptionViewItem()
    panel.view.initViewItemOption(option)
    option.rect = panel.view.visualRect(index)
    panel.view.itemDelegateForIndex(index).initStyleOption(option, index)
    return panel.view.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemText, option, panel.view
    )


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_implied_skills_are_readable_yet_unlike_ticked_ones(
    qtbot: QtBot, session: Session, theme: str
) -> None:
    with shown_window(qtbot, session, theme) as win:
        panel = win.skills_panel
        click_box(qtbot, panel, "kubernetes")
        assert row_of(panel, "docker").data(IMPLIED_ROLE) is True
        image = panel.view.viewport().grab().toImage()
        implied, implied_ink = text_contrast(image, _text_rect(panel, "docker"))
        own, own_ink = text_contrast(image, _text_rect(panel, "kubernetes"))
    assert implied >= 4.5  # readable on a projector (the disabled grey was 1.86:1 / 2.77:1)
    assert own > implied + 3  # and still plainly quieter than the learner's own ticks
    assert implied_ink != own_ink


def test_my_roles_skills_count_as_mine_and_one_click_says_i_lack_one(
    qtbot: QtBot, panel: SkillsPanel, session: Session
) -> None:
    from pathfinder.qt.state import commands

    commands.set_current_role(session, "devops-engineer")
    commands.set_target_role(session, "mlops-engineer")
    # A DevOps engineer is not told to learn Kubernetes: the role's skills count as theirs.
    assert row_of(panel, "kubernetes").data(DISPLAY) == "Kubernetes (from your role)"
    assert row_of(panel, "kubernetes").data(CHECK) == Qt.CheckState.Checked
    assert session.plan is not None and "kubernetes" not in session.plan.steps[0].new_skills
    hours = session.plan.effort_hours

    repainted: list[str] = []

    def record(first: QModelIndex, last: QModelIndex) -> None:
        for row in range(first.row(), last.row() + 1):
            repainted.append(str(first.siblingAtRow(row).siblingAtColumn(0).data(DISPLAY)))

    panel.model.dataChanged.connect(record)
    click_box(qtbot, panel, "kubernetes")  # "I do not have this one"
    assert row_of(panel, "kubernetes").data(DISPLAY) == "Kubernetes (your role: not held)"
    assert "Kubernetes (your role: not held)" in repainted  # the row shows it at once
    assert row_of(panel, "kubernetes").data(CHECK) == Qt.CheckState.Unchecked
    assert session.not_held == {"kubernetes"}
    assert "kubernetes" in session.plan.steps[0].new_skills
    # Kubernetes takes 60 hours in the pack.
    assert session.plan.effort_hours == hours + 60

    click_box(qtbot, panel, "kubernetes")  # given back
    assert session.not_held == frozenset()
    assert row_of(panel, "kubernetes").data(DISPLAY) == "Kubernetes (from your role)"
    assert session.plan.effort_hours == hours

    session.undo_stack.undo()  # each click is one edit
    assert session.not_held == {"kubernetes"}
    session.undo_stack.undo()
    assert session.not_held == frozenset()
    assert session.skill_state("kubernetes") is SkillState.NOT_YET  # never ticked

    # Starting out, the role's skills are not counted any more (the mark is kept).
    click_box(qtbot, panel, "docker")
    commands.set_current_role(session, None)
    assert row_of(panel, "kubernetes").data(DISPLAY) == "Kubernetes"
    assert row_of(panel, "docker").data(CHECK) == Qt.CheckState.Unchecked
    assert session.not_held == {"docker"}


def test_the_menu_of_a_role_skill_says_it_counts_from_the_role(
    panel: SkillsPanel, session: Session
) -> None:
    from pathfinder.qt.state import commands

    commands.set_current_role(session, "devops-engineer")
    menu = panel._state_menu("docker")
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["I have this", "I'm learning this", "Not yet", "Counted from my role"]
    assert menu.actions()[-1].isChecked()
    menu.actions()[-1].trigger()  # "I do not have it"
    assert session.not_held == {"docker"}
    assert row_of(panel, "docker").data(DISPLAY) == "Docker (your role: not held)"
    assert len(panel._state_menu("sql").actions()) == 3  # not a DevOps skill: the three states
