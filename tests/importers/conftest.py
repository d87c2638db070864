"""Run the importers the way a user does: through `pathfinder import`, reading back the pack."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from pathfinder.cli import run

FIXTURES = Path(__file__).parent / "fixtures"
REALDATA = Path(__file__).resolve().parents[3] / "shared" / "realdata"


def cli(*args: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run([str(a) for a in args], out, err)
    return code, out.getvalue(), err.getvalue()


Importer = Callable[..., tuple[dict[str, Any], str]]


@pytest.fixture
def imported(tmp_path: Path) -> Importer:
    """import_(kind, source, *flags) -> (the written pack as data, what the command printed)."""
    counter = {"n": 0}

    def import_(kind: str, source: Path, *flags: str) -> tuple[dict[str, Any], str]:
        counter["n"] += 1
        target = tmp_path / f"{kind}-{counter['n']}.yaml"
        code, out, err = cli("import", kind, source, "-o", target, *flags)
        assert code == 0, err
        return yaml.safe_load(target.read_text(encoding="utf-8")), out

    return import_


def by_id(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {item["id"]: item for item in items}
