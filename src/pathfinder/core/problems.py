"""A problem found in authored data, addressed by its path inside the document."""

from __future__ import annotations

from dataclasses import dataclass

from pathfinder.core import words

# A path into the parsed document: mapping keys and list indexes, e.g. ("roles", 3, "level").
Path = tuple[str | int, ...]


@dataclass(frozen=True, order=True)
class Problem:
    path: Path
    message: str
    # True when the message is about the key itself (an unknown key), not its value.
    at_key: bool = False


def describe_path(path: Path) -> str:
    """`roles[3].level`: how a person would name the place in the file."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out or words.translate("Problems", "the document")
