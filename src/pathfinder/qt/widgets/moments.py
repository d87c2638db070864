"""How the window writes a moment ("22 Nov 2026, 06:37"): one format for every list of them.

Local time; the month's name comes from the learner's locale, the order of the parts does not,
so a note and the profile it belongs to read alike (a locale's short format gave notes
"29 11 2026 10:00" beside the switcher's "22 Nov 2026, 06:37").
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale

MOMENT_FORMAT = "d MMM yyyy, HH:mm"


def moment_text(when: QDateTime) -> str:
    return QLocale().toString(when.toLocalTime(), MOMENT_FORMAT)


def seconds_text(seconds: float) -> str:
    """A moment given as seconds since 1970 (a file's modification time)."""
    return moment_text(QDateTime.fromSecsSinceEpoch(int(seconds)))


def stamp_text(stamp: str) -> str:
    """A profile's ISO 8601 time stamp ("2026-11-29T10:00:00Z"); one that cannot be read is
    shown as written rather than hidden."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    if moment.tzinfo is None:  # no zone given: it was written as local time
        moment = moment.astimezone()
    return seconds_text(moment.timestamp())
