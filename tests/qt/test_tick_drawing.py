"""The shortcuts a tick takes to repaint quickly (issue 14, speed) draw what the slow way drew:
the Plan panel's scroll bar, the faded role boxes, the step markers and the wrapping labels."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen, QPicture, QTransform
from PySide6.QtWidgets import QApplication, QScrollBar, QStyleFactory
from tests.qt.conftest import shown_window
from tests.qt_fixtures import settle

from pathfinder.qt.state.commands import set_skill_state, set_target_role
from pathfinder.qt.state.session import Session, SkillState
from pathfinder.qt.widgets.lengthwise_bars import LengthwiseBars, quick_bar
from pathfinder.qt.widgets.wrapping_label import WrappingLabel


def _largest_difference(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    worst = 0
    for y in range(a.height()):
        for x in range(a.width()):
            one, two = a.pixelColor(x, y), b.pixelColor(x, y)
            worst = max(
                worst,
                abs(one.red() - two.red()),
                abs(one.green() - two.green()),
                abs(one.blue() - two.blue()),
            )
    return worst


def _bar(qtbot: Any, value: int, quick: bool) -> QScrollBar:
    bar = QScrollBar(Qt.Orientation.Vertical)
    qtbot.addWidget(bar)
    if not quick:
        bar.setStyle(QStyleFactory.create("Fusion"))  # Fusion's own drawing, unwrapped
    bar.resize(14, 400)
    bar.setRange(0, 900)
    bar.setPageStep(400)
    bar.setValue(value)
    if quick:
        quick_bar(bar)  # wraps the application's style, Fusion
    bar.show()
    qtbot.waitExposed(bar)
    return bar


@pytest.mark.parametrize("value", [0, 300, 900])
def test_the_quick_scroll_bar_looks_like_fusions_own(qtbot: Any, value: int) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if app.style().name().casefold() != "fusion":
        pytest.skip("the lengthwise drawing is only used under Fusion")
    fusion = _bar(qtbot, value, quick=False)
    quick = _bar(qtbot, value, quick=True)
    assert isinstance(quick.style(), LengthwiseBars)
    # The same picture: rounding may move a shade by one step, never more.
    assert _largest_difference(fusion.grab().toImage(), quick.grab().toImage()) <= 2
    # And it follows the value: the slider is drawn where the bar says it is.
    if value:
        top = _bar(qtbot, 0, quick=True)
        assert _largest_difference(top.grab().toImage(), quick.grab().toImage()) >= 20


def test_the_plan_panels_scroll_bar_is_the_quick_one(qtbot: Any, session: Session) -> None:
    if QApplication.style().name().casefold() != "fusion":
        pytest.skip("the lengthwise drawing is only used under Fusion")
    with shown_window(qtbot, session) as win:
        bar = win.plan_panel.scroll_area.verticalScrollBar()
        assert isinstance(bar.style(), LengthwiseBars)


def _render(scene: Any, target: QRectF, through_picture: bool) -> QImage:
    image = QImage(int(target.width()), int(target.height()), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if through_picture:
        # A QPicture records shapes as shapes: played back, the faded boxes are drawn
        # translucent the slow way, which is what the kept pictures stand in for.
        picture = QPicture()
        recorder = QPainter(picture)
        recorder.setRenderHint(QPainter.RenderHint.Antialiasing)
        scene.render(recorder, QRectF(0, 0, target.width(), target.height()), target)
        recorder.end()
        painter.drawPicture(0, 0, picture)
    else:
        scene.render(painter, QRectF(0, 0, target.width(), target.height()), target)
    painter.end()
    return image


def test_faded_boxes_are_tinted_as_when_drawn_translucent(qtbot: Any, session: Session) -> None:
    with shown_window(qtbot, session) as win:
        set_target_role(session, "mlops-engineer")
        set_skill_state(session, "python", SkillState.HAVE)
        QApplication.processEvents()
        scene = win.graph.graph_scene
        faded = [i for i in scene.role_items.values() if i.look.dimmed]
        assert faded, "a plan fades the roles off its path"
        for item in faded[:4]:
            box = item.mapRectToScene(item.box_rect)
            target = box.adjusted(-10, -10, 10, 10)
            quick = _render(scene, target, through_picture=False)
            slow = _render(scene, target, through_picture=True)
            # Inside the box, right of its name and above its fit bar: the tint alone.
            inside = QPointF(box.width() * 0.93 + 10, box.height() * 0.45 + 10)
            one = quick.pixelColor(inside.toPoint())
            two = slow.pixelColor(inside.toPoint())
            assert (
                max(
                    abs(one.red() - two.red()),
                    abs(one.green() - two.green()),
                    abs(one.blue() - two.blue()),
                )
                <= 2
            ), item.role_id
            assert one != QColor("white")  # the box was drawn there at all


def test_a_tick_tells_a_step_marker_its_new_needs(qtbot: Any, session: Session) -> None:
    with shown_window(qtbot, session) as win:
        set_target_role(session, "mlops-engineer")
        QApplication.processEvents()
        scene = win.graph.graph_scene
        before = {marker.role: marker for marker in scene.markers}
        marker = next(iter(before.values()))
        text, skills = marker.text, list(marker.skills)
        assert session.plan is not None
        gap = next(g for g in session.plan.gaps if g.needed_for[0] == marker.role)
        set_skill_state(session, gap.skill, SkillState.HAVE)
        QApplication.processEvents()
        after = {m.role: m for m in scene.markers}
        assert after[marker.role] is marker  # the same item, not one made anew
        assert marker.skills == [
            s for s in skills if s != session.catalog.skill_by_id[gap.skill].name
        ]
        assert marker.text != text


def test_a_wrapping_label_measures_a_new_text_and_font_afresh(qtbot: Any) -> None:
    label = WrappingLabel()
    qtbot.addWidget(label)
    label.setWordWrap(True)
    label.setText("Short")
    one_line = label.heightForWidth(120)
    assert label.heightForWidth(120) == one_line  # asked again: the same answer
    label.setText("A much longer text that cannot fit on one line of a narrow panel")
    assert label.heightForWidth(120) > one_line
    wrapped = label.heightForWidth(120)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)
    assert label.heightForWidth(120) > wrapped


def test_plain_moves_drawn_from_the_layer_look_as_when_each_draws_itself(
    qtbot: Any, session: Session
) -> None:
    with shown_window(qtbot, session) as win:
        set_target_role(session, "mlops-engineer")
        set_skill_state(session, "docker", SkillState.HAVE)
        settle()
        scene = win.graph.graph_scene
        edges = scene.edge_items.values()
        on_path = [e for e in edges if e.on_path]
        assert on_path and all(not e.in_layer for e in on_path)  # drawn above, by themselves
        assert any(e.in_layer for e in edges)
        viewport = win.graph.viewport()
        layered = viewport.grab().toImage()
        scene._hold_edges(False)  # every move draws itself, as before the layer
        settle()
        assert not any(e.in_layer for e in edges)
        alone = viewport.grab().toImage()
        assert _largest_difference(layered, alone) <= 3
        scene._hold_edges(True)


def test_a_larger_font_widens_the_skills_dock_to_its_contents(qtbot: Any, session: Session) -> None:
    """Docks are measured again only when their content changes (a tick measures one): a new
    font changes the Skills panel too, which has no scroll area whose layout tells of it."""
    from pathfinder.qt.window.dock_widths import content_width

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    with shown_window(qtbot, session) as window:
        set_target_role(session, "mlops-engineer")
        settle()
        dock = window.skills_dock
        narrow = dock.minimumWidth()
        larger = QFont(before)
        larger.setPointSizeF(before.pointSizeF() * 2)
        try:
            app.setFont(larger)
            qtbot.waitUntil(lambda: dock.minimumWidth() > narrow)
            assert dock.minimumWidth() >= content_width(dock)
        finally:
            app.setFont(before)


@pytest.mark.parametrize("zoom", [1.0, 2.0, 3.0])
def test_faded_box_pictures_kept_stay_within_their_memory(qtbot: Any, zoom: float) -> None:
    """A hundred tints at a close zoom on a high-density screen once kept 230 MB of pictures."""
    from pathfinder.qt.graph import faded
    from pathfinder.qt.graph.items import BOX_H, BOX_W

    target = QImage(4000, 2000, QImage.Format.Format_ARGB32_Premultiplied)
    target.setDevicePixelRatio(2.0)
    painter = QPainter(target)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(0, 0, BOX_W, BOX_H)
    for tint in range(101):
        painter.setWorldTransform(QTransform.fromScale(zoom, zoom))
        assert faded.snap(painter, box)
        faded.draw_box(painter, box, 8, QBrush(QColor(tint, 100, 200)), QPen(QColor("gray"), 1))
    painter.end()
    kept = sum(image.sizeInBytes() for image, _ in faded._pictures.values())
    assert kept <= 16 * 1024 * 1024
    # ... and the box is still drawn: its fill is there at the last tint.
    centre = target.pixelColor(int(BOX_W * zoom), int(BOX_H * zoom))
    assert centre == QColor(100, 100, 200)


def test_the_quick_bar_is_used_under_the_window_s_own_style_too(qtbot: Any) -> None:
    """A forced theme draws with Fusion under a proxy (qt/widgets/edges.py): the quick bar was
    skipped there, as if the style were not Fusion."""
    from pathfinder.qt.widgets.edges import ReadableEdges

    edged = ReadableEdges("Fusion")
    bar = QScrollBar(Qt.Orientation.Vertical)
    qtbot.addWidget(bar)
    bar.setStyle(edged)
    assert isinstance(quick_bar(bar).style(), LengthwiseBars)


def test_a_wrapping_label_measures_again_when_its_layout_settings_change(qtbot: Any) -> None:
    """Same text, other margin, indent, wrapping or format: heights as a plain QLabel's."""
    from PySide6.QtWidgets import QLabel

    text = "Learn 14 skills: Monitoring and observability, Model performance monitoring"
    kept, plain = WrappingLabel(), QLabel()
    for label in (kept, plain):
        qtbot.addWidget(label)
        label.setWordWrap(True)
        label.setText(text)
    assert kept.heightForWidth(200) == plain.heightForWidth(200)
    changes = [
        lambda label: label.setMargin(20),
        lambda label: label.setIndent(60),
        lambda label: label.setWordWrap(False),
        lambda label: label.setTextFormat(Qt.TextFormat.RichText),
    ]
    for change in changes:
        for label in (kept, plain):
            change(label)
        assert kept.heightForWidth(200) == plain.heightForWidth(200)
