"""The listing commands: roles, skills, suggested roles and the pack schema.

Kept apart from cli.py, which builds the parser and runs the command here.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, TextIO

from pathfinder.cli_plan import name_of, resolve_ids
from pathfinder.core import figures, words
from pathfinder.exit_codes import EXIT_OK

if TYPE_CHECKING:
    from pathfinder.core.catalog import Catalog
    from pathfinder.core.suggest import Suggestion


def schema_command(out: TextIO) -> int:
    from pathfinder.io.schema import pack_schema

    print(json.dumps(pack_schema(), indent=2), file=out)
    return EXIT_OK


def suggest_command(catalog: Catalog, args: argparse.Namespace, out: TextIO) -> int:
    from pathfinder.core.suggest import next_skill, suggest

    _, start, have = resolve_ids(catalog, None, args.start, args.have)
    ranked = suggest(
        catalog, have, args.interests, limit=max(args.limit, 1), start=start, below=args.below
    )
    if args.json:
        rows = [
            {
                "role": s.role,
                "fit": s.fit,
                "lift": s.lift,
                "score": s.score,
                "hours_left": s.hours_left,
                "why": s.why,
                # The first skill to learn on the way to this role (null: none left, or
                # no path within the steps).
                "next_skill": _first_gap(catalog, have, s, start),
            }
            for s in ranked
        ]
        print(json.dumps(rows), file=out)
        return EXIT_OK
    from pathfinder.core.figures import hours_text, percent_text

    # The match is not a plan's "you already have N% of what it needs": say which it is.
    print(
        words.translate(
            "Cli",
            "Match: how much of each role you already have and how many of your skills it uses "
            "(a plan's figure is only the first part).",
        ),
        file=out,
    )
    if args.interests:
        print(
            words.translate(
                "Cli", "Ranked by match plus a lift for roles that share your interests:"
            ),
            file=out,
        )
    for s in ranked:
        figure = words.translate("Cli", "{percent} match").format(percent=percent_text(s.score))
        facts = {"role": name_of(catalog, s.role), "id": s.role, "why": s.why}
        if s.lift:
            line = words.translate(
                "Cli", "{role} ({id}) (match {fit} + {lift} for your interests): {why}"
            ).format(fit=percent_text(s.fit), lift=percent_text(s.lift), **facts)
        else:
            line = words.translate("Cli", "{role} ({id}): {why}").format(**facts)
        print(f"{figure:>10}  {line}", file=out)
    found = next_skill(catalog, have, ranked, start)
    if found is not None:
        skill, role = found
        hours = catalog.skill_by_id[skill].effort_hours
        print(
            "\n"
            + words.translate(
                "Cli", "Next skill to learn: {skill} ({id}, {hours}), a first step toward {role}."
            ).format(
                skill=name_of(catalog, skill),
                id=skill,
                hours=hours_text(hours),
                role=name_of(catalog, role),
            ),
            file=out,
        )
    return EXIT_OK


def _first_gap(
    catalog: Catalog, have: list[str], suggestion: Suggestion, start: str | None
) -> str | None:
    from pathfinder.core.suggest import next_skill

    found = next_skill(catalog, have, [suggestion], start)
    return found[0] if found else None


def list_command(catalog: Catalog, command: str, as_json: bool, out: TextIO) -> int:
    if command == "roles":
        rows = [
            {"id": r.id, "name": r.name, "level": r.level, "family": r.family}
            for r in sorted(catalog.roles, key=lambda r: (r.family, r.level, r.id))
        ]
        line = words.translate("Cli", "{id} {name}  (level {level}, {family})")
        lines = [
            line.format(id=f"{r['id']:<28}", name=r["name"], level=r["level"], family=r["family"])
            for r in rows
        ]
    else:
        rows = [
            {"id": s.id, "name": s.name, "category": s.category, "effort_hours": s.effort_hours}
            for s in sorted(catalog.skills, key=lambda s: (s.category, s.id))
        ]
        line = words.translate("Cli", "{id} {name}  ({category}, {hours})")
        lines = [
            line.format(
                id=f"{s['id']:<28}",
                name=s["name"],
                category=s["category"],
                hours=figures.hours_text(catalog.skill_by_id[str(s["id"])].effort_hours),
            )
            for s in rows
        ]
    if as_json:
        print(json.dumps(rows), file=out)
    else:
        print("\n".join(lines), file=out)
    return EXIT_OK
