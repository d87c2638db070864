"""`pathfinder report`: a learner's plan as PDF, Markdown or HTML, without the window.

Kept apart from cli.py, which builds the parser and runs the other commands; `plan` shares
the profile checks here.
"""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from pathfinder.core import words
from pathfinder.exit_codes import EXIT_OK, EXIT_USAGE

if TYPE_CHECKING:
    from pathfinder.core.catalog import Catalog
    from pathfinder.core.profile import Profile
    from pathfinder.core.report import Report


def read_profile(path: Path, err: TextIO) -> Profile | None:
    """The profile at `path`, or None after printing why it cannot be used."""
    from pathfinder.io.profiles import ProfileError, load_profile

    try:
        return load_profile(path)
    except ProfileError as exc:
        print(exc, file=err)
        return None


REPORT_SUFFIXES = (".pdf", ".md", ".markdown", ".html", ".htm")


def blank_target(profile: Profile, err: TextIO) -> bool:
    """A profile whose target role is an empty id (not null, the format's "none chosen"):
    `plan` and `report` both refuse it the same way rather than guess what was meant."""
    if profile.target_role is None or profile.target_role.strip():
        return False
    print(
        words.translate(
            "Cli",
            "pathfinder: the profile's target role is empty; give one with --to ROLE "
            '(or write "target_role": null when none is chosen yet)',
        ),
        file=err,
    )
    return True


def report_command(catalog: Catalog, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pathfinder.core.report import build_report

    target: Path = args.out
    suffix = target.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        print(
            words.translate(
                "Cli", "pathfinder: {file}: the plan is written as .pdf, .md or .html"
            ).format(file=target),
            file=err,
        )
        return EXIT_USAGE
    if args.max_steps < 0:
        print(words.translate("Cli", "pathfinder: --max-steps must be 0 or more"), file=err)
        return EXIT_USAGE
    profile = read_profile(args.profile_file, err)
    if profile is None:
        return EXIT_USAGE
    if args.to is None and blank_target(profile, err):
        return EXIT_USAGE
    report = build_report(
        catalog, profile, args.date or date.today(), target=args.to, max_steps=args.max_steps
    )
    try:
        written = _write_report(catalog, report, target, err)
    except OSError as exc:
        print(
            words.translate("Cli", "pathfinder: {file}: cannot write the plan: {why}").format(
                file=target, why=exc.strerror or exc
            ),
            file=err,
        )
        return EXIT_USAGE
    if written is None:
        return EXIT_USAGE
    for path in written:
        print(words.translate("Cli", "wrote {file}").format(file=path), file=out)
    return EXIT_OK


def _write_report(catalog: Catalog, report: Report, target: Path, err: TextIO) -> list[Path] | None:
    """The same files as the window's File > Export plan, picture included, drawn offscreen.
    Without a working Qt the text formats are still written, without the picture; a PDF
    cannot be (None, after saying why)."""
    try:
        # Loaded here only: `plan` and the other commands never start Qt. Always offscreen:
        # nothing is shown, and a desktop platform without its display would abort the
        # process from inside Qt, where no exception can be caught.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from pathfinder.qt.plan.report_export import ensure_app, export_report

        ensure_app()
    except (ImportError, RuntimeError) as exc:
        why = " ".join(str(exc).split()) or type(exc).__name__
        if target.suffix.lower() == ".pdf":
            print(
                words.translate(
                    "Cli",
                    "pathfinder: {file}: a PDF needs Qt, which could not start ({why}); "
                    "write .md or .html instead",
                ).format(file=target, why=why),
                file=err,
            )
            return None
        from pathfinder.io.report import save_report

        print(
            words.translate(
                "Cli", "pathfinder: no picture of the path: Qt could not start ({why})"
            ).format(why=why),
            file=err,
        )
        return save_report(report, target)
    return export_report(catalog, report, target)
