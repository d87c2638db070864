"""The learner: profile name, what they enjoy (feeds suggestions) and dated session notes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pathfinder.core.profile import MAX_NOTE_CHARS, MAX_NOTES
from pathfinder.qt.profiles.keeper import ProfileKeeper
from pathfinder.qt.state.session import Session
from pathfinder.qt.widgets.moments import stamp_text

# The list shows the newest notes, each cut to a readable length: a profile may hold 20,000
# notes of 100,000 characters (docs/profile-format.md), and laying all of that out froze the
# window for seconds on every added note. Every note stays in the profile, whole.
SHOWN_NOTES = 200
SHOWN_NOTE_CHARS = 2_000


def note_stamp(stamp: str) -> str:
    """When a note was written; a stamp no clock can show (year 1, year 9999) as written."""
    try:
        return stamp_text(stamp)
    except (ValueError, OverflowError, OSError):
        return stamp


def note_shown(text: str) -> str:
    if len(text) <= SHOWN_NOTE_CHARS:
        return text
    more = len(text) - SHOWN_NOTE_CHARS
    return QCoreApplication.translate(
        "LearnerPanel", "{start}… ({more} more characters in the profile)"
    ).format(start=text[:SHOWN_NOTE_CHARS], more=f"{more:,}")


def interest_tags(session: Session) -> list[str]:
    """The pack's interest tags, most used first: the vocabulary roles were described in."""
    counts: dict[str, int] = {}
    for role in session.catalog.roles:
        for tag in role.interests:
            counts[tag] = counts.get(tag, 0) + 1
    return sorted(counts, key=lambda t: (-counts[t], t.casefold()))


class LearnerPanel(QWidget):
    def __init__(
        self, session: Session, keeper: ProfileKeeper, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.keeper = keeper
        layout = QVBoxLayout(self)

        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Learner's name"))
        self.name_edit.setPlaceholderText(self.tr("Learner's name"))
        self.name_edit.editingFinished.connect(lambda: keeper.rename(self.name_edit.text()))
        layout.addWidget(QLabel(self.tr("Learner")))
        layout.addWidget(self.name_edit)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.missing)

        self.interests_box = QGroupBox(self.tr("What do you enjoy?"))
        self.interests_box.setAccessibleName(self.tr("What do you enjoy"))
        self._interest_grid = QGridLayout(self.interests_box)
        self.interest_checks: dict[str, QCheckBox] = {}
        layout.addWidget(self.interests_box)

        notes_box = QGroupBox(self.tr("Session notes"))
        notes_layout = QVBoxLayout(notes_box)
        self.notes_list = QListWidget()
        self.notes_list.setAccessibleName(self.tr("Session notes"))
        self.notes_list.setWordWrap(True)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(self.tr("New note"))
        self.note_edit.setPlaceholderText(
            self.tr("Write a note for this session (Ctrl+Enter adds it)")
        )
        self.note_edit.setMaximumHeight(90)
        self.add_button = QPushButton(self.tr("Add note"))
        self.add_button.setAccessibleName(self.tr("Add note"))
        self.add_button.clicked.connect(self.add_note)
        add_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self.note_edit)
        add_shortcut.activated.connect(self.add_note)
        notes_layout.addWidget(self.notes_list, 1)
        notes_layout.addWidget(self.note_edit)
        self.note_status = QLabel()
        self.note_status.setWordWrap(True)
        self.note_status.setTextFormat(Qt.TextFormat.PlainText)
        self.note_status.hide()
        notes_layout.addWidget(self.note_status)
        notes_layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(notes_box, 1)

        session.packChanged.connect(self._build_interests)
        session.interestsChanged.connect(self._sync_interests)
        keeper.profileChanged.connect(self.refresh)
        self._build_interests()
        self.refresh()

    def _build_interests(self) -> None:
        for box in self.interest_checks.values():
            box.deleteLater()
        self.interest_checks = {}
        for n, tag in enumerate(interest_tags(self.session)):
            box = QCheckBox(tag.replace("-", " "))
            box.setAccessibleName(self.tr("I enjoy {tag}").format(tag=tag))
            box.toggled.connect(self._interests_edited)
            self._interest_grid.addWidget(box, n // 2, n % 2)
            self.interest_checks[tag] = box
        self.interests_box.setVisible(bool(self.interest_checks))
        self._sync_interests()

    def _sync_interests(self) -> None:
        chosen = set(self.session.interests)
        for tag, box in self.interest_checks.items():
            box.blockSignals(True)
            box.setChecked(tag in chosen)
            box.blockSignals(False)

    def _interests_edited(self) -> None:
        chosen = tuple(t for t, box in self.interest_checks.items() if box.isChecked())
        self.session.set_interests(chosen)

    def add_note(self) -> None:
        text = self.note_edit.toPlainText()
        if len(text.strip()) > MAX_NOTE_CHARS:
            self.note_status.setText(
                self.tr(
                    "A note holds at most {limit} characters; this one has {length}."
                    " Split it in two."
                ).format(limit=f"{MAX_NOTE_CHARS:,}", length=f"{len(text.strip()):,}")
            )
            self.note_status.show()
            return
        profile = self.keeper.profile
        if text.strip() and profile is not None and len(profile.notes) >= MAX_NOTES:
            self.note_status.setText(
                self.tr(
                    "This profile holds {limit} notes, the most a profile keeps. Export it to keep "
                    "them, then start a new profile for the notes to come."
                ).format(limit=f"{MAX_NOTES:,}")
            )
            self.note_status.show()
            return
        if text.strip() and self.keeper.add_note(text):
            self.note_edit.clear()
            self.note_status.hide()

    def refresh(self) -> None:
        profile = self.keeper.profile
        self.setEnabled(profile is not None)
        self.name_edit.setText(profile.name if profile else "")
        self.notes_list.clear()
        notes = profile.notes if profile else []
        for note in reversed(notes[-SHOWN_NOTES:]):
            item = QListWidgetItem(f"{note_stamp(note.at)}\n{note_shown(note.text)}")
            self.notes_list.addItem(item)
        if len(notes) > SHOWN_NOTES:
            older = len(notes) - SHOWN_NOTES
            self.notes_list.addItem(
                self.tr(
                    "{older} older notes are kept in the profile (export it to read them)."
                ).format(older=f"{older:,}")
            )
        lines = []
        skills, roles = self.keeper.missing_ids()
        if skills or roles:
            ids = ", ".join([*skills, *roles])
            lines.append(self.tr("Not in this pack (kept in the profile): {ids}").format(ids=ids))
        for pack, chosen in self.keeper.other_packs().items():
            lines.append(
                self.tr("Kept for the pack {pack}: {names}").format(
                    pack=pack, names=", ".join(chosen)
                )
            )
        self.missing.setText("\n".join(lines))
        self.missing.setVisible(bool(lines))
