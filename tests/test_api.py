"""The Python API for scripts and notebooks."""

from __future__ import annotations

import subprocess
import sys

import pytest

import pathfinder
from pathfinder.cli import run


def test_load_and_plan_match_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    pack = pathfinder.load_pack(pathfinder.builtin_pack())
    result = pathfinder.plan(
        pack, have=["python", "git"], to="ml-engineer", start="software-developer"
    )
    assert (
        run(
            [
                "plan",
                "--to",
                "ml-engineer",
                "--from",
                "software-developer",
                "--have",
                "python,git",
                "--json",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out) == result.to_json()


def test_errors_are_the_public_ones() -> None:
    pack = pathfinder.load_pack(pathfinder.builtin_pack())
    with pytest.raises(pathfinder.UnknownIdError) as caught:
        pathfinder.plan(pack, have=[], to="data-scienist")
    assert caught.value.suggestion == "data-scientist"
    with pytest.raises(pathfinder.NoPathError):
        pathfinder.plan(
            pack, have=[], to="ml-infrastructure-lead", start="it-support-specialist", max_steps=1
        )


def test_importing_pathfinder_does_not_import_qt() -> None:
    code = (
        "import sys, pathfinder, pathfinder.cli; "
        "pathfinder.plan(pathfinder.load_pack(pathfinder.builtin_pack()), [], 'ml-engineer'); "
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_plan_takes_the_pack_by_the_name_the_contract_gives() -> None:
    import pathfinder

    pack = pathfinder.load_pack(pathfinder.builtin_pack())
    result = pathfinder.plan(pack=pack, have=["python"], to="ml-engineer", max_steps=6)
    assert result.to_json()["to"] == "ml-engineer"
    with pytest.raises(TypeError, match="list of skill ids, not a string"):
        pathfinder.plan(pack, "python", "ml-engineer")
