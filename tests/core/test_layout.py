from __future__ import annotations

from pathfinder.core.catalog import Catalog
from pathfinder.core.layout import COLUMN_WIDTH, family_order, layout_roles


def test_roles_sit_in_family_lanes_and_level_columns(tiny: Catalog) -> None:
    layout = layout_roles(tiny)
    # Entry lanes first: Data and Software hold level-1 roles.
    assert family_order(tiny) == ["Data", "Software", "Ops", "ML"]
    assert [lane.family for lane in layout.lanes] == ["Data", "Software", "Ops", "ML"]
    x, _ = layout.positions["mlops"]
    assert x == 2 * COLUMN_WIDTH
    # Two ML roles at different levels share the ML lane's row.
    assert layout.positions["ml"][1] == layout.positions["island"][1]
    assert len(set(layout.positions.values())) == len(tiny.roles)


def test_layout_is_deterministic(tiny: Catalog) -> None:
    assert layout_roles(tiny) == layout_roles(tiny)
