"""Profiles in the window: created on first start, saved within a second, switched, noted."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from tests.qt.conftest import start_args

from pathfinder.io.profiles import ProfileStore
from pathfinder.qt.app import _start
from pathfinder.qt.state.commands import set_skill_state, set_target_role
from pathfinder.qt.state.session import SkillState
from pathfinder.qt.window.main_window import MainWindow


@pytest.fixture
def window(started_window: MainWindow) -> MainWindow:
    return started_window


def _saved(path: Path) -> dict[str, object]:
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_first_start_creates_a_profile_and_saves_ticks_within_a_second(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
) -> None:
    keeper = window.keeper
    assert keeper is not None and keeper.path is not None and keeper.profile is not None
    assert keeper.profile.name == "My profile"
    assert window.windowTitle() == "My profile — AI & ML careers — Pathfinder"
    set_skill_state(window.session, "docker", SkillState.HAVE)
    set_skill_state(window.session, "kubernetes", SkillState.LEARNING)
    set_target_role(window.session, "mlops-engineer")
    path = keeper.path
    qtbot.waitUntil(lambda: _saved(path).get("target_role") == "mlops-engineer", timeout=1500)
    data = _saved(path)
    assert data["skills"] == {"docker": "have", "kubernetes": "learning"}
    assert data["pack"] == "ai-ml-careers"


def test_switching_profiles_follows_the_ticks(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    keeper = window.keeper
    assert keeper is not None
    set_skill_state(window.session, "python", SkillState.HAVE)
    first = keeper.path
    other = keeper.store.create("Grace", "ai-ml-careers")
    keeper.open(other.path)
    assert window.session.skill_state("python") is SkillState.NOT_YET
    assert "Grace" in window.windowTitle()
    set_skill_state(window.session, "sql", SkillState.HAVE)
    assert first is not None
    keeper.open(first)
    assert window.session.skill_state("python") is SkillState.HAVE
    assert window.session.skill_state("sql") is SkillState.NOT_YET
    assert _saved(other.path)["skills"] == {"sql": "have"}  # saved when we left it


def test_notes_are_dated_shown_and_saved(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from pathfinder.qt.profiles.learner_panel import LearnerPanel

    learner = window.findChild(LearnerPanel)
    assert learner is not None
    learner.note_edit.setPlainText("Wants to move within a year")
    qtbot.mouseClick(learner.add_button, Qt.MouseButton.LeftButton)
    assert learner.notes_list.count() == 1
    assert "Wants to move within a year" in learner.notes_list.item(0).text()
    keeper = window.keeper
    assert keeper is not None and keeper.path is not None
    keeper.save_now()
    [note] = _saved(keeper.path)["notes"]  # type: ignore[misc]
    assert note["text"] == "Wants to move within a year" and note["at"].endswith("Z")


def test_notes_are_dated_as_the_profile_switcher_dates_profiles(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    import os
    from datetime import datetime

    from pathfinder.qt.profiles.learner_panel import LearnerPanel
    from pathfinder.qt.profiles.profiles_dialog import ProfilesDialog

    keeper = window.keeper
    assert keeper is not None and keeper.path is not None
    data = _saved(keeper.path)
    data["notes"] = [{"at": "2026-11-29T10:00:00Z", "text": "Met Ada"}]
    keeper.path.write_text(json.dumps(data), encoding="utf-8")
    moment = datetime.fromisoformat("2026-11-29T10:00:00+00:00").timestamp()
    os.utime(keeper.path, (moment, moment))  # the switcher shows when the file changed
    keeper.open(keeper.path)
    learner = window.findChild(LearnerPanel)
    assert learner is not None
    when, text = learner.notes_list.item(0).text().split("\n")
    assert text == "Met Ada"
    switcher = ProfilesDialog(keeper, window)
    qtbot.addWidget(switcher)
    listed = switcher.list.item(0).text()
    assert listed.endswith(f"changed {when}"), (listed, when)
    assert re.fullmatch(r"\d{1,2} \w+\.? \d{4}, \d{2}:\d{2}", when), when  # "29 Nov 2026, 10:00"


def test_interests_feed_suggestions(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from pathfinder.qt.profiles.learner_panel import LearnerPanel

    learner = window.findChild(LearnerPanel)
    assert learner is not None and learner.interest_checks
    tag = next(iter(learner.interest_checks))
    learner.interest_checks[tag].setChecked(True)
    assert window.session.interests == (tag,)
    assert any(tag in s.matched_interests for s in window.session.suggestions)


def test_ids_the_pack_lacks_are_kept_and_shown(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    profile = tmp_path / "carried.json"
    profile.write_text(
        json.dumps(
            {
                "pathfinder_profile": 1,
                "name": "Ada",
                "pack": "ai-ml-careers",
                "skills": {"python": "have", "cobol": "have"},
                "target_role": "astronaut",
                "x-counsellor": {"room": 4},
            }
        ),
        encoding="utf-8",
    )
    win = MainWindow()
    qtbot.addWidget(win)
    _start(win, start_args(win_profile=profile))
    assert win.session.skill_state("python") is SkillState.HAVE
    from pathfinder.qt.profiles.learner_panel import LearnerPanel

    learner = win.findChild(LearnerPanel)
    assert learner is not None
    assert "cobol" in learner.missing.text() and "astronaut" in learner.missing.text()
    set_skill_state(win.session, "git", SkillState.HAVE)
    assert win.keeper is not None and win.keeper.save_now()
    data = _saved(profile)
    assert data["skills"] == {"cobol": "have", "python": "have", "git": "have"}
    assert data["target_role"] == "astronaut"
    assert data["x-counsellor"] == {"room": 4}


def test_two_windows_on_one_profile_do_not_overwrite_silently(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    keeper = window.keeper
    assert keeper is not None and keeper.path is not None
    other = ProfileStore(keeper.store.folder)
    theirs = other.load(keeper.path)
    theirs.skills = {"git": "learning"}
    other.save(theirs, keeper.path)
    set_skill_state(window.session, "git", SkillState.HAVE)  # the same skill: asked
    with qtbot.waitSignal(keeper.conflict, timeout=2000):
        pass
    assert _saved(keeper.path)["skills"] == {"git": "learning"}  # their change is still there
    box = window.findChild(QMessageBox)
    assert box is not None and "changed outside this window" in box.text()
    assert "in the same fields as here: skills.git" in box.text()
    keep = next(b for b in box.buttons() if b.text() == "Keep mine")
    keep.click()
    assert _saved(keeper.path)["skills"] == {"git": "have"}


def test_two_windows_editing_different_fields_keep_both(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    keeper = window.keeper
    assert keeper is not None and keeper.path is not None
    other = ProfileStore(keeper.store.folder)
    theirs = other.load(keeper.path)
    theirs.name = "Changed elsewhere"
    theirs.skills = {"docker": "have"}
    other.save(theirs, keeper.path)
    with qtbot.assertNotEmitted(keeper.conflict):
        set_skill_state(window.session, "git", SkillState.HAVE)
        assert keeper.save_now()
    saved = _saved(keeper.path)
    assert saved["name"] == "Changed elsewhere"
    assert saved["skills"] == {"docker": "have", "git": "have"}
    assert window.session.skill_state("docker") is SkillState.HAVE  # shown here too
    assert window.windowTitle().startswith("Changed elsewhere")


def _other_window_saves(keeper_path: Path, folder: Path, skill: str, mark: str = "have") -> None:
    """What a second Pathfinder window on the same profile folder does."""
    other = ProfileStore(folder)
    theirs = other.load(keeper_path)
    theirs.skills = {**theirs.skills, skill: mark}  # type: ignore[dict-item]
    other.save(theirs, keeper_path)


def test_switching_away_during_a_conflict_keeps_my_ticks_and_the_profile_open(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
) -> None:
    keeper = window.keeper
    assert keeper is not None and keeper.path is not None
    ada = keeper.path
    grace = keeper.store.create("Grace", "ai-ml-careers")
    set_skill_state(window.session, "sql", SkillState.HAVE)  # mine, not saved yet
    _other_window_saves(ada, keeper.store.folder, "sql", "learning")
    from pathfinder.io.profiles import ProfileError

    with pytest.raises(ProfileError, match="stays open and nothing is lost"):
        keeper.open(grace.path)
    assert keeper.path == ada and window.session.skill_state("sql") is SkillState.HAVE
    box = next(b for b in window.findChildren(QMessageBox) if "outside this window" in b.text())
    next(b for b in box.buttons() if b.text() == "Keep mine").click()
    assert _saved(ada)["skills"] == {"sql": "have"}  # mine, in Ada's file
    assert _saved(grace.path)["skills"] == {}  # Grace was never written with Ada's ticks
    keeper.open(grace.path)  # now the switch goes through
    assert keeper.path == grace.path


def test_load_the_other_version_reloads_the_same_profile(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    keeper = window.keeper
    assert keeper is not None and keeper.path is not None
    set_skill_state(window.session, "sql", SkillState.HAVE)
    _other_window_saves(keeper.path, keeper.store.folder, "sql", "learning")
    assert not keeper.save_now()
    assert not keeper.save_now()  # still waiting for the answer: no second question
    boxes = [b for b in window.findChildren(QMessageBox) if "outside this window" in b.text()]
    assert len(boxes) == 1
    next(b for b in boxes[0].buttons() if b.text() == "Load the other version").click()
    assert window.session.skill_state("sql") is SkillState.LEARNING
    assert keeper.save_now() and _saved(keeper.path)["skills"] == {"sql": "learning"}


def test_a_window_that_changed_nothing_leaves_the_other_windows_save_alone(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
) -> None:
    keeper = window.keeper
    assert keeper is not None and keeper.path is not None
    ada = keeper.path
    grace = keeper.store.create("Grace", "ai-ml-careers")
    _other_window_saves(ada, keeper.store.folder, "docker")
    with qtbot.assertNotEmitted(keeper.conflict):
        keeper.open(grace.path)  # we only looked at Ada: nothing to save, nothing to ask
    assert _saved(ada)["skills"] == {"docker": "have"}


def test_a_tick_just_before_opening_another_pack_is_saved(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    from pathfinder.io.packs import load_pack
    from pathfinder.paths import builtin_pack

    keeper = window.keeper
    assert keeper is not None and keeper.path is not None
    set_skill_state(window.session, "tensorflow", SkillState.HAVE)  # autosave not yet due
    tiny = Path(__file__).parents[1] / "fixtures" / "tiny.yaml"
    window.session.replace_catalog(load_pack(tiny), tiny)
    assert "tensorflow" in _saved(keeper.path)["skills"]  # type: ignore[operator]
    window.session.replace_catalog(load_pack(builtin_pack()), builtin_pack())
    assert window.session.skill_state("tensorflow") is SkillState.HAVE


def test_closing_with_changes_that_cannot_be_saved_asks_first(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    keeper = window.keeper
    assert keeper is not None

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(keeper.store, "save", disk_full)
    set_skill_state(window.session, "git", SkillState.HAVE)
    assert not window.close()
    assert window.isVisible()
    box = next(b for b in window.findChildren(QMessageBox) if "could not be saved" in b.text())
    next(b for b in box.buttons() if b.text() == "Close without saving").click()
    assert not window.isVisible()


def test_the_switcher_highlights_the_profile_that_is_open(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from pathfinder.qt.profiles.profiles_dialog import ProfilesDialog

    keeper = window.keeper
    assert keeper is not None
    for name in ("Aaron", "Zoe"):
        keeper.store.create(name, "ai-ml-careers")
    grace = keeper.store.create("Grace", "ai-ml-careers")
    keeper.open(grace.path)
    switcher = ProfilesDialog(keeper, window)
    qtbot.addWidget(switcher)
    assert switcher.list.currentItem().text().startswith("Grace  (open now)")


def test_a_role_skill_marked_not_held_is_saved_and_comes_back(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from pathfinder.qt.state.commands import set_current_role, set_not_held

    keeper = window.keeper
    assert keeper is not None and keeper.path is not None
    first = keeper.path
    set_current_role(window.session, "devops-engineer")
    set_not_held(window.session, "kubernetes", lacking=True)
    qtbot.waitUntil(lambda: _saved(first).get("not_held") == ["kubernetes"], timeout=1500)
    assert _saved(first)["skills"] == {}  # the role's other skills are not written as ticks
    other = keeper.store.create("Grace", "ai-ml-careers")
    keeper.open(other.path)
    assert window.session.not_held == frozenset()
    keeper.open(first)
    assert window.session.not_held == {"kubernetes"}
    assert window.session.is_from_role("docker") and not window.session.is_from_role("kubernetes")
