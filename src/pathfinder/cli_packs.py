"""Opening and validating packs from the command line (`pathfinder validate`).

Kept apart from cli.py, which builds the parser and runs the command here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from pathfinder.core import figures, words
from pathfinder.core.words import PLURAL
from pathfinder.exit_codes import EXIT_INVALID, EXIT_OK, EXIT_USAGE, EXIT_WARNINGS

if TYPE_CHECKING:
    from pathfinder.core.catalog import Catalog


# Packs this big (an imported ESCO is 16 MB) take seconds to read from YAML: they go
# through the same validated cache as the window, and say so while they are read.
CACHED_PACK_BYTES = 1_000_000


def open_pack(path: Path, err: TextIO) -> Catalog:
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


def validate_command(packs: list[Path], out: TextIO, err: TextIO, *, strict: bool = False) -> int:
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
