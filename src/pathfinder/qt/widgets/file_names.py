"""One naming rule for the files Pathfinder suggests and the folders its dialogs open in.

Export and Print suggest the same name, "Sam Rivera – learning plan 2026-12-03" (a print to
a PDF file takes the document's name), so a counsellor's folder sorts by learner and date;
the learner's profile is "Sam Rivera – profile". Every file dialog opens in the folder the
same kind of dialog last used (kept in QSettings), not in the program's own folder.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

# Not allowed in a file name somewhere, and the bidi controls that could hide a name's end
# behind a U+202E: a learner called `../../x` or `a/b` never sends a plan into another folder.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]+')


def _clean(text: str) -> str:
    return " ".join(_UNSAFE.sub(" ", text).split()).strip(" .")[:80]


def plan_stem(learner: str, day: date) -> str:
    who = _clean(learner)
    what = QCoreApplication.translate("file_names", "learning plan {date}").format(
        date=day.isoformat()
    )
    return f"{who} – {what}" if who else what[:1].upper() + what[1:]


def profile_stem(learner: str) -> str:
    who = _clean(learner)
    return (
        f"{who} – {QCoreApplication.translate('file_names', 'profile')}"
        if who
        else QCoreApplication.translate("file_names", "Profile")
    )


def last_folder(kind: str, fallback: Path | None = None) -> str:
    """The folder the `kind` dialog ("pack", "plan", "profile") last used, else `fallback`."""
    saved = QSettings().value(f"folders/{kind}")
    if isinstance(saved, str) and saved and Path(saved).is_dir():
        return saved
    return str(fallback) if fallback is not None else ""


def remember_folder(kind: str, chosen: str | Path) -> None:
    folder = Path(chosen).parent
    QSettings().setValue(f"folders/{kind}", str(folder))


def in_folder(kind: str, name: str) -> str:
    """`name` in the folder the `kind` dialog last used: what a save dialog suggests."""
    folder = last_folder(kind)
    return str(Path(folder) / name) if folder else name
