"""What a screen reader finds in the window, walked through Qt's own accessibility interface
(QAccessible): named controls, every role of the map, the map and route as text, and what
is said when the learner changes something."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication
from tests.qt.accessible_tree import nameless_controls, walk
from tests.qt.conftest import shown_window

from pathfinder.core.catalog import Catalog
from pathfinder.qt.state.commands import set_current_role, set_skill_state, set_target_role
from pathfinder.qt.state.session import Session, SkillState


def test_every_control_has_a_name_and_every_role_of_the_map_is_there(
    qtbot, started_window, builtin: Catalog
) -> None:  # type: ignore[no-untyped-def]
    nodes = walk(started_window)
    assert nameless_controls(nodes) == []
    graph_roles = [
        node
        for node in nodes
        if node.role == QAccessible.Role.ListItem and node.path.endswith("/Career graph")
    ]
    assert sorted(node.name for node in graph_roles) == sorted(r.name for r in builtin.roles)
    analyst = next(node for node in graph_roles if node.name == "Data Analyst")
    assert analyst.description.startswith("level 2, Data & analytics family, fit ")


def test_a_role_says_where_it_is_on_the_learners_route(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    with shown_window(qtbot, session) as win:
        set_current_role(session, "junior-data-analyst")
        set_target_role(session, "data-engineer")
        path = session.plan.path if session.plan else ()
        assert len(path) == 3  # junior analyst, a middle step, data engineer
        graph = QAccessible.queryAccessibleInterface(win.graph)
        described = {}
        for index in range(graph.childCount()):
            child = graph.child(index)
            if child.role() == QAccessible.Role.ListItem:
                described[child.text(QAccessible.Text.Name)] = child.text(
                    QAccessible.Text.Description
                )
        names = session.catalog.role_by_id
        assert described[names[path[1]].name].endswith("on your route, step 1 of 2.")
        assert described["Data Engineer"].endswith("your target; on your route, step 2 of 2.")
        assert "your current role" in described["Junior Data Analyst"]


def test_the_keyboards_role_is_the_readers_focus(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    with shown_window(qtbot, session) as win:
        win.activateWindow()
        win.graph.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(win.graph.hasFocus)
        assert session.selected_role == "junior-data-analyst"  # the top-left role
        qtbot.keyClick(win.graph, Qt.Key.Key_Right)
        graph = QAccessible.queryAccessibleInterface(win.graph)
        focused = graph.focusChild()
        assert focused is not None
        assert focused.text(QAccessible.Text.Name) == "BI Analyst"
        assert focused.state().focused and focused.state().selected
        rect = focused.rect()
        item = win.graph.item_for_role("bi-analyst")
        assert item is not None
        centre = win.graph.viewport().mapToGlobal(win.graph.mapFromScene(item.scenePos()))
        assert rect.contains(centre)


def test_the_map_as_text_lists_every_role_by_family_and_level(
    qtbot, started_window, builtin: Catalog
) -> None:  # type: ignore[no-untyped-def]
    win = started_window
    win.keyboard.map_action.trigger()
    outline = win.keyboard.outline
    tree = outline.tree
    families = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert families[0] == "Data & analytics: 5 roles"
    roles = []
    for i in range(tree.topLevelItemCount()):
        family = tree.topLevelItem(i)
        for j in range(family.childCount()):
            level = family.child(j)
            roles.extend(level.child(k).text(0) for k in range(level.childCount()))
    assert sorted(roles) == sorted(r.name for r in builtin.roles)
    nodes = walk(outline)
    assert {r.name for r in builtin.roles} <= {node.name for node in nodes}


def test_the_route_as_text_is_a_numbered_list(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    with shown_window(qtbot, session) as win:
        set_current_role(session, "junior-data-analyst")
        set_target_role(session, "data-engineer")
        win.keyboard.route_action.trigger()
        outline = win.keyboard.outline
        assert outline.tabs.currentIndex() == 1
        lines = [outline.route.item(i).text() for i in range(outline.route.count())]
        assert lines[0] == "Start: Junior Data Analyst (your current role)"
        assert lines[1].startswith("1. ")
        assert lines[2].startswith("2. Data Engineer: learn ")
        assert outline.summary.text().startswith("Route to Data Engineer: 2 steps, ")
        set_target_role(session, "data-scientist")  # the open list follows
        assert (
            outline.route.item(outline.route.count() - 1)
            .text()
            .startswith(f"{outline.route.count() - 1}. Data Scientist")
        )


def test_a_tick_and_a_new_target_are_said_with_the_route(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    with shown_window(qtbot, session) as win:
        said = win.keyboard.announcer.said
        set_target_role(session, "data-engineer")
        assert session.plan is not None
        hours_before, first_gap = session.plan.effort_hours, session.plan.gaps[0].skill
        assert said[-1].startswith("Set target to Data Engineer. Route to Data Engineer: ")
        set_skill_state(session, first_gap, SkillState.HAVE)
        hours_after = session.plan.effort_hours if session.plan else 0
        assert hours_after < hours_before
        name = session.catalog.skill_by_id[first_gap].name
        # From nothing to Data Engineer, SQL first: the built-in pack's figures.
        assert said[-1] == "Tick SQL. Route to Data Engineer: 3 steps, 485 hours of study."
        win.undo_action.trigger()
        assert said[-1].startswith(f"Undone: Tick {name}. ")
        QApplication.processEvents()
