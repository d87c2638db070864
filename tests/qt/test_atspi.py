"""The window as Linux screen readers (Orca) see it: the AT-SPI tree on the accessibility bus.

Pathfinder runs on its own X server (Xvfb) in a D-Bus session of its own, with Qt's AT-SPI
bridge on; the system's python3 with Debian's python3-pyatspi walks the tree
(atspi_walk.py). Skipped only where one of those is missing (.ci/run installs them).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tests.qt.atspi_walk import LAUNCHERS

import pathfinder
from pathfinder.core.catalog import Catalog

WALKER = Path(__file__).with_name("atspi_walk.py")
INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "entry",
    "spin button",
    "slider",
    "page tab",
    "link",
    "menu item",
    "list item",
    "tree item",
    "table cell",
    "list",
    "tree",
    "table",
    "tree table",
}


def _python_with_pyatspi() -> str | None:
    for candidate in ("/usr/bin/python3", shutil.which("python3")):
        if candidate and os.path.exists(candidate):
            done = subprocess.run(
                [candidate, "-c", "import pyatspi"], capture_output=True, timeout=60
            )
            if done.returncode == 0:
                return candidate
    return None


def _missing() -> str | None:
    if not sys.platform.startswith("linux"):
        return "AT-SPI is the Linux accessibility bus"
    for tool in ("Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not any(os.path.exists(p) for p in LAUNCHERS):
        return "at-spi2-core (at-spi-bus-launcher) is not installed"
    if _python_with_pyatspi() is None:
        return "python3-pyatspi is not installed"
    return None


def _start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """An X server on a display no one else uses (Xvfb picks it and tells us)."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    number = b""
    with os.fdopen(read, "rb") as told:
        while not number.endswith(b"\n"):
            chunk = told.read(1)
            if not chunk:
                break
            number += chunk
    assert number.strip(), "Xvfb did not start"
    return server, f":{number.decode().strip()}"


@pytest.fixture(scope="module")
def atspi_tree(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, object]]:
    reason = _missing()
    if reason is not None:
        pytest.skip(reason)
    python = _python_with_pyatspi()
    assert python is not None
    home = tmp_path_factory.mktemp("atspi-home")
    server, display = _start_xvfb()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS", "QT_QPA_PLATFORM")
    }
    env.update(
        DISPLAY=display,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
    )
    source = Path(pathfinder.__file__).resolve().parents[1]  # the code these tests run
    try:
        done = subprocess.run(
            ["dbus-run-session", "--", python, str(WALKER), sys.executable, str(source)],
            capture_output=True,
            text=True,
            env=env,
            timeout=180,
        )
    finally:
        server.terminate()
        server.wait(10)
    nodes = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0:
        pytest.fail(f"{nodes[-1:]}\n{done.stderr[-3000:]}", pytrace=False)
    return nodes


def test_every_control_a_screen_reader_reaches_has_a_name(
    atspi_tree: list[dict[str, object]],
) -> None:
    nameless = [
        f"{node['role']} at {node['path']}"
        for node in atspi_tree
        if node["role"] in INTERACTIVE
        and node["showing"]
        and not str(node["name"]).strip()
        and node["column"] == 0  # a row is named by its first cell (a group has no hours)
    ]
    assert nameless == []
    assert any(node["role"] == "push button" for node in atspi_tree)  # the walk went deep


def test_every_role_of_the_built_in_pack_is_read_from_the_graph(
    atspi_tree: list[dict[str, object]], builtin: Catalog
) -> None:
    in_graph = {
        str(node["name"]): str(node["description"])
        for node in atspi_tree
        if node["role"] == "list item" and str(node["path"]).endswith("/Career graph")
    }
    assert set(in_graph) == {role.name for role in builtin.roles}
    assert in_graph["Data Engineer"].startswith("level 3, Data & analytics family, fit ")
