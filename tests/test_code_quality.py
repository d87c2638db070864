"""The project's own rules, checked by the same test run CI makes: lint, types and layering."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed; install the test extras: pip install -e '.[test]'")
    return found


def _python_folders() -> list[str]:
    return [d for d in ("src", "tests", "packaging") if (ROOT / d).is_dir()]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_lint_and_format() -> None:
    lint = _run(_tool("ruff"), "check", *_python_folders())
    assert lint.returncode == 0, lint.stdout + lint.stderr
    fmt = _run(_tool("ruff"), "format", "--check", *_python_folders())
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr


def test_mypy_strict_on_all_of_src() -> None:
    done = _run(_tool("mypy"))
    assert done.returncode == 0, done.stdout + done.stderr


def test_core_and_io_never_import_qt() -> None:
    done = _run(_tool("lint-imports"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_every_module_has_one_job_in_under_400_lines() -> None:
    """The project's rule: small modules with one job (a long one gets split, not grown)."""
    src = Path(__file__).resolve().parents[1] / "src" / "pathfinder"
    long = {
        str(path.relative_to(src)): lines
        for path in src.rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert long == {}
