"""Issue 13: a learner's data is never lost or rewritten. One test per numbered finding,
fed as the learner or an unlucky counsellor met it; each failed on the code before the fix.

The store-level guarantees (lock, merge, swapped links, limits) are in
tests/io/test_profile_guard.py; these open the window as `pathfinder` does.
"""

from __future__ import annotations

import json
import os
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from pathfinder.io.profiles import ProfileStore
from pathfinder.qt.profiles import keeper as profile_keeper
from pathfinder.qt.state.commands import set_skill_state, set_target_role
from pathfinder.qt.state.session import SkillState
from tests.hardening.common import run_python


def profiles_folder(home: Path) -> Path:
    folder = home / "data" / "Pathfinder" / "profiles"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def write_profile(home: Path, **fields: Any) -> Path:
    path = profiles_folder(home) / "ada.json"
    data = {"pathfinder_profile": 1, "name": "Ada", "pack": "ai-ml-careers", **fields}
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return path


def saved(path: Path) -> dict[str, Any]:
    return dict(json.loads(path.read_text(encoding="utf-8")))


def boxes(window: Any, words: str) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox) if words in b.text() and b.isVisible()]


# ----- 1. a valid profile crashed the process -------------------------------------------------


def test_1_a_pace_nobody_can_study_never_ends_the_process(tmp_path: Path) -> None:
    """`"hours_per_week": 5e-324`, a tick and a click on a role ended in SIGSEGV (139)."""
    home = tmp_path / "home"
    script = textwrap.dedent(
        f"""
        import json, os, sys
        from pathlib import Path
        home = Path({str(home)!r})
        for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                         ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
            (home / sub).mkdir(parents=True, exist_ok=True)
            os.environ[var] = str(home / sub)
        folder = home / "data" / "Pathfinder" / "profiles"
        folder.mkdir(parents=True)
        (folder / "ada.json").write_text(json.dumps(
            {{"pathfinder_profile": 1, "name": "Ada", "hours_per_week": 5e-324}}))
        from PySide6.QtWidgets import QApplication, QMessageBox
        from pathfinder.qt.app import _start
        from pathfinder.qt.window.main_window import MainWindow
        from pathfinder.qt.state.commands import set_skill_state, set_target_role
        from pathfinder.qt.state.session import SkillState
        from tests.hardening.conftest import start_args
        app = QApplication([])
        window = MainWindow()
        window.show()
        _start(window, start_args())
        set_skill_state(window.session, "python", SkillState.HAVE)
        window.session.select_role("ml-engineer")
        set_target_role(window.session, "ml-engineer")
        app.processEvents()
        told = [b.text() for b in window.findChildren(QMessageBox)]
        print("pace", window.session.hours_per_week)
        print("told", " ".join(told))
        """
    )
    run = run_python(script)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "pace 8.0" in run.stdout  # a fresh profile, at the default pace
    assert "hours_per_week: must be at least 0.5, not 5e-324" in run.stdout  # and told why


def test_1_the_pace_in_the_window_stays_within_the_documented_bounds(open_window: Any) -> None:
    window = open_window()
    window.session.set_hours_per_week(5e-324)
    assert window.session.hours_per_week == 0.5
    window.session.set_hours_per_week(1e300)
    assert window.session.hours_per_week == 168
    assert window.keeper.save_now()
    assert saved(window.keeper.path)["hours_per_week"] == 168


# ----- 2. a stuck window after a failed "Load the other version" ------------------------------


def test_2_a_failed_load_of_the_other_version_never_leaves_the_window_stuck(
    open_window: Any, qtbot: Any
) -> None:
    window = open_window()
    keeper = window.keeper
    path = keeper.path
    other = ProfileStore(keeper.store.folder)
    theirs = other.load(path)
    theirs.skills = {"git": "learning"}
    other.save(theirs, path)
    set_skill_state(window.session, "git", SkillState.HAVE)
    assert not keeper.save_now()  # the same skill: asked
    path.write_text('{"pathfinder_profile": 1, "na', encoding="utf-8")  # half-written elsewhere
    [box] = boxes(window, "changed outside this window")
    next(b for b in box.buttons() if b.text() == "Load the other version").click()
    assert not keeper.conflict_pending
    assert saved(path)["skills"] == {"git": "have"}  # ours, written
    set_skill_state(window.session, "sql", SkillState.HAVE)  # later edits are saved again
    assert keeper.save_now() and saved(path)["skills"] == {"git": "have", "sql": "have"}
    assert window.close()  # and the window closes without a kill
    damaged = list((keeper.store.folder / "damaged").glob("*.json"))
    assert [p.read_text(encoding="utf-8") for p in damaged] == ['{"pathfinder_profile": 1, "na']


# ----- 3. start-up flags rewrote the saved profile --------------------------------------------


@pytest.mark.parametrize(
    ("flags", "changed"),
    [
        ({"win_from": "data-analyst"}, {"current_role": "data-analyst"}),
        ({"win_to": "data-engineer"}, {"target_role": "data-engineer"}),
        ({"win_have": ["docker"]}, {"skills": {"docker": "have", "git": "learning"}}),
    ],
)
def test_3_a_start_up_flag_changes_what_it_names_as_an_edit_to_undo(
    open_window: Any, home: Path, flags: dict[str, Any], changed: dict[str, Any]
) -> None:
    before = {
        "current_role": "software-developer",
        "target_role": "ml-engineer",
        "skills": {"docker": "learning", "git": "learning"},
    }
    path = write_profile(home, **before)
    window = open_window(win_profile=path, **flags)
    assert window.keeper.save_now()
    on_disk = saved(path)
    assert {k: on_disk[k] for k in before} == {**before, **changed}
    window.session.undo_stack.undo()
    assert window.keeper.save_now()
    assert {k: saved(path)[k] for k in before} == before


# ----- 4. another pack lost the learner's data ------------------------------------------------

OTHER_PACK = """\
pathfinder: 1
id: bootcamp
name: Bootcamp
version: "1"
skills:
  - {id: git, name: Git, category: Tools, effort_hours: 10}
  - {id: html, name: HTML, category: Web, effort_hours: 20}
roles:
  - {id: junior-web, name: Junior web developer, level: 1, family: Web, essential: [html],
     interests: [craft]}
  - {id: web-lead, name: Web lead, level: 2, family: Web, essential: [html, git],
     interests: [people]}
transitions:
  - {from: junior-web, to: web-lead, months: 12}
"""


def test_4_another_pack_keeps_every_packs_roles_and_interests(
    open_window: Any, home: Path, tmp_path: Path
) -> None:
    from pathfinder.io.packs import load_pack
    from pathfinder.paths import builtin_pack

    path = write_profile(
        home, current_role="data-analyst", target_role="ml-engineer", interests=["data"]
    )
    window = open_window(win_profile=path)
    session, keeper = window.session, window.keeper
    other = tmp_path / "bootcamp.yaml"
    other.write_text(OTHER_PACK, encoding="utf-8")
    session.replace_catalog(load_pack(other), other)
    learner = next(w for w in window.findChildren(object) if type(w).__name__ == "LearnerPanel")
    assert "Kept for the pack ai-ml-careers: data-analyst, ml-engineer" in learner.missing.text()
    learner.interest_checks["craft"].setChecked(True)  # an interest of this pack
    set_target_role(session, "web-lead")
    assert keeper.save_now()
    on_disk = saved(path)
    assert on_disk["interests"] == ["data", "craft"]  # the other pack's interest stays
    assert (on_disk["pack"], on_disk["target_role"]) == ("bootcamp", "web-lead")
    assert on_disk["packs"]["ai-ml-careers"]["target_role"] == "ml-engineer"
    session.undo_stack.undo()  # undo the target after the save: this pack's target only
    assert keeper.save_now()
    assert saved(path)["target_role"] is None
    assert saved(path)["packs"]["ai-ml-careers"]["target_role"] == "ml-engineer"
    session.replace_catalog(load_pack(builtin_pack()), builtin_pack())
    assert (session.current_role, session.target_role) == ("data-analyst", "ml-engineer")
    assert session.interests == ("data", "craft")
    assert not learner.missing.isVisible() or "Kept for the pack bootcamp" not in (
        learner.missing.text()
    )


# ----- 5. profiles that opened but could never be saved ---------------------------------------


def test_5_a_lone_surrogate_is_refused_where_it_stands_and_the_window_keeps_working(
    open_window: Any, home: Path
) -> None:
    folder = profiles_folder(home)
    bad = folder / "odd.json"
    bad.write_text('{"pathfinder_profile": 1, "name": "Odd \\ud800"}\n', encoding="utf-8")
    window = open_window(win_profile=bad)
    assert len(boxes(window, "odd.json:1:40: \\ud800 is half of a UTF-16 pair")) == 1
    assert window.keeper.path != bad and window.keeper.save_now()


# ----- 6. "Keep mine" wrote through a link someone swapped in ---------------------------------


def test_6_keep_mine_never_writes_through_a_link_swapped_in(
    open_window: Any, home: Path, tmp_path: Path
) -> None:
    window = open_window()
    keeper = window.keeper
    path = keeper.path
    secret = tmp_path / "passwd"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    set_skill_state(window.session, "git", SkillState.HAVE)
    path.unlink()
    path.symlink_to(secret)  # swapped in while the profile is open
    assert not keeper.save_now()
    assert not keeper.save_now(force=True)  # what "Keep mine" does
    assert secret.read_text(encoding="utf-8") == "root:x:0:0:root:/root:/bin/bash\n"
    assert not (tmp_path / "passwd.bak").exists()
    [told] = boxes(window, "is now a link to")
    assert f"{path}: is now a link to {secret}" in told.text()
    assert "does not write through it" in told.text()
    assert "another Pathfinder window" not in told.text()
    assert window.session.skill_state("git") is SkillState.HAVE  # still here to export


def test_6_a_dangling_link_swapped_in_creates_no_file_anywhere(
    open_window: Any, tmp_path: Path
) -> None:
    window = open_window()
    path = window.keeper.path
    elsewhere = tmp_path / "anywhere" / "x.json"
    elsewhere.parent.mkdir()
    set_skill_state(window.session, "git", SkillState.HAVE)
    path.unlink()
    path.symlink_to(elsewhere)
    assert not window.keeper.save_now(force=True)
    assert list(elsewhere.parent.iterdir()) == []


# ----- 7. a full or read-only data folder at first start --------------------------------------


def test_7_a_full_disk_at_first_start_keeps_every_tick_and_saves_when_space_returns(
    open_window: Any, home: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pathfinder.io.profile_store as store_module
    import pathfinder.io.profiles as profiles_module

    real = store_module.write_temp
    full = {"yes": True}
    refused = {"writes": 0}

    def write_temp(path: Path, data: bytes, *, mode: int | None = None) -> Path:
        if full["yes"]:
            refused["writes"] += 1
            raise OSError(28, "No space left on device")
        return real(path, data, mode=mode)

    monkeypatch.setattr(store_module, "write_temp", write_temp)
    monkeypatch.setattr(profiles_module, "write_temp", write_temp)
    monkeypatch.setattr(profile_keeper, "RETRY_MS", 50)
    window = open_window()
    keeper = window.keeper
    assert keeper.profile is not None and keeper.path is None
    told = boxes(window, "No space left on device")
    assert len(told) == 1 and "saved as soon as that works again" in told[0].text()
    set_skill_state(window.session, "git", SkillState.HAVE)
    set_skill_state(window.session, "sql", SkillState.HAVE)
    # Three more refused saves after the ticks: retries meanwhile, still one message.
    tried = refused["writes"]
    qtbot.waitUntil(lambda: refused["writes"] >= tried + 3, timeout=5000)
    assert len(boxes(window, "No space left on device")) == 1
    assert not window.close()  # closing asks first
    assert boxes(window, "Close anyway and lose them?")
    full["yes"] = False
    qtbot.waitUntil(lambda: keeper.path is not None, timeout=5000)
    assert saved(keeper.path)["skills"] == {"git": "have", "sql": "have"}


def test_7_the_switcher_on_a_full_disk_says_so_instead_of_a_traceback(
    open_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pathfinder.io.profile_store as store_module
    import pathfinder.io.profiles as profiles_module
    from pathfinder.qt.profiles.profiles_dialog import ProfilesDialog

    window = open_window()
    keeper = window.keeper
    grace = keeper.store.create("Grace")
    dialog = ProfilesDialog(keeper, window)

    def full(*_args: object, **_kwargs: object) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_module, "write_temp", full)
    monkeypatch.setattr(profiles_module, "write_temp", full)
    monkeypatch.setattr("os.link", full)
    monkeypatch.setattr("os.replace", full)
    item = next(
        dialog.list.item(i)
        for i in range(dialog.list.count())
        if "Grace" in dialog.list.item(i).text()
    )
    dialog.list.setCurrentItem(item)
    dialog.duplicate_selected()
    assert "No space left on device" in dialog.message.text()
    dialog.list.setCurrentItem(
        next(
            dialog.list.item(i)
            for i in range(dialog.list.count())
            if "Grace" in dialog.list.item(i).text()
        )
    )
    dialog.delete_selected()
    assert "No space left on device" in dialog.message.text()
    assert grace.path.exists()


# ----- 8. a note stamped in year 1 ------------------------------------------------------------


def test_8_a_note_stamped_in_year_one_is_shown_as_written(open_window: Any, home: Path) -> None:
    path = write_profile(home, notes=[{"at": "0001-01-01T00:00:00", "text": "Long ago"}])
    window = open_window(win_profile=path)
    learner = next(w for w in window.findChildren(object) if type(w).__name__ == "LearnerPanel")
    assert learner.isEnabled() and window.keeper.path == path
    assert learner.notes_list.item(0).text() == "0001-01-01T00:00:00\nLong ago"


# ----- 11. the lower ones ---------------------------------------------------------------------


def test_11_an_unsent_note_is_not_discarded_on_close_without_asking(open_window: Any) -> None:
    window = open_window()
    learner = next(w for w in window.findChildren(object) if type(w).__name__ == "LearnerPanel")
    learner.note_edit.setPlainText("Half a thought")
    assert not window.close()
    [box] = boxes(window, "has not been added to the profile yet")
    next(b for b in box.buttons() if b.text() == "Add the note and close").click()
    assert [n["text"] for n in saved(window.keeper.path)["notes"]] == ["Half a thought"]


def test_11_a_home_folder_that_is_not_utf8_reopens_the_same_learner(home: Path) -> None:
    from PySide6.QtCore import QSettings

    from pathfinder.qt.profiles.profile_ui import last_profile, remember_profile

    path = Path(os.fsdecode(bytes(home) + b"/caf\xe9/ada.json"))
    remember_profile(QSettings(), path)
    assert last_profile(QSettings()) == path


def test_11_a_learners_name_never_sends_the_plan_into_another_folder(open_window: Any) -> None:
    from pathfinder.qt.plan.export_ui import PlanExportUi

    window = open_window()
    window.keeper.rename("../../../escape/x")
    export = window.findChild(PlanExportUi)
    assert export is not None
    # The one naming rule (learner – learning plan DATE), with the path's slashes and dots gone.
    name = export.suggested_name()
    assert name.startswith("escape x – learning plan ") and name.endswith(".pdf")
    assert "/" not in name and ".." not in name
    window.keeper.rename("Ada\u202e fdp.exe")
    # A U+202E would show the name backwards, hiding where it ends: it is taken out.
    assert export.suggested_name().startswith("Ada fdp.exe – learning plan ")


def test_11_an_unclosed_right_to_left_override_in_a_pack_name_stays_inside_it(
    open_window: Any, tmp_path: Path
) -> None:
    from pathfinder.io.packs import load_pack

    pack = tmp_path / "rtl.yaml"
    pack.write_text(OTHER_PACK.replace("name: Bootcamp", "name: Boot\u202ecamp"), encoding="utf-8")
    window = open_window()
    window.session.replace_catalog(load_pack(pack), pack)
    title = window.windowTitle()
    assert "\u2068Boot\u202ecamp\u2069 — Pathfinder" in title  # isolated: the rest reads as is
