"""Gap trays ("Learn for <role>" cards) sit beside their role without hiding the graph: no
other role's box or lane name under a card, short leaders that run past no role, and a
zoomed-out summary that fits its card."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLineF, QRectF
from PySide6.QtWidgets import QApplication

from pathfinder.core.catalog import Catalog
from pathfinder.qt.graph_chips import OVERVIEW_PX, SUMMARY_FLAGS, GapTray
from pathfinder.qt.graph_scene import GraphScene
from pathfinder.qt.graph_theme import GraphTheme
from pathfinder.qt.session import Session, SkillState

TOLERANCE = 3.0  # a card may graze a box or a name by this much (scene pixels)
SHORT_LEADER = 200.0  # about two rows: farther, a card no longer reads as its role's

PLANS = {  # the plans reviewers saw cards hide roles and lane names on
    "devops to mlops": ("devops-engineer", "mlops-engineer", ("python", "docker")),
    "it support to ml infrastructure lead": (
        "it-support-specialist",
        "ml-infrastructure-lead",
        (),
    ),
    "starting out to data scientist": (None, "data-scientist", ("python", "sql", "pandas")),
}


def _scene(catalog: Catalog, current: str | None, target: str, have: tuple[str, ...]):  # type: ignore[no-untyped-def]
    session = Session(catalog)
    session.apply_skill_states(dict.fromkeys(have, SkillState.HAVE))
    session.apply_roles(current, target)
    assert session.plan is not None and session.plan.gaps
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return session, GraphScene(session, GraphTheme(app.palette()))


def _depth(a: QRectF, b: QRectF) -> float:
    """How far two rectangles overlap: the thinner side of their intersection."""
    both = a.intersected(b)
    return 0.0 if both.isEmpty() else min(both.width(), both.height())


def _crosses(line: QLineF, box: QRectF) -> bool:
    inner = box.adjusted(2, 2, -2, -2)
    return any(inner.contains(line.pointAt(i / 50)) for i in range(51))


@pytest.mark.parametrize("plan", sorted(PLANS))
def test_cards_hide_no_role_and_no_lane_name(builtin: Catalog, qtbot: object, plan: str) -> None:
    session, scene = _scene(builtin, *PLANS[plan])
    assert session.plan is not None
    path = set(session.plan.path)
    boxes = {r: item.mapRectToScene(item.box_rect) for r, item in scene.role_items.items()}
    assert scene.backdrop is not None
    labels = scene.backdrop.label_rects()
    assert len(labels) == len(scene.backdrop.lane_labels()) + 5  # lanes, then "Level 1..5"
    cards = {tray.role: tray.card_rect for tray in scene.trays}
    assert set(cards) == {g.needed_for[0] for g in session.plan.gaps}
    for role, card in cards.items():
        hidden = {r: _depth(card, box) for r, box in boxes.items() if r not in path}
        assert max(hidden.values()) <= TOLERANCE, (role, hidden)
        assert max(_depth(card, boxes[r]) for r in path) <= TOLERANCE, role
        assert max(_depth(card, label) for label in labels) <= TOLERANCE, role
        assert all(_depth(card, other) == 0 for r, other in cards.items() if r != role), role
        assert scene.sceneRect().contains(card)  # the scene grows to hold the cards
    for tray in scene.trays:
        leader = tray.leader
        assert leader.length() <= SHORT_LEADER, tray.role
        assert not [r for r, box in boxes.items() if r != tray.role and _crosses(leader, box)]
        # The leader starts on the card's own role.
        assert boxes[tray.role].adjusted(-1, -1, 1, 1).contains(leader.p1())


@pytest.mark.parametrize("plan", sorted(PLANS))
def test_zoomed_out_cards_say_whole_what_they_hold(
    builtin: Catalog, qtbot: object, plan: str
) -> None:
    session, scene = _scene(builtin, *PLANS[plan])
    catalog = session.catalog
    metrics = scene.theme.scaled("header", OVERVIEW_PX)[1]
    for tray in scene.trays:
        _assert_overview_fits(tray, f"Learn for {catalog.role_by_id[tray.role].name}", metrics)


def test_a_one_skill_card_fits_its_summary_too(builtin: Catalog, qtbot: object) -> None:
    from pathfinder.qt.graph_chips import ChipInfo

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme = GraphTheme(app.palette())
    metrics = theme.scaled("header", OVERVIEW_PX)[1]
    # A name too long for any card gives a shorter title, never a bare "Learn".
    names = {"AI Engineer": "Learn for AI Engineer", "Lead " * 30: "Skills to learn"}
    for name, title in names.items():
        tray = GapTray("r", name, [ChipInfo("git", "Git", 20, 1, "")], theme)
        _assert_overview_fits(tray, title, metrics)
        assert tray.summary.startswith("1 skill to learn")


def _assert_overview_fits(tray: GapTray, title: str, metrics) -> None:  # type: ignore[no-untyped-def]
    box = tray.summary_box
    needed = metrics.boundingRect(box, SUMMARY_FLAGS, tray.summary)
    assert box.adjusted(-0.5, -0.5, 0.5, 0.5).contains(needed), (tray.role, tray.summary)
    assert tray.summary.split()[0].isdigit()  # at least how many skills, always
    card = tray.card_rect.translated(-tray.pos())
    assert card.contains(box)
    # The title is whole at the overview size: "Learn" alone says nothing.
    assert tray.header_texts(OVERVIEW_PX)[0] == title
    assert tray.header_texts(OVERVIEW_PX)[1].endswith(" h")


def test_placement_is_the_same_every_time(builtin: Catalog, qtbot: object) -> None:
    places = []
    for _ in range(2):
        _, scene = _scene(builtin, *PLANS["it support to ml infrastructure lead"])
        places.append([(t.role, t.pos().x(), t.pos().y()) for t in scene.trays])
    assert places[0] == places[1]
