from __future__ import annotations

from pathlib import Path

import pytest

from pathfinder.core.catalog import Catalog
from pathfinder.io.packs import load_pack
from pathfinder.paths import builtin_pack

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="session")
def tiny() -> Catalog:
    return load_pack(FIXTURES / "tiny.yaml")


@pytest.fixture(scope="session")
def builtin() -> Catalog:
    return load_pack(builtin_pack())
