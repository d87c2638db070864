"""Without a screen, `pathfinder` says so instead of letting Qt abort the process."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from pathfinder.qt.window import display_check


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland are Linux matters")
def test_no_screen_is_a_clear_message_not_a_crash() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    done = subprocess.run(
        [sys.executable, "-m", "pathfinder"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 1
    assert "cannot open the window: no screen found" in done.stderr
    assert "--snapshot" in done.stderr


def test_missing_x11_libraries_are_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(display_check.sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")

    def no_library(name: str) -> object:
        raise OSError(name)

    monkeypatch.setattr(display_check.ctypes, "CDLL", no_library)
    problem = display_check.display_problem()
    assert problem is not None
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4" in problem


def test_offscreen_needs_no_check(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert display_check.display_problem() is None
