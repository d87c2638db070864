"""Saves write through a symlink to its file, keep the file's permissions, and never replace
a folder, a device or a pipe (as root, os.replace had put a regular file in /dev/full's place)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

import pathfinder.io.profile_store as store_files
from pathfinder.core.profile import Profile
from pathfinder.io.profile_store import atomic_write
from pathfinder.io.profiles import ProfileError, ProfileStore, export_profile, save_profile
from pathfinder.io.safe_write import write_target

posix_only = pytest.mark.skipif(os.name == "nt", reason="symlinks, fifos and modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_a_symlink_is_written_through_to_its_file(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_bytes(b"old")
    link = tmp_path / "link.json"
    link.symlink_to(real.name)  # relative, as `ln -s real.json link.json` makes it
    atomic_write(link, b"new", keep_backup=True)
    assert link.is_symlink() and os.readlink(link) == "real.json"
    assert real.read_bytes() == b"new"
    assert (tmp_path / "real.json.bak").read_bytes() == b"old"  # beside the file it keeps


@posix_only
def test_a_dangling_symlink_creates_the_file_it_names(tmp_path: Path) -> None:
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "later.json")
    atomic_write(link, b"new")
    assert link.is_symlink() and (tmp_path / "later.json").read_bytes() == b"new"


@posix_only
def test_a_private_profile_stays_private_and_so_does_its_backup(tmp_path: Path) -> None:
    path = tmp_path / "ada.json"
    save_profile(Profile(name="Ada"), path)
    path.chmod(0o600)
    save_profile(Profile(name="Ada L"), path)
    save_profile(Profile(name="Ada M"), path)
    assert mode(path) == 0o600
    assert mode(tmp_path / "ada.json.bak") == 0o600
    path.chmod(0o640)
    save_profile(Profile(name="Ada N"), path)
    assert (mode(path), mode(tmp_path / "ada.json.bak")) == (0o640, 0o640)


@posix_only
def test_the_temporary_file_never_holds_the_data_with_wider_permissions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ada.json"
    path.write_bytes(b"old")
    path.chmod(0o600)
    seen: list[int] = []
    real_replace = os.replace

    def spy(source: str | Path, target: str | Path) -> None:
        seen.append(mode(Path(source)))
        real_replace(source, target)

    monkeypatch.setattr(store_files.os, "replace", spy)
    atomic_write(path, b"new", keep_backup=True)
    assert seen == [0o600, 0o600]  # the backup, then the file


@posix_only
def test_a_pipe_or_a_device_is_refused_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "ada.json"
    os.mkfifo(fifo)
    with pytest.raises(ProfileError) as caught:
        save_profile(Profile(name="Ada"), fifo)
    assert str(caught.value) == f"{fifo}: cannot save: is not a regular file"
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    # A link to one is followed, and refused. (Never a real device in a test: should the
    # check break, as root the save would replace the device node itself.)
    link = tmp_path / "out.json"
    link.symlink_to(fifo)
    with pytest.raises(ProfileError) as caught:
        export_profile(_saved(tmp_path), link)
    assert str(caught.value) == f"{link}: cannot save: is not a regular file"
    assert link.is_symlink() and stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "ada.json").mkdir()
    with pytest.raises(ProfileError, match=r"ada.json: cannot save: Is a directory$"):
        save_profile(Profile(name="Ada"), tmp_path / "ada.json")


@posix_only
def test_a_symlink_loop_is_an_error_with_its_reason(tmp_path: Path) -> None:
    (tmp_path / "a.json").symlink_to("b.json")
    (tmp_path / "b.json").symlink_to("a.json")
    with pytest.raises(OSError, match="Too many levels of symbolic links"):
        write_target(tmp_path / "a.json")


@posix_only
def test_a_store_save_over_a_pipe_does_not_wait_for_it(tmp_path: Path) -> None:
    """The conflict check reads the file first: reading a pipe would wait forever."""
    store = ProfileStore(tmp_path)
    entry = store.add(Profile(name="Ada"))
    profile = store.load(entry)
    entry.path.unlink()
    os.mkfifo(entry.path)
    with pytest.raises(ProfileError, match="is now not a regular file; something other than"):
        store.save(profile, entry.path)


def test_a_new_profile_s_folder_entry_is_made_durable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[Path] = []
    monkeypatch.setattr(store_files, "sync_folder", synced.append)
    entry = ProfileStore(tmp_path / "profiles").add(Profile(name="Ada"))
    assert entry.path.parent in synced


def _saved(folder: Path) -> Path:
    path = folder / "source.json"
    save_profile(Profile(name="Ada"), path)
    return path


def test_every_kind_of_file_is_written_durably_through_the_one_helper(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An imported pack, a cache entry, a report and a graph export: each file's bytes and its
    folder's new entry are forced to disk before the save counts as done."""
    import pathfinder.io.safe_write as safe_write
    from pathfinder.core.graph import career_graph
    from pathfinder.importers.write import write_pack
    from pathfinder.io.graph_export import export_graph
    from pathfinder.io.pack_cache import write_entry
    from pathfinder.io.packs import load_pack
    from pathfinder.io.report import atomic_write_text

    synced: list[str] = []
    real_sync_file = safe_write.sync_file
    monkeypatch.setattr(
        safe_write, "sync_file", lambda p: (synced.append(f"file {p.name}"), real_sync_file(p))
    )
    monkeypatch.setattr(safe_write, "sync_folder", lambda p: synced.append(f"folder {p.name}"))
    tiny = load_pack(Path(__file__).resolve().parents[1] / "fixtures" / "tiny.yaml")
    out = tmp_path / "out"
    out.mkdir()
    write_pack({"pathfinder": 1, "id": "p"}, out / "p.yaml", "import test")
    entry = write_entry(out, "k", tiny)
    atomic_write_text(out / "plan.md", "# Plan\n")
    export_graph(career_graph(tiny), out / "g.graphml", "graphml")
    assert entry is not None and entry.is_file()
    files = [s for s in synced if s.startswith("file ")]
    assert [f.split(".")[1] for f in files] == ["p", "k", "plan", "g"]  # .NAME.PID.RANDOM.tmp
    assert synced.count("folder out") == 4
    assert sorted(p.name for p in out.iterdir()) == [
        "g.graphml",
        "k.pack.json",
        "p.yaml",
        "plan.md",
    ]


def test_a_rename_blocked_for_a_moment_on_windows_is_tried_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Windows a reader holding the file (a virus scanner, an editor) makes the rename
    fail with PermissionError for a moment; elsewhere that error is real and is raised."""
    import pathfinder.io.safe_write as safe_write

    target = tmp_path / "g.json"
    target.write_bytes(b"old")
    real_replace = os.replace
    refusals = {"left": 2}

    def held(source: str | Path, dest: str | Path) -> None:
        if refusals["left"]:
            refusals["left"] -= 1
            raise PermissionError(13, "The process cannot access the file")
        real_replace(source, dest)

    monkeypatch.setattr(safe_write.os, "replace", held)
    with pytest.raises(PermissionError):  # not Windows: no retry
        safe_write.write_bytes_beside(target, b"new")
    assert target.read_bytes() == b"old" and list(tmp_path.iterdir()) == [target]
    refusals["left"] = 2
    monkeypatch.setattr(safe_write, "_WINDOWS", True)
    safe_write.write_bytes_beside(target, b"new")
    assert target.read_bytes() == b"new" and refusals["left"] == 0
