"""The career graph (core/graph.py) and the one per-catalog cache it lives in (core/memo.py)."""

from __future__ import annotations

import gc
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from pathfinder.core import memo
from pathfinder.core.graph import career_graph, moves_in, moves_out, reachable_roles
from pathfinder.core.skills import closure
from pathfinder.io.packs import PackError, load_pack, parse_pack

TINY = Path(__file__).resolve().parents[1] / "fixtures" / "tiny.yaml"

THREE_IN_A_RING = b"""pathfinder: 1
id: ring
name: Ring
version: "1"
skills:
  - {id: a, name: A, effort_hours: 1, requires: [b], estimate: true}
  - {id: b, name: B, effort_hours: 1, requires: [c], estimate: true}
  - {id: c, name: C, effort_hours: 1, requires: [a], estimate: true}
  - {id: d, name: D, effort_hours: 1, requires: [a], estimate: true}
roles:
  - {id: r, name: R, level: 1, essential: [d], estimate: true}
"""


def test_a_prerequisite_cycle_is_named_in_full_where_it_starts() -> None:
    # Column 49 is the `[` of a's requires list, counted by hand.
    with pytest.raises(PackError) as caught:
        parse_pack(THREE_IN_A_RING, "ring.yaml")
    assert [str(p) for p in caught.value.problems] == [
        "ring.yaml:6:49: prerequisite cycle: a -> b -> c -> a"
    ]


def test_moves_come_in_the_order_the_pack_lists_them() -> None:
    tiny = load_pack(TINY)
    assert moves_out(tiny, "analyst") == ("developer", "ml")
    assert moves_out(tiny, "developer") == ("ops", "ml")  # pack order, not by id
    assert moves_in(tiny, "mlops") == ("ops", "ml")
    assert moves_in(tiny, "analyst") == ()
    assert moves_out(tiny, "no-such-role") == ()


def test_reachable_roles_follow_moves_only() -> None:
    tiny = load_pack(TINY)
    assert reachable_roles(tiny, "analyst") == {"developer", "ops", "ml", "mlops"}
    assert reachable_roles(tiny, "mlops") == {"ops"}  # ops -> mlops leads back, not further
    assert reachable_roles(tiny, "island") == set()


def test_the_graph_holds_roles_skills_and_every_kind_of_link() -> None:
    graph = career_graph(load_pack(TINY))
    assert graph.number_of_nodes() == 12  # 6 roles, 6 skills
    kinds = [d["kind"] for _, _, d in graph.edges(data=True)]
    assert {k: kinds.count(k) for k in set(kinds)} == {
        "move": 7,
        "essential": 9,
        "optional": 1,
        "requires": 3,
    }


def test_a_catalog_s_tables_go_with_it_and_a_copy_has_its_own() -> None:
    tiny = load_pack(TINY)
    assert closure(tiny, ["pytorch"]) == {"pytorch", "python", "git"}
    # A copy with other skills must not answer from the original's tables.
    skills = tuple(s.model_copy(update={"requires": ()}) for s in tiny.skills)
    copy = tiny.model_copy(update={"skills": skills})
    assert closure(copy, ["pytorch"]) == {"pytorch"}
    assert copy == copy.model_copy()  # the tables are not part of what == compares
    boxes = len(memo._boxes)
    del tiny, copy
    gc.collect()
    assert len(memo._boxes) == boxes - 2


def test_opening_the_built_in_pack_and_planning_never_imports_networkx() -> None:
    """The import alone costs a large share of the first paint (test_graph_bench.py)."""
    code = (
        "import sys, pathfinder\n"
        "from pathfinder.core.suggest import suggest\n"
        "pack = pathfinder.load_pack(pathfinder.builtin_pack())\n"
        "pathfinder.plan(pack, [], 'ml-engineer')\n"
        "suggest(pack, ['python'], [])\n"
        "print('networkx' in sys.modules)\n"
    )
    src = Path(__file__).resolve().parents[2] / "src"
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(src)},
        check=True,
    )
    assert done.stdout == "False\n"


def test_every_plan_learns_a_skill_after_what_it_requires_in_the_graph() -> None:
    from pathfinder.core.planner import NoPathError, plan
    from pathfinder.paths import builtin_pack

    pack = load_pack(builtin_pack())
    requires = [(a, b) for a, b, k in career_graph(pack).edges(data="kind") if k == "requires"]
    rng = random.Random(14)
    skills, roles = [s.id for s in pack.skills], [r.id for r in pack.roles]
    checked = 0
    for _ in range(150):
        have = rng.sample(skills, rng.randint(0, 12))
        try:
            result = plan(pack, have, rng.choice(roles), start=rng.choice([None, *roles]))
        except NoPathError:
            continue
        place = {gap.skill: i for i, gap in enumerate(result.gaps)}
        for skill, prerequisite in requires:
            if skill in place and prerequisite in place:
                assert place[prerequisite] < place[skill], (skill, prerequisite)
                checked += 1
    assert checked > 100  # enough plans had a prerequisite left to learn
