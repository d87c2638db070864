"""The command line: validate packs, plan paths and list ids without opening a window."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from pathfinder import __version__
from pathfinder.cli_export import add_export_parser, export_command
from pathfinder.cli_language import choose_language
from pathfinder.cli_report import blank_target, read_profile, report_command
from pathfinder.core import figures, words
from pathfinder.core.timeline import DEFAULT_MAX_STEPS
from pathfinder.core.words import PLURAL
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
        raise argparse.ArgumentTypeError(
            words.translate("Cli", "a date looks like 2026-11-22, not {text}").format(
                text=repr(text)
            )
        ) from None


def parse_size(text: str) -> tuple[int, int]:
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        raise argparse.ArgumentTypeError(
            words.translate("Cli", "size must look like 1280x800, not {text}").format(
                text=repr(text)
            )
        )
    w, h = int(width), int(height)
    if not (200 <= w <= 8000 and 200 <= h <= 8000):
        raise argparse.ArgumentTypeError(
            words.translate("Cli", "size must be between 200x200 and 8000x8000")
        )
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
        description=words.translate(
            "Cli", "Offline career-path explorer. Without a command, opens the window."
        ),
    )
    parser.add_argument("--version", action="version", version=_version())
    parser.add_argument(
        "--pack",
        type=Path,
        help=words.translate("Cli", "career pack to open (default: the built-in one)"),
    )
    _add_lang(parser, "lang")
    window = parser.add_argument_group("window")
    window.add_argument(
        "--have",
        dest="win_have",
        type=_ids,
        default=[],
        metavar="ID,...",
        help=words.translate("Cli", "skills to tick at start"),
    )
    window.add_argument(
        "--from",
        dest="win_from",
        metavar="ROLE",
        help=words.translate("Cli", "current role at start"),
    )
    window.add_argument(
        "--to", dest="win_to", metavar="ROLE", help=words.translate("Cli", "target role at start")
    )
    window.add_argument(
        "--snapshot",
        metavar="OUT.png",
        help=words.translate("Cli", "render the window offscreen to a PNG and exit"),
    )
    window.add_argument(
        "--size",
        type=parse_size,
        metavar="WxH",
        help=words.translate("Cli", "window size for --snapshot"),
    )
    # For the start-up benchmark of the frozen program only; not in --help.
    window.add_argument("--quit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    window.add_argument(
        "--profile",
        dest="win_profile",
        type=Path,
        metavar="FILE",
        help=words.translate("Cli", "learner profile to open"),
    )
    window.add_argument(
        "--theme",
        choices=("system", "light", "dark", "high-contrast"),
        default="system",
        help=words.translate("Cli", "colour scheme (default: follow the system)"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "validate",
        help=words.translate("Cli", "check pack files; print every problem as FILE:LINE:COL"),
    )
    p.add_argument("packs", nargs="+", type=Path, metavar="PACK")
    p.add_argument(
        "--strict",
        action="store_true",
        help=words.translate(
            "Cli", "treat quality warnings as errors (exit {code} when there are any)"
        ).format(code=EXIT_WARNINGS),
    )

    # Options several commands share, declared once: argparse copies a parent's options
    # into each command that names it.
    pack_option = argparse.ArgumentParser(add_help=False)
    pack_option.add_argument(
        "--pack",
        type=Path,
        dest="sub_pack",
        metavar="PACK",
        help=words.translate("Cli", "pack file (default: built-in)"),
    )
    steps_option = argparse.ArgumentParser(add_help=False)
    steps_option.add_argument(
        "--max-steps",
        type=int,
        default=DEFAULT_MAX_STEPS,
        metavar="N",
        help=words.translate("Cli", "most moves (default {steps})").format(steps=DEFAULT_MAX_STEPS),
    )

    p = sub.add_parser(
        "plan",
        parents=[pack_option, steps_option],
        help=words.translate("Cli", "the best path to a role and the skills to learn"),
    )
    p.add_argument(
        "--to",
        metavar="ROLE",
        help=words.translate("Cli", "target role: id or name (default: the profile's)"),
    )
    p.add_argument(
        "--from",
        dest="start",
        metavar="ROLE",
        help=words.translate(
            "Cli", "current role: id or name; its essential skills count as skills you have"
        ),
    )
    p.add_argument(
        "--have",
        type=_ids,
        default=[],
        metavar="SKILL,...",
        help=words.translate("Cli", "skills you have (ids or names)"),
    )
    p.add_argument(
        "--only-ticked",
        action="store_true",
        help=words.translate("Cli", "count only the --have skills, not those of the --from role"),
    )
    # The --from role's skills count by default now; the flag stays so scripts keep working.
    p.add_argument("--have-role-skills", action="store_true", help=argparse.SUPPRESS)
    p.add_argument(
        "--hours-per-week",
        type=float,
        metavar="H",
        help=words.translate("Cli", "hours a week you can learn (default: the profile's, else 8)"),
    )
    p.add_argument(
        "--profile",
        dest="profile_file",
        type=Path,
        metavar="FILE",
        help=words.translate("Cli", "learner profile: its skills, current role and target role"),
    )
    p.add_argument(
        "--json", action="store_true", help=words.translate("Cli", "print the plan as JSON")
    )

    p = sub.add_parser(
        "report",
        parents=[pack_option, steps_option],
        help=words.translate("Cli", "write a learner's plan as PDF, Markdown or HTML"),
    )
    p.add_argument(
        "--profile",
        dest="profile_file",
        type=Path,
        required=True,
        metavar="FILE",
        help=words.translate("Cli", "learner profile (JSON) to write the plan for"),
    )
    p.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE",
        help=words.translate("Cli", "plan.pdf, plan.md or plan.html"),
    )
    p.add_argument(
        "--to",
        metavar="ROLE",
        help=words.translate("Cli", "target role id (default: the profile's)"),
    )
    p.add_argument(
        "--date",
        type=_day,
        metavar="YYYY-MM-DD",
        help=words.translate("Cli", "date of the plan (default: today)"),
    )

    p = sub.add_parser(
        "suggest",
        parents=[pack_option],
        help=words.translate("Cli", "roles that fit the skills you have"),
    )
    p.add_argument(
        "--have",
        type=_ids,
        default=[],
        metavar="SKILL,...",
        help=words.translate("Cli", "skills you have (ids or names)"),
    )
    p.add_argument(
        "--from",
        dest="start",
        metavar="ROLE",
        help=words.translate(
            "Cli", "current role: its skills count as yours, and roles below its level are left out"
        ),
    )
    p.add_argument(
        "--below",
        action="store_true",
        help=words.translate("Cli", "with --from, also list roles below its level"),
    )
    p.add_argument(
        "--interests",
        type=_ids,
        default=[],
        metavar="TAG,...",
        help=words.translate("Cli", "what you enjoy"),
    )
    p.add_argument("--limit", type=int, default=5, metavar="N")
    p.add_argument("--json", action="store_true")

    for name, what in (
        ("roles", words.translate("Cli", "list role ids and names")),
        ("skills", words.translate("Cli", "list skill ids and names")),
    ):
        p = sub.add_parser(name, parents=[pack_option], help=what)
        p.add_argument("--json", action="store_true")

    sub.add_parser(
        "schema", help=words.translate("Cli", "print the JSON Schema of the pack format")
    )
    add_export_parser(sub, [pack_option, steps_option])
    for command in sub.choices.values():
        _add_lang(command, "sub_lang")
    add_import_parser(sub)
    return parser


def _add_lang(parser: argparse.ArgumentParser, dest: str) -> None:
    parser.add_argument(
        "--lang",
        dest=dest,
        metavar="LANG",
        help=words.translate(
            "Cli", "language of the output, such as es or fr (default: the system's, LANG)"
        ),
    )


def run(argv: Sequence[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    choose_language(argv, err, os.environ)
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
    from pathfinder.io.packs import PackError, in_learner_language
    from pathfinder.paths import builtin_pack

    try:
        pack = getattr(args, "export_pack", None) or args.sub_pack or args.pack
        catalog = _open_pack(pack or builtin_pack(), err)
    except PackError as exc:
        print(exc, file=err)
        return EXIT_USAGE
    # Names in the learner's language (--lang, else the locale); ids are the same in all.
    catalog = in_learner_language(catalog, getattr(args, "lang", None))
    try:
        if command == "plan":
            return _plan(catalog, args, out, err)
        if command == "report":
            return report_command(catalog, args, out, err)
        if command == "suggest":
            return _suggest(catalog, args, out)
        if command == "export":
            return export_command(catalog, args, out, err)
        return _list(catalog, command, args.json, out)
    except UnknownIdError as exc:
        print(words.translate("Cli", "pathfinder: {problem}").format(problem=exc), file=err)
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
                words.translate(
                    "Cli",
                    "pathfinder: reading {name} ({size} MB); this takes a while the first time, "
                    "then it opens from the cache",
                ).format(name=path.name, size=figures.number(size / 1e6, 1)),
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
        counts = {
            "path": path,
            "roles": len(catalog.roles),
            "skills": len(catalog.skills),
            "transitions": len(catalog.transitions),
        }
        warned_here = len(warnings)
        if warnings:
            line = words.translate(
                "Cli",
                "{path}: ok ({roles} roles, {skills} skills, {transitions} transitions); "
                "%n warning(s)",
                None,
                PLURAL,
                warned_here
            )  # fmt: skip
        else:
            line = words.translate(
                "Cli", "{path}: ok ({roles} roles, {skills} skills, {transitions} transitions)"
            )
        print(line.format(**counts), file=out)
    # Invalid or unreadable packs keep their own codes; warnings fail only a strict run.
    if strict and warned and status == EXIT_OK:
        return EXIT_WARNINGS
    return status


def _plan(catalog: Catalog, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pathfinder.core.learner import Learner
    from pathfinder.core.profile import MAX_HOURS_PER_WEEK, MIN_HOURS_PER_WEEK, Profile
    from pathfinder.core.timeline import DEFAULT_HOURS_PER_WEEK

    if args.max_steps < 0:
        print(words.translate("Cli", "pathfinder: --max-steps must be 0 or more"), file=err)
        return EXIT_USAGE
    pace = args.hours_per_week
    if pace is not None and not MIN_HOURS_PER_WEEK <= pace <= MAX_HOURS_PER_WEEK:  # NaN too
        print(
            words.translate(
                "Cli",
                "pathfinder: --hours-per-week must be at least {least} and at most {most}, "
                "not {pace}",
            ).format(
                least=f"{MIN_HOURS_PER_WEEK:g}", most=f"{MAX_HOURS_PER_WEEK:g}", pace=f"{pace:g}"
            ),
            file=err,
        )
        return EXIT_USAGE
    roles = catalog.role_by_id
    to, start, have = _resolve(catalog, args.to, args.start, args.have)
    not_held: list[str] = []
    profile: Profile | None = None
    if args.profile_file is not None:
        profile = read_profile(args.profile_file, err)
        if profile is None:
            return EXIT_USAGE
        if to is None and blank_target(profile, err):
            return EXIT_USAGE
        # Explicit options win over the profile.
        if start is None and profile.current_role in roles:
            start = profile.current_role
            not_held = list(profile.not_held)
        if pace is None:
            pace = profile.hours_per_week
        if to is None and profile.target_role is not None:
            if profile.target_role not in roles:
                print(
                    words.translate(
                        "Cli",
                        "pathfinder: the profile's target role '{role}' is not in this pack; "
                        "give one with --to ROLE",
                    ).format(role=profile.target_role),
                    file=err,
                )
                return EXIT_USAGE
            to = profile.target_role
    if to is None:
        print(
            words.translate(
                "Cli", "pathfinder: plan needs --to ROLE (or a --profile with a target role)"
            ),
            file=err,
        )
        return EXIT_USAGE
    if args.have_role_skills and start is None:
        print(words.translate("Cli", "pathfinder: --have-role-skills needs --from ROLE"), file=err)
        return EXIT_USAGE
    if args.only_ticked and start is not None:
        # Only the ticked skills count: the learner lacks every skill of their role.
        not_held = list(roles[start].essential)
    # The learner as the window would hold them: the profile, with the options written over.
    learner = Learner(
        catalog,
        (profile or Profile(name="")).model_copy(
            update={
                "skills": {**(profile.skills if profile else {}), **dict.fromkeys(have, "have")},
                "current_role": start,
                "target_role": to,
                "hours_per_week": pace or DEFAULT_HOURS_PER_WEEK,
                "not_held": not_held,
            }
        ),
        max_steps=args.max_steps,
    )
    result, exc = learner.plan, learner.plan_error
    if exc is not None or result is None:
        if args.json:
            print(json.dumps({"error": str(exc), "code": "no-path"}), file=out)
        else:
            print(
                words.translate("Cli", "pathfinder: no path: {reason}").format(reason=exc), file=err
            )
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
    from pathfinder.core.figures import (
        hours_number,
        hours_text,
        percent_text,
        span_text,
        weeks_text,
    )
    from pathfinder.core.timeline import step_spans

    target = _name(catalog, result.target)
    origin = _name(catalog, result.source) if result.source else None
    pace = words.translate("Cli", "{hours} h a week").format(
        hours=hours_number(result.hours_per_week)
    )
    if origin is None:
        head = words.translate("Cli", "Best path to {target} (starting out, at {pace}):")
    else:
        head = words.translate("Cli", "Best path to {target} ({origin}, at {pace}):")
    print(head.format(target=target, origin=origin, pace=pace), file=out)
    if result.source:
        where = words.translate("Cli", "  {role}  (where you are)").format(role=origin)
        print(where, file=out)
        if result.from_role:
            names = ", ".join(_name(catalog, s) for s in result.from_role)
            print(
                words.translate("Cli", "  From your role, counted as yours: {skills}").format(
                    skills=names
                ),
                file=out,
            )
    # Weeks are counted from the start, so the steps' spans add up to the total.
    spans = step_spans([s.weeks for s in result.steps])
    leaving = result.path[-len(result.steps) - 1 :] if result.source else (None, *result.path)
    for step, span, left in zip(result.steps, spans, leaving, strict=False):
        skills = ", ".join(_name(catalog, s) for s in step.new_skills) or words.translate(
            "Cli", "nothing new to learn"
        )
        facts = {
            "role": _name(catalog, step.role),
            "hours": hours_text(step.effort_hours),
            "span": span_text(span),
            "skills": skills,
        }
        if step.months is not None and left is not None:
            line = words.translate(
                "Cli",
                "  -> {role}  [{hours}, {span}; people usually spend {months} months in "
                "{before} first]  {skills}",
            ).format(months=f"{step.months:g}", before=_name(catalog, left), **facts)
        else:
            line = words.translate("Cli", "  -> {role}  [{hours}, {span}]  {skills}").format(
                **facts
            )
        print(line, file=out)
    print(
        words.translate(
            "Cli",
            "Total: {hours} hours to learn, {weeks} at {pace}; "
            "you already have {percent} of what {target} needs",
        ).format(
            hours=hours_number(result.effort_hours),
            weeks=weeks_text(result.weeks),
            pace=pace,
            percent=percent_text(result.fit),
            target=target,
        ),
        file=out,
    )
    if result.gaps:
        print(words.translate("Cli", "Learning plan, in order:"), file=out)
        for n, gap in enumerate(result.gaps, 1):
            roles = ", ".join(_name(catalog, r) for r in gap.needed_for)
            print(
                words.translate("Cli", "  {number}. {skill} ({id}), {hours}, for {roles}").format(
                    number=f"{n:>2}",
                    skill=_name(catalog, gap.skill),
                    id=gap.skill,
                    hours=hours_text(gap.effort_hours),
                    roles=roles,
                ),
                file=out,
            )
        first = _name(catalog, result.gaps[0].skill)
        print(words.translate("Cli", "Next skill to learn: {skill}").format(skill=first), file=out)
        print(words.translate("Cli", "Why: {reason}.").format(reason=result.why_first), file=out)
    else:
        print(words.translate("Cli", "Nothing left to learn: you can apply now."), file=out)
    if result.nice_to_have:
        names = ", ".join(_name(catalog, s) for s in result.nice_to_have)
        print(
            words.translate("Cli", "Nice to have for {target}: {skills}").format(
                target=target, skills=names
            ),
            file=out,
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
        facts = {"role": _name(catalog, s.role), "id": s.role, "why": s.why}
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
                skill=_name(catalog, skill),
                id=skill,
                hours=hours_text(hours),
                role=_name(catalog, role),
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


def _list(catalog: Catalog, command: str, as_json: bool, out: TextIO) -> int:
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
