"""Why the hot paths keep plain tables beside the NetworkX career graph (core/graph.py).

The graph is the model of the pack and answers the questions asked once (cycles, reachability,
neighbourhoods, export). The planner and the closures run on every start and every tick; for
them the plain tables are measured here against the same answer taken from the graph.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

import networkx as nx
import pytest

from pathfinder.core.catalog import Catalog
from pathfinder.core.graph import career_graph
from pathfinder.core.routes import usable_moves
from pathfinder.core.skills import _closures
from pathfinder.io.packs import parse_pack
from tests.benchmarks.measure import record
from tests.big_pack import big_pack_text


@pytest.fixture(scope="module")
def big() -> Catalog:
    return parse_pack(big_pack_text(roles=600, skills=3000).encode(), "big.yaml")


def best_of(work: Callable[[], object], rounds: int = 5) -> float:
    times = []
    for _ in range(rounds):
        began = time.perf_counter()
        work()
        times.append(time.perf_counter() - began)
    return min(times)


def test_closures_from_a_plain_walk_beat_the_graph(benchmark: Any, big: Catalog) -> None:
    graph = career_graph(big)
    # NetworkX at its best: a graph of the requires links alone, no filter per edge.
    requires = nx.DiGraph((a, b) for a, b, kind in graph.edges(data="kind") if kind == "requires")
    requires.add_nodes_from(s.id for s in big.skills)

    def from_graph() -> dict[str, frozenset[str]]:
        return {s.id: frozenset(nx.descendants(requires, s.id)) | {s.id} for s in big.skills}

    plain = benchmark(_closures, big)
    assert plain == from_graph()  # the same answer both ways
    if benchmark.disabled:
        return
    walk, networkx = best_of(lambda: _closures(big)), best_of(from_graph)
    print(f"\nclosures: plain {walk * 1000:.1f} ms, NetworkX {networkx * 1000:.1f} ms")
    record("prerequisite closures, big pack (plain walk)", walk, target=networkx)
    assert walk < networkx


def test_the_planner_s_move_table_beats_asking_the_graph(benchmark: Any, big: Catalog) -> None:
    graph = career_graph(big)
    # NetworkX at its best: a graph of the moves alone, no filter per edge.
    moves = nx.DiGraph((a, b) for a, b, kind in graph.edges(data="kind") if kind == "move")
    moves.add_nodes_from(r.id for r in big.roles)
    table = usable_moves(big)
    roles = [r.id for r in big.roles]

    def plain() -> int:
        return sum(len(table[r]) for r in roles for _ in range(20))

    def from_graph() -> int:
        # What the search would do per expanded role: the move edges out of it.
        return sum(len(moves.adj[r]) for r in roles for _ in range(20))

    assert benchmark(plain) == from_graph()  # the big pack has no move down to leave out
    if benchmark.disabled:
        return
    fast, slow = best_of(plain), best_of(from_graph)
    print(f"\nmoves per expanded role: table {fast * 1e6:.0f} µs, graph {slow * 1e6:.0f} µs")
    record("planner's moves, 12,000 lookups (table)", fast, target=slow)
    assert fast < slow


def test_importing_networkx_costs_a_large_share_of_a_first_paint(benchmark: Any) -> None:
    """Why core/graph.py imports NetworkX only inside the functions that need it."""
    code = "import time; t = time.perf_counter(); import networkx; print(time.perf_counter() - t)"

    def imported() -> float:
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        return float(done.stdout)

    seconds = benchmark.pedantic(imported, rounds=1 if benchmark.disabled else 5)
    if benchmark.disabled:
        return
    print(f"\nimport networkx: {seconds * 1000:.0f} ms")
    record("import networkx (kept off the start-up path)", seconds, target=1.0)
