"""The wheel carries the code, the built-in pack and the resources, and works installed."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.packaging.frozen import build_tools_missing

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    reason = build_tools_missing()  # `build` and hatchling come with the [build] extra
    if reason:
        pytest.skip(reason)
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    [found] = out.glob("pathfinder_careers-*.whl")
    return found


@pytest.mark.slow
def test_wheel_contains_the_pack_and_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "pathfinder/_data/ai-ml-careers.yaml" in names
    # What the built-in pack opens from at start-up (io/prebuilt.py).
    assert "pathfinder/_data/ai-ml-careers.prebuilt.json" in names
    assert "pathfinder/_resources/icons/pathfinder.svg" in names
    # Built by packaging/translations.py build; the window and the CLI load them by this path.
    for language in ("en", "es", "fr", "de"):
        assert f"pathfinder/translations/pathfinder_{language}.qm" in names
    assert "pathfinder/__init__.py" in names and "pathfinder/core/planner.py" in names
    assert not any(n.startswith(("tests/", "pathfinder/tests")) for n in names)


@pytest.mark.slow
def test_installed_wheel_finds_its_pack(wheel: Path, tmp_path: Path) -> None:
    # Unpack the wheel beside nothing else and run it from there: the resolver must use
    # the packaged copy, not this checkout.
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    code = (
        "import pathfinder, pathfinder.paths as p; "
        "print(p.builtin_pack()); "
        "print(pathfinder.plan(pathfinder.load_pack(p.builtin_pack()), [], 'ml-engineer').path); "
        # Opened from the packaged prebuilt form: the YAML reader was never needed.
        "import sys; print('yaml' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r}); {code}"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    first = done.stdout.splitlines()[0]
    assert first.startswith(str(target)) and first.endswith("_data/ai-ml-careers.yaml")
    assert done.stdout.splitlines()[-1] == "False"
