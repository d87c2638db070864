"""Notices when the open pack file changes on disk, so authors can edit and reload."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal


class PackWatcher(QObject):
    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_change)
        # Editors save in bursts (truncate, write, rename); report once things settle.
        self._settle = QTimer(self, singleShot=True, interval=300)
        self._settle.timeout.connect(self._report)
        self._path: str | None = None

    def watch(self, path: Path | None) -> None:
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        self._path = str(path) if path else None
        if self._path:
            self._watcher.addPath(self._path)

    def _on_change(self, path: str) -> None:
        self._settle.start()

    def _report(self) -> None:
        if self._path is None:
            return
        # Saving by rename drops the file from the watch list: watch the new file again.
        if self._path not in self._watcher.files() and Path(self._path).exists():
            self._watcher.addPath(self._path)
        self.changed.emit(self._path)
