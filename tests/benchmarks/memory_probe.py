"""Child process for the memory benchmark: open a pack in the window as a learner would (the
first time: read from YAML, then cached), pick a target, paint; print the peak RSS in MB.

    python memory_probe.py PACK CACHE_DIR
"""

from __future__ import annotations

import os
import resource
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication


def main() -> int:
    pack, cache = Path(sys.argv[1]), Path(sys.argv[2])
    app = QApplication(sys.argv[:1])
    from pathfinder.io.pack_cache import load_pack_cached
    from pathfinder.qt.state.session import Session
    from pathfinder.qt.window.main_window import MainWindow

    catalog = load_pack_cached(pack, cache).catalog
    window = MainWindow(Session(catalog, pack))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    roles = catalog.roles
    window.session.apply_roles(roles[0].id, roles[len(roles) // 2].id)
    window.skills_panel.filter_edit.setText("a")
    app.processEvents()
    window.grab()
    # ru_maxrss is in kilobytes on Linux (bytes on macOS).
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(peak / (2**20 if sys.platform == "darwin" else 2**10))
    return 0


if __name__ == "__main__":
    sys.exit(main())
