"""Where roles sit, worked out by hand from the rules in core/layout.py: lanes of 26 (header)
+ 92 per row, 6 apart; columns 278 wide; a box's centre is half a row below its row's top."""

from __future__ import annotations

from pathlib import Path

from pathfinder.core.catalog import Catalog
from pathfinder.core.layout import Lane, family_order, layout_roles
from pathfinder.io.packs import load_pack


def test_roles_sit_in_family_lanes_and_level_columns(tiny: Catalog) -> None:
    layout = layout_roles(tiny)
    # Lowest level first, then name: Data and Software start at level 1, Ops at 2, ML at 3.
    assert family_order(tiny) == ["Data", "Software", "Ops", "ML"]
    # One role per family and level, so every lane is one row high: 26 + 92 = 118.
    assert layout.lanes == (
        Lane("Data", 0.0, 118.0),
        Lane("Software", 124.0, 118.0),
        Lane("Ops", 248.0, 118.0),
        Lane("ML", 372.0, 118.0),
    )
    # x: (level - 1) x 278; y: lane top + 26 + 46.
    assert layout.positions == {
        "analyst": (0.0, 72.0),
        "developer": (0.0, 196.0),
        "ops": (278.0, 320.0),
        "mlops": (556.0, 320.0),
        "ml": (556.0, 444.0),
        "island": (834.0, 444.0),
    }
    assert (layout.width, layout.height) == (4 * 278.0, 372.0 + 118.0)
    assert layout.level_x == (0.0, 278.0, 556.0, 834.0)


def test_a_few_roles_get_only_the_lanes_and_columns_they_need(tiny: Catalog) -> None:
    # Asked for in any order, drawn the same: only the Ops lane, three level columns.
    for asked in (["mlops", "ops"], ["ops", "mlops"]):
        layout = layout_roles(tiny, asked)
        assert layout.positions == {"ops": (278.0, 72.0), "mlops": (556.0, 72.0)}
        assert layout.lanes == (Lane("Ops", 0.0, 118.0),)
        assert (layout.width, layout.height) == (3 * 278.0, 118.0)


def test_a_crowded_cell_wraps_into_more_columns_of_its_level(tmp_path: Path) -> None:
    # Five level-1 support roles and one level-2 lead. Wrapped at two rows, the five take
    # three columns (a, b | c, d | e), so level 2 starts three columns in.
    roles = "\n".join(
        f"  - {{id: {r}, name: Role {r}, level: 1, family: Support, essential: [s]}}"
        for r in "edcba"
    )
    pack = tmp_path / "crowded.yaml"
    pack.write_text(
        "pathfinder: 1\nid: crowded\nname: Crowded\nversion: '1'\n"
        "skills:\n  - {id: s, name: S, category: C, effort_hours: 1}\n"
        f"roles:\n{roles}\n"
        "  - {id: lead, name: Lead, level: 2, family: Support, essential: [s]}\n",
        encoding="utf-8",
    )
    layout = layout_roles(load_pack(pack), max_rows=2)
    assert layout.positions == {
        "a": (0.0, 72.0),
        "b": (0.0, 164.0),
        "c": (278.0, 72.0),
        "d": (278.0, 164.0),
        "e": (556.0, 72.0),
        "lead": (834.0, 72.0),
    }
    assert layout.level_x == (0.0, 834.0)
    assert layout.lanes == (Lane("Support", 0.0, 26.0 + 2 * 92.0),)
    assert layout.width == 4 * 278.0
