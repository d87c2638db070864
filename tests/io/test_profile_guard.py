"""Issue 13 at the level of the profile folder: saves that take turns and merge, names that
were swapped while a profile was open, and what reads but could never be written again."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pathfinder.core.profile import Note
from pathfinder.io.profiles import (
    ProfileConflict,
    ProfileError,
    ProfileStore,
    import_profile,
    load_profile,
)

HERE = Path(__file__).resolve().parent
SAVES = int(os.environ.get("PATHFINDER_SAVES", "200"))  # the 1,000: PATHFINDER_SAVES=1000


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# ----- 9. two processes, one profile ----------------------------------------------------------


@pytest.mark.skipif(os.name == "nt", reason="the save lock is POSIX flock")
def test_9_two_processes_saving_in_a_loop_lose_no_update(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    path = store.create("Ada").path
    env = {**os.environ}
    started = time.perf_counter()
    runs = [
        subprocess.Popen(
            [sys.executable, str(HERE / "two_savers.py"), str(path), name, str(SAVES)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        for name in ("counter_a", "counter_b")
    ]
    said = [run.communicate(timeout=600)[0].strip() for run in runs]
    elapsed = time.perf_counter() - started
    assert [run.returncode for run in runs] == [0, 0]
    final = load_profile(path).model_extra or {}
    assert (final["counter_a"], final["counter_b"]) == (SAVES, SAVES)  # 0 lost updates
    assert said == ["conflicts 0", "conflicts 0"]
    print(f"{2 * SAVES} saves by two processes in {elapsed:.1f} s, 0 lost, 0 conflicts")


def test_9_a_conflict_on_the_same_field_names_it_and_is_asked_once(tmp_path: Path) -> None:
    a, b = ProfileStore(tmp_path), ProfileStore(tmp_path)
    path = a.create("Ada").path
    mine, theirs = a.load(path), b.load(path)
    theirs.hours_per_week = 4
    theirs.notes = [Note(at="2026-12-01T10:00:00Z", text="theirs")]
    b.save(theirs, path)
    mine.hours_per_week = 12
    mine.notes = [Note(at="2026-12-01T10:01:00Z", text="mine")]
    with pytest.raises(ProfileConflict, match=r"in the same fields as here: hours_per_week$"):
        a.save(mine, path)
    a.save(mine, path, force=True)
    assert load_profile(path).hours_per_week == 12


# ----- 6. a name swapped while the profile was open -------------------------------------------


@pytest.mark.parametrize("became", ["folder", "fifo"])
def test_6_a_profile_that_became_a_folder_or_a_pipe_is_never_written(
    tmp_path: Path, became: str
) -> None:
    store = ProfileStore(tmp_path)
    path = store.create("Ada").path
    profile = store.load(path)
    path.unlink()
    if became == "folder":
        path.mkdir()
    else:
        os.mkfifo(path)
    profile.name = "Ada L."
    with pytest.raises(ProfileError) as caught:
        store.save(profile, path, force=True)
    what = "a folder" if became == "folder" else "not a regular file"
    assert str(caught.value).startswith(f"{path}: is now {what}; something other than")


def test_6_a_link_that_was_a_link_when_opened_is_still_written_through(tmp_path: Path) -> None:
    real = write(tmp_path / "usb" / "ada.json", '{"pathfinder_profile": 1, "name": "Ada"}\n')
    link = tmp_path / "profiles" / "ada.json"
    link.parent.mkdir()
    link.symlink_to(real)
    store = ProfileStore(link.parent)
    profile = store.load(link)
    profile.name = "Ada L."
    store.save(profile, link)
    assert load_profile(real).name == "Ada L." and link.is_symlink()


# ----- 5. whatever is read can be written again, or is refused where it stands -----------------


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('{"pathfinder_profile": 1, "name": "A\\ud800"}', ":1:37: \\ud800 is half of a UTF-16"),
        ('{"pathfinder_profile": 1, "name": "A", "x-k": "\\udc00"}', ":1:48: \\udc00 is half"),
        ('{"pathfinder_profile": 1, "name": "A", "skills": {"p\\uD800": 1}}', ":1:53: \\uD800"),
        ('{"pathfinder_profile": 1, "name": "A", "x-deep": ' + "[" * 300 + "]" * 300 + "}",
         ":1:113: nesting deeper than 64 levels"),
        ('{"pathfinder_profile": 1, "name": "A",\n "name": "B"}',
         ':2:2: duplicate key "name" (first at line 1, column 27)'),
    ],
)  # fmt: skip
def test_5_what_could_never_be_written_is_refused_at_read_where_it_stands(
    tmp_path: Path, text: str, says: str
) -> None:
    path = write(tmp_path / "elsewhere" / "ada.json", text)
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert str(caught.value).startswith(f"{path}{says}")
    store = ProfileStore(tmp_path / "profiles")
    with pytest.raises(ProfileError):  # import says the same, and no traceback
        import_profile(path, store)
    assert path.read_text(encoding="utf-8") == text  # left as it was


def test_5_a_pair_of_escapes_is_one_character_and_written_back_as_read(tmp_path: Path) -> None:
    path = write(tmp_path / "ada.json", '{"pathfinder_profile": 1, "name": "Ada \\ud83d\\ude00"}')
    store = ProfileStore(tmp_path)
    profile = store.load(path)
    assert profile.name == "Ada \U0001f600"
    store.duplicate(store.entries()[0])
    store.rename(store.entries()[0], "Ada \U0001f600 L.")
    assert sorted(e.name for e in store.entries()) == ["Ada 😀 (copy)", "Ada 😀 L."]


def test_5_report_of_a_profile_with_a_lone_surrogate_is_a_located_message(tmp_path: Path) -> None:
    path = write(tmp_path / "ada.json", '{"pathfinder_profile": 1, "name": "A\\ud800"}')
    run = subprocess.run(
        [sys.executable, "-m", "pathfinder", "report", "--profile", str(path), "--out",
         str(tmp_path / "plan.md")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    assert f"{path}:1:37: \\ud800 is half of a UTF-16 pair" in run.stderr


# ----- 11. a folder named NAME.json.bak -------------------------------------------------------


def test_11_a_folder_named_like_the_backup_is_named_when_a_save_fails(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    path = store.create("Ada").path
    (tmp_path / "ada.json.bak").mkdir()
    profile = store.load(path)
    profile.name = "Ada L."
    with pytest.raises(ProfileError) as caught:
        store.save(profile, path)
    assert str(caught.value) == (
        f"{path}: cannot save: ada.json.bak, its backup, is in the way (Is a directory); "
        "move it away"
    )
    assert load_profile(path).name == "Ada"


def test_11_duplicate_keys_are_refused_not_silently_resolved(tmp_path: Path) -> None:
    text = '{"pathfinder_profile": 1, "name": "Ada",\n  "target_role": "a",\n  "target_role": "b"}'
    path = write(tmp_path / "ada.json", text)
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert str(caught.value) == (
        f'{path}:3:3: duplicate key "target_role" (first at line 2, column 3)'
    )
    assert json.loads(path.read_text(encoding="utf-8"))["target_role"] == "b"  # untouched


# ----- 10. a save never writes a file that could not be read again ------------------------------


def test_10_a_save_beyond_the_size_limit_is_refused_and_the_file_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pathfinder.io.profiles as profiles

    store = ProfileStore(tmp_path)
    path = store.create("Ada").path
    before = path.read_bytes()
    profile = store.load(path)
    monkeypatch.setattr(profiles, "MAX_PROFILE_BYTES", 2 * 2**20)  # the 32 MB, scaled down
    profile.notes = [Note(at="2026-12-01T10:00:00Z", text="x" * 3 * 2**20)]
    with pytest.raises(ProfileError, match="cannot save: the profile would be larger than 2 MB"):
        store.save(profile, path)
    assert path.read_bytes() == before


def test_11_numbers_of_unknown_keys_are_written_back_as_typed(tmp_path: Path) -> None:
    text = (
        '{"pathfinder_profile": 1, "name": "Ada", "x-big": 1E5, "x-list": [2.50, 1e-7, 3],'
        ' "notes": [{"at": "2026-12-01T10:00:00Z", "text": "Hi", "x-score": 0.10}]}'
    )
    path = write(tmp_path / "ada.json", text)
    store = ProfileStore(tmp_path)
    profile = store.load(path)
    profile.name = "Ada L."
    store.save(profile, path)
    written = path.read_text(encoding="utf-8")
    assert '"x-big": 1E5,' in written and '"x-score": 0.10' in written
    assert "2.50,\n    1e-7,\n    3\n" in written
    assert load_profile(path).model_extra == {"x-big": 1e5, "x-list": [2.5, 1e-7, 3]}
