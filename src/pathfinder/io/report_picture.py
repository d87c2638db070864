"""The path picture beside a saved report: its file name, folder, alt text and caption."""

from __future__ import annotations

from pathlib import Path

from pathfinder.core import words

PICTURE_NAME = "path.png"


def picture_alt() -> str:
    return words.translate("Report", "Your path on the career map")


def picture_caption() -> str:
    return words.translate(
        "Report",
        "Your path on the career map. Roles on the path are outlined; the label on each one "
        "says how many skills it asks you to learn and their hours, as in the steps below.",
    )


def picture_folder(path: Path) -> Path:
    """Where a Markdown report's picture goes: `plan_files/` beside `plan.md`."""
    return path.with_name(path.stem + "_files")
