"""The command line: validate packs, plan paths and list ids without opening a window."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from pathfinder import __version__
from pathfinder.cli_report import blank_target, read_profile, report_command
from pathfinder.importers.cli import add_import_parser, run_import

if TYPE_CHECKING:
    from pathfinder.core.catalog import Catalog
    from pathfinder.core.planner import Plan
    from pathfinder.core.suggest import Suggestion

# The domain modules (pydantic, YAML) are imported inside the commands: opening the window
# paints it first and loads the pack after, so start-up stays close to a bare Qt window.

from pathfinder.exit_codes import (
    EXIT_INVALID,
    EXIT_NO_PATH,
    EXIT_OK,
    EXIT_USAGE,
    EXIT_WARNINGS,
)


def _ids(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a date looks like 2026-11-22, not {text!r}") from None


def parse_size(text: str) -> tuple[int, int]:
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        raise argparse.ArgumentTypeError(f"size must look like 1280x800, not {text!r}")
    w, h = int(width), int(height)
    if not (200 <= w <= 8000 and 200 <= h <= 8000):
        raise argparse.ArgumentTypeError("size must be between 200x200 and 8000x8000")
    return w, h


def _version() -> str:
    """ "pathfinder 0.1.0", or for a bootcamp's build "Acme Career Compass 0.1.0 (Pathfinder)"."""
    from pathfinder.branding import current

    brand = current()
    if not brand.branded:
        return f"pathfinder {__version__}"
    return f"{brand.name} {__version__} (Pathfinder {__version__}, pack {brand.pack})"


def _bare_profile(parser: argparse.ArgumentParser, argv: list[str]) -> list[str]:
    """`pathfinder ada.json` means `pathfinder --profile ada.json`, and `pathfinder acme.yaml`
    `pathfinder --pack acme.yaml`: what a double-clicked profile or pack file (the .desktop
    entry, Windows' "Open with") passes to the program."""
    if not argv or argv[-1].startswith("-"):
        return argv
    option = "--pack" if argv[-1].lower().endswith((".yaml", ".yml")) else "--profile"
    if option == "--profile" and not argv[-1].lower().endswith(".json"):
        return argv
    takes_value = {
        flag for action in parser._actions if action.nargs != 0 for flag in action.option_strings
    }
    if len(argv) > 1 and argv[-2] in takes_value:
        return argv  # the value of an option, such as --snapshot or --pack
    commands = {
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    }
    if any(arg in commands for arg in argv):
        return argv
    return [*argv[:-1], option, argv[-1]]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pathfinder",
        description="Offline career-path explorer. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=_version())
    parser.add_argument("--pack", type=Path, help="career pack to open (default: the built-in one)")
    window = parser.add_argument_group("window")
    window.add_argument(
        "--have",
        dest="win_have",
        type=_ids,
        default=[],
        metavar="ID,...",
        help="skills to tick at start",
    )
    window.add_argument("--from", dest="win_from", metavar="ROLE", help="current role at start")
    window.add_argument("--to", dest="win_to", metavar="ROLE", help="target role at start")
    window.add_argument(
        "--snapshot", metavar="OUT.png", help="render the window offscreen to a PNG and exit"
    )
    window.add_argument("--size", type=parse_size, metavar="WxH", help="window size for --snapshot")
    # For the start-up benchmark of the frozen program only; not in --help.
    window.add_argument("--quit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    window.add_argument(
        "--profile", dest="win_profile", type=Path, metavar="FILE", help="learner profile to open"
    )
    window.add_argument(
        "--theme",
        choices=("system", "light", "dark", "high-contrast"),
        default="system",
        help="colour scheme (default: follow the system)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("validate", help="check pack files; print every problem as FILE:LINE:COL")
    p.add_argument("packs", nargs="+", type=Path, metavar="PACK")
    p.add_argument(
        "--strict",
        action="store_true",
        help=f"treat quality warnings as errors (exit {EXIT_WARNINGS} when there are any)",
    )

    p = sub.add_parser("plan", help="the best path to a role and the skills to learn")
    p.add_argument(
        "--pack", type=Path, dest="sub_pack", metavar="PACK", help="pack file (default: built-in)"
    )
    p.add_argument("--to", metavar="ROLE", help="target role: id or name (default: the profile's)")
    p.add_argument(
        "--from",
        dest="start",
        metavar="ROLE",
        help="current role: id or name; its essential skills count as skills you have",
    )
    p.add_argument(
        "--have", type=_ids, default=[], metavar="SKILL,...", help="skills you have (ids or names)"
    )
    p.add_argument(
        "--only-ticked",
        action="store_true",
        help="count only the --have skills, not those of the --from role",
    )
    # The --from role's skills count by default now; the flag stays so scripts keep working.
    p.add_argument("--have-role-skills", action="store_true", help=argparse.SUPPRESS)
    p.add_argument(
        "--hours-per-week",
        type=float,
        metavar="H",
        help="hours a week you can learn (default: the profile's, else 8)",
    )
    p.add_argument(
        "--profile",
        dest="profile_file",
        type=Path,
        metavar="FILE",
        help="learner profile: its skills, current role and target role",
    )
    p.add_argument("--max-steps", type=int, default=6, metavar="N", help="most moves (default 6)")
    p.add_argument("--json", action="store_true", help="print the plan as JSON")

    p = sub.add_parser("report", help="write a learner's plan as PDF, Markdown or HTML")
    p.add_argument(
        "--pack", type=Path, dest="sub_pack", metavar="PACK", help="pack file (default: built-in)"
    )
    p.add_argument(
        "--profile",
        dest="profile_file",
        type=Path,
        required=True,
        metavar="FILE",
        help="learner profile (JSON) to write the plan for",
    )
    p.add_argument(
        "--out", type=Path, required=True, metavar="FILE", help="plan.pdf, plan.md or plan.html"
    )
    p.add_argument("--to", metavar="ROLE", help="target role id (default: the profile's)")
    p.add_argument("--max-steps", type=int, default=6, metavar="N", help="most moves (default 6)")
    p.add_argument(
        "--date", type=_day, metavar="YYYY-MM-DD", help="date of the plan (default: today)"
    )

    p = sub.add_parser("suggest", help="roles that fit the skills you have")
    p.add_argument(
        "--pack", type=Path, dest="sub_pack", metavar="PACK", help="pack file (default: built-in)"
    )
    p.add_argument(
        "--have", type=_ids, default=[], metavar="SKILL,...", help="skills you have (ids or names)"
    )
    p.add_argument(
        "--from",
        dest="start",
        metavar="ROLE",
        help="current role: its skills count as yours, and roles below its level are left out",
    )
    p.add_argument(
        "--below", action="store_true", help="with --from, also list roles below its level"
    )
    p.add_argument("--interests", type=_ids, default=[], metavar="TAG,...", help="what you enjoy")
    p.add_argument("--limit", type=int, default=5, metavar="N")
    p.add_argument("--json", action="store_true")

    for name, what in (("roles", "role"), ("skills", "skill")):
        p = sub.add_parser(name, help=f"list {what} ids and names")
        p.add_argument(
            "--pack",
            type=Path,
            dest="sub_pack",
            metavar="PACK",
            help="pack file (default: built-in)",
        )
        p.add_argument("--json", action="store_true")

    sub.add_parser("schema", help="print the JSON Schema of the pack format")
    add_import_parser(sub)
    return parser


def run(argv: Sequence[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    parser = _parser()
    args = parser.parse_args(_bare_profile(parser, list(argv)))
    command = args.command
    if command is None:
        from pathfinder.qt.app import open_window  # Qt is loaded only for the window

        return open_window(args)
    if command == "validate":
        return _validate(args.packs, out, err, strict=args.strict)
    if command == "import":
        return run_import(args, out, err)
    if command == "schema":
        from pathfinder.io.schema import pack_schema

        print(json.dumps(pack_schema(), indent=2), file=out)
        return EXIT_OK
    from pathfinder.core.planner import UnknownIdError
    from pathfinder.io.packs import PackError
    from pathfinder.paths import builtin_pack

    try:
        catalog = _open_pack(args.sub_pack or args.pack or builtin_pack(), err)
    except PackError as exc:
        print(exc, file=err)
        return EXIT_USAGE
    try:
        if command == "plan":
            return _plan(catalog, args, out, err)
        if command == "report":
            return report_command(catalog, args, out, err)
        if command == "suggest":
            return _suggest(catalog, args, out)
        return _list(catalog, command, args.json, out)
    except UnknownIdError as exc:
        print(f"pathfinder: {exc}", file=err)
        return EXIT_USAGE


# Packs this big (an imported ESCO is 16 MB) take seconds to read from YAML: they go
# through the same validated cache as the window, and say so while they are read.
CACHED_PACK_BYTES = 1_000_000


def _open_pack(path: Path, err: TextIO) -> Catalog:
    from pathfinder.io import pack_cache
    from pathfinder.io.packs import load_pack

    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # load_pack says what is wrong with it
    if size < CACHED_PACK_BYTES:
        return load_pack(path)

    def progress(stage: str) -> None:
        if stage == pack_cache.PARSING:
            print(
                f"pathfinder: reading {path.name} ({size / 1e6:.1f} MB); this takes a while "
                "the first time, then it opens from the cache",
                file=err,
            )

    return pack_cache.load_pack_cached(path, progress=progress).catalog


def _validate(packs: list[Path], out: TextIO, err: TextIO, *, strict: bool = False) -> int:
    from pathfinder.io.packs import PackError, pack_warnings

    status = EXIT_OK
    warned = False
    for path in packs:
        try:
            catalog, warnings = pack_warnings(path)
        except PackError as exc:
            print(exc, file=err)
            # A file that cannot be read is a bad argument (2), and wins over invalid packs (1).
            status = EXIT_USAGE if exc.unreadable else max(status, EXIT_INVALID)
            continue
        for warning in warnings:
            print(warning, file=err)
        warned = warned or bool(warnings)
        counted = (
            f"; {len(warnings)} warning{'' if len(warnings) == 1 else 's'}" if warnings else ""
        )
        print(
            f"{path}: ok ({len(catalog.roles)} roles, {len(catalog.skills)} skills, "
            f"{len(catalog.transitions)} transitions){counted}",
            file=out,
        )
    # Invalid or unreadable packs keep their own codes; warnings fail only a strict run.
    if strict and warned and status == EXIT_OK:
        return EXIT_WARNINGS
    return status


def _plan(catalog: Catalog, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pathfinder.core.planner import NoPathError, plan
    from pathfinder.core.profile import MAX_HOURS_PER_WEEK, MIN_HOURS_PER_WEEK
    from pathfinder.core.timeline import DEFAULT_HOURS_PER_WEEK

    if args.max_steps < 0:
        print("pathfinder: --max-steps must be 0 or more", file=err)
        return EXIT_USAGE
    pace = args.hours_per_week
    if pace is not None and not MIN_HOURS_PER_WEEK <= pace <= MAX_HOURS_PER_WEEK:  # NaN too
        print(
            f"pathfinder: --hours-per-week must be at least {MIN_HOURS_PER_WEEK:g} and at most "
            f"{MAX_HOURS_PER_WEEK:g}, not {pace:g}",
            file=err,
        )
        return EXIT_USAGE
    roles, skills = catalog.role_by_id, catalog.skill_by_id
    to, start, have = _resolve(catalog, args.to, args.start, args.have)
    not_held: list[str] = []
    if args.profile_file is not None:
        profile = read_profile(args.profile_file, err)
        if profile is None:
            return EXIT_USAGE
        if to is None and blank_target(profile, err):
            return EXIT_USAGE
        # Ids the pack lacks are left out, as the window does; explicit options win.
        mine = [s for s, mark in profile.skills.items() if mark == "have" and s in skills]
        have = [*mine, *(s for s in have if s not in mine)]
        if start is None and profile.current_role in roles:
            start = profile.current_role
            not_held = list(profile.not_held)
        if pace is None:
            pace = profile.hours_per_week
        if to is None and profile.target_role is not None:
            if profile.target_role not in roles:
                print(
                    f"pathfinder: the profile's target role '{profile.target_role}' is not in "
                    "this pack; give one with --to ROLE",
                    file=err,
                )
                return EXIT_USAGE
            to = profile.target_role
    if to is None:
        print("pathfinder: plan needs --to ROLE (or a --profile with a target role)", file=err)
        return EXIT_USAGE
    if args.have_role_skills and start is None:
        print("pathfinder: --have-role-skills needs --from ROLE", file=err)
        return EXIT_USAGE
    try:
        result = plan(
            catalog,
            have,
            to,
            start=start,
            max_steps=args.max_steps,
            hours_per_week=pace or DEFAULT_HOURS_PER_WEEK,
            role_skills=not args.only_ticked,
            not_held=not_held,
        )
    except NoPathError as exc:
        if args.json:
            print(json.dumps({"error": str(exc), "code": "no-path"}), file=out)
        else:
            print(f"pathfinder: no path: {exc}", file=err)
        return EXIT_NO_PATH
    if args.json:
        print(json.dumps(result.to_json()), file=out)
    else:
        _print_plan(catalog, result, out)
    return EXIT_OK


def _resolve(
    catalog: Catalog, to: str | None, start: str | None, have: list[str]
) -> tuple[str | None, str | None, list[str]]:
    """Roles and skills as typed (ids, names or aliases) to ids; one error names every one
    that names nothing, or more than one thing."""
    from pathfinder.core.names import UnknownIdError, resolve, resolve_all

    errors: list[UnknownIdError] = []
    found: list[str | None] = []
    for text in (to, start):
        try:
            found.append(resolve("role", text, catalog.role_by_id) if text is not None else None)
        except UnknownIdError as exc:
            errors.append(exc)
    try:
        skills = resolve_all("skill", have, catalog.skill_by_id)
    except UnknownIdError as exc:
        errors.append(exc)
    if errors:
        first = errors[0]
        first.args = ("; ".join(str(e) for e in errors),)
        raise first
    return found[0], found[1], skills


def _name(catalog: Catalog, ident: str) -> str:
    found = catalog.role_by_id.get(ident) or catalog.skill_by_id.get(ident)
    return found.name if found else ident


def _print_plan(catalog: Catalog, result: Plan, out: TextIO) -> None:
    from pathfinder.core.timeline import span_text, step_spans, weeks_text

    target = _name(catalog, result.target)
    origin = _name(catalog, result.source) if result.source else "starting out"
    pace = f"{result.hours_per_week:g} h a week"
    print(f"Best path to {target} ({origin}, at {pace}):", file=out)
    if result.source:
        print(f"  {origin}  (where you are)", file=out)
        if result.from_role:
            names = ", ".join(_name(catalog, s) for s in result.from_role)
            print(f"  From your role, counted as yours: {names}", file=out)
    # Weeks are counted from the start, so the steps' spans add up to the total.
    spans = step_spans([s.weeks for s in result.steps])
    leaving = result.path[-len(result.steps) - 1 :] if result.source else (None, *result.path)
    for step, span, left in zip(result.steps, spans, leaving, strict=False):
        skills = ", ".join(_name(catalog, s) for s in step.new_skills) or "nothing new to learn"
        usual = (
            f"; people usually spend {step.months:g} months in {_name(catalog, left)} first"
            if step.months is not None and left is not None
            else ""
        )
        print(
            f"  -> {_name(catalog, step.role)}  [{step.effort_hours:g} h, "
            f"{span_text(span)}{usual}]  {skills}",
            file=out,
        )
    print(
        f"Total: {result.effort_hours:g} hours to learn, {weeks_text(result.weeks)} at {pace}; "
        f"you already have {result.fit:.0%} of what {target} needs",
        file=out,
    )
    if result.gaps:
        print("Learning plan, in order:", file=out)
        for n, gap in enumerate(result.gaps, 1):
            roles = ", ".join(_name(catalog, r) for r in gap.needed_for)
            print(
                f"  {n:>2}. {_name(catalog, gap.skill)} ({gap.skill}), "
                f"{gap.effort_hours:g} h, for {roles}",
                file=out,
            )
        print(f"Next skill to learn: {_name(catalog, result.gaps[0].skill)}", file=out)
        print(f"Why: {result.why_first}.", file=out)
    else:
        print("Nothing left to learn: you can apply now.", file=out)
    if result.nice_to_have:
        names = ", ".join(_name(catalog, s) for s in result.nice_to_have)
        print(f"Nice to have for {target}: {names}", file=out)


MATCH_NOTE = (
    "Match: how much of each role you already have and how many of your skills it uses "
    "(a plan's figure is only the first part)."
)


def _suggest(catalog: Catalog, args: argparse.Namespace, out: TextIO) -> int:
    from pathfinder.core.suggest import next_skill, suggest

    _, start, have = _resolve(catalog, None, args.start, args.have)
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
    # The match is not a plan's "you already have N% of what it needs": say which it is.
    print(MATCH_NOTE, file=out)
    if args.interests:
        print("Ranked by match plus a lift for roles that share your interests:", file=out)
    for s in ranked:
        lift = f" (match {s.fit:.0%} + {s.lift:.0%} for your interests)" if s.lift else ""
        figure = f"{s.score:.0%} match"
        print(f"{figure:>10}  {_name(catalog, s.role)} ({s.role}){lift}: {s.why}", file=out)
    found = next_skill(catalog, have, ranked, start)
    if found is not None:
        skill, role = found
        hours = catalog.skill_by_id[skill].effort_hours
        print(
            f"\nNext skill to learn: {_name(catalog, skill)} ({skill}, {hours:g} h), "
            f"a first step toward {_name(catalog, role)}.",
            file=out,
        )
    return EXIT_OK


def _first_gap(
    catalog: Catalog, have: list[str], suggestion: Suggestion, start: str | None
) -> str | None:
    from pathfinder.core.suggest import next_skill

    found = next_skill(catalog, have, [suggestion], start)
    return found[0] if found else None


def _list(catalog: Catalog, command: str, as_json: bool, out: TextIO) -> int:
    if command == "roles":
        rows = [
            {"id": r.id, "name": r.name, "level": r.level, "family": r.family}
            for r in sorted(catalog.roles, key=lambda r: (r.family, r.level, r.id))
        ]
        lines = [f"{r['id']:<28} {r['name']}  (level {r['level']}, {r['family']})" for r in rows]
    else:
        rows = [
            {"id": s.id, "name": s.name, "category": s.category, "effort_hours": s.effort_hours}
            for s in sorted(catalog.skills, key=lambda s: (s.category, s.id))
        ]
        lines = [
            f"{s['id']:<28} {s['name']}  ({s['category']}, {s['effort_hours']:g} h)" for s in rows
        ]
    if as_json:
        print(json.dumps(rows), file=out)
    else:
        print("\n".join(lines), file=out)
    return EXIT_OK
