"""Issue targets on the built-in pack: load and validate under 100 ms, one plan under 5 ms."""

from __future__ import annotations

import contextlib
import random
from typing import Any

from pathfinder.core.catalog import Catalog
from pathfinder.core.planner import NoPathError, plan
from pathfinder.io.packs import load_pack, parse_pack
from pathfinder.paths import builtin_pack


def test_load_and_validate_builtin_pack(benchmark: Any, check_target: Any) -> None:
    raw = builtin_pack().read_bytes()
    # parse_pack from bytes: what load_pack does after reading the file, every time anew.
    catalog = benchmark(parse_pack, raw, "ai-ml-careers.yaml")
    assert len(catalog.roles) >= 18
    check_target(0.100, "load + validate built-in pack")


def test_plan_builtin_pack(benchmark: Any, check_target: Any, builtin: Catalog) -> None:
    rng = random.Random(7)
    skills = [s.id for s in builtin.skills]
    roles = [r.id for r in builtin.roles]
    cases = [
        (rng.sample(skills, rng.randint(0, 15)), rng.choice(roles), rng.choice([None, *roles]))
        for _ in range(50)
    ]
    # The catalog is shared, as in the window, so prerequisite closures are memoised exactly
    # as they are while a learner ticks skills.
    state = {"i": 0}

    def one() -> None:
        have, to, start = cases[state["i"] % len(cases)]
        state["i"] += 1
        with contextlib.suppress(NoPathError):
            plan(builtin, have, to, start=start)

    benchmark(one)
    check_target(0.005, "one plan, built-in pack")


def test_cold_load_from_file(benchmark: Any, check_target: Any) -> None:
    benchmark(load_pack, builtin_pack())
    check_target(0.100, "load_pack from file")
