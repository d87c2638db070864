"""The profile folder: listing, switching, trash, damaged files, conflicts, and kills mid-save."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import platformdirs
import pytest

from pathfinder.core.profile import Note, Profile
from pathfinder.io.profiles import (
    ProfileConflict,
    ProfileEntry,
    ProfileError,
    ProfileStore,
    load_profile,
    profile_to_text,
    save_profile,
)

HERE = Path(__file__).parent


def write(path: Path, data: dict[str, object] | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def names(store: ProfileStore, search: str = "") -> list[str]:
    return [e.name for e in store.entries(search)]


def files(folder: Path) -> list[str]:
    """What the folder holds, apart from the save locks (`.NAME.json.lock`, documented)."""
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(".json.lock"))


# ----- where profiles live; the first start -----------------------------------------------------


def test_default_folder_is_the_users_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path))
    expected = Path(platformdirs.user_data_dir("Pathfinder", "Pathfinder")) / "profiles"
    assert ProfileStore().folder == expected
    assert ProfileStore(tmp_path / "mine").folder == tmp_path / "mine"


def test_first_start_creates_exactly_one_profile_without_asking(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "not-yet-there")
    first = store.ensure_first("My profile", "ai-ml-careers")
    assert first.name == "My profile"
    assert first.pack == "ai-ml-careers"
    assert first.path == tmp_path / "not-yet-there" / "my-profile.json"
    assert load_profile(first.path).name == "My profile"
    again = ProfileStore(tmp_path / "not-yet-there").ensure_first("My profile")
    assert again == first
    assert files(tmp_path / "not-yet-there") == ["my-profile.json"]


def test_first_start_keeps_an_existing_profile(tmp_path: Path) -> None:
    save_profile(Profile(name="Ada"), tmp_path / "ada.json")
    store = ProfileStore(tmp_path)
    assert store.ensure_first().name == "Ada"
    assert names(store) == ["Ada"]


def test_first_start_with_only_a_broken_file_sets_it_aside_and_starts_fresh(
    tmp_path: Path,
) -> None:
    broken = write(tmp_path / "old.json", '{"pathfinder_profile": 1, "name": "Old", "skills": 3}')
    store = ProfileStore(tmp_path)
    entry = store.ensure_first("My profile")
    assert entry.name == "My profile"
    [problem] = store.take_problems()
    assert problem.startswith(f"{broken}:1:52: skills: must be an object, not 3.")
    assert len(damaged_files(tmp_path)) == 1


# ----- the switcher: list, search, new, rename, duplicate, delete, undo --------------------------


def test_entries_are_sorted_by_name_and_searched_by_part_of_it(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    for name in ["bob", "Ada Lovelace", "Émile", "ada (2)", "Grace"]:
        store.create(name)
    assert names(store) == ["ada (2)", "Ada Lovelace", "bob", "Émile", "Grace"]
    assert names(store, "ADA") == ["ada (2)", "Ada Lovelace"]
    assert names(store, "love") == ["Ada Lovelace"]
    assert names(store, "émi") == ["Émile"]
    assert names(store, "nobody") == []
    entry = store.entries("bob")[0]
    assert isinstance(entry, ProfileEntry)
    assert entry.modified == pytest.approx(entry.path.stat().st_mtime)


def test_an_empty_or_missing_folder_lists_nothing(tmp_path: Path) -> None:
    assert ProfileStore(tmp_path / "nowhere").entries() == []
    assert not (tmp_path / "nowhere").exists()


def test_create_names_files_after_the_learner_and_never_overwrites(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    first = store.create("Zoë Smith", "ai-ml-careers")
    second = store.create("Zoë Smith")
    third = store.create("zoe smith!")
    odd = store.create("???")
    assert [first.path.name, second.path.name, third.path.name, odd.path.name] == [
        "zoe-smith.json",
        "zoe-smith-2.json",
        "zoe-smith-3.json",
        "profile.json",
    ]
    assert load_profile(first.path).pack == "ai-ml-careers"
    assert load_profile(second.path).pack is None
    assert names(store) == ["???", "Zoë Smith", "Zoë Smith", "zoe smith!"]


def test_rename_changes_the_name_inside_and_keeps_everything_else(tmp_path: Path) -> None:
    path = write(
        tmp_path / "ada.json",
        {"pathfinder_profile": 1, "name": "Ada", "skills": {"rust": "have"}, "future": [1]},
    )
    store = ProfileStore(tmp_path)
    renamed = store.rename(store.entries()[0], "Ada Lovelace")
    assert renamed.name == "Ada Lovelace"
    assert renamed.path == path
    data = json.loads(path.read_text(encoding="utf-8"))
    assert (data["name"], data["skills"], data["future"]) == ("Ada Lovelace", {"rust": "have"}, [1])
    assert names(store) == ["Ada Lovelace"]


def test_duplicate_makes_a_copy_named_copy(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    ada = store.create("Ada", "ai-ml-careers")
    profile = store.load(ada)
    profile.skills = {"python": "have"}
    store.save(profile, ada.path)
    copy = store.duplicate(ada)
    copy2 = store.duplicate(ada)
    assert (copy.name, copy2.name) == ("Ada (copy)", "Ada (copy 2)")
    assert len({ada.path, copy.path, copy2.path}) == 3
    copied = load_profile(copy.path)
    assert copied.skills == {"python": "have"}
    assert copied.pack == "ai-ml-careers"
    assert names(store) == ["Ada", "Ada (copy 2)", "Ada (copy)"]


def test_delete_moves_to_the_trash_and_restore_brings_it_back(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    ada = store.create("Ada")
    store.save(store.load(ada), ada.path)  # a second save: there is a backup too
    before = ada.path.read_bytes()
    bob = store.create("Bob")
    trashed = store.delete(ada)
    assert trashed.parent == tmp_path / "trash"
    assert trashed.name.startswith("ada~") and trashed.suffix == ".json"
    assert trashed.read_bytes() == before
    assert Path(f"{trashed}.bak").is_file()
    assert names(store) == ["Bob"]
    assert not ada.path.exists()
    restored = store.restore(trashed)
    assert restored.path == ada.path
    assert restored.name == "Ada"
    assert ada.path.read_bytes() == before
    assert Path(f"{ada.path}.bak").is_file()
    assert names(store) == ["Ada", "Bob"]
    assert list((tmp_path / "trash").iterdir()) == []
    assert bob.path.exists()


def test_restore_never_overwrites_a_profile_that_took_the_name(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    trashed = store.delete(store.create("Ada"))
    newer = store.create("Ada")  # takes ada.json again
    restored = store.restore(trashed)
    assert restored.path != newer.path
    assert newer.path.exists()
    assert names(store) == ["Ada", "Ada"]


def test_the_trash_and_damaged_folders_are_not_listed(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    store.delete(store.create("Gone"))
    (tmp_path / "folder.json").mkdir()  # a folder that looks like a profile: skipped, kept
    assert store.entries() == []
    assert store.take_problems() == []
    assert (tmp_path / "folder.json").is_dir()


# ----- damaged files: moved aside, never overwritten, the rest keep working ----------------------


def damaged_files(folder: Path) -> list[Path]:
    return sorted((folder / "damaged").iterdir()) if (folder / "damaged").exists() else []


def test_a_corrupt_profile_is_moved_aside_and_the_user_is_told(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    store.create("Ada")
    broken = write(tmp_path / "bob.json", '{"pathfinder_profile": 1,\n  "name": "Bob",,\n}')
    content = broken.read_bytes()
    assert names(store) == ["Ada"]
    [moved] = damaged_files(tmp_path)
    assert moved.name.startswith("bob~") and moved.suffix == ".json"
    assert moved.read_bytes() == content
    assert not broken.exists()
    [problem] = store.take_problems()
    assert problem.startswith(f"{broken}:2:17: not valid JSON: a key in double quotes is expected")
    assert f"moved the file to {moved}" in problem
    assert store.take_problems() == []
    assert names(store) == ["Ada"]
    assert store.take_problems() == []  # told once


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ('{"pathfinder_profile": 2, "name": "Ada"}', "made by a newer Pathfinder (format 2)"),
        (
            '{"pathfinder_profile": 1, "name": "Ada", "skills": {"python": "yes"}}',
            'skills.python: must be "have" or "learning", not "yes"',
        ),
        ("", "the file is empty"),
        ("[1, 2]", "not a Pathfinder profile"),
    ],
)
def test_unreadable_profiles_are_never_overwritten(tmp_path: Path, content: str, says: str) -> None:
    store = ProfileStore(tmp_path)
    bob = store.create("Bob")
    path = write(tmp_path / "ada.json", content)
    with pytest.raises(ProfileError) as caught:
        store.load(path)
    assert says in str(caught.value)
    assert str(caught.value).startswith(f"{path}")
    assert caught.value.moved_to is not None
    assert caught.value.moved_to.read_text(encoding="utf-8") == content
    # The window may still hold an older Ada: saving it now must not touch the set-aside file.
    store.save(Profile(name="Ada"), path)
    assert caught.value.moved_to.read_text(encoding="utf-8") == content
    assert names(store) == ["Ada", "Bob"]
    assert load_profile(bob.path).name == "Bob"


def test_a_newer_profile_replacing_an_open_one_is_not_overwritten(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    ada = store.create("Ada")
    profile = store.load(ada)
    newer = '{"pathfinder_profile": 2, "name": "Ada", "new_things": true}'
    write(ada.path, newer)  # a newer Pathfinder saved it meanwhile
    with pytest.raises(ProfileConflict):
        store.save(profile, ada.path)
    assert ada.path.read_text(encoding="utf-8") == newer


def test_a_file_that_cannot_be_moved_aside_is_skipped_and_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pathfinder.io.profiles as profiles

    def refuse(path: Path, folder: Path) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(profiles, "set_aside", refuse)
    store = ProfileStore(tmp_path)
    store.create("Ada")
    write(tmp_path / "bad.json", "{")
    assert names(store) == ["Ada"]
    [problem] = store.take_problems()
    assert problem.startswith(f"{tmp_path / 'bad.json'}:1:2: not valid JSON")
    assert "could not move it: Permission denied" in problem
    assert (tmp_path / "bad.json").read_text(encoding="utf-8") == "{"


def test_the_backup_of_a_damaged_profile_goes_with_it(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    ada = store.create("Ada")
    store.save(store.load(ada), ada.path)
    write(ada.path, "{oops")
    assert store.entries() == []
    [problem] = store.take_problems()
    [moved, backup] = damaged_files(tmp_path)
    assert backup.name == moved.name + ".bak"
    assert f"The version saved before it is in {backup}." in problem
    assert load_profile(backup).name == "Ada"


# ----- saving: backups and conflicts between windows -----------------------------------------


def test_a_second_save_keeps_the_first_as_a_readable_backup(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    ada = store.create("Ada")
    profile = store.load(ada)
    profile.skills = {"python": "have"}
    store.save(profile, ada.path)
    backup = tmp_path / "ada.json.bak"
    assert load_profile(backup).skills == {}
    assert load_profile(ada.path).skills == {"python": "have"}
    profile.skills = {"python": "have", "docker": "learning"}
    store.save(profile, ada.path)
    assert load_profile(backup).skills == {"python": "have"}
    assert names(store) == ["Ada"]  # the backup is not a second profile
    assert files(tmp_path) == ["ada.json", "ada.json.bak"]  # and no temporary files


def test_two_windows_on_one_folder_never_silently_overwrite_each_other(tmp_path: Path) -> None:
    window_a, window_b = ProfileStore(tmp_path), ProfileStore(tmp_path)
    ada = window_a.create("Ada")
    in_a = window_a.load(ada)
    in_b = window_b.load(ada)
    in_b.target_role = "data-analyst"
    window_b.save(in_b, ada.path)
    in_a.target_role = "ml-engineer"  # the same field, another value: the learner decides
    with pytest.raises(ProfileConflict) as caught:
        window_a.save(in_a, ada.path)
    assert caught.value.path == ada.path
    assert str(caught.value).startswith(f"{ada.path}: this file was changed elsewhere")
    assert str(caught.value).endswith("in the same fields as here: target_role")
    assert isinstance(caught.value, ProfileError)
    assert load_profile(ada.path).target_role == "data-analyst"
    with pytest.raises(ProfileConflict):  # asking again does not make it go away
        window_a.save(in_a, ada.path)
    window_a.save(in_a, ada.path, force=True)  # the user chose "keep mine"
    assert load_profile(ada.path).target_role == "ml-engineer"
    in_a.interests = ["systems"]
    window_a.save(in_a, ada.path)  # A is in step again
    in_b.target_role = "data-engineer"
    with pytest.raises(ProfileConflict):
        window_b.save(in_b, ada.path)  # now B is the one behind
    assert window_b.load(ada).interests == ["systems"]


def test_two_windows_editing_different_fields_keep_both_edits(tmp_path: Path) -> None:
    window_a, window_b = ProfileStore(tmp_path), ProfileStore(tmp_path)
    ada = window_a.create("Ada")
    in_a, in_b = window_a.load(ada), window_b.load(ada)
    in_b.skills = {"docker": "learning"}
    in_b.notes = [Note(at="2026-12-01T10:00:00Z", text="from B")]
    window_b.save(in_b, ada.path)
    in_a.skills = {"python": "have"}  # another skill: a field of its own
    in_a.target_role = "ml-engineer"
    in_a.notes = [Note(at="2026-12-01T10:05:00Z", text="from A")]
    written = window_a.save(in_a, ada.path)
    on_disk = load_profile(ada.path)
    assert on_disk.skills == {"docker": "learning", "python": "have"}
    assert on_disk.target_role == "ml-engineer"
    assert [n.text for n in on_disk.notes] == ["from B", "from A"]
    assert written == on_disk  # the window is told what it now holds
    in_b.hours_per_week = 4  # B merges A's edits in turn
    window_b.save(in_b, ada.path)
    again = load_profile(ada.path)
    assert (again.skills, again.target_role, again.hours_per_week) == (
        on_disk.skills,
        "ml-engineer",
        4,
    )


def test_a_save_after_the_file_was_deleted_elsewhere_is_a_conflict(tmp_path: Path) -> None:
    window_a, window_b = ProfileStore(tmp_path), ProfileStore(tmp_path)
    ada = window_a.create("Ada")
    profile = window_a.load(ada)
    window_b.delete(ada)
    with pytest.raises(ProfileConflict, match="deleted or moved away"):
        window_a.save(profile, ada.path)
    assert not ada.path.exists()
    window_a.save(profile, ada.path, force=True)
    assert load_profile(ada.path).name == "Ada"


def test_saving_over_a_file_never_read_here_is_a_conflict(tmp_path: Path) -> None:
    save_profile(Profile(name="Someone else"), tmp_path / "ada.json")
    store = ProfileStore(tmp_path)
    with pytest.raises(ProfileConflict, match="was not opened here"):
        store.save(Profile(name="Ada"), tmp_path / "ada.json")
    assert load_profile(tmp_path / "ada.json").name == "Someone else"
    store.save(Profile(name="New"), tmp_path / "new.json")  # a new file is fine
    assert load_profile(tmp_path / "new.json").name == "New"


def test_an_identical_rewrite_elsewhere_is_not_a_conflict(tmp_path: Path) -> None:
    window_a, window_b = ProfileStore(tmp_path), ProfileStore(tmp_path)
    ada = window_a.create("Ada")
    in_a, in_b = window_a.load(ada), window_b.load(ada)
    window_b.save(in_b, ada.path)  # same content: nothing of A's could be lost
    window_a.save(in_a, ada.path)


# ----- temporary files of killed saves ------------------------------------------------------


def dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], check=True,
                          capture_output=True, text=True)  # fmt: skip
    return int(done.stdout)


@pytest.mark.skipif(os.name == "nt", reason="process ids are only checked on POSIX")
def test_listing_removes_temporary_files_of_dead_writers_only(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    store.create("Ada")
    dead = tmp_path / f".ada.json.{dead_pid()}.0badc0de.tmp"
    mine = tmp_path / f".ada.json.{os.getpid()}.0badc0de.tmp"
    old = tmp_path / f".ada.json.{os.getpid()}.01dc0de0.tmp"
    not_ours = tmp_path / ".notes.tmp"
    for temp in (dead, mine, old, not_ours):
        temp.write_text("half a profile", encoding="utf-8")
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    assert names(store) == ["Ada"]
    assert not dead.exists()
    assert mine.exists()  # a save of this process might be writing it
    assert not old.exists()  # older than any honest save
    assert not_ours.exists()
    assert store.take_problems() == []


# ----- killed in the middle of saving ---------------------------------------------------------

PROFILES = 3
KILLS = int(os.environ.get("PATHFINDER_KILLS", "300"))  # about 20 s; CI runs it as is


class Saver:
    """Starts savers and kills them: forked from one warm process where possible (fast)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        # PATHFINDER_KILL_SPAWN=1 starts a fresh interpreter per kill, as on Windows (slower).
        self.forking = hasattr(os, "fork") and not os.environ.get("PATHFINDER_KILL_SPAWN")
        self.server: subprocess.Popen[str] | None = None
        if self.forking:
            self.server = self._start("--serve")

    def _start(self, *extra: str) -> subprocess.Popen[str]:
        command = [sys.executable, str(HERE / "kill_saver.py"), str(self.folder)]
        process = subprocess.Popen(
            [*command, "--profiles", str(PROFILES), *extra],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"
        return process

    def _ask(self, line: str) -> str:
        assert self.server is not None and self.server.stdin and self.server.stdout
        self.server.stdin.write(line + "\n")
        self.server.stdin.flush()
        return self.server.stdout.readline().strip()

    def run_and_kill(self, seconds: float) -> None:
        if self.forking:
            pid = int(self._ask("fork"))
            time.sleep(seconds)
            os.kill(pid, signal.SIGKILL)
            assert self._ask(f"reap {pid}") == "reaped"
        else:
            process = self._start()
            time.sleep(seconds)
            process.kill()  # TerminateProcess on Windows: no chance to clean up either
            process.wait()

    def close(self) -> None:
        if self.server is not None:
            self.server.kill()
            self.server.wait()
            assert self.server.stdin and self.server.stdout
            self.server.stdin.close()
            self.server.stdout.close()


def version_of(profile: Profile) -> int:
    return int((profile.model_extra or {})["kill_test"]["version"])


def kill_moment(rng: random.Random) -> float:
    """A few different scales: before the first write, during the first, after several."""
    low, high = rng.choice([(0.0, 0.005), (0.005, 0.03), (0.03, 0.1), (0.1, 0.25)])
    return rng.uniform(low, high)


def test_killing_a_save_at_random_moments_never_breaks_or_loses_a_profile(
    tmp_path: Path,
) -> None:
    seed = int(os.environ.get("PATHFINDER_KILL_SEED", str(time.time_ns())))
    rng = random.Random(seed)
    folder = tmp_path / "profiles"
    saver = Saver(folder)
    paths = [folder / f"kill-{n}.json" for n in range(PROFILES)]
    seen = [0] * PROFILES
    interrupted_writes = 0
    started = time.monotonic()
    try:
        for kill in range(1, KILLS + 1):
            saver.run_and_kill(kill_moment(rng))
            where = f"(kill {kill} of {KILLS}, PATHFINDER_KILL_SEED={seed})"
            for number, path in enumerate(paths):
                profile = load_profile(path)  # present and whole: old or new, never broken
                version = version_of(profile)
                assert version >= seen[number], where  # never an older version than before
                seen[number] = version
                assert profile.skills == {"python": "have", "not-in-any-pack": "learning"}
                if profile.notes:
                    assert profile.notes[-1].text.startswith(f"version {version} "), where
                    assert profile.notes[-1].model_extra == {"v": version}, where
                backup = Path(f"{path}.bak")
                if backup.exists():
                    assert version_of(load_profile(backup)) <= version, where
            interrupted_writes += len(list(folder.glob(".*.tmp")))
            store = ProfileStore(folder)
            assert [e.path for e in store.entries()] == paths, where
            assert store.take_problems() == [], where
            leftovers = list(folder.glob(".*.tmp"))
            if os.name != "nt":
                assert leftovers == [], where  # the writers are dead: their temp files go
            else:
                assert len(leftovers) <= kill, where  # at most one per kill, gone in minutes
            allowed = {p.name for p in paths} | {f"{p.name}.bak" for p in paths}
            shown = {p.name for p in folder.iterdir() if not p.name.startswith(".")}
            assert shown <= allowed, where  # nothing else piles up (no damaged/, no trash/)
    finally:
        saver.close()
    elapsed = time.monotonic() - started
    assert min(seen) > 0, "the savers never got to save anything: the test proves nothing"
    print(
        f"\n{KILLS} kills survived in {elapsed:.1f} s; {interrupted_writes} left a half-written "
        f"temporary file; newest versions {seen}; seed {seed}"
    )


def test_the_kill_test_checks_what_it_claims(tmp_path: Path) -> None:
    """A torn write (what a non-atomic save leaves when killed) is caught by the same checks."""
    path = tmp_path / "kill-0.json"
    text = profile_to_text(Profile(name="Killed 0"))
    path.write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(ProfileError):
        load_profile(path)
