"""Building the installers once per test session and running the frozen program in isolation.

`built(kind, tmp_path_factory)` runs packaging/build.py the first time a kind is asked for in a
session ("stock" or "branded") and hands back the same result afterwards, to the packaging
tests and to the frozen start-up benchmark alike.
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import tarfile
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).with_name("fixtures")
BUILD = ROOT / "packaging" / "build.py"
BRAND_NAME = "Acme Career Compass"
BRAND_ID = "acme-career-compass"
VERSION_LINE = '__version__ = "'


def version() -> str:
    text = (ROOT / "src" / "pathfinder" / "__init__.py").read_text(encoding="utf-8")
    start = text.index(VERSION_LINE) + len(VERSION_LINE)
    return text[start : text.index('"', start)]


@dataclass(frozen=True)
class Built:
    app_id: str
    dist: Path
    tarball: Path
    deb: Path
    unpacked: Path  # the tarball, extracted: unpacked / "<id>-<version>" / "<id>"
    deb_root: Path  # the .deb, extracted with dpkg-deb -x
    seconds: float  # how long build.py took
    log: str

    @property
    def program(self) -> Path:
        return self.unpacked / f"{self.app_id}-{version()}" / self.app_id

    @property
    def deb_program(self) -> Path:
        return self.deb_root / "opt" / self.app_id / self.app_id


_BUILT: dict[str, Built] = {}


def run_build(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(BUILD), *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        timeout=1800,
    )


def built(kind: str, factory: pytest.TempPathFactory) -> Built:
    if kind in _BUILT:
        return _BUILT[kind]
    base = factory.mktemp(f"build-{kind}")
    args = ["--dist", str(base / "dist"), "--work", str(base / "work")]
    app_id = "pathfinder"
    if kind == "branded":
        app_id = BRAND_ID
        args += ["--pack", str(FIXTURES / "acme-careers.yaml"), "--name", BRAND_NAME]
        args += ["--icon", str(FIXTURES / "acme-logo.png")]
    began = time.monotonic()
    done = run_build(args, base)
    seconds = time.monotonic() - began
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    dist = base / "dist"
    tarball = dist / f"{app_id}-{version()}-linux-x86_64.tar.gz"
    deb = dist / f"{app_id}_{version()}_amd64.deb"
    assert tarball.is_file() and deb.is_file(), sorted(p.name for p in dist.iterdir())
    unpacked = base / "tar"
    with tarfile.open(tarball) as tar:
        tar.extractall(unpacked, filter="tar")
    deb_root = base / "deb"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(deb_root)], check=True)
    result = Built(app_id, dist, tarball, deb, unpacked, deb_root, seconds, done.stdout)
    _BUILT[kind] = result
    return result


def isolated_env(home: Path) -> dict[str, str]:
    """A clean environment: offscreen Qt, and HOME and XDG folders inside `home`."""
    env = {
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "XDG_RUNTIME_DIR": str(home / "run"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    home.mkdir(parents=True, exist_ok=True)
    (home / "run").mkdir(mode=0o700, exist_ok=True)
    return env


def run_frozen(
    program: Path, args: list[str], home: Path, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(program), *args],
        capture_output=True,
        text=True,
        check=False,
        env=isolated_env(home),
        cwd=home,
        timeout=timeout,
    )


def png_facts(path: Path) -> tuple[int, int, dict[str, str]]:
    """Width, height and the text chunks (tEXt, iTXt) of a PNG file."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    at, texts, size = 8, {}, (0, 0)
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind, body = data[at + 4 : at + 8], data[at + 8 : at + 8 + length]
        if kind == b"IHDR":
            size = struct.unpack(">II", body[:8])
        elif kind == b"tEXt":
            key, _, value = body.partition(b"\0")
            texts[key.decode("latin-1")] = value.decode("latin-1")
        elif kind == b"iTXt":
            key, _, rest = body.partition(b"\0")
            compressed, rest = rest[0], rest[2:]
            _language, _, rest = rest.partition(b"\0")
            _translated, _, value = rest.partition(b"\0")
            texts[key.decode("latin-1")] = (zlib.decompress(value) if compressed else value).decode(
                "utf-8"
            )
        at += 12 + length
    return size[0], size[1], texts


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def can_build_here() -> str | None:
    """Why the Linux installers cannot be built on this machine, or None when they can."""
    if not sys.platform.startswith("linux"):
        return "the .tar.gz and .deb are built on Linux"
    if not os.path.exists("/usr/bin/dpkg-deb"):
        return "dpkg-deb is missing (apt install dpkg)"
    return build_tools_missing()


BUILD_MODULES = ("PyInstaller", "build", "hatchling", "pypdf")


def build_tools_missing() -> str | None:
    """Install pyproject's [build] extra if its tools are missing (the [test] extra leaves
    them out: only these tests and packaging/build.py need them); why not, or None."""
    import importlib
    import importlib.util
    import tomllib

    if all(importlib.util.find_spec(m) is not None for m in BUILD_MODULES):
        return None
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = project["optional-dependencies"]["build"]
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", *wanted],
        capture_output=True,
        text=True,
        check=False,
        timeout=1200,
    )
    importlib.invalidate_caches()
    if done.returncode != 0:
        return f"the [build] extra could not be installed: {done.stderr.strip()[-300:]}"
    return None
