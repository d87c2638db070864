"""The window at full size, on a synthetic pack as big as ESCO (tests/big_pack.py): a bounded
graph around the learner, a skill filter over 13,896 skills, search by other names, and a
first opening that shows progress while the window keeps answering."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from tests.big_pack import ROLES, SKILLS, write_big_pack
from tests.qt.conftest import start_args

from pathfinder.core.catalog import Catalog
from pathfinder.io import pack_cache
from pathfinder.io.pack_cache import load_pack_cached
from pathfinder.qt.graph.focus import BIG_PACK_ROLES, MOST_SHOWN
from pathfinder.qt.graph.zooming import MIN_ZOOM
from pathfinder.qt.skills.panel import EXPAND_ROWS
from pathfinder.qt.state.commands import set_skill_state
from pathfinder.qt.state.session import Session, SkillState
from pathfinder.qt.window.main_window import MainWindow

CURRENT, TARGET = "r40-textiles-technician", "r120-crops-assistant"


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_big_pack(tmp_path_factory.mktemp("big") / "big.yaml")


@pytest.fixture(scope="module")
def big(big_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    return load_pack_cached(big_file, tmp_path_factory.mktemp("cache")).catalog


@pytest.fixture
def window(qtbot: QtBot, big: Catalog, big_file: Path) -> MainWindow:
    win = MainWindow(Session(big, big_file))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_synthetic_pack_is_esco_sized(big: Catalog) -> None:
    assert (len(big.roles), len(big.skills)) == (ROLES, SKILLS)
    links = sum(len(r.essential) + len(r.optional) for r in big.roles)
    assert 120_000 < links < 130_000


def test_graph_shows_a_bounded_neighbourhood_around_the_learner(window: MainWindow) -> None:
    session, graph = window.session, window.graph
    scene = graph.graph_scene
    # Nothing picked yet: the roles that fit best, and where they lead.
    assert 0 < len(scene.role_items) <= MOST_SHOWN
    assert {s.role for s in session.suggestions} <= set(scene.role_items)
    session.apply_roles(CURRENT, TARGET)
    shown = set(scene.role_items)
    plan = session.plan
    assert plan is not None
    assert {CURRENT, TARGET, *plan.path} <= shown
    assert len(shown) <= MOST_SHOWN
    assert all(key[0] in shown and key[1] in shown for key in scene.edge_items)
    assert graph.focus_bar.isVisible()
    assert str(len(shown)) in graph.focus_bar.label.text()
    # Readable, not shrunk to fit: role names are drawn at this zoom.
    assert graph.zoom() >= 0.5


def test_a_tick_does_not_reshuffle_the_neighbourhood(window: MainWindow) -> None:
    session, scene = window.session, window.graph.graph_scene
    session.apply_roles(CURRENT, TARGET)
    items = dict(scene.role_items)
    plan = session.plan
    assert plan is not None
    # A skill no role on the path needs: fits elsewhere change, the picture stays.
    needed = {s for r in plan.path for s in session.catalog.role_by_id[r].essential}
    spare = next(s.id for s in session.catalog.skills if s.id not in needed)
    set_skill_state(session, spare, SkillState.HAVE)
    assert scene.role_items == items


def test_showing_more_roles_keeps_the_boxes_and_arrows_already_drawn(
    window: MainWindow,
) -> None:
    session, scene = window.session, window.graph.graph_scene
    session.apply_roles(CURRENT, TARGET)
    roles, edges = dict(scene.role_items), dict(scene.edge_items)
    family = session.catalog.role_by_id[TARGET].family
    window.graph.show_family(family)
    # The family's other roles join the picture; what was drawn is moved, not drawn anew,
    # and still shows the learner's path.
    assert set(scene.role_items) > set(roles)
    assert all(scene.role_items[r] is item for r, item in roles.items())
    assert all(scene.edge_items[k] is edge for k, edge in edges.items() if k in scene.edge_items)
    assert all(item.scene() is scene for item in scene.role_items.values())
    assert scene.role_items[TARGET].is_target and scene.role_items[CURRENT].is_current
    window.graph.focus_bar.reset_button.click()
    assert set(scene.role_items) == set(roles)
    assert all(scene.role_items[r] is item for r, item in roles.items())


def test_family_and_whole_graph_on_request(window: MainWindow) -> None:
    graph, catalog = window.graph, window.session.catalog
    scene, bar = graph.graph_scene, graph.focus_bar
    family = catalog.role_by_id[TARGET].family
    members = {r.id for r in catalog.roles if r.family == family}
    graph.show_family(family)
    assert members <= set(scene.role_items)
    assert bar.reset_button.isVisible()

    bar.all_button.click()
    assert len(scene.role_items) == ROLES
    assert scene.shows_every_role and "all" in bar.label.text()
    # The whole taxonomy fits the window: far below the normal smallest zoom, where only
    # marks are drawn and ordinary moves are hidden.
    assert graph.zoom() < MIN_ZOOM
    hidden = [e for e in scene.edge_items.values() if not e.isVisible()]
    assert len(hidden) == len(scene.edge_items)  # no target yet: no path to keep
    window.grab()  # paints every mark without error

    bar.all_button.click()
    assert not scene.shows_every_role
    assert members <= set(scene.role_items)  # the family asked for is still there
    bar.reset_button.click()
    assert len(scene.role_items) <= MOST_SHOWN


def test_search_finds_a_role_by_another_name_and_shows_it(window: MainWindow) -> None:
    role = window.session.catalog.roles[2345]
    alias = role.aliases[0]
    assert role.id not in window.graph.graph_scene.role_items
    window.search.setText(alias.upper())
    window.run_search()
    assert window.session.selected_role == role.id
    assert role.id in window.graph.graph_scene.role_items


def test_skill_filter_narrows_thirteen_thousand_skills_as_you_type(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.skills_panel
    proxy = panel.proxy
    assert proxy.match_count == SKILLS
    # Too many rows to open them all: categories stay closed until the list is short.
    opened = sum(
        proxy.rowCount(proxy.index(r, 0))
        for r in range(proxy.rowCount())
        if panel.view.isExpanded(proxy.index(r, 0))
    )
    assert opened <= EXPAND_ROWS
    skill = window.session.catalog.skills[1234]
    timings = []
    typed = ""
    for word in skill.name.split():
        typed = f"{typed} {word}".strip()
        began = time.perf_counter()
        panel.filter_edit.setText(typed.upper())
        qtbot.waitUntil(lambda t=typed: proxy.needle == t)  # the typing is coalesced
        timings.append(time.perf_counter() - began)
    assert 1 <= proxy.match_count < 5
    category = proxy.index(0, 0)
    assert panel.view.isExpanded(category)
    assert proxy.index(0, 0, category).data() == skill.name
    panel.filter_edit.clear()
    qtbot.waitUntil(lambda: proxy.match_count == SKILLS)
    assert max(timings) < 1.0  # the benchmark holds it to 50 ms; this catches a regression


def test_builtin_pack_still_shows_every_role(started_window: MainWindow) -> None:
    catalog = started_window.session.catalog
    assert len(catalog.roles) <= BIG_PACK_ROLES
    assert set(started_window.graph.graph_scene.role_items) == {r.id for r in catalog.roles}
    assert not started_window.graph.focus_bar.isVisible()


def test_first_opening_shows_progress_and_the_window_keeps_answering(
    qtbot: QtBot,
    big_file: Path,
    big: Catalog,
) -> None:
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    from pathfinder.qt.app import _start

    stages: list[str] = []
    gaps: list[int] = []
    clock = QElapsedTimer()
    clock.start()

    def beat() -> None:
        gaps.append(clock.restart())

    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(beat)
    heartbeat.start()
    _start(win, start_args(pack=big_file))  # a fresh user cache folder: read from YAML
    loader = win.loader
    loader.stageChanged.connect(stages.append)
    assert loader.busy and not hasattr(win, "session")
    qtbot.waitUntil(lambda: loader.dialog.isVisible(), timeout=5000)
    assert "big.yaml" in loader.dialog.labelText()
    qtbot.waitUntil(lambda: hasattr(win, "session"), timeout=120_000)
    heartbeat.stop()
    assert stages == [pack_cache.READING, pack_cache.PARSING, pack_cache.SAVING]
    assert not loader.dialog.isVisible() and not loader.from_cache
    assert win.session.catalog.model_dump() == big.model_dump()
    # The event loop kept turning while the pack was read: typical gaps are a frame or so;
    # the longest is one uninterruptible validation step. How long that step takes depends
    # on how busy the machine is, so it is judged against the whole opening: a window that
    # froze would have one gap as long as the opening itself.
    total = sum(gaps)
    print(
        f"event loop gaps while reading: median {statistics.median(gaps)} ms, "
        f"max {max(gaps)} ms of {total} ms"
    )
    # On a quiet machine the median gap is about 15 ms; the bounds leave room for a busy one
    # (36 ms seen with two test runs at once) and still fail for a window that froze.
    assert len(gaps) > 10
    assert statistics.median(gaps) < 200, gaps
    assert max(gaps) < total / 2, (max(gaps), total)

    # The second opening comes from the cache and equals the first.
    stages.clear()
    before = win.session.catalog
    assert win.open_pack(big_file)
    qtbot.waitUntil(lambda: not loader.busy, timeout=60_000)
    assert loader.from_cache and stages[-1] == pack_cache.CACHED
    assert win.session.catalog is not before
    assert win.session.catalog.model_dump() == big.model_dump()


def test_cancelling_keeps_the_current_pack(
    qtbot: QtBot, window: MainWindow, big_file: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.yaml"
    copy.write_bytes(big_file.read_bytes() + b"\n# an edit: not in the cache\n")
    session = window.session
    catalog = session.catalog
    assert window.open_pack(copy)
    assert window.loader.busy
    dialog = window.loader.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    dialog.findChild(QPushButton).click()  # the learner clicks Cancel
    assert not window.loader.busy
    assert window.session is session and session.catalog is catalog
    assert window.loader.wait()  # the dropped read ends on its own
    QApplication.processEvents()
    assert session.catalog is catalog and session.pack_path == big_file


def test_a_broken_big_pack_is_explained(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, big_file: Path
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_bytes(big_file.read_bytes().replace(b"level: 3", b"level: 9", 1))
    catalog = window.session.catalog
    assert window.open_pack(broken)
    qtbot.waitUntil(lambda: not window.loader.busy, timeout=120_000)
    dialog = window.last_error_dialog
    assert dialog.isVisible()
    assert window.session.catalog is catalog
    key = pack_cache.pack_key(broken.read_bytes())
    assert not list(pack_cache.default_cache_dir().glob(f"{key}*"))  # nothing cached
    dialog.close()  # a modal dialog left open takes the mouse from the tests that follow
