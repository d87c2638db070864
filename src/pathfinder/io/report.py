"""Saving the plan report as Markdown or HTML, beside an optional path picture."""

from __future__ import annotations

import base64
from pathlib import Path

from pathfinder.core import words
from pathfinder.core.report import Report
from pathfinder.io.report_html import report_html
from pathfinder.io.report_markdown import report_markdown
from pathfinder.io.report_picture import PICTURE_NAME, picture_folder
from pathfinder.io.safe_write import write_bytes_beside


def save_report(report: Report, path: Path, picture_png: bytes | None = None) -> list[Path]:
    """Write `report` as Markdown (.md/.markdown) or HTML (.html/.htm); returns the files written.

    HTML carries the picture inline (a data: URI), so it stays one file; Markdown gets
    `<stem>_files/path.png` beside it. Raises ValueError for another suffix, OSError if the
    file cannot be written.
    """
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        src = None
        if picture_png:
            src = "data:image/png;base64," + base64.b64encode(picture_png).decode("ascii")
        atomic_write_text(path, report_html(report, src))
        return [path]
    if suffix in (".md", ".markdown"):
        written = []
        ref = None
        if picture_png:
            folder = picture_folder(path)
            folder.mkdir(exist_ok=True)  # never the missing folder of `path` itself
            atomic_write_bytes(folder / PICTURE_NAME, picture_png)
            written.append(folder / PICTURE_NAME)
            ref = f"{folder.name}/{PICTURE_NAME}"
        atomic_write_text(path, report_markdown(report, ref))
        return [path, *written]
    raise ValueError(
        words.translate(
            "Report", "cannot write a report as '{suffix}': use .pdf, .md or .html"
        ).format(suffix=path.suffix or path.name)
    )


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write beside the target and rename, so a failed export never leaves half a file."""
    write_bytes_beside(path, data)
