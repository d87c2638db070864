"""The career graph: a pack's roles, skills and moves as one NetworkX graph.

Nodes are role and skill ids (a pack keeps them unique across both), each with a ``kind``
("role" or "skill") and what a reader of the graph wants to see (name, level, family, hours).
Edges, each with a ``kind``:

- role -> role, "move": a transition, with its months (when given) and origin;
- role -> skill, "essential" or "optional": what the role asks for;
- skill -> skill, "requires": the skill needs the other one first.

Built once per catalog (core/memo.py) and used where a graph algorithm says what the code
means: naming prerequisite cycles, the neighbourhood of a role in a big pack, reachability,
the importers' cycle-free prerequisites, and the export for Gephi, Cytoscape and yEd.

NetworkX is imported only inside the functions that use it: the import alone costs 0.2 to
0.35 s, most of what the window's whole start is allowed (twice a bare Qt window, about
0.32 s), and opening the built-in pack
(a valid pack, small enough to show every role) needs no graph algorithm. The paths that run
on every start or every tick (loading a valid pack, prerequisite closures, the planner) use
the plain tables below instead; tests/benchmarks/test_graph_bench.py shows why.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from pathfinder.core.catalog import Catalog
from pathfinder.core.memo import cached

if TYPE_CHECKING:
    import networkx as nx

    from pathfinder.core.planner import Plan


def career_graph(catalog: Catalog) -> nx.DiGraph[str]:
    """The pack as one directed graph (see the module's docstring), built once per catalog.

    Edges are added in the pack's order (moves as the transitions list them, skills as each
    role lists them), and NetworkX keeps that order: a role's successors come in pack order."""
    return cached(catalog, "career_graph", lambda: _build(catalog, skills=True))


def move_graph(catalog: Catalog) -> nx.DiGraph[str]:
    """The career graph's roles and moves alone, built once per catalog: what a question
    about moves needs. For an imported taxonomy (3,000 roles, 14,000 skills) it is built in
    a few hundredths of a second where the whole graph takes about half a second, and it is
    asked for on the window's thread (the neighbourhood shown in a big pack)."""
    return cached(catalog, "move_graph", lambda: _build(catalog, skills=False))


def _build(catalog: Catalog, *, skills: bool) -> nx.DiGraph[str]:
    import networkx as nx

    graph: nx.DiGraph[str] = nx.DiGraph(name=catalog.name, pack=catalog.id)
    for role in catalog.roles:
        graph.add_node(
            role.id,
            kind="role",
            name=role.name,
            level=role.level,
            family=role.family,
            entry=role.entry,
        )
    for move in catalog.transitions:
        extra: dict[str, Any] = {} if move.months is None else {"months": float(move.months)}
        graph.add_edge(move.source, move.target, kind="move", origin=move.origin, **extra)
    if not skills:
        return graph
    for skill in catalog.skills:
        graph.add_node(
            skill.id,
            kind="skill",
            name=skill.name,
            category=skill.category,
            effort_hours=float(skill.effort_hours),
        )
    for role in catalog.roles:
        graph.add_edges_from(((role.id, s) for s in role.essential), kind="essential")
        graph.add_edges_from(((role.id, s) for s in role.optional), kind="optional")
    for skill in catalog.skills:
        graph.add_edges_from(((skill.id, r) for r in skill.requires), kind="requires")
    return graph


def moves_out(catalog: Catalog, role: str) -> tuple[str, ...]:
    """The roles `role` has a move to, in the order the pack lists the moves."""
    graph = move_graph(catalog)
    if role not in graph:
        return ()
    return tuple(t for t in graph.successors(role) if t != role)


def moves_in(catalog: Catalog, role: str) -> tuple[str, ...]:
    """The roles with a move to `role`, in the order the pack lists the moves."""
    graph = move_graph(catalog)
    if role not in graph:
        return ()
    return tuple(s for s in graph.predecessors(role) if s != role)


def reachable_roles(catalog: Catalog, start: str) -> set[str]:
    """Every role a chain of moves leads to from `start` (not `start` itself)."""
    import networkx as nx

    graph = move_graph(catalog)
    if start not in graph:
        return set()
    return set(nx.descendants(graph, start))


def with_plan(catalog: Catalog, plan: Plan, have: Iterable[str]) -> nx.DiGraph[str]:
    """A copy of the career graph with a learner's plan on it, for a reader of the export:

    - every node: `on_route` (a role of the plan's path);
    - roles on the route: `step`, 0 for where the path starts, then 1, 2, ... to the target;
    - every skill: `have` (ticked, or counted from the current role) and `still_to_learn`;
      a skill still to learn: `learn_order` (1 = learn it first) and `needed_at_step`, the
      step of the first role on the route that needs it;
    - every move: `on_route`, and `step` (the step it arrives at) for a move of the path;
    - the graph: `target`, `start` (when the plan has one), `hours_per_week`, `weeks`.
    """
    graph = career_graph(catalog).copy()
    step_of = {role: i for i, role in enumerate(plan.path)}
    held = set(have) | set(plan.from_role)
    for node, data in graph.nodes(data=True):
        data["on_route"] = node in step_of
        if node in step_of:
            data["step"] = step_of[node]
        if data["kind"] == "skill":
            data["have"] = node in held
            data["still_to_learn"] = False
    for order, gap in enumerate(plan.gaps, start=1):
        data = graph.nodes[gap.skill]
        data["still_to_learn"] = True
        data["learn_order"] = order
        steps = [step_of[r] for r in gap.needed_for if r in step_of]
        if steps:
            data["needed_at_step"] = min(steps)
    for a, b, data in graph.edges(data=True):
        if data["kind"] == "move":
            data["on_route"] = a in step_of and step_of.get(b) == step_of[a] + 1
            if data["on_route"]:
                data["step"] = step_of[b]
    graph.graph.update(
        target=plan.target, hours_per_week=float(plan.hours_per_week), weeks=float(plan.weeks)
    )
    if plan.source is not None:
        graph.graph["start"] = plan.source
    return graph


def acyclic(requires: Mapping[str, Iterable[str]]) -> bool:
    """No skill requires itself through others.

    A plain count of prerequisites (Kahn's order) rather than NetworkX: it runs every time a
    pack is read (its checks, the cache's entries), where a valid pack must not pay for the
    NetworkX import. Only a pack that has a cycle goes on to `prerequisite_cycles`."""
    waiting = {skill: len(set(reqs)) for skill, reqs in requires.items()}
    needed_by: dict[str, list[str]] = {}
    for skill, reqs in requires.items():
        for prerequisite in set(reqs):
            needed_by.setdefault(prerequisite, []).append(skill)
            waiting.setdefault(prerequisite, 0)
    ready = [skill for skill, count in waiting.items() if count == 0]
    ordered = 0
    while ready:
        done = ready.pop()
        ordered += 1
        for skill in needed_by.get(done, ()):
            waiting[skill] -= 1
            if waiting[skill] == 0:
                ready.append(skill)
    return ordered == len(waiting)


def prerequisite_cycles(requires: Mapping[str, Sequence[str]]) -> list[list[str]]:
    """Each prerequisite cycle, named in full: ["a", "b", "c", "a"] when a requires b, b
    requires c and c requires a. One cycle for each knot of skills that require each other,
    starting from the knot's first skill by id; a skill requiring itself is left out (the
    pack's checks say that on its own)."""
    if acyclic({s: [r for r in reqs if r != s] for s, reqs in requires.items()}):
        return []
    import networkx as nx

    graph: nx.DiGraph[str] = nx.DiGraph()
    graph.add_nodes_from(sorted(requires))
    for skill in sorted(requires):
        graph.add_edges_from((skill, r) for r in requires[skill] if r != skill)
    found: list[list[str]] = []
    knots = (k for k in nx.strongly_connected_components(graph) if len(k) > 1)
    for knot in sorted(knots, key=min):
        edges = nx.find_cycle(graph.subgraph(knot), source=min(knot))
        found.append([a for a, _ in edges] + [edges[-1][1]])
    return found


def keep_acyclic(
    links: Iterable[tuple[str, str]],
) -> tuple[dict[str, list[str]], list[tuple[str, str, list[str]]]]:
    """Keep each (skill, prerequisite) link that cannot close a cycle, in sorted order.

    Returns the kept links per skill and, for each dropped link, the shortest chain that
    already leads from the prerequisite back to the skill (the cycle the link would close)."""
    import networkx as nx

    graph: nx.DiGraph[str] = nx.DiGraph()
    dropped: list[tuple[str, str, list[str]]] = []
    for skill, prereq in sorted(set(links)):
        if skill == prereq:
            dropped.append((skill, prereq, [skill]))
            continue
        if prereq in graph and skill in graph and nx.has_path(graph, prereq, skill):
            dropped.append((skill, prereq, nx.shortest_path(graph, prereq, skill)))
        else:
            graph.add_edge(skill, prereq)
    kept = {skill: list(graph.successors(skill)) for skill in graph if graph.out_degree(skill)}
    return kept, dropped


def nearest(graph: nx.DiGraph[str], start: str, wanted: Mapping[str, str]) -> str | None:
    """wanted[node] for the node nearest to `start` (not `start` itself) among those `wanted`
    names, breadth-first with each node's neighbours in the order they were added."""
    import networkx as nx

    if start not in graph:
        return None
    for _, node in nx.bfs_edges(graph, start):
        if node in wanted:
            return wanted[node]
    return None
