"""Run by the system's python3 (which has Debian's python3-pyatspi), inside a D-Bus session
on an X server: starts the accessibility bus and Pathfinder, waits for Pathfinder on the
AT-SPI desktop that screen readers read, and prints what is there as JSON lines.

Usage: python3 atspi_walk.py PATHFINDER_PYTHON SRC_FOLDER
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from typing import Any

LAUNCHERS = (
    "/usr/libexec/at-spi-bus-launcher",
    "/usr/lib/at-spi2-core/at-spi-bus-launcher",
    "/usr/lib/x86_64-linux-gnu/at-spi2-core/at-spi-bus-launcher",
    "/usr/lib/aarch64-linux-gnu/at-spi2-core/at-spi-bus-launcher",
)


def walk(accessible: Any, path: str, out: list[dict[str, object]], limit: int = 5000) -> None:
    if accessible is None or len(out) >= limit:
        return
    name = accessible.name or ""
    states = accessible.getState()
    import pyatspi  # type: ignore[import-not-found]

    out.append(
        {
            "role": accessible.getRoleName(),
            "name": name,
            "description": accessible.description or "",
            "showing": states.contains(pyatspi.STATE_SHOWING),
            "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
            "column": _column(accessible),
            "path": path,
        }
    )
    here = f"{path}/{name or accessible.getRoleName()}"
    for index in range(accessible.childCount):
        walk(accessible.getChildAtIndex(index), here, out, limit)


def _column(accessible: Any) -> int:
    """A table or tree cell's column (0 for anything else)."""
    if accessible.getRoleName() != "table cell":
        return 0
    try:
        from gi.repository import Atspi  # type: ignore[import-not-found]

        return int(Atspi.TableCell.get_position(accessible)[2])
    except Exception:  # no TableCell interface: counted as a row's first cell
        return 0


def main() -> int:
    with tempfile.TemporaryFile() as log:  # a file, not a pipe: a chatty app never blocks
        return run(sys.argv[1], sys.argv[2], log)


def run(python: str, src: str, log: Any) -> int:
    launcher = next(p for p in LAUNCHERS if os.path.exists(p))
    bus = subprocess.Popen([launcher, "--launch-immediately"])
    env = dict(os.environ)
    env.update(
        PYTHONPATH=src,
        QT_QPA_PLATFORM="xcb",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        QT_ACCESSIBILITY="1",
    )
    app = subprocess.Popen([python, "-m", "pathfinder"], env=env, stderr=log)
    try:
        import pyatspi

        found = None
        deadline = time.monotonic() + 60
        while found is None and time.monotonic() < deadline and app.poll() is None:
            time.sleep(0.5)
            desktop = pyatspi.Registry.getDesktop(0)
            for index in range(desktop.childCount):
                candidate = desktop.getChildAtIndex(index)
                try:
                    mine = candidate is not None and candidate.get_process_id() == app.pid
                except Exception:  # an application that went away meanwhile
                    mine = False
                if mine and candidate.childCount and _has_graph(candidate):
                    found = candidate
        if found is None:
            ended = app.poll()
            why = f"ended with {ended}" if ended is not None else "never appeared"
            log.seek(0)
            said = log.read().decode(errors="replace")[-1500:]
            where = os.environ.get("DISPLAY")
            print(json.dumps({"error": f"Pathfinder {why} on {where}", "stderr": said}))
            return 1
        nodes: list[dict[str, object]] = []
        walk(found, "", nodes)
        for node in nodes:
            print(json.dumps(node))
        return 0
    finally:
        app.terminate()
        app.wait(10)
        bus.terminate()
        bus.wait(10)


def _has_graph(application: Any) -> bool:
    """True once the window holds the career graph (the pack is read after the first paint)."""
    pending = [application]
    seen = 0
    while pending and seen < 400:
        node = pending.pop()
        seen += 1
        if node is None:
            continue
        if node.name == "Career graph" and node.childCount > 5:
            return True
        pending.extend(node.getChildAtIndex(i) for i in range(min(node.childCount, 60)))
    return False


if __name__ == "__main__":
    sys.exit(main())
