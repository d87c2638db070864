# ruff: noqa: E501  (the expected messages are kept whole, to read as the user does)
"""Bad profiles: what the window says (the same text as its message box) and what is kept.

Each feed does what the window does (`ProfileStore.load` / `save`, the keeper's calls) and
reports what the learner reads, plus what became of their file, so that "nothing is lost"
is checked, not only the wording.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
from pathlib import Path

import pytest

from pathfinder.core.profile import Profile
from pathfinder.io.profiles import ProfileError, ProfileStore, export_profile, load_profile
from tests.hardening.common import Case, Seen, cli, failing_writes, short

GOOD = {"pathfinder_profile": 1, "name": "Ada", "skills": {"python": "have"}}


def _text(data: object) -> str:
    return json.dumps(data, indent=2) + "\n"


def _read(raw: bytes | str) -> object:
    """Open a file with these bytes from the profiles folder, as the switcher does."""

    def feed(folder: Path, _mp: pytest.MonkeyPatch) -> Seen:
        store = ProfileStore(folder / "profiles")
        path = store.folder / "ada.json"
        store.folder.mkdir()
        path.write_bytes(raw.encode("utf-8") if isinstance(raw, str) else raw)
        try:
            profile = store.load(path)
        except ProfileError as exc:
            said = re.sub(r"~\d{8}T\d{6}Z", "~WHEN", short(str(exc), folder))
            kept = "" if _kept(store, raw) else " (BUT THE FILE WAS NOT KEPT AS IT WAS)"
            return Seen(said + kept)
        return Seen(f"opens: {profile.name}, skills {sorted(profile.skills)}")

    return feed


def _kept(store: ProfileStore, raw: bytes | str) -> bool:
    data = raw.encode("utf-8") if isinstance(raw, str) else raw
    return [p.read_bytes() for p in (store.folder / "damaged").glob("*.json")] == [data]


def _other_pack(folder: Path, _mp: pytest.MonkeyPatch) -> Seen:
    path = folder / "ada.json"
    data = {**GOOD, "pack": "web-basics", "skills": {"html": "have", "python": "have"}}
    data["target_role"] = "frontend-developer"
    path.write_text(_text(data), encoding="utf-8")
    store = ProfileStore(folder)
    profile = store.load(path)
    store.save(profile, path)
    kept = json.loads(path.read_text(encoding="utf-8"))
    same = kept["skills"] == data["skills"] and kept["target_role"] == data["target_role"]
    seen = cli(folder, "plan", "--profile", "ada.json", "--to", "data-analyst")
    first = seen.text.splitlines()[0]
    return Seen(f"opens; ids kept on save: {same}; `plan` uses what this pack has: {first}")


def _missing(folder: Path, _mp: pytest.MonkeyPatch) -> Seen:
    try:
        load_profile(folder / "ada.json")
    except ProfileError as exc:
        return Seen(short(str(exc), folder))
    return Seen("opened a file that does not exist")


def _saving_fails(code: int) -> object:
    def feed(folder: Path, mp: pytest.MonkeyPatch) -> Seen:
        store = ProfileStore(folder)
        path = store.add(Profile(name="Ada")).path
        before = path.read_bytes()
        profile = store.load(path)
        profile.skills = {"python": "have"}
        with failing_writes(mp, code):
            try:
                store.save(profile, path)
            except ProfileError as exc:
                said = short(str(exc), folder)
            else:
                said = "saved"
        intact = path.read_bytes() == before
        litter = sorted(
            p.name for p in folder.iterdir() if p.name not in ("ada.json", ".ada.json.lock")
        )
        return Seen(f"{said} (the file before is intact: {intact}; left behind: {litter})")

    return feed


def _unreadable(folder: Path, mp: pytest.MonkeyPatch) -> Seen:
    path = folder / "ada.json"
    path.write_text(_text(GOOD), encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    mp.setattr(Path, "read_bytes", refuse)  # simulated: the tests may run as root
    try:
        load_profile(path)
    except ProfileError as exc:
        return Seen(short(str(exc), folder))
    return Seen("opened")


def _open_twice(folder: Path, _mp: pytest.MonkeyPatch) -> Seen:
    first, second = ProfileStore(folder), ProfileStore(folder)
    path = first.add(Profile(name="Ada")).path
    mine, theirs = first.load(path), second.load(path)
    mine.skills = {"python": "have"}
    first.save(mine, path)
    theirs.skills = {"docker": "have"}  # another skill: a field of its own
    try:
        second.save(theirs, path)
    except ProfileError as exc:
        said = short(str(exc), folder)
    else:
        said = "saved"
    on_disk = load_profile(path).skills
    return Seen(
        f"{said} (both windows' ticks are kept: {on_disk == {'python': 'have', 'docker': 'have'}})"
    )


def _folder(folder: Path, _mp: pytest.MonkeyPatch) -> Seen:
    (folder / "ada.json").mkdir()
    return cli(folder, "plan", "--profile", "ada.json", "--to", "data-analyst")


def _export_onto_pipe(folder: Path, _mp: pytest.MonkeyPatch) -> Seen:
    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes are POSIX")
    store = ProfileStore(folder)
    entry = store.add(Profile(name="Ada"))
    os.mkfifo(folder / "out.json")  # replacing it would put a regular file in its place
    try:
        export_profile(entry, folder / "out.json")
    except ProfileError as exc:
        said = short(str(exc), folder)
    else:
        said = "exported"
    kept = stat.S_ISFIFO((folder / "out.json").stat().st_mode)
    return Seen(f"{said} (the pipe is still a pipe: {kept})")


def _through_symlink(folder: Path, _mp: pytest.MonkeyPatch) -> Seen:
    if os.name == "nt":
        pytest.skip("symlinks and permission bits are POSIX")
    (folder / "usb").mkdir()
    real = folder / "usb" / "ada.json"
    real.write_text(_text(GOOD), encoding="utf-8")
    real.chmod(0o600)
    store = ProfileStore(folder / "profiles")
    store.folder.mkdir()
    (store.folder / "ada.json").symlink_to(real)
    profile = store.load(store.folder / "ada.json")
    profile.skills = {"docker": "have"}
    store.save(profile, store.folder / "ada.json")
    link = (store.folder / "ada.json").is_symlink()
    modes = [oct(stat.S_IMODE(p.stat().st_mode)) for p in (real, folder / "usb" / "ada.json.bak")]
    saved = load_profile(real).skills == {"docker": "have"}
    return Seen(f"saved to the file it links to: {saved}; still a link: {link}; modes {modes}")


PROFILE_CASES = [
    Case(
        "profile",
        "corrupt JSON (cut off mid-save by another program)",
        "profiles/ada.json:3:2: not valid JSON: a key in double quotes is expected here (a comma too many, or the end cut off). Pathfinder cannot read this profile, so it moved the file to profiles/damaged/ada~WHEN.json without changing it; the other profiles are not affected.",
        _read(_text(GOOD)[:30]),
    ),
    Case(
        "profile",
        "JSON with a trailing comma",
        "profiles/ada.json:1:41: not valid JSON: a key in double quotes is expected here (a comma too many, or the end cut off). Pathfinder cannot read this profile, so it moved the file to profiles/damaged/ada~WHEN.json without changing it; the other profiles are not affected.",
        _read('{"pathfinder_profile": 1, "name": "Ada",}\n'),
    ),
    Case(
        "profile",
        "NaN as a number",
        "profiles/ada.json:1:60: not valid JSON: NaN is not allowed in JSON. Pathfinder cannot read this profile, so it moved the file to profiles/damaged/ada~WHEN.json without changing it; the other profiles are not affected.",
        _read('{"pathfinder_profile": 1, "name": "Ada", "hours_per_week": NaN}'),
    ),
    Case(
        "profile",
        "a number too large for a profile to keep (`1e400`, read as Infinity)",
        "profiles/ada.json:1:53: not valid JSON: 1e400 is too large a number. Pathfinder cannot read this profile, so it moved the file to profiles/damaged/ada~WHEN.json without changing it; the other profiles are not affected.",
        _read('{"pathfinder_profile": 1, "name": "Ada", "x-score": 1e400}'),
    ),
    Case(
        "profile",
        'wrong types (`"hours_per_week": "8"`, `"skills": ["python"]`)',
        'profiles/ada.json:4:13: skills: must be an object, not a list; hours_per_week: must be a number, not "8". Pathfinder cannot read this profile, so it moved the file to profiles/damaged/ada~WHEN.json without changing it; the other profiles are not affected.',
        _read(_text({**GOOD, "hours_per_week": "8", "skills": ["python"]})),
    ),
    Case(
        "profile",
        'a value out of range (`"hours_per_week": 500`)',
        "profiles/ada.json:7:21: hours_per_week: must be at most 168, not 500. Pathfinder cannot read this profile, so it moved the file to profiles/damaged/ada~WHEN.json without changing it; the other profiles are not affected.",
        _read(_text({**GOOD, "hours_per_week": 500})),
    ),
    Case(
        "profile",
        "a future format version",
        "profiles/ada.json: made by a newer Pathfinder (format 2); this Pathfinder reads format 1: update Pathfinder to open it. Pathfinder cannot read this profile, so it moved the file to profiles/damaged/ada~WHEN.json without changing it; the other profiles are not affected.",
        _read(_text({**GOOD, "pathfinder_profile": 2})),
    ),
    Case(
        "profile",
        "not a profile (a JSON list; no version key)",
        "profiles/ada.json: not a Pathfinder profile: the file holds a list, not an object. Pathfinder cannot read this profile, so it moved the file to profiles/damaged/ada~WHEN.json without changing it; the other profiles are not affected.",
        _read("[1, 2, 3]\n"),
    ),
    Case(
        "profile",
        "an empty file",
        "profiles/ada.json: the file is empty; it holds no profile. Pathfinder cannot read this profile, so it moved the file to profiles/damaged/ada~WHEN.json without changing it; the other profiles are not affected.",
        _read(b""),
    ),
    Case(
        "profile",
        "not UTF-8",
        "profiles/ada.json:3:14: not UTF-8 text (byte 0xeb); profiles are UTF-8 JSON. Pathfinder cannot read this profile, so it moved the file to profiles/damaged/ada~WHEN.json without changing it; the other profiles are not affected.",
        _read(_text(GOOD).replace("Ada", "Zoë").encode("latin-1")),
    ),
    Case(
        "profile",
        "nesting 100,000 levels deep",
        "profiles/ada.json: not valid JSON: nested too deeply. Pathfinder cannot read this profile, so it moved the file to profiles/damaged/ada~WHEN.json without changing it; the other profiles are not affected.",
        _read("[" * 100_000 + "]" * 100_000),
        seconds=2.0,
    ),
    Case(
        "profile",
        "a UTF-8 byte-order mark",
        "opens: Ada, skills ['python']",
        _read(b"\xef\xbb\xbf" + _text(GOOD).encode()),
    ),
    Case(
        "profile",
        "ids of another pack",
        "opens; ids kept on save: True; `plan` uses what this pack has: Best path to Data Analyst (starting out, at 8 h a week):",
        _other_pack,
    ),
    Case("profile", "a missing file", "ada.json: no such file", _missing),
    Case(
        "profile",
        "a folder where the profile should be (`--profile`)",
        "ada.json: is a folder, not a profile file",
        _folder,
        2,
    ),
    Case(
        "profile",
        "a read-only folder (simulated: EACCES on every new file)",
        "ada.json: cannot save: Permission denied (the file before is intact: True; left behind: [])",
        _saving_fails(errno.EACCES),
    ),
    Case(
        "profile",
        "a full disk (simulated: ENOSPC while writing)",
        "ada.json: cannot save: No space left on device (the file before is intact: True; left behind: [])",
        _saving_fails(errno.ENOSPC),
    ),
    Case("profile", "permission denied when reading", "ada.json: permission denied", _unreadable),
    Case(
        "profile",
        "the same profile open twice (two windows), each ticking another skill",
        "saved (both windows' ticks are kept: True)",
        _open_twice,
    ),
    Case(
        "profile",
        "exporting onto a named pipe (a save used to replace it with a regular file)",
        "out.json: cannot save: is not a regular file (the pipe is still a pipe: True)",
        _export_onto_pipe,
    ),
    Case(
        "profile",
        "a profile that is a symlink to a private (0600) file elsewhere",
        "saved to the file it links to: True; still a link: True; modes ['0o600', '0o600']",
        _through_symlink,
    ),
]
