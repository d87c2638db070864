"""`pathfinder export`: the career graph opened again in NetworkX, as Gephi or yEd would."""

from __future__ import annotations

import io
import json
from pathlib import Path

import networkx as nx
import pytest
import yaml

from pathfinder.cli import run

FIXTURES = Path(__file__).parent / "fixtures"
BUILTIN = Path(__file__).resolve().parents[1] / "data" / "ai-ml-careers.yaml"
TINY = FIXTURES / "tiny.yaml"


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


def pack_as_written(path: Path) -> tuple[set[str], set[tuple[str, str, str]]]:
    """Nodes and (from, to, kind) edges read straight from the pack's YAML."""
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    nodes = {s["id"] for s in doc["skills"]} | {r["id"] for r in doc["roles"]}
    edges = {(t["from"], t["to"], "move") for t in doc["transitions"]}
    for role in doc["roles"]:
        edges |= {(role["id"], s, "essential") for s in role.get("essential", [])}
        edges |= {(role["id"], s, "optional") for s in role.get("optional", [])}
    for skill in doc["skills"]:
        edges |= {(skill["id"], r, "requires") for r in skill.get("requires", [])}
    return nodes, edges


def edges_of(graph: nx.DiGraph) -> set[tuple[str, str, str]]:
    return {(a, b, d["kind"]) for a, b, d in graph.edges(data=True)}


def test_the_built_in_pack_as_graphml_opens_again_with_the_same_nodes_and_edges(
    tmp_path: Path,
) -> None:
    target = tmp_path / "careers.graphml"
    code, out, err = cli("export", "--format", "graphml", str(BUILTIN), "-o", str(target))
    assert (code, err) == (0, "")
    assert out == f"wrote {target}: {len(pack_as_written(BUILTIN)[0])} nodes\n"
    graph = nx.read_graphml(target)
    nodes, edges = pack_as_written(BUILTIN)
    assert set(graph.nodes) == nodes
    assert edges_of(graph) == edges
    assert graph.nodes["mlops-engineer"]["kind"] == "role"
    assert graph.nodes["mlops-engineer"]["name"] == "MLOps Engineer"
    assert graph.nodes["python"]["kind"] == "skill"
    assert not any(d.get("on_route") for _, d in graph.nodes(data=True))  # no profile, no plan


def test_a_tiny_pack_keeps_what_each_node_and_move_says(tmp_path: Path) -> None:
    target = tmp_path / "tiny.graphml"
    assert cli("export", str(TINY), "-o", str(target))[0] == 0  # format from the suffix
    graph = nx.read_graphml(target)
    assert graph.nodes["ml"] == {"kind": "role", "name": "ML Engineer", "level": 3,
                                 "family": "ML", "entry": False}  # fmt: skip
    assert graph.nodes["pytorch"]["effort_hours"] == 60.0
    assert graph.edges["analyst", "ml"] == {"kind": "move", "origin": "authored", "months": 18.0}
    assert graph.edges["ml", "kubernetes"] == {"kind": "optional"}
    assert graph.edges["pytorch", "python"] == {"kind": "requires"}


def test_the_learner_s_plan_is_marked_on_the_graph(tmp_path: Path) -> None:
    profile = tmp_path / "ada.json"
    profile.write_text(
        json.dumps(
            {
                "pathfinder_profile": 1,
                "name": "Ada",
                "current_role": "analyst",
                "target_role": "mlops",
                "skills": {"git": "have"},
                "hours_per_week": 10,
            }
        ),
        encoding="utf-8",
    )
    target = tmp_path / "ada.graphml"
    code, _, err = cli("export", str(TINY), "--profile", str(profile), "-o", str(target))
    assert (code, err) == (0, "")
    graph = nx.read_graphml(target)
    # Analyst -> ML Engineer (Python, PyTorch) -> MLOps Engineer (Docker, Kubernetes), as
    # `pathfinder plan` gives it for the same profile.
    route = {n: d["step"] for n, d in graph.nodes(data=True) if d["on_route"]}
    assert route == {"analyst": 0, "ml": 1, "mlops": 2}
    assert "step" not in graph.nodes["developer"]
    learn = {
        n: (d["learn_order"], d["needed_at_step"])
        for n, d in graph.nodes(data=True)
        if d.get("still_to_learn")
    }
    assert learn == {"python": (1, 1), "pytorch": (2, 1), "docker": (3, 2), "kubernetes": (4, 2)}
    held = {n for n, d in graph.nodes(data=True) if d.get("have")}
    assert held == {"git", "sql"}  # ticked, and the analyst's own skill
    moves = {(a, b): d.get("step") for a, b, d in graph.edges(data=True) if d.get("on_route")}
    assert moves == {("analyst", "ml"): 1, ("ml", "mlops"): 2}
    assert graph.edges["analyst", "developer"]["on_route"] is False
    assert (graph.graph["target"], graph.graph["start"]) == ("mlops", "analyst")


@pytest.mark.parametrize("suffix", [".gexf", ".json"])
def test_gexf_and_node_link_json_round_trip(tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"careers{suffix}"
    assert cli("export", str(BUILTIN), "-o", str(target))[0] == 0
    if suffix == ".gexf":
        graph = nx.read_gexf(target)
        assert graph.nodes["python"]["label"] == "Python"  # what Gephi shows on the node
    else:
        data = json.loads(target.read_text(encoding="utf-8"))
        assert {"nodes", "links"} <= data.keys()  # the shape d3 and the web expect
        graph = nx.node_link_graph(data, edges="links")
    nodes, edges = pack_as_written(BUILTIN)
    assert set(graph.nodes) == nodes
    assert edges_of(graph) == edges


def test_bad_input_is_told_with_its_place_and_the_usual_exit_codes(tmp_path: Path) -> None:
    code, _, err = cli("export", str(FIXTURES / "broken.yaml"), "-o", str(tmp_path / "b.json"))
    assert code == 2
    assert f"{FIXTURES / 'broken.yaml'}:10:49: prerequisite cycle: a -> b -> a" in err
    code, _, err = cli("export", str(TINY), "-o", str(tmp_path / "graph.txt"))
    assert code == 2 and "say which format to write with --format gexf|graphml|json" in err
    code, _, err = cli("export", str(TINY), "-o", str(tmp_path / "no" / "graph.json"))
    assert (code, err) == (
        2,
        f"pathfinder: {tmp_path / 'no' / 'graph.json'}: cannot write the graph: "
        "No such file or directory\n",
    )
    not_json = tmp_path / "p.json"
    not_json.write_text("{\n  oops\n}\n", encoding="utf-8")
    code, _, err = cli(
        "export", str(TINY), "--profile", str(not_json), "-o", str(tmp_path / "g.json")
    )
    assert code == 2 and err.startswith(f"{not_json}:2:3: ")
    profile = tmp_path / "ada.json"
    profile.write_text(
        '{"pathfinder_profile": 1, "name": "Ada", "current_role": "analyst", '
        '"target_role": "mlops"}'
    )
    code, _, err = cli("export", str(TINY), "--profile", str(profile), "--to", "mlpos",
                       "-o", str(tmp_path / "g.json"))  # fmt: skip
    assert code == 2 and "unknown role 'mlpos' (did you mean 'mlops'?)" in err
    code, _, err = cli("export", str(TINY), "--profile", str(profile), "--to", "island",
                       "-o", str(tmp_path / "g.json"))  # fmt: skip
    assert (code, err) == (
        3,
        "pathfinder: no path: no transitions lead to Island (island) in this pack\n",
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "ada.json",
        "p.json",
    ]  # nothing half-written
