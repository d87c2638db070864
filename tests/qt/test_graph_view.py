"""The career graph follows the session, repaints only what changed and answers to the learner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication, QStyleOptionGraphicsItem
from tests.qt.conftest import shown_window
from tests.qt.seen import text_contrast

from pathfinder.core.catalog import Catalog
from pathfinder.qt.graph.items import RoleItem, RoleLook
from pathfinder.qt.graph.theme import GraphTheme
from pathfinder.qt.graph.view import GraphView
from pathfinder.qt.graph.zooming import MAX_ZOOM, MIN_ZOOM
from pathfinder.qt.state.commands import set_current_role, set_skill_state, set_target_role
from pathfinder.qt.state.session import Session, SkillState


@pytest.fixture
def view(session: Session, qtbot) -> GraphView:  # type: ignore[no-untyped-def]
    widget = GraphView(session)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _centre_of(view: GraphView, role: str) -> QPoint:
    item = view.item_for_role(role)
    assert item is not None
    return view.mapFromScene(item.mapRectToScene(item.box_rect).center())


def test_every_role_has_an_item_in_its_lane_with_its_fit(view: GraphView, session: Session) -> None:
    catalog = session.catalog
    assert {r.id for r in catalog.roles} == set(view.graph_scene.role_items)
    assert len(view.graph_scene.edge_items) == len(
        {(t.source, t.target) for t in catalog.transitions}
    )
    assert view.graph_scene.backdrop is not None
    assert set(view.graph_scene.backdrop.lane_labels()) == {r.family for r in catalog.roles}
    ml = view.item_for_role("ml-engineer")
    analyst = view.item_for_role("junior-data-analyst")
    assert ml is not None and analyst is not None
    assert ml.scenePos().x() > analyst.scenePos().x()  # level 3 sits right of level 1
    assert ml.fit == session.fit("ml-engineer")
    assert "Machine Learning Engineer" in ml.toolTip() and "Level 3" in ml.toolTip()
    assert view.accessibleName() == "Career graph"
    assert view.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_ticking_skills_changes_the_fit_shown(view: GraphView, session: Session) -> None:
    item = view.item_for_role("data-analyst")
    assert item is not None
    before = item.fit
    for skill in ("sql", "excel", "data-cleaning"):
        set_skill_state(session, skill, SkillState.HAVE)
    assert item.fit > before
    assert item.fit == session.fit("data-analyst")
    # SQL 40 h + Excel 25 h + data cleaning 25 h of the 300 hours a data analyst needs.
    assert item.fit == pytest.approx(0.30)
    assert "Fit to your skills: 30%" in item.toolTip()
    session.undo_stack.undo()
    assert item.fit == session.fit("data-analyst")


def test_target_highlights_the_path_and_marks_what_each_step_needs(
    view: GraphView, session: Session
) -> None:
    assert view.markers() == []
    set_current_role(session, "software-developer")
    set_target_role(session, "mlops-engineer")
    plan = session.plan
    assert plan is not None
    path_edges = set(zip(plan.path, plan.path[1:], strict=False))
    for role_id, item in view.graph_scene.role_items.items():
        assert item.on_path is (role_id in plan.path)
        assert item.look.dimmed is (role_id not in plan.path)
    for key, edge in view.graph_scene.edge_items.items():
        assert edge.on_path is (key in path_edges)
    current = view.item_for_role("software-developer")
    target = view.item_for_role("mlops-engineer")
    assert current is not None and target is not None
    assert current.is_current and not current.is_target
    assert target.is_target and target.badge_texts() == ["Target"]
    assert current.badge_texts() == ["You are here"]

    # One marker per step that needs skills, on its role's box, saying how many and how long.
    names = session.catalog.skill_by_id
    by_role: dict[str, list[str]] = {}
    for gap in plan.gaps:
        by_role.setdefault(gap.needed_for[0], []).append(names[gap.skill].name)
    markers = view.markers()
    assert {m.role: m.skills for m in markers} == by_role
    for marker in markers:
        item = view.item_for_role(marker.role)
        assert item is not None
        box = item.mapRectToScene(item.box_rect)
        assert box.intersects(marker.card_rect)
        assert f"{len(marker.skills)} skill" in marker.text and marker.text.endswith(" h")
    scene_rect = view.graph_scene.sceneRect()

    learned = plan.gaps[0].skill
    set_skill_state(session, learned, SkillState.HAVE)
    assert session.plan is not None
    shown = [s for m in view.markers() for s in m.skills]
    assert names[learned].name not in shown
    assert len(shown) == len(session.plan.gaps)
    assert view.graph_scene.sceneRect() == scene_rect  # a tick never moves the picture

    set_target_role(session, None)
    assert view.markers() == []
    assert not any(i.on_path or i.look.dimmed for i in view.graph_scene.role_items.values())


def test_double_click_makes_a_role_the_target(view: GraphView, session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    point = _centre_of(view, "data-scientist")
    with qtbot.waitSignal(session.planChanged):
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert session.target_role == "data-scientist"
    item = view.item_for_role("data-scientist")
    assert item is not None and item.is_target and item.on_path
    session.undo_stack.undo()
    assert session.target_role is None and not item.is_target


def test_click_selects_and_empty_space_clears(view: GraphView, session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_centre_of(view, "bi-analyst"))
    assert session.selected_role == "bi-analyst"
    item = view.item_for_role("bi-analyst")
    assert item is not None and item.is_selected
    empty = view.mapFromScene(QPointF(-200, view.graph_scene.graph_rect.bottom() - 10))
    assert view.graph_scene.role_at(view.mapToScene(empty)) is None
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=empty)
    assert session.selected_role is None and not item.is_selected
    # Selection made elsewhere (another panel) shows here too.
    session.select_role("ai-engineer")
    ai = view.item_for_role("ai-engineer")
    assert ai is not None and ai.is_selected
    assert "AI Engineer" in view.accessibleDescription()


def test_find_centres_and_selects(view: GraphView, session: Session) -> None:
    view.resize(500, 400)
    assert view.find_text("mlops")
    assert session.selected_role == "mlops-engineer"
    item = view.item_for_role("mlops-engineer")
    assert item is not None
    centre = view.mapToScene(view.viewport().rect().center())
    assert abs(centre.x() - item.scenePos().x()) < 5 and abs(centre.y() - item.scenePos().y()) < 5
    assert item.name_pixels(view.zoom())[0] * view.zoom() >= 12  # close enough to read
    view.zoom_in()
    zoom = view.zoom()
    assert view.find_text("data analyst")
    assert view.zoom() == zoom  # a readable zoom is the learner's: a search keeps it

    assert view.find_text("sysadmin")  # an alias
    assert session.selected_role == "systems-administrator"
    assert view.find_text("  Data SCIENTIST ")
    assert session.selected_role == "data-scientist"

    assert not view.find_text("zzz")
    assert not view.find_text("   ")
    assert session.selected_role == "data-scientist"


def test_find_a_skill_goes_to_the_role_on_the_plan_that_needs_it(
    view: GraphView, session: Session
) -> None:
    assert view.find_text("kubernetes")
    assert session.selected_role is not None
    assert "kubernetes" in session.catalog.role_by_id[session.selected_role].essential
    set_target_role(session, "mlops-engineer")
    plan = session.plan
    assert plan is not None
    gap = next(g for g in plan.gaps if g.skill == "kubernetes")
    assert view.find_text("Kubernetes")
    assert session.selected_role == gap.needed_for[0]


def test_a_tick_repaints_only_the_items_whose_state_changed(
    view: GraphView, session: Session
) -> None:
    roles = view.graph_scene.role_items
    edges = view.graph_scene.edge_items
    before_fit = {r: session.fit(r) for r in roles}
    before_roles = {r: i.update_count for r, i in roles.items()}
    before_edges = {k: e.update_count for k, e in edges.items()}
    set_skill_state(session, "excel", SkillState.HAVE)
    changed = {r for r in roles if session.fit(r) != before_fit[r]}
    assert changed and len(changed) < len(roles)
    repainted = {r for r, i in roles.items() if i.update_count != before_roles[r]}
    assert repainted == changed
    assert all(e.update_count == before_edges[k] for k, e in edges.items())
    # Selecting lights the role and those its moves join it to, and fades the others:
    # exactly the items whose look changed repaint, once each.
    session.select_role("bi-analyst")
    looks = {r: i.look for r, i in roles.items()}
    counts = {r: i.update_count for r, i in roles.items()}
    session.select_role("data-analyst")
    changed = {r for r, i in roles.items() if i.look != looks[r]}
    assert {"bi-analyst", "data-analyst"} <= changed
    assert {r for r, i in roles.items() if i.update_count == counts[r] + 1} == changed
    assert all(i.update_count <= counts[r] + 1 for r, i in roles.items())


def _render(item: RoleItem, scale: float) -> QImage:
    image = QImage(240, 100, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    painter.translate(120, 50)
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    return image


def test_labels_hide_when_zoomed_far_out(session: Session, builtin: Catalog, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert not RoleItem.shows_label(0.1) and RoleItem.shows_label(1.0)
    theme = GraphTheme(QApplication.palette())
    role = builtin.role_by_id["ml-engineer"]
    named = RoleItem(role, theme)
    renamed = RoleItem(role.model_copy(update={"name": "Something else entirely"}), theme)
    for item in (named, renamed):
        item.set_look(RoleLook(fit=0.5, is_target=True, selected=True))
    # Far out only the box is drawn, so two names look the same; close up they differ.
    assert _render(named, 0.15) == _render(renamed, 0.15)
    assert _render(named, 1.0) != _render(renamed, 1.0)
    assert _render(named, 0.5) != _render(renamed, 0.5)  # overview: names stay readable


def test_painting_at_every_zoom_does_not_fail(view: GraphView, session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    set_current_role(session, "devops-engineer")
    set_target_role(session, "ml-infrastructure-lead")
    session.select_role("devops-engineer")
    for zoom in (MIN_ZOOM, 0.25, 0.4, 0.6, 1.0, MAX_ZOOM):
        view.resetTransform()
        view.scale(zoom, zoom)
        image = view.grab().toImage()
        assert not image.isNull()


def test_zoom_keys_wheel_and_fit(view: GraphView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.fit_all()

    def whole_graph_in_view() -> bool:
        visible = view.mapToScene(view.viewport().rect()).boundingRect()
        return visible.adjusted(-2, -2, 2, 2).contains(view.graph_scene.sceneRect())

    # The fit is done once the view has its final size (a resize still queued refits).
    qtbot.waitUntil(whole_graph_in_view)
    fitted = view.zoom()
    view.zoom_in()
    assert view.zoom() > fitted
    view.zoom_out()
    assert view.zoom() == pytest.approx(fitted)
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() > fitted
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(fitted)
    for _ in range(40):
        view.zoom_in()
    assert view.zoom() == pytest.approx(MAX_ZOOM)
    for _ in range(60):
        view.zoom_out()
    assert view.zoom() == pytest.approx(MIN_ZOOM)

    view.fit_all()
    for _ in range(3):  # zoomed in far enough to scroll both ways, so the anchor can hold
        view.zoom_in()
    cursor = QPointF(300, 250)
    under = view.mapToScene(cursor.toPoint())
    wheel = QWheelEvent(
        cursor,
        view.viewport().mapToGlobal(cursor),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    zoom = view.zoom()
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom() > zoom
    after = view.mapToScene(cursor.toPoint())
    assert abs(after.x() - under.x()) < 4 and abs(after.y() - under.y()) < 4


def test_context_menu_actions(view: GraphView, session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    menu = view.role_menu("cloud-engineer")
    actions = {a.text().replace("&", ""): a for a in menu.actions() if a.text()}
    assert set(actions) == {"Set as my current role", "Set as target", "Compare with…"}
    actions["Set as my current role"].trigger()
    assert session.current_role == "cloud-engineer"
    assert not view.role_menu("cloud-engineer").actions()[0].isEnabled()
    actions["Set as target"].trigger()
    assert session.target_role == "cloud-engineer"
    with qtbot.waitSignal(view.compareRequested) as signal:
        actions["Compare with…"].trigger()
    assert signal.args == ["cloud-engineer"]


def test_keyboard_moves_selection_and_sets_target(view: GraphView, session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert session.selected_role is not None  # the first role when nothing was selected
    session.select_role("data-analyst")
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert session.selected_role == "data-scientist"
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert session.selected_role == "data-analyst"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert session.selected_role == "data-engineer"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert session.target_role == "data-engineer"
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert session.selected_role is None


def test_a_new_pack_rebuilds_the_scene(view: GraphView, session: Session, tiny: Catalog) -> None:
    session.replace_catalog(tiny, None)
    assert set(view.graph_scene.role_items) == {r.id for r in tiny.roles}
    set_target_role(session, "mlops")
    assert session.plan is not None
    assert sum(len(m.skills) for m in view.markers()) == len(session.plan.gaps)
    assert view.find_text("ops engineer") and session.selected_role == "ops"


def test_pack_text_is_shown_as_plain_text(session: Session, tiny: Catalog, qtbot) -> None:  # type: ignore[no-untyped-def]
    data = tiny.model_dump(by_alias=True, exclude_none=True)
    data["roles"][0]["name"] = "<img src=x>"
    session.replace_catalog(Catalog.model_validate(data), None)
    widget = GraphView(session)
    qtbot.addWidget(widget)
    item = widget.item_for_role("analyst")
    assert item is not None
    assert "&lt;img src=x&gt;" in item.toolTip() and "<img" not in item.toolTip()


def test_dark_palette_recolours(view: GraphView) -> None:
    light_base = view.theme.base
    palette = QPalette(view.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    view.setPalette(palette)
    assert view.theme.dark and view.theme.base != light_base
    assert view.theme.fit_brush(1.0).color() != view.theme.fit_brush(0.0).color()
    assert not view.grab().toImage().isNull()


def test_legend_explains_and_folds(view: GraphView, qtbot) -> None:  # type: ignore[no-untyped-def]
    legend = view.legend
    assert legend.isVisible() and not legend.is_open()  # folded until asked for
    qtbot.mouseClick(legend.button, Qt.MouseButton.LeftButton)
    assert legend.is_open() and legend.body.isVisible()
    texts = [label.text() for label in legend.labels]
    assert any("path" in t for t in texts) and any("learn" in t for t in texts)
    assert view.viewport().geometry().contains(legend.geometry())
    view.resize(1400, 900)  # the learner's choice sticks
    assert legend.is_open()
    qtbot.mouseClick(legend.button, Qt.MouseButton.LeftButton)
    assert not legend.is_open() and not legend.body.isVisible()


def test_small_view_starts_with_the_legend_folded(session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = GraphView(session)
    qtbot.addWidget(widget)
    widget.resize(640, 480)
    widget.show()
    qtbot.waitExposed(widget)
    assert not widget.legend.is_open()
    covered = QRectF(widget.legend.geometry()).intersected(QRectF(widget.viewport().geometry()))
    assert covered.width() * covered.height() < 0.05 * 640 * 480


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("role", ["data-analyst", "ai-engineer"])  # fit 100 %, and low
def test_names_off_the_path_stay_readable(session: Session, qtbot, theme: str, role: str) -> None:  # type: ignore[no-untyped-def]
    with shown_window(qtbot, session, theme) as win:
        for skill in session.catalog.role_by_id["data-analyst"].essential:
            set_skill_state(session, skill, SkillState.HAVE)
        set_target_role(session, "mlops-engineer")
        view = win.graph
        item = view.item_for_role(role)
        assert item is not None and item.look.dimmed and not item.on_path
        view.zoom_in()  # at full size, where the card shows its name in the name font
        view.resetTransform()
        view.centerOn(item)
        name = item.mapRectToScene(item.box_rect.adjusted(10, 9, -10, -27))
        # The card's name is on screen, whole, before the picture is taken.
        qtbot.waitUntil(
            lambda: view.viewport().rect().contains(view.mapFromScene(name).boundingRect())
        )
        image = view.viewport().grab().toImage()
        ratio, _ink = text_contrast(image, view.mapFromScene(name).boundingRect())
    assert session.fit("data-analyst") == 1.0
    assert ratio >= 4.5
