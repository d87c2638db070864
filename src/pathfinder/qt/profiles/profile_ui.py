"""The window's profile features: Learner dock, switcher, import/export, save problems."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMessageBox

from pathfinder.io.profiles import ProfileError, export_profile, import_profile
from pathfinder.qt.profiles.keeper import ProfileKeeper
from pathfinder.qt.profiles.learner_panel import LearnerPanel
from pathfinder.qt.widgets.plain_message import plain_box, warn
from pathfinder.qt.window.main_window import MainWindow

PROFILE_SUFFIX = ".json"
LAST_PROFILE_KEY = "profiles/last"
# The same path as bytes (hex): QSettings keeps text only, and a home folder whose name is
# not UTF-8 lost a byte there, so a restart opened another learner's profile.
LAST_PROFILE_BYTES_KEY = "profiles/last-bytes"


def last_profile(settings: QSettings) -> Path | None:
    """The profile open when Pathfinder last closed, exactly as it was named."""
    raw = settings.value(LAST_PROFILE_BYTES_KEY)
    if isinstance(raw, str) and raw:
        try:
            return Path(os.fsdecode(bytes.fromhex(raw)))
        except ValueError:
            pass
    last = settings.value(LAST_PROFILE_KEY)
    return Path(last) if isinstance(last, str) and last else None


def remember_profile(settings: QSettings, path: Path) -> None:
    settings.setValue(LAST_PROFILE_KEY, str(path))
    settings.setValue(LAST_PROFILE_BYTES_KEY, os.fsencode(path).hex())


class ProfileUi(QObject):
    def __init__(self, window: MainWindow, keeper: ProfileKeeper) -> None:
        super().__init__(window)
        self.window = window
        self.keeper = keeper
        self.panel = LearnerPanel(window.session, keeper)
        from pathfinder.qt.profiles.notes_editor import NotesEditor

        self.notes_editor = NotesEditor(self.panel.notes_list, keeper, self.panel)
        self.dock = QDockWidget(self.tr("Learner"), window)
        self.dock.setObjectName("LearnerDock")
        self.dock.setAccessibleName(self.tr("Learner"))
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.role_dock, self.dock)
        window.plan_dock.raise_()
        window.view_menu.insertAction(window.presentation_action, self.dock.toggleViewAction())

        menu, end = window.file_menu, window.file_menu_end
        self.switch_action = self._action(self.tr("&Switch profile…"), self.switch, "Ctrl+L")
        self.import_action = self._action(self.tr("&Import profile…"), self.import_dialog)
        self.export_action = self._action(self.tr("E&xport profile…"), self.export_dialog)
        menu.insertSeparator(end)
        for action in (self.switch_action, self.import_action, self.export_action):
            menu.insertAction(end, action)

        keeper.profileChanged.connect(self._on_profile_changed)
        keeper.saveFailed.connect(self._on_save_failed)
        keeper.saveResumed.connect(self._on_save_resumed)
        keeper.conflict.connect(self._on_conflict)
        window.session.packAboutToChange.connect(keeper.pack_about_to_change)
        window.session.packChanged.connect(keeper.pack_switched)
        self._close_unsaved = False
        window.plug_in_profiles(self)  # closing and dropped profile files ask this feature
        self._on_profile_changed()

    def _action(self, text: str, slot: object, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _on_profile_changed(self) -> None:
        profile = self.keeper.profile
        if profile is not None and self.keeper.path is not None:
            remember_profile(QSettings(), self.keeper.path)
        self.window.learner_name = profile.name if profile else None
        self.window.update_title()
        problems = self.keeper.store.take_problems()
        if problems:
            box = plain_box(
                self.window, self.tr("Some profiles were set aside"), "\n\n".join(problems)
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # not a nested event loop: start-up and autosave go on meanwhile

    def switch(self) -> None:
        from pathfinder.qt.profiles.profiles_dialog import ProfilesDialog

        dialog = ProfilesDialog(self.keeper, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog

    def import_dialog(self) -> None:
        from pathfinder.qt.widgets.file_names import last_folder, remember_folder

        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import a learner profile"),
            last_folder("profile"),
            self.tr("Pathfinder profiles (*.json)"),
        )
        if path:
            remember_folder("profile", path)
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        try:
            entry = import_profile(path, self.keeper.store)
            self.keeper.open(entry.path)
        except ProfileError as exc:
            warn(self.window, self.tr("Profile not imported"), str(exc))
            return False
        self.window.statusBar().showMessage(
            self.tr("Imported {profile}").format(profile=entry.name), 5000
        )
        return True

    def export_dialog(self) -> None:
        if self.keeper.profile is None or self.keeper.path is None:
            return
        self.keeper.save_now()
        from pathfinder.qt.widgets.file_names import in_folder, profile_stem, remember_folder

        suggested = f"{profile_stem(self.keeper.profile.name)}{PROFILE_SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export the learner profile"),
            in_folder("profile", suggested),
            self.tr("Pathfinder profiles (*.json)"),
        )
        if path:
            remember_folder("profile", path)
            try:
                export_profile(self.keeper.path, Path(path))
            except (ProfileError, OSError) as exc:
                warn(self.window, self.tr("Profile not exported"), str(exc))

    def may_close(self) -> bool:
        """Write the last changes (the autosave may still be waiting) before the window goes.

        A note written but not added yet is the learner's too: they are asked first. When
        the changes cannot be written the window stays open: after a conflict the learner is
        already being asked which version to keep; after another failure they are asked
        whether to close without saving.
        """
        if not self._close_unsaved and self.panel.note_edit.toPlainText().strip():
            self._ask_about_draft()
            return False
        if self._close_unsaved or self.keeper.save_now():
            return True
        if not self.keeper.conflict_pending:
            self._ask_close_unsaved()
        return False

    def _ask_about_draft(self) -> None:
        box = plain_box(
            self.window,
            self.tr("Note not added"),
            self.tr("The note you are writing has not been added to the profile yet."),
        )
        add = box.addButton(self.tr("Add the note and close"), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(self.tr("Discard the note"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def decided(button: object) -> None:
            if button is add:
                self.panel.add_note()
            if button is drop:
                self.panel.note_edit.clear()
            if button in (add, drop):
                self.window.close()

        box.buttonClicked.connect(decided)
        box.open()

    def _ask_close_unsaved(self) -> None:
        box = plain_box(
            self.window,
            self.tr("Profile not saved"),
            self.tr(
                "The latest changes to this learner's profile could not be saved (the "
                "status bar says why). Close anyway and lose them?"
            ),
        )
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        close = box.addButton(
            self.tr("Close without saving"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def decided(button: object) -> None:
            if button is close:
                self._close_unsaved = True
                self.window.close()

        box.buttonClicked.connect(decided)
        box.open()

    def _on_save_failed(self, message: str) -> None:
        """Told once per problem, and shown until saves work again: nothing is dropped."""
        text = self.tr(
            "Could not save the profile: {message}. Your changes are kept in this window and saved "
            "as soon as that works again."
        ).format(message=message)
        self.window.statusBar().showMessage(text)
        box = plain_box(self.window, self.tr("Profile not saved"), text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not a nested event loop: the retry keeps its own pace

    def told_at_start(self, message: str) -> None:
        """A save problem found before this window part existed (first start)."""
        self._on_save_failed(message)

    def _on_save_resumed(self) -> None:
        self.window.statusBar().showMessage(self.tr("The profile is saved again."), 8000)

    def _on_conflict(self, path: str) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Profile changed elsewhere"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # the file name is the user's
        box.setText(
            self.tr("This profile ({file}) changed outside this window: {reason}").format(
                file=Path(path).name, reason=self.keeper.conflict_reason
            )
        )
        box.setInformativeText(self.tr("Keep the changes made here, or load the other version?"))
        keep = box.addButton(self.tr("Keep mine"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Load the other version"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def decided(button: object) -> None:
            if button is keep:
                self.keeper.save_now(force=True)
            else:
                self.keeper.reload_from_disk()

        box.buttonClicked.connect(decided)
        box.open()  # window-modal, not a nested event loop: autosave keeps its own pace
