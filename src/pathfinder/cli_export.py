"""`pathfinder export`: the career graph as GraphML, GEXF or node-link JSON, with a learner's
plan on it when a profile is given (docs/export.md).

Kept apart from cli.py, like cli_report.py: cli.py builds the parser and runs the command here.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from pathfinder.cli_report import blank_target, read_profile
from pathfinder.core import words
from pathfinder.core.words import PLURAL
from pathfinder.exit_codes import EXIT_NO_PATH, EXIT_OK, EXIT_USAGE

if TYPE_CHECKING:
    import networkx as nx

    from pathfinder.core.catalog import Catalog


def add_export_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], shared: list[argparse.ArgumentParser]
) -> None:
    from pathfinder.io.graph_export import FORMATS

    p = sub.add_parser(
        "export",
        parents=shared,
        help=words.translate(
            "Command line",
            "write the career graph for Gephi, Cytoscape or yEd (GraphML, GEXF) or the web (JSON)",
        ),
    )
    p.add_argument(
        "export_pack",
        nargs="?",
        type=Path,
        metavar="PACK",
        help=words.translate("Command line", "pack file (default: the built-in one)"),
    )
    p.add_argument(
        "-o",
        "--out",
        type=Path,
        required=True,
        metavar="FILE",
        help=words.translate("Command line", "file to write: graph.graphml, .gexf or .json"),
    )
    p.add_argument(
        "--format",
        choices=sorted(FORMATS),
        help=words.translate("Command line", "file format (default: from the FILE's suffix)"),
    )
    p.add_argument(
        "--profile",
        dest="profile_file",
        type=Path,
        metavar="FILE",
        help=words.translate(
            "Command line", "learner profile whose plan is marked on the graph (on_route, step...)"
        ),
    )
    p.add_argument(
        "--to",
        metavar="ROLE",
        help=words.translate(
            "Command line", "with --profile: target role (default: the profile's)"
        ),
    )


def export_command(catalog: Catalog, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pathfinder.core.graph import career_graph
    from pathfinder.io.graph_export import FORMATS, export_graph, format_for

    target: Path = args.out
    fmt = args.format or format_for(target)
    if fmt is None:
        message = words.translate(
            "Command line",
            "pathfinder: {file}: say which format to write with --format {formats}, "
            "or name the file .graphml, .gexf or .json",
        )
        print(message.format(file=target, formats="|".join(sorted(FORMATS))), file=err)
        return EXIT_USAGE
    if args.max_steps < 0:
        print(
            words.translate("Command line", "pathfinder: --max-steps must be 0 or more"), file=err
        )
        return EXIT_USAGE
    if args.profile_file is None:
        if args.to is not None:
            print(words.translate("Command line", "pathfinder: --to needs --profile"), file=err)
            return EXIT_USAGE
        graph = career_graph(catalog)
    else:
        planned = _planned(catalog, args, err)
        if isinstance(planned, int):
            return planned
        graph = planned
    try:
        written = export_graph(graph, target, fmt)
    except OSError as exc:
        message = words.translate(
            "Command line", "pathfinder: {file}: cannot write the graph: {why}"
        )
        print(message.format(file=target, why=exc.strerror or exc), file=err)
        return EXIT_USAGE
    nodes = graph.number_of_nodes()
    done = words.translate("Cli", "wrote {file}: %n node(s)", None, PLURAL, nodes)  # fmt: skip
    print(done.format(file=written), file=out)
    return EXIT_OK


def _planned(catalog: Catalog, args: argparse.Namespace, err: TextIO) -> nx.DiGraph[str] | int:
    """The graph with the profile's plan on it, or the exit code after saying what is wrong."""
    from pathfinder.core.graph import with_plan
    from pathfinder.core.names import resolve
    from pathfinder.core.planner import NoPathError, plan

    profile = read_profile(args.profile_file, err)
    if profile is None:
        return EXIT_USAGE
    roles, skills = catalog.role_by_id, catalog.skill_by_id
    if args.to is not None:
        to: str | None = resolve("role", args.to, roles)  # UnknownIdError: cli.run says it
    elif blank_target(profile, err):
        return EXIT_USAGE
    else:
        to = profile.target_role
    if to is None or to not in roles:
        message = (
            words.translate(
                "Command line",
                "pathfinder: the profile has no target role; give one with --to ROLE",
            )
            if to is None
            else words.translate(
                "Command line",
                "pathfinder: the profile's target role '{role}' is not in this pack; "
                "give one with --to ROLE",
            ).format(role=to)
        )
        print(message, file=err)
        return EXIT_USAGE
    # As the report does: profile skills and roles the pack lacks are left out.
    have = [s for s, mark in profile.skills.items() if mark == "have" and s in skills]
    start = profile.current_role if profile.current_role in roles else None
    try:
        result = plan(
            catalog,
            have,
            to,
            start=start,
            max_steps=args.max_steps,
            hours_per_week=profile.hours_per_week,
            not_held=profile.not_held if start is not None else (),
        )
    except NoPathError as exc:
        message = words.translate("Command line", "pathfinder: no path: {why}")
        print(message.format(why=exc), file=err)
        return EXIT_NO_PATH
    return with_plan(catalog, result, have)
