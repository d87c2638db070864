"""`pathfinder import esco|onet PATH -o OUT.yaml`: the command line of the importers.

Only argparse is imported up front; the importers load when the command runs, so the window's
start-up never pays for them.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from pathfinder.core import figures, words
from pathfinder.exit_codes import EXIT_OK, EXIT_USAGE


def _positive(text: str) -> float:
    from pathfinder.core.catalog import MAX_EFFORT_HOURS  # the pack's own bound, checked later

    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            words.translate("Import", "a number of hours, not {text}").format(text=repr(text))
        ) from None
    if not 0 < value <= MAX_EFFORT_HOURS:  # NaN fails both comparisons
        raise argparse.ArgumentTypeError(
            words.translate(
                "Import", "hours must be a number greater than 0 and at most {most}, not {text}"
            ).format(most=figures.number(MAX_EFFORT_HOURS), text=text)
        )
    return int(value) if value.is_integer() else value


def _count(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 100:
        raise argparse.ArgumentTypeError(
            words.translate("Import", "a whole number from 1 to 100, not {text}").format(
                text=repr(text)
            )
        )
    return int(text)


def _importance(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            words.translate("Import", "a number from 1 to 5, not {text}").format(text=repr(text))
        ) from None
    if not 1 <= value <= 5:
        raise argparse.ArgumentTypeError(
            words.translate("Import", "importance runs from 1 to 5, not {text}").format(text=text)
        )
    return value


def _tiers(text: str) -> tuple[str, ...]:
    from pathfinder.importers.onet import TIERS

    chosen = [t.strip() for t in text.split(",") if t.strip()]
    by_lower = {t.casefold(): t for t in TIERS}
    bad = [t for t in chosen if t.casefold() not in by_lower]
    if bad or not chosen:
        raise argparse.ArgumentTypeError(
            words.translate("Import", "tiers are a comma list of {tiers}").format(
                tiers=", ".join(TIERS)
            )
        )
    return tuple(dict.fromkeys(by_lower[t.casefold()] for t in chosen))


def _languages(text: str) -> tuple[str, ...]:
    from pathfinder.core.languages import LANGUAGE_CODE

    chosen = [t.strip() for t in text.split(",") if t.strip()]
    bad = [t for t in chosen if not LANGUAGE_CODE.match(t)]
    if bad or not chosen:
        from pathfinder.core import words

        raise argparse.ArgumentTypeError(
            words.translate(
                "Import",
                "languages are a comma list of lower-case codes like es or es,fr, not {text}",
            ).format(text=repr(text))
        )
    return tuple(dict.fromkeys(chosen))


def add_import_parser(sub: Any) -> None:
    """Add `import esco` and `import onet` to the main parser's subcommands."""
    p = sub.add_parser(
        "import", help=words.translate("Import", "turn ESCO or O*NET data files into a career pack")
    )
    kinds = p.add_subparsers(dest="taxonomy", metavar="esco|onet", required=True)

    esco = kinds.add_parser(
        "esco",
        help=words.translate("Import", "ESCO occupations and skills (European Commission)"),
        description=words.translate(
            "Import",
            "PATH is the folder with the two ESCO CSV zips (classification and "
            "relations), or with their unzipped CSV files.",
        ),
    )
    esco.add_argument(
        "--k",
        type=_count,
        default=5,
        metavar="N",
        help=words.translate("Import", "moves by shared skills per role (5)"),
    )
    esco.add_argument(
        "--skill-hours",
        type=_positive,
        default=40,
        metavar="H",
        help=words.translate("Import", "effort of a skill (40)"),
    )
    esco.add_argument(
        "--knowledge-hours",
        type=_positive,
        default=80,
        metavar="H",
        help=words.translate("Import", "effort of a knowledge item (80)"),
    )
    esco.add_argument(
        "--language",
        type=_languages,
        default=(),
        metavar="LANG,...",
        help="also take names and descriptions from ESCO's files in these languages "
        "(occupations_es.csv, ...), as the pack's translations",
    )

    onet = kinds.add_parser(
        "onet",
        help=words.translate(
            "Import", "O*NET occupations, skills and related occupations (US Department of Labor)"
        ),
        description=words.translate(
            "Import",
            "PATH is the folder of O*NET database text files (tab-separated, either "
            "the text layout or the Excel layout).",
        ),
    )
    onet.add_argument(
        "--tiers",
        type=_tiers,
        default=("Primary-Short", "Primary-Long"),
        metavar="TIER,...",
        help=words.translate(
            "Import", "related-occupation tiers that become moves (Primary-Short,Primary-Long)"
        ),
    )
    onet.add_argument(
        "--min-importance",
        type=_importance,
        default=3.5,
        metavar="X",
        help=words.translate(
            "Import",
            "skills and knowledge rated at least this important (1-5) become essential (3.5)",
        ),
    )
    onet.add_argument(
        "--technology-hours",
        type=_positive,
        default=40,
        metavar="H",
        help=words.translate("Import", "effort of a technology skill (40)"),
    )
    onet.add_argument(
        "--skill-hours",
        type=_positive,
        default=80,
        metavar="H",
        help=words.translate("Import", "effort of a skill (80)"),
    )
    onet.add_argument(
        "--knowledge-hours",
        type=_positive,
        default=120,
        metavar="H",
        help=words.translate("Import", "effort of a knowledge area (120)"),
    )
    for kind in (esco, onet):
        kind.add_argument("path", type=Path, metavar="PATH")
        kind.add_argument(
            "-o",
            "--out",
            type=Path,
            required=True,
            metavar="OUT.yaml",
            help=words.translate("Import", "pack to write"),
        )
        kind.add_argument(
            "-q",
            "--quiet",
            action="store_true",
            help=words.translate("Import", "no progress lines"),
        )


def _size(n: int) -> str:
    if n >= 2**20:
        return words.translate("Import", "{size} MB").format(size=figures.number(n / 2**20, 1))
    return words.translate("Import", "{size} KB").format(
        size=figures.number(max(1, round(n / 1024)))
    )


def run_import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pathfinder.importers import ImportFailed
    from pathfinder.importers.common import Progress
    from pathfinder.importers.write import WriteFailed, check_writable, write_pack

    say = Progress(f"import {args.taxonomy}", err, quiet=args.quiet)
    try:
        check_writable(args.out)  # before the import, which takes minutes on real data
        if args.taxonomy == "esco":
            from pathfinder.importers.esco import import_esco
            from pathfinder.importers.esco_skills import EscoOptions

            outcome = import_esco(
                args.path,
                EscoOptions(args.k, args.skill_hours, args.knowledge_hours, args.language),
                say,
            )
        else:
            from pathfinder.importers.onet import OnetOptions, import_onet

            options = OnetOptions(
                tiers=args.tiers,
                min_importance=args.min_importance,
                technology_hours=args.technology_hours,
                skill_hours=args.skill_hours,
                knowledge_hours=args.knowledge_hours,
            )
            outcome = import_onet(args.path, options, say)
        size = write_pack(outcome.pack, args.out, f"import {args.taxonomy}", say)
    except WriteFailed as exc:
        # An output that cannot be written is bad input too (docs/bad-input.md), like the data.
        print(words.translate("Cli", "pathfinder: {problem}").format(problem=exc), file=err)
        return EXIT_USAGE
    except ImportFailed as exc:
        print(words.translate("Cli", "pathfinder: {problem}").format(problem=exc), file=err)
        return EXIT_USAGE
    pack = outcome.pack
    for note in outcome.notes:
        print(words.translate("Import", "note: {note}").format(note=note), file=out)
    print(
        words.translate(
            "Import",
            "wrote {file} ({size}): {roles} roles, {skills} skills, {transitions} transitions "
            "in {seconds} s",
        ).format(
            file=args.out,
            size=_size(size),
            roles=figures.number(len(pack["roles"])),
            skills=figures.number(len(pack["skills"])),
            transitions=figures.number(len(pack["transitions"])),
            seconds=figures.number(say.seconds, 1),
        ),
        file=out,
    )
    return EXIT_OK
