"""The career graph as a file: GraphML (yEd, Cytoscape), GEXF (Gephi) or node-link JSON (the web).

The graph is core/graph.py's, with a learner's plan on it when one is given (core.graph.with_plan);
the file is written the way every save is (io/safe_write.py): whole or not at all.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx

# Format name -> the file suffix it is usually saved under.
FORMATS = {"graphml": ".graphml", "gexf": ".gexf", "json": ".json"}


def format_for(path: Path) -> str | None:
    """The format a file name asks for by its suffix, or None."""
    suffix = path.suffix.lower()
    return next((name for name, known in FORMATS.items() if known == suffix), None)


def graph_bytes(graph: nx.DiGraph[str], fmt: str) -> bytes:
    """The graph in `fmt` (one of FORMATS), as the bytes of the file."""
    import networkx as nx

    if fmt == "graphml":
        return "\n".join(nx.generate_graphml(graph)).encode("utf-8") + b"\n"
    if fmt == "gexf":
        # Gephi shows a node's `label`: its name, not its id.
        shown = graph.copy()
        for data in shown.nodes.values():
            data["label"] = data["name"]
        return "\n".join(nx.generate_gexf(shown)).encode("utf-8") + b"\n"
    if fmt == "json":
        data = nx.node_link_data(graph, edges="links")
        return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
    raise ValueError(f"unknown graph format {fmt!r}")


def export_graph(graph: nx.DiGraph[str], path: Path, fmt: str) -> Path:
    """Write the graph to `path` in `fmt`; returns the file written. Raises OSError."""
    # Imported here: the command line reads FORMATS to build its parser at every start.
    from pathfinder.io.safe_write import write_bytes_beside

    return write_bytes_beside(path, graph_bytes(graph, fmt))
