"""Child process for the SIGTERM test: the window as `pathfinder` opens it, with one tick
pending (the autosave put off), then "ready"; the test sends SIGTERM.

    python term_window.py HOME SKILL
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

home = Path(sys.argv[1])
for var, sub in (
    ("XDG_DATA_HOME", "data"),
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_STATE_HOME", "state"),
    ("XDG_CACHE_HOME", "cache"),
):
    (home / sub).mkdir(parents=True, exist_ok=True)
    os.environ[var] = str(home / sub)
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtWidgets import QApplication  # noqa: E402

from pathfinder.qt.app import _close_on_terminate, _start  # noqa: E402
from pathfinder.qt.profiles import keeper as profile_keeper  # noqa: E402
from pathfinder.qt.state.commands import set_skill_state  # noqa: E402
from pathfinder.qt.state.session import SkillState  # noqa: E402
from pathfinder.qt.window.main_window import MainWindow  # noqa: E402
from tests.hardening.conftest import start_args  # noqa: E402

app = QApplication([])
window = MainWindow()
window.show()
_start(window, start_args())
_close_on_terminate(window)
assert window.keeper is not None
window.keeper._timer.setInterval(600_000)  # the tick waits: only SIGTERM can save it
profile_keeper.SAVE_DELAY_MS = 600_000
set_skill_state(window.session, sys.argv[2], SkillState.HAVE)
print("ready", window.keeper.path, flush=True)
sys.exit(app.exec())
