"""Opening a career pack in the window: the Open dialog, reading it (big packs in the
background), showing it or its errors, reloading it when it changes, files dropped on it.

The words keep the window's translation context ("MainWindow"), as when this lived inside it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMainWindow

if TYPE_CHECKING:
    from pathfinder.core.catalog import Catalog
    from pathfinder.io.packs import PackError
    from pathfinder.qt.graph.view import GraphView
    from pathfinder.qt.state.session import Session
    from pathfinder.qt.widgets.banner import Banner
    from pathfinder.qt.window.pack_errors_dialog import PackErrorsDialog
    from pathfinder.qt.window.pack_loader import PackLoader
    from pathfinder.qt.window.pack_watch import PackWatcher

PACK_SUFFIXES = (".yaml", ".yml")
PROFILE_SUFFIXES = (".json",)


class ProfileImport(Protocol):
    def import_file(self, path: Path) -> bool: ...


class Window(Protocol):
    """What opening packs needs of the window (qt/window/main_window.py, a QMainWindow)."""

    session: Session
    attached: bool
    graph: GraphView
    watcher: PackWatcher
    reload_bar: Banner
    last_error_dialog: PackErrorsDialog

    @property
    def profiles(self) -> ProfileImport | None: ...
    @property
    def loader(self) -> PackLoader: ...
    def attach(self, session: Session) -> None: ...
    def open_pack(self, path: Path) -> bool: ...
    def use_pack(self, path: Path, catalog: Catalog | None, error: PackError | None) -> None: ...
    def show_pack_errors(self, path: str, error: PackError) -> None: ...


def open_pack_dialog(window: Window) -> None:
    from pathfinder.qt.widgets.file_names import last_folder, remember_folder

    pack_path = window.session.pack_path if window.attached else None
    # The folder last opened from, else the open pack's (not the built-in pack's folder).
    start = last_folder("pack", pack_path.parent if pack_path else None)
    path, _ = QFileDialog.getOpenFileName(
        cast(QMainWindow, window),
        QCoreApplication.translate("MainWindow", "Open career pack"),
        start,
        QCoreApplication.translate("MainWindow", "Career packs (*.yaml *.yml)"),
    )
    if path:
        remember_folder("pack", path)
        window.open_pack(Path(path))


def open_pack(window: Window, path: Path) -> bool:
    """Load a pack; an invalid one is explained and the current pack stays loaded.
    A big pack is read in the background with progress: True then means "on its way"."""
    from pathfinder.io.packs import PackError, load_pack
    from pathfinder.qt.window.pack_loader import loads_in_background

    if loads_in_background(path):
        window.loader.load(path, lambda catalog, error: window.use_pack(path, catalog, error))
        return True
    try:
        catalog = load_pack(path)
    except PackError as exc:
        window.use_pack(path, None, exc)
        return False
    window.use_pack(path, catalog, None)
    return True


def use_pack(window: Window, path: Path, catalog: Catalog | None, error: PackError | None) -> None:
    """Show a pack just read, or explain why it cannot be (nothing if cancelled)."""
    if error is not None:
        window.show_pack_errors(str(path), error)
    if catalog is None:
        return
    from PySide6.QtCore import QLocale

    from pathfinder.core.languages import in_language

    # In the learner's language, like the pack opened at start-up (qt/app.py).
    catalog = in_language(catalog, QLocale().name())
    if window.attached:
        window.session.replace_catalog(catalog, path)
    else:  # the pack given at start-up was broken: this is the first one that opens
        from pathfinder.qt.state.session import Session

        window.attach(Session(catalog, path))
    window.watcher.watch(path)
    window.reload_bar.hide()
    window.graph.fit_all()
    cast(QMainWindow, window).statusBar().showMessage(
        QCoreApplication.translate(
            "MainWindow", "Opened {pack}: {roles} roles, {skills} skills"
        ).format(pack=catalog.name, roles=str(len(catalog.roles)), skills=str(len(catalog.skills))),
        5000,
    )


def show_pack_errors(window: Window, path: str, error: PackError) -> None:
    from pathfinder.qt.window.pack_errors_dialog import PackErrorsDialog

    dialog = PackErrorsDialog(path, error, cast(QMainWindow, window))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    window.last_error_dialog = dialog


def reload_pack(window: Window) -> None:
    if window.attached and window.session.pack_path is not None:
        window.open_pack(window.session.pack_path)


def pack_changed_on_disk(window: Window, path: str) -> None:
    window.reload_bar.show_message(
        QCoreApplication.translate("MainWindow", "The pack file {file} changed on disk.").format(
            file=Path(path).name
        ),
        QCoreApplication.translate("MainWindow", "Reload"),
    )


def accepts(window: Window, local: str) -> bool:
    lowered = local.lower()
    return lowered.endswith(PACK_SUFFIXES) or (
        window.profiles is not None and lowered.endswith(PROFILE_SUFFIXES)
    )


def drag_enter(window: Window, event: QDragEnterEvent) -> None:
    if any(accepts(window, url.toLocalFile()) for url in event.mimeData().urls()):
        event.acceptProposedAction()


def drop(window: Window, event: QDropEvent) -> None:
    for url in event.mimeData().urls():
        local = url.toLocalFile()
        if not accepts(window, local):
            continue
        event.acceptProposedAction()
        if local.lower().endswith(PACK_SUFFIXES):
            window.open_pack(Path(local))
        elif window.profiles is not None:
            window.profiles.import_file(Path(local))
        return
