"""The profile switcher: a counsellor's list of learners (new, rename, duplicate, delete)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pathfinder.io.profile_summary import read_summary
from pathfinder.io.profiles import ProfileEntry, ProfileError
from pathfinder.qt.profiles.keeper import ProfileKeeper
from pathfinder.qt.widgets.moments import seconds_text


class ProfilesDialog(QDialog):
    def __init__(self, keeper: ProfileKeeper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keeper = keeper
        self.store = keeper.store
        self._trashed: Path | None = None
        self.setWindowTitle(self.tr("Learner profiles"))
        self.setAccessibleName(self.tr("Learner profiles"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name"))
        self.search.setAccessibleName(self.tr("Search profiles by name"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Profiles"))
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        buttons = QHBoxLayout()
        self.new_button = self._button(self.tr("&New…"), self.new_profile, buttons)
        self.rename_button = self._button(self.tr("&Rename…"), self.rename_selected, buttons)
        self.duplicate_button = self._button(
            self.tr("D&uplicate"), self.duplicate_selected, buttons
        )
        self.delete_button = self._button(self.tr("&Delete"), self.delete_selected, buttons)
        self.undo_button = self._button(self.tr("U&ndo delete"), self.undo_delete, buttons)
        self.undo_button.hide()
        buttons.addStretch(1)

        box = QDialogButtonBox()
        self.open_button = box.addButton(self.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(QDialogButtonBox.StandardButton.Close)
        box.accepted.connect(self.open_selected)
        box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(box)
        self.resize(560, 460)
        self.refresh()

    def _button(self, text: str, slot: object, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").replace("…", ""))
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def refresh(self) -> None:
        current = self.keeper.path
        self.list.clear()
        current_row = 0
        wanted = self.search.text().strip().casefold()
        best_row: int | None = None  # typing a name: Enter opens the best match, not the open one
        for entry in self.store.entries(self.search.text()):
            detail = self.tr("{roles} · changed {when}").format(
                roles=self._roles_and_pack(entry), when=seconds_text(entry.modified)
            )
            if wanted and best_row is None and entry.name.casefold().startswith(wanted):
                best_row = self.list.count()
            item = QListWidgetItem(f"{entry.name}\n{detail}")
            item.setData(Qt.ItemDataRole.UserRole, str(entry.path))
            if current is not None and entry.path == current:
                now = self.tr("open now")
                item.setText(f"{entry.name}  ({now})\n{detail}")
                current_row = self.list.count()
            self.list.addItem(item)
        if self.list.count():
            # The highlight starts on the profile that is open (a new one is opened at once);
            # while a name is typed, on the first whose name starts with it, else the first.
            if wanted:
                current_row = best_row if best_row is not None else 0
            self.list.setCurrentRow(current_row)
        problems = self.store.take_problems()
        if problems:
            self.message.setText("\n".join(problems))

    def _roles_and_pack(self, entry: ProfileEntry) -> str:
        """'DevOps Engineer → MLOps Engineer · AI & ML careers': role and pack names where
        the open pack is the learner's, else their ids."""
        catalog = self.keeper.session.catalog
        mine = entry.pack == catalog.id
        summary = read_summary(entry.path)

        def name(role: str | None) -> str | None:
            if role is None:
                return None
            found = catalog.role_by_id.get(role) if mine else None
            return found.name if found is not None else role

        now, goal = name(summary.current_role), name(summary.target_role)
        if now and goal:
            roles = self.tr("{now} → {goal}").format(now=now, goal=goal)
        elif goal:
            roles = self.tr("starting out → {goal}").format(goal=goal)
        elif now:
            roles = self.tr("{now}, no target yet").format(now=now)
        else:
            roles = self.tr("no roles chosen yet")
        pack = catalog.name if mine else (entry.pack or self.tr("no pack"))
        return f"{roles} · {pack}"

    def _selected(self) -> ProfileEntry | None:
        item = self.list.currentItem()
        if item is None:
            return None
        path = Path(str(item.data(Qt.ItemDataRole.UserRole)))
        return next((e for e in self.store.entries() if e.path == path), None)

    def open_selected(self) -> None:
        entry = self._selected()
        if entry is None:
            return
        try:
            self.keeper.open(entry.path)
        except ProfileError as exc:
            self.message.setText(str(exc))
            self.refresh()
            return
        self.accept()

    def new_profile(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New profile"), self.tr("Learner's name:"))
        if ok and name.strip():
            try:  # a full or read-only disk is said here, like every other problem
                entry = self.store.create(name.strip(), self.keeper.session.catalog.id)
                self.keeper.open(entry.path)
            except ProfileError as exc:  # the open one could not be saved: it stays open
                self.message.setText(str(exc))
            self.refresh()

    def rename_selected(self) -> None:
        entry = self._selected()
        if entry is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename profile"), self.tr("Learner's name:"), text=entry.name
        )
        if ok and name.strip():
            if entry.path == self.keeper.path:
                self.keeper.rename(name)
                self.keeper.save_now()
            else:
                self._attempt(lambda: self.store.rename(entry, name.strip()))
            self.refresh()

    def _attempt(self, action: Callable[[], object]) -> bool:
        """Do a store action; a problem (a full disk, a read-only folder) is said, not raised."""
        try:
            action()
        except ProfileError as exc:
            self.message.setText(str(exc))
            return False
        return True

    def duplicate_selected(self) -> None:
        entry = self._selected()
        if entry is not None:
            self.keeper.save_now()
            self._attempt(lambda: self.store.duplicate(entry))
            self.refresh()

    def delete_selected(self) -> None:
        entry = self._selected()
        if entry is None:
            return
        if entry.path == self.keeper.path:
            self.message.setText(self.tr("Open another profile before deleting this one."))
            return
        try:
            self._trashed = self.store.delete(entry)
        except ProfileError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(
            self.tr("Deleted {profile}. It is in the trash folder until you undo.").format(
                profile=entry.name
            )
        )
        self.undo_button.show()
        self.refresh()

    def undo_delete(self) -> None:
        if self._trashed is not None:
            trashed = self._trashed
            if not self._attempt(lambda: self.store.restore(trashed)):
                return
            self._trashed = None
            self.undo_button.hide()
            self.message.clear()
            self.refresh()
