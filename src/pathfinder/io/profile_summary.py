"""What the profile switcher shows of a learner besides the name: current and target role.

Read straight from the file's JSON, without the store's bookkeeping (ProfileStore.load
remembers what it read, for its conflict check on save: listing learners must not touch
that). A file that cannot be read shows no roles; the store reports damaged files itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 4 * 1024 * 1024  # a bigger profile (long notes) is listed without its roles


@dataclass(frozen=True)
class Summary:
    current_role: str | None
    target_role: str | None


def read_summary(path: Path) -> Summary:
    try:
        if path.stat().st_size > MAX_BYTES:
            return Summary(None, None)
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Summary(None, None)
    if not isinstance(data, dict):
        return Summary(None, None)

    def role(key: str) -> str | None:
        value = data.get(key)
        return value if isinstance(value, str) and value else None

    return Summary(role("current_role"), role("target_role"))
