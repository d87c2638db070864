"""The tree, drawn from its imports, has no circles: every module can be read bottom-up.

Every import counts, also one inside a function or under TYPE_CHECKING: a circle there still
means neither module can be understood, tested or moved without the other.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

SRC = Path(__file__).resolve().parents[1] / "src"


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> nx.DiGraph:
    files = {module_name(p): p for p in sorted((SRC / "pathfinder").rglob("*.py"))}
    graph = nx.DiGraph()
    graph.add_nodes_from(files)
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                named = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*up, base] if base else up)
                # `from pathfinder.io import packs` imports the module pathfinder.io.packs.
                named = [
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in files else base
                    for alias in node.names
                ]
            else:
                continue
            graph.add_edges_from((name, other) for other in named if other in files)
    return graph


def circles(graph: nx.DiGraph) -> list[str]:
    found = []
    for knot in nx.strongly_connected_components(graph):
        if len(knot) > 1:
            edges = nx.find_cycle(graph.subgraph(knot), source=min(knot))
            found.append(" → ".join([a for a, _ in edges] + [edges[-1][1]]))
    return sorted(found)


def test_the_import_graph_is_read_from_the_sources() -> None:
    graph = import_graph()
    # A few arrows known to be there, so an empty graph cannot pass for a clean one.
    assert graph.has_edge("pathfinder.core.graph", "pathfinder.core.memo")
    assert graph.has_edge("pathfinder.cli", "pathfinder.cli_export")  # a from-import
    assert graph.has_edge("pathfinder.paths", "pathfinder.branding")  # inside a function
    assert graph.has_edge("pathfinder.branding", "pathfinder.folders")


def test_no_module_imports_itself_back_through_others() -> None:
    assert circles(import_graph()) == []


def test_a_circle_is_named_in_full() -> None:
    graph = nx.DiGraph([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")])
    assert circles(graph) == ["a → b → c → a"]
