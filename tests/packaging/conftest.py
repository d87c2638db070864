from __future__ import annotations

import pytest

from tests.packaging.frozen import Built, built, can_build_here


@pytest.fixture(scope="session")
def stock(tmp_path_factory: pytest.TempPathFactory) -> Built:
    reason = can_build_here()
    if reason:
        pytest.skip(reason)
    return built("stock", tmp_path_factory)


@pytest.fixture(scope="session")
def branded(tmp_path_factory: pytest.TempPathFactory) -> Built:
    reason = can_build_here()
    if reason:
        pytest.skip(reason)
    return built("branded", tmp_path_factory)
