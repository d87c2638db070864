"""Child process for the lock test: load, change its own counter, save; N times.

    python two_savers.py FILE NAME COUNT

Each save is a whole load/modify/save loop, as a window does; the other process does the
same with its own counter at the same time. Prints "conflicts K" at the end (edits of
different fields must merge, so K should be 0).
"""

from __future__ import annotations

import sys
from pathlib import Path

from pathfinder.io.profiles import ProfileConflict, ProfileStore


def main() -> None:
    path, name, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    store = ProfileStore(path.parent)
    conflicts = 0
    done = 0
    while done < count:
        profile = store.load(path)
        extra = profile.model_extra or {}
        setattr(profile, name, int(extra.get(name, 0)) + 1)
        try:
            store.save(profile, path)
        except ProfileConflict:
            conflicts += 1
            continue
        done += 1
    print(f"conflicts {conflicts}", flush=True)


if __name__ == "__main__":
    main()
