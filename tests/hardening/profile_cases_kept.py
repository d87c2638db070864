# ruff: noqa: E501  (the expected messages are kept whole, to read as the user does)
"""Issue 13's bad profiles: what the learner reads when a profile could never be written back,
was swapped while open, or met a full disk, and what became of their data."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from pathfinder.core.profile import Profile
from pathfinder.io.profiles import ProfileError, ProfileStore, load_profile
from tests.hardening.common import Case, Seen, failing_writes, short
from tests.hardening.profile_cases import GOOD, _read, _text


def _open_twice_same_field(folder: Path, _mp: pytest.MonkeyPatch) -> Seen:
    first, second = ProfileStore(folder), ProfileStore(folder)
    path = first.add(Profile(name="Ada")).path
    mine, theirs = first.load(path), second.load(path)
    mine.target_role = "data-analyst"
    first.save(mine, path)
    theirs.target_role = "ml-engineer"
    try:
        second.save(theirs, path)
    except ProfileError as exc:
        said = short(str(exc), folder)
    else:
        said = "saved over the other window's change"
    kept = load_profile(path).target_role == "data-analyst"
    return Seen(
        f"{said} (the file keeps the first window's save until the learner chooses: {kept})"
    )


def _swapped(to: str) -> object:
    def feed(folder: Path, _mp: pytest.MonkeyPatch) -> Seen:
        if os.name == "nt":
            pytest.skip("symlinks and pipes are POSIX")
        store = ProfileStore(folder / "profiles")
        path = store.add(Profile(name="Ada")).path
        profile = store.load(path)
        secret = folder / "passwd"
        secret.write_text("root:x:0:0\n", encoding="utf-8")
        path.unlink()
        if to == "link":
            path.symlink_to(secret)
        else:
            path.mkdir()
        profile.skills = {"python": "have"}
        try:
            store.save(profile, path, force=True)  # "Keep mine"
        except ProfileError as exc:
            said = short(str(exc), folder)
        else:
            said = "saved"
        intact = secret.read_text(encoding="utf-8") == "root:x:0:0\n"
        litter = (folder / "passwd.bak").exists()
        return Seen(
            f"{said} (the file it leads to is intact: {intact}; a .bak beside it: {litter})"
        )

    return feed


def _backup_folder(folder: Path, _mp: pytest.MonkeyPatch) -> Seen:
    store = ProfileStore(folder)
    path = store.add(Profile(name="Ada")).path
    (folder / "ada.json.bak").mkdir()
    profile = store.load(path)
    profile.skills = {"python": "have"}
    try:
        store.save(profile, path)
    except ProfileError as exc:
        return Seen(short(str(exc), folder))
    return Seen("saved")


def _full_at_first_start(folder: Path, mp: pytest.MonkeyPatch) -> Seen:
    store = ProfileStore(folder / "profiles")
    with failing_writes(mp, errno.ENOSPC):
        try:
            store.ensure_first("My profile")
        except ProfileError as exc:
            said = short(str(exc), folder)
        else:
            said = "made"
    later = store.add(Profile(name="My profile", skills={"python": "have"})).path
    kept = load_profile(later).skills == {"python": "have"}
    return Seen(
        f"{said} (the window keeps the learner's ticks and tells them once; saved once space "
        f"returns: {kept})"
    )


def _note_from_year_one(folder: Path, _mp: pytest.MonkeyPatch) -> Seen:
    from pathfinder.qt.profiles.learner_panel import note_stamp

    path = folder / "ada.json"
    path.write_text(_text({**GOOD, "notes": [{"at": "0001-01-01T00:00:00", "text": "Old"}]}))
    profile = load_profile(path)
    return Seen(f"opens; the note's time is shown as written: {note_stamp(profile.notes[0].at)}")


def _many_notes(folder: Path, _mp: pytest.MonkeyPatch) -> Seen:
    note = {"at": "2026-11-22T10:00:00Z", "text": "Practised SQL joins."}
    return _read(json.dumps({**GOOD, "notes": [note] * 400_000}))(folder, _mp)


KEPT_CASES = [
    Case(
        "profile",
        "the same profile open twice, both windows setting the target",
        "ada.json: this file was changed elsewhere (another Pathfinder window, a sync tool or an editor) since it was opened here, in the same fields as here: target_role (the file keeps the first window's save until the learner chooses: True)",
        _open_twice_same_field,
    ),
    Case(
        "profile",
        'a pace no one can study (`"hours_per_week": 5e-324`; it crashed the window)',
        "profiles/ada.json:7:21: hours_per_week: must be at least 0.5, not 5e-324. Pathfinder cannot read this profile, so it moved the file to profiles/damaged/ada~WHEN.json without changing it; the other profiles are not affected.",
        _read(_text({**GOOD, "hours_per_week": 5e-324})),
    ),
    Case(
        "profile",
        'a lone half of a UTF-16 pair in the name (`"\\ud800"`: read, but no save could write it)',
        "profiles/ada.json:1:40: \\ud800 is half of a UTF-16 pair, not a character; profiles hold Unicode text. Pathfinder cannot read this profile, so it moved the file to profiles/damaged/ada~WHEN.json without changing it; the other profiles are not affected.",
        _read('{"pathfinder_profile": 1, "name": "Ada \\ud800"}\n'),
    ),
    Case(
        "profile",
        "an unknown key nested 300 levels deep (read, but no save could write it)",
        "profiles/ada.json:1:115: nesting deeper than 64 levels. Pathfinder cannot read this profile, so it moved the file to profiles/damaged/ada~WHEN.json without changing it; the other profiles are not affected.",
        _read('{"pathfinder_profile": 1, "name": "Ada", "x-deep": ' + "[" * 300 + "]" * 300 + "}"),
    ),
    Case(
        "profile",
        "a duplicate key (the first value was lost on the next save)",
        'profiles/ada.json:3:2: duplicate key "name" (first at line 2, column 2). Pathfinder cannot read this profile, so it moved the file to profiles/damaged/ada~WHEN.json without changing it; the other profiles are not affected.',
        _read('{"pathfinder_profile": 1,\n "name": "Ada",\n "name": "Grace"}\n'),
    ),
    Case(
        "profile",
        "400,000 notes (26 s per added note)",
        "profiles/ada.json:1:81: notes: more than 20,000 entries; a profile keeps at most 20,000. Pathfinder cannot read this profile, so it moved the file to profiles/damaged/ada~WHEN.json without changing it; the other profiles are not affected.",
        _many_notes,
        seconds=15.0,
    ),
    Case(
        "profile",
        'a note stamped `"0001-01-01T00:00:00"` (it stopped every start)',
        "opens; the note's time is shown as written: 0001-01-01T00:00:00",
        _note_from_year_one,
    ),
    Case(
        "profile",
        'the open profile swapped for a symlink to another file, then "Keep mine"',
        "profiles/ada.json: is now a link to passwd; something other than Pathfinder put it there since the profile was opened, so Pathfinder does not write through it. Your changes are still in this window: export the profile to keep them, or move that away and save again (the file it leads to is intact: True; a .bak beside it: False)",
        _swapped("link"),
    ),
    Case(
        "profile",
        "the open profile swapped for a folder",
        "profiles/ada.json: is now a folder; something other than Pathfinder put it there since the profile was opened, so Pathfinder does not write through it. Your changes are still in this window: export the profile to keep them, or move that away and save again (the file it leads to is intact: True; a .bak beside it: False)",
        _swapped("folder"),
    ),
    Case(
        "profile",
        "a folder named `ada.json.bak` (where the backup goes)",
        "ada.json: cannot save: ada.json.bak, its backup, is in the way (Is a directory); move it away",
        _backup_folder,
    ),
    Case(
        "profile",
        "a full disk at first start (simulated: ENOSPC while writing)",
        "profiles: cannot save: No space left on device (the window keeps the learner's ticks and tells them once; saved once space returns: True)",
        _full_at_first_start,
    ),
]
