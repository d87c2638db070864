"""Child process for the kill test: saves ever-newer versions of a few profiles, forever.

    python kill_saver.py FOLDER [--profiles N]           save in a loop until killed
    python kill_saver.py FOLDER [--profiles N] --serve   fork a saver per request (POSIX)

Both first make sure every profile exists (saved once), then print "ready". Each saved
version carries its number three times (a top-level unknown key, the last note's text and an
unknown key of that note) and a few kilobytes of text per note, so that a write takes a while
and a torn or mixed-up file would show. With --serve the process imports Pathfinder once and
answers each "fork" line with the pid of a new saver, and "reap PID" with "reaped" once that
(killed) saver is gone; the test kills the savers itself, with SIGKILL.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from pathfinder.core.profile import Note, Profile
from pathfinder.io.profiles import ProfileStore

NOTE_BYTES = 8_000
KEEP_NOTES = 40  # files grow to about 320 KB, then stay there


def profile_path(folder: Path, number: int) -> Path:
    return folder / f"kill-{number}.json"


def version_of(profile: Profile) -> int:
    extra = profile.model_extra or {}
    return int(extra["kill_test"]["version"])


def prepare(folder: Path, count: int) -> None:
    store = ProfileStore(folder)
    for number in range(count):
        path = profile_path(folder, number)
        if not path.exists():
            profile = Profile.model_validate(
                {
                    "pathfinder_profile": 1,
                    "name": f"Killed {number}",
                    "skills": {"python": "have", "not-in-any-pack": "learning"},
                    "kill_test": {"version": 0, "profile": number},
                }
            )
            store.save(profile, path)


def save_forever(folder: Path, count: int) -> None:
    store = ProfileStore(folder)
    paths = [profile_path(folder, n) for n in range(count)]
    profiles = [store.load(path) for path in paths]
    while True:
        for number, (path, profile) in enumerate(zip(paths, profiles, strict=True)):
            version = version_of(profile) + 1
            filler = f"{number}:{version} " * (NOTE_BYTES // 12)
            note = Note.model_validate(
                {"at": "2026-11-22T10:00:00Z", "text": f"version {version} {filler}", "v": version}
            )
            profile.notes = [*profile.notes[-(KEEP_NOTES - 1) :], note]
            profile.hours_per_week = 1 + version % 100
            setattr(profile, "kill_test", {"version": version, "profile": number})  # noqa: B010
            store.save(profile, path)


def serve(folder: Path, count: int) -> None:
    for line in sys.stdin:
        command = line.split()
        if command == ["fork"]:
            pid = os.fork()
            if pid == 0:  # the saver: never returns into this loop
                try:
                    save_forever(folder, count)
                finally:
                    os._exit(1)
            print(pid, flush=True)
        elif command[:1] == ["reap"]:
            os.waitpid(int(command[1]), 0)
            print("reaped", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--profiles", type=int, default=3)
    parser.add_argument("--serve", action="store_true")
    args = parser.parse_args()
    prepare(args.folder, args.profiles)
    print("ready", flush=True)
    if args.serve:
        serve(args.folder, args.profiles)
    else:
        save_forever(args.folder, args.profiles)


if __name__ == "__main__":
    main()
