"""The command line: validate packs, plan paths and list ids without opening a window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from pathfinder import __version__
from pathfinder.cli_export import add_export_parser, export_command
from pathfinder.cli_language import choose_language
from pathfinder.cli_lists import list_command, schema_command, suggest_command
from pathfinder.cli_packs import open_pack, validate_command
from pathfinder.cli_plan import plan_command
from pathfinder.cli_report import report_command
from pathfinder.core import words
from pathfinder.core.timeline import DEFAULT_MAX_STEPS
from pathfinder.exit_codes import EXIT_USAGE, EXIT_WARNINGS
from pathfinder.importers.cli import add_import_parser, run_import

# The domain modules (pydantic, YAML) are imported inside the commands: opening the window
# paints it first and loads the pack after, so start-up stays close to a bare Qt window.


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
    language = choose_language(argv, err, os.environ)
    parser = _parser()
    args = parser.parse_args(_bare_profile(parser, list(argv)))
    command = args.command
    if command is None:
        if args.snapshot:
            from pathfinder.qt.snapshot import snapshot  # Qt is loaded only for the window

            return snapshot(args)
        from pathfinder.qt.app import open_window

        return open_window(args)
    if command == "validate":
        return validate_command(args.packs, out, err, strict=args.strict)
    if command == "import":
        return run_import(args, out, err)
    if command == "schema":
        return schema_command(out)
    from pathfinder.core.languages import in_language
    from pathfinder.core.planner import UnknownIdError
    from pathfinder.io.packs import PackError
    from pathfinder.paths import builtin_pack

    try:
        pack = getattr(args, "export_pack", None) or args.sub_pack or args.pack
        catalog = open_pack(pack or builtin_pack(), err)
    except PackError as exc:
        print(exc, file=err)
        return EXIT_USAGE
    # Names in the language the words are in (cli_language.py); ids are the same in all.
    catalog = in_language(catalog, language)
    try:
        if command == "plan":
            return plan_command(catalog, args, out, err)
        if command == "report":
            return report_command(catalog, args, out, err)
        if command == "suggest":
            return suggest_command(catalog, args, out)
        if command == "export":
            return export_command(catalog, args, out, err)
        return list_command(catalog, command, args.json, out)
    except UnknownIdError as exc:
        print(words.translate("Cli", "pathfinder: {problem}").format(problem=exc), file=err)
        return EXIT_USAGE
