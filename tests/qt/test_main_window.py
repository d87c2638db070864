"""The whole window, driven as a learner would: tick, choose, undo, search, open packs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from tests.qt_fixtures import settle

from pathfinder.io.packs import load_pack
from pathfinder.qt.state.commands import set_skill_state, set_target_role
from pathfinder.qt.state.session import Session, SkillState
from pathfinder.qt.window.main_window import MainWindow
from pathfinder.qt.window.pack_errors_dialog import PackErrorsDialog

FIXTURES = Path(__file__).parents[1] / "fixtures"


@pytest.fixture
def window(qtbot, session: Session) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_title_and_first_hint(window: MainWindow) -> None:
    assert window.windowTitle() == "AI & ML careers — Pathfinder"
    assert window.hint.isVisible()
    assert "tick the skills you already have" in window.hint.label.text()


def test_undo_and_redo_through_the_keyboard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    set_target_role(session, "mlops-engineer")
    set_skill_state(session, "docker", SkillState.HAVE)
    assert session.skill_state("docker") is SkillState.HAVE
    assert not window.hint.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.skill_state("docker") is SkillState.NOT_YET
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert session.skill_state("docker") is SkillState.HAVE
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert session.target_role is None


def test_toolbar_undo_keeps_a_short_label_and_says_the_rest_in_its_tooltip(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QToolBar

    toolbar = window.findChild(QToolBar, "MainToolbar")
    assert toolbar is not None
    undo = toolbar.widgetForAction(window.undo_action)
    redo = toolbar.widgetForAction(window.redo_action)
    compare = toolbar.widgetForAction(window.compare_action)
    assert (undo.text(), redo.text()) == ("Undo", "Redo")
    where = compare.geometry()
    for state in (SkillState.HAVE, SkillState.LEARNING):
        set_skill_state(window.session, "cert-ckad", state)
        settle()  # the toolbar lays itself out again after a label change
        assert undo.text() == "Undo"
        assert compare.geometry() == where  # nothing on the toolbar moved
    long_name = "Certified Kubernetes Application Developer (CKAD)"
    assert undo.toolTip() == f"Undo Mark {long_name} as learning"
    assert window.undo_action.text() == f"&Undo Mark {long_name} as learning"  # the Edit menu
    window.undo_action.trigger()
    settle()
    assert redo.text() == "Redo" and redo.toolTip() == f"Redo Mark {long_name} as learning"
    assert compare.geometry() == where


def test_search_box_finds_a_role(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "MLOps Engineer")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.session.selected_role == "mlops-engineer"
    window.search.setText("no such thing")
    window.run_search()
    assert "Nothing matches" in window.statusBar().currentMessage()


def test_search_takes_names_and_aliases_as_the_command_line_does(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    # As `plan --to`: any case, underscores or hyphens for spaces, an alias for the role.
    for typed, role in (
        ("DATA_SCIENTIST", "data-scientist"),
        ("associate mlops engineer", "junior-mlops-engineer"),  # an alias of that role
    ):
        window.search.setText(typed)
        window.run_search()
        assert window.session.selected_role == role, typed


def test_searching_for_a_skill_shows_it_in_the_skills_list(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.skills_panel.filter_edit.setText("python")  # a filter that hides the skill
    window.search.setText("Kubernetes")
    window.run_search()
    view = window.skills_panel.view
    assert view.currentIndex().data() == "Kubernetes"
    assert window.skills_panel.filter_edit.text() == ""
    role = window.session.selected_role
    assert role is not None and "kubernetes" in window.session.catalog.role_by_id[role].essential
    assert (
        window.statusBar()
        .currentMessage()
        .startswith("Kubernetes is a skill: shown in the Skills list, and ")
    )


def test_invalid_pack_is_explained_and_the_old_one_stays(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    set_skill_state(session, "python", SkillState.HAVE)
    before = session.catalog
    assert not window.open_pack(FIXTURES / "broken.yaml")
    dialog = window.last_error_dialog
    assert isinstance(dialog, PackErrorsDialog)
    assert "broken.yaml:2:5: 'Broken Pack' is not a valid id" in dialog.details.toPlainText()
    from PySide6.QtWidgets import QLabel

    intro = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(t.startswith("17 problems in ") and "still loaded" in t for t in intro), intro
    assert session.catalog is before
    assert session.skill_state("python") is SkillState.HAVE
    dialog.close()


def test_opening_another_pack_keeps_matching_ticks(window: MainWindow) -> None:
    session = window.session
    set_skill_state(session, "python", SkillState.HAVE)
    set_skill_state(session, "mlflow", SkillState.HAVE)
    assert window.open_pack(FIXTURES / "tiny.yaml")
    assert session.catalog.id == "tiny"
    assert window.windowTitle() == "Tiny test pack — Pathfinder"
    assert session.skill_state("python") is SkillState.HAVE
    assert session.skill_state("mlflow") is SkillState.NOT_YET  # not in the tiny pack


def test_changed_pack_file_offers_a_reload(qtbot, tmp_path: Path, session: Session) -> None:  # type: ignore[no-untyped-def]
    pack = tmp_path / "mine.yaml"
    pack.write_text((FIXTURES / "tiny.yaml").read_text())
    session.replace_catalog(load_pack(pack), pack)
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.show()
    pack.write_text(pack.read_text().replace("name: Tiny test pack", "name: Tiny, edited"))
    qtbot.waitUntil(win.reload_bar.isVisible, timeout=5000)
    assert "mine.yaml changed on disk" in win.reload_bar.label.text()
    qtbot.mouseClick(win.reload_bar.action, Qt.MouseButton.LeftButton)
    assert session.catalog.name == "Tiny, edited"
    assert not win.reload_bar.isVisible()


def test_snapshot_writes_an_image_of_the_requested_size(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pathfinder",
            "--snapshot",
            str(out),
            "--size",
            "1024x700",
            "--have",
            "python,git",
            "--from",
            "software-developer",
            "--to",
            "ml-engineer",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)
    # Not a blank picture: many distinct colours were painted.
    colours = {image.pixel(x, y) for x in range(0, 1024, 16) for y in range(0, 700, 16)}
    assert len(colours) > 20


def test_snapshot_with_an_unknown_role_says_so(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pathfinder",
            "--snapshot",
            str(tmp_path / "x.png"),
            "--to",
            "ml-enginer",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 2
    assert "unknown role 'ml-enginer' (did you mean 'ml-engineer'?)" in done.stderr


@pytest.mark.parametrize("where", ["missing/shot.png", "folder.png"])
def test_snapshot_to_an_unwritable_place_is_bad_input(tmp_path: Path, where: str) -> None:
    (tmp_path / "folder.png").mkdir()
    out = tmp_path / where
    done = subprocess.run(
        [sys.executable, "-m", "pathfinder", "--snapshot", str(out), "--size", "400x300"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr  # exit codes as in docs/bad-input.md
    reason = "No such file or directory" if where.startswith("missing") else "Is a directory"
    assert f"pathfinder: {out}: cannot write the snapshot: {reason}" in done.stderr
    assert not (tmp_path / "missing").exists()


def test_layout_is_restored_next_time(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    first = MainWindow(session)
    qtbot.addWidget(first)
    first.resize(700, 500)  # the offscreen screen is 800x600: stay inside it
    first.show()
    first.skills_dock.hide()
    first.close()  # saves geometry and dock state
    second = MainWindow(session)
    qtbot.addWidget(second)
    second.restore_layout(QSettings())
    second.show()
    assert (second.width(), second.height()) == (700, 500)
    assert second.skills_dock.isHidden()


def test_start_up_with_a_broken_pack_explains_and_opens_the_builtin(qtbot, capsys) -> None:  # type: ignore[no-untyped-def]
    import argparse

    from pathfinder.qt.app import _start

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.loading.text() == "Opening the career pack…"
    assert not window.compare_action.isEnabled()
    args = argparse.Namespace(
        pack=FIXTURES / "broken.yaml",
        win_have=["python"],
        win_from=None,
        win_to=None,
        theme="system",
    )
    _start(window, args)
    assert window.session.catalog.id == "ai-ml-careers"
    assert window.compare_action.isEnabled()
    assert "broken.yaml:2:5:" in window.last_error_dialog.details.toPlainText()
    assert "broken.yaml:2:5:" in capsys.readouterr().err
    window.last_error_dialog.close()


def test_start_up_state_from_the_command_line(qtbot) -> None:  # type: ignore[no-untyped-def]
    import argparse

    from pathfinder.qt.app import _start

    window = MainWindow()
    qtbot.addWidget(window)
    args = argparse.Namespace(
        pack=None,
        win_have=["python", "docker"],
        win_from="devops-engineer",
        win_to="mlops-engineer",
        theme="system",
    )
    _start(window, args)
    session = window.session
    assert session.have == {"python", "docker"}
    assert session.plan is not None and session.plan.path[0] == "devops-engineer"
    # The flags are edits of the learner's profile, so each can be undone (issue 13).
    assert window.undo_action.text() == "&Undo Set target to MLOps Engineer"
    assert not window.hint.isVisible()


def test_an_empty_start_role_is_unknown_in_the_window_too(session: Session) -> None:
    """`pathfinder --from ''` is refused like `--to ''`, not silently taken as no role."""
    from tests.qt.conftest import start_args

    from pathfinder.core.planner import UnknownIdError
    from pathfinder.qt.app import apply_start_state

    with pytest.raises(UnknownIdError, match=r"^unknown role ''$"):
        apply_start_state(session, start_args(win_from="", win_to="ml-engineer"))
    with pytest.raises(UnknownIdError, match=r"^unknown role ''$"):
        apply_start_state(session, start_args(win_from=""))
    assert session.current_role is None


ADA = (
    '{"pathfinder_profile": 1, "name": "Ada Byron", "pack": "ai-ml-careers",'
    ' "current_role": "devops-engineer", "target_role": "ml-platform-engineer",'
    ' "skills": {"python": "have", "sql": "have"}, "hours_per_week": 20}'
)


def test_snapshot_shows_the_profile_with_the_flags_on_top(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    import argparse

    from pathfinder.paths import builtin_pack
    from pathfinder.qt.snapshot import snapshot_session

    profile = tmp_path / "ada.json"
    profile.write_text(ADA, encoding="utf-8")
    args = argparse.Namespace(
        win_profile=profile, win_have=["git"], win_from=None, win_to="mlops-engineer"
    )
    catalog = load_pack(builtin_pack())
    session, name = snapshot_session(args, catalog, builtin_pack())
    assert name == "Ada Byron"
    assert session.current_role == "devops-engineer"  # the profile's
    assert session.target_role == "mlops-engineer"  # --to over the profile's
    assert {"python", "sql", "git"} <= set(session.have)  # the profile's and --have's
    assert session.hours_per_week == 20
    assert profile.read_text(encoding="utf-8") == ADA  # read, never written


def test_snapshot_title_names_the_profile_and_leaves_it_unchanged(tmp_path: Path) -> None:
    profile = tmp_path / "ada.json"
    profile.write_text(ADA, encoding="utf-8")
    out = tmp_path / "shot.png"
    done = subprocess.run(
        [sys.executable, "-m", "pathfinder", "--snapshot", str(out), "--size", "800x600",
         "--profile", str(profile)],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert QImage(str(out)).text("Title").startswith("Ada Byron — AI & ML careers")
    assert profile.read_text(encoding="utf-8") == ADA
    profile.write_text("{", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pathfinder", "--snapshot", str(out), "--profile", str(profile)],
        capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2 and f"{profile}:1:" in done.stderr, done.stderr


def test_a_snapshot_leaves_the_learner_s_window_layout_alone(tmp_path: Path) -> None:
    """A snapshot at another size used to save that size as the learner's window layout."""
    import os

    settings = tmp_path / "config" / "Pathfinder" / "Pathfinder.conf"
    settings.parent.mkdir(parents=True)
    settings.write_text("[window]\ngeometry=kept\n", encoding="utf-8")
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run(
        [sys.executable, "-m", "pathfinder", "--snapshot", str(tmp_path / "shot.png"),
         "--size", "640x480"],
        capture_output=True, text=True, check=False, timeout=120, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert QImage(str(tmp_path / "shot.png")).width() >= 640
    assert settings.read_text(encoding="utf-8") == "[window]\ngeometry=kept\n"
    assert [p.name for p in settings.parent.iterdir()] == ["Pathfinder.conf"]
