"""Before Qt starts: is there a screen, and can Qt's X11 plugin load?

Without these checks Qt aborts the whole process with a core dump and a message about
"reinstalling the application", which sends a learner the wrong way.
"""

from __future__ import annotations

import ctypes
import os
import sys

# The X11 libraries Qt 6.5+ needs beyond a minimal system, with their Debian/Ubuntu packages.
_XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def display_problem() -> str | None:
    """A sentence saying why no window can open here, or None when one can."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return (
            "no screen found (neither DISPLAY nor WAYLAND_DISPLAY is set). Run Pathfinder in a "
            "desktop session, or render a picture without a screen: pathfinder --snapshot out.png"
        )
    if os.environ.get("WAYLAND_DISPLAY"):
        return None  # Qt prefers Wayland there and needs none of the X11 libraries
    missing = []
    for library, package in _XCB_LIBRARIES.items():
        try:
            ctypes.CDLL(library)
        except OSError:
            missing.append(package)
    if missing:
        return (
            "the X11 libraries Qt needs are missing. On Debian or Ubuntu install them with: "
            "sudo apt install " + " ".join(missing)
        )
    return None
