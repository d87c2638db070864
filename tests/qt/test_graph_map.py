"""The map a learner reads at a glance (issue 15): lines that can be followed, a path that
stands out with names readable on a laptop, a layout that stays put, and a route view whose
dates are the plan's. Geometry is asserted, not pixels."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from tests.qt.graph_geometry import crossed_boxes, shared_heads, shared_lines
from tests.qt_fixtures import settle, shown_window

from pathfinder.core.catalog import Catalog
from pathfinder.core.report_figures import finish_text
from pathfinder.io.packs import load_pack
from pathfinder.qt.graph.scene import GraphScene
from pathfinder.qt.graph.theme import GraphTheme
from pathfinder.qt.plan.report_export import report_for_session
from pathfinder.qt.plan.route_view import route_rows
from pathfinder.qt.state.commands import set_current_role, set_skill_state, set_target_role
from pathfinder.qt.state.session import Session, SkillState
from pathfinder.qt.window.main_window import MainWindow

BOOTCAMP = Path(__file__).parents[1] / "fixtures" / "bootcamp.yaml"
PERSONAS = {  # the two the issue names: current role, target, skills held
    "devops to mlops": ("devops-engineer", "mlops-engineer", ("python", "docker", "linux", "git")),
    "analyst to ml engineer": ("data-analyst", "ml-engineer", ("python", "sql")),
}


def _scene(catalog: Catalog) -> GraphScene:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return GraphScene(Session(catalog), GraphTheme(app.palette()))


@pytest.mark.parametrize("pack", ["built-in", "bootcamp"])
def test_moves_never_share_a_line_an_arrow_head_or_cross_a_box(
    builtin: Catalog, qtbot: object, pack: str
) -> None:
    catalog = builtin if pack == "built-in" else load_pack(BOOTCAMP)
    scene = _scene(catalog)
    assert len(scene.edge_items) == len({(t.source, t.target) for t in catalog.transitions})
    assert shared_lines(scene) == []
    assert crossed_boxes(scene) == []
    assert shared_heads(scene) == []
    # Every line starts on its source's box and its arrow ends on its target's.
    for (source, target), edge in scene.edge_items.items():
        boxes = {
            r: scene.role_items[r]
            .mapRectToScene(scene.role_items[r].box_rect)
            .adjusted(-1, -1, 1, 1)
            for r in (source, target)
        }
        assert boxes[source].contains(edge.points[0])
        assert boxes[target].contains(edge.arrow_polygon().at(0))


def test_the_bootcamp_pack_has_eight_families(qtbot: object) -> None:
    scene = _scene(load_pack(BOOTCAMP))
    assert scene.backdrop is not None and len(scene.backdrop.lane_labels()) == 8


@pytest.mark.parametrize("persona", sorted(PERSONAS))
def test_path_names_are_12_px_and_the_graph_fills_the_view(
    session: Session, qtbot, persona: str
) -> None:  # type: ignore[no-untyped-def]
    current, target, have = PERSONAS[persona]
    session.apply_skill_states(dict.fromkeys(have, SkillState.HAVE))
    session.apply_roles(current, target)
    with shown_window(qtbot, session) as win:
        assert (win.width(), win.height()) == (1280, 800)
        view = win.graph
        zoom = view.zoom()
        plan = session.plan
        assert plan is not None
        for role in plan.path:
            item = view.item_for_role(role)
            assert item is not None
            pixels, _bar = item.name_pixels(zoom)  # the font size paint() uses at this zoom
            assert pixels * zoom >= 12.0, (role, pixels * zoom)
        # The whole graph is in view and fills it across or down (no band kept for a key).
        area = view.viewport().rect()
        drawn = view.mapFromScene(view.graph_scene.graph_rect).boundingRect()
        assert area.adjusted(-1, -1, 1, 1).contains(drawn)
        assert drawn.width() >= 0.95 * area.width() or drawn.height() >= 0.95 * area.height()


def _on_screen(win: MainWindow) -> dict[str, QPoint]:
    """Where each role's centre is in window coordinates."""
    view = win.graph
    return {
        role: view.viewport().mapTo(win, view.mapFromScene(item.scenePos()))
        for role, item in view.graph_scene.role_items.items()
    }


def _near(a: dict[str, QPoint], b: dict[str, QPoint]) -> bool:
    return all((a[r] - b[r]).manhattanLength() <= 2 for r in a)


def test_nothing_moves_when_the_legend_a_dock_or_a_banner_opens_or_closes(
    session: Session, qtbot
) -> None:  # type: ignore[no-untyped-def]
    with shown_window(qtbot, session) as win:
        set_target_role(session, "mlops-engineer")
        settle()
        before = _on_screen(win)
        legend = win.graph.legend
        for _ in range(2):
            qtbot.mouseClick(legend.button, Qt.MouseButton.LeftButton)
            assert _near(_on_screen(win), before)
        for dock in (win.skills_dock, win.plan_dock):
            dock.hide()
            qtbot.waitUntil(lambda dock=dock: not dock.isVisible())
            QApplication.processEvents()
            assert _near(_on_screen(win), before), dock.objectName()
            dock.show()
            QApplication.processEvents()
            assert _near(_on_screen(win), before), dock.objectName()
        win.hint.show_message("A message above the graph")
        QApplication.processEvents()
        assert _near(_on_screen(win), before)
        win.hint.hide()
        QApplication.processEvents()
        assert _near(_on_screen(win), before)


def test_ticks_keep_the_learners_zoom_and_centre(session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    with shown_window(qtbot, session) as win:
        set_target_role(session, "mlops-engineer")
        view = win.graph
        view.zoom_in()
        view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + 40)
        zoom = view.zoom()
        before = _on_screen(win)
        # The first tick also closes the start hint above the graph: nothing moves either.
        for skill in ("kubernetes", "mlflow", "docker"):
            set_skill_state(session, skill, SkillState.HAVE)
            QApplication.processEvents()
            assert view.zoom() == zoom
            assert _near(_on_screen(win), before), skill


def test_hovering_a_role_lights_its_moves_and_fades_the_rest(
    view_window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    win = view_window
    view = win.graph
    scene = view.graph_scene
    item = view.item_for_role("devops-engineer")
    assert item is not None
    # From a corner first: an earlier test may have left the pointer right on the role, and a
    # move to where it already is sends no hover event.
    qtbot.mouseMove(view.viewport(), QPoint(1, 1))
    qtbot.mouseMove(view.viewport(), view.mapFromScene(item.scenePos()))
    qtbot.waitUntil(lambda: scene.lit_role == "devops-engineer")
    joined = {k for k in scene.edge_items if "devops-engineer" in k}
    ends = {r for k in joined for r in k}
    assert joined
    for key, edge in scene.edge_items.items():
        assert edge.lit is (key in joined), key
        assert edge.dimmed is (key not in joined), key
    for role, role_item in scene.role_items.items():
        assert role_item.look.lit is (role in ends), role
        assert role_item.look.dimmed is (role not in ends), role
    # Off the role, the picture is plain again.
    qtbot.mouseMove(view.viewport(), QPoint(2, 2))
    qtbot.waitUntil(lambda: scene.lit_role is None)
    assert not any(e.lit or e.dimmed for e in scene.edge_items.values())


def test_the_route_view_behind_its_tab_catches_up_when_brought_forward(
    view_window: MainWindow,
) -> None:
    win = view_window
    session = win.session
    set_target_role(session, "mlops-engineer")
    # Ticks while the Route tab is behind the Plan's: nothing is laid out for it yet ...
    shown_before = list(win.route_view.canvas.rows)
    for skill in ("docker", "kubernetes", "linux"):
        set_skill_state(session, skill, SkillState.HAVE)
    assert win.route_view.canvas.rows == shown_before
    # ... and a step marker's click brings it forward with the route as it is now.
    win.show_route("mlops-engineer")
    rows = win.route_view.rows()
    assert rows != shown_before
    assert rows == route_rows(session, date.today(), win.route_view.learner)
    assert win.route_view.canvas.station_rect("mlops-engineer") is not None


def test_the_path_is_the_strongest_line(view_window: MainWindow) -> None:
    theme = view_window.graph.theme
    strongest = max(
        theme.edge_pen.widthF(), theme.edge_lit_pen.widthF(), theme.edge_dim_pen.widthF()
    )
    assert theme.edge_path_pen.widthF() >= 1.5 * strongest


@pytest.fixture
def view_window(session: Session, qtbot):  # type: ignore[no-untyped-def]
    with shown_window(qtbot, session) as win:
        yield win


@pytest.mark.parametrize("persona", sorted(PERSONAS))
def test_the_route_view_dates_are_the_plans(session: Session, qtbot, persona: str) -> None:  # type: ignore[no-untyped-def]
    current, target, have = PERSONAS[persona]
    with shown_window(qtbot, session) as win:
        for skill in have:
            set_skill_state(session, skill, SkillState.HAVE)
        set_current_role(session, current)
        set_target_role(session, target)
        plan = session.plan
        assert plan is not None
        marker = next(m for m in win.graph.markers() if m.role == target)
        # A click on the step's marker brings the route view forward.
        view = win.graph
        point = view.mapFromScene(marker.card_rect.center())
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
        qtbot.waitUntil(lambda: win.route_view.isVisible())
        rows = win.route_view.rows()
        stations = [r for r in rows if r.kind == "station"]
        assert [s.role for s in stations] == list(plan.path)  # from where the learner is
        report = report_for_session(session, today=date.today())
        for station, step in zip(stations[1:], report.steps, strict=True):
            assert finish_text(step.finish) in station.detail
        skills = [r.text for r in rows if r.kind == "skill"]
        assert skills == [g.skill.name for g in report.gaps]
        # The Plan panel says the same finish, to the month.
        last = report.steps[-1].finish
        assert last is not None
        assert last.strftime("%B %Y") in _plan_finish(win)


def _plan_finish(win: MainWindow) -> str:
    from PySide6.QtWidgets import QLabel

    label = win.plan_panel.findChild(QLabel, "finishEstimate")
    assert label is not None
    return label.text()


def test_route_view_follows_the_pace_and_scales(session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    with shown_window(qtbot, session) as win:
        set_target_role(session, "mlops-engineer")
        win.show_route()
        before = win.route_view.canvas.height()
        first = [r.detail for r in win.route_view.rows() if r.kind == "station"][-1]
        session.set_hours_per_week(20)
        qtbot.waitUntil(
            lambda: [r.detail for r in win.route_view.rows() if r.kind == "station"][-1] != first
        )
        win.route_view.set_scale(1.6)
        assert win.route_view.canvas.height() > before


def test_presentation_mode_enlarges_the_map_names_the_learner_and_esc_leaves(
    session: Session, qtbot
) -> None:  # type: ignore[no-untyped-def]
    set_target_role(session, "mlops-engineer")
    with shown_window(qtbot, session) as win:
        win.learner_name = "Sam Rivera"
        win.update_title()
        settle()
        widths = (win.skills_dock.width(), win.plan_dock.width())
        item = win.graph.item_for_role("mlops-engineer")
        assert item is not None
        lines = win.graph.theme.edge_path_pen.widthF()
        win.presentation_action.trigger()
        qtbot.waitUntil(lambda: win.isFullScreen())
        caption = win.presentation.caption
        assert caption is not None and caption.isVisible()
        assert caption.text() == "Sam Rivera → MLOps Engineer"
        assert win.graph.theme.edge_path_pen.widthF() > lines
        assert win.route_view.isVisible() and win.route_view.canvas.scale > 1
        assert not win.skills_dock.isVisible()  # the map and the route get the room
        # Names aim higher on screen than in the normal window at the same zoom.
        assert item.name_pixels(0.5)[0] > 25
        qtbot.keyClick(win, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not win.isFullScreen())
        assert not win.presentation_action.isChecked() and not caption.isVisible()
        assert win.graph.theme.edge_path_pen.widthF() == lines
        assert win.skills_dock.isVisible()
        qtbot.waitUntil(lambda: (win.skills_dock.width(), win.plan_dock.width()) == widths)


def test_undo_says_what_it_undid_and_flashes_it(session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    with shown_window(qtbot, session) as win:
        set_target_role(session, "mlops-engineer")
        set_skill_state(session, "docker", SkillState.HAVE)
        win.undo_action.trigger()  # Ctrl+Z
        assert session.skill_state("docker") is SkillState.NOT_YET
        assert win.statusBar().currentMessage() == "Undid: tick Docker"
        current = win.skills_panel.view.currentIndex()
        assert current.isValid() and "Docker" in str(current.data())
        win.undo_action.trigger()
        assert session.target_role is None
        assert win.statusBar().currentMessage() == "Undid: set target to MLOps Engineer"
        flash = win.undo_feedback.flash_item
        item = win.graph.item_for_role("mlops-engineer")
        assert flash is not None and item is not None
        assert flash.sceneBoundingRect().contains(item.mapRectToScene(item.box_rect))
        qtbot.waitUntil(lambda: win.undo_feedback.flash_item is None, timeout=3000)
        win.redo_action.trigger()
        assert win.statusBar().currentMessage() == "Redid: set target to MLOps Engineer"
