"""`python -m pathfinder` and the `pathfinder` command."""

from __future__ import annotations

import gc
import os
import sys


def main(argv: list[str] | None = None) -> int:
    from pathfinder.cli import run

    try:
        return run(sys.argv[1:] if argv is None else argv)
    except BrokenPipeError:
        # `pathfinder plan | head` closed our output early: that is the reader's choice, not
        # an error worth a traceback. Point stdout at /dev/null so the exit flush stays quiet.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141 if os.name == "posix" else 1  # what a shell reports for a closed pipe
    finally:
        # The command is done and the process ends next. Python's last garbage collections
        # would walk every object still alive (the whole career pack, Qt's wrappers) only to
        # free memory the system takes back anyway: a tenth of a second after a snapshot of
        # the built-in pack. Frozen objects are skipped by them; nothing else changes.
        gc.freeze()


if __name__ == "__main__":
    sys.exit(main())
