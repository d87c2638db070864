"""Opening a big pack without freezing the window: read it in a worker thread, show progress.

The imported ESCO pack takes seconds to read the first time. The reading itself stays in
io/ (io.pack_cache.load_pack_cached, no Qt); this module only runs it on a QThread and
turns its stages into a progress dialog. Pure-Python parsing holds the GIL, but Python hands
it over every few milliseconds, so the window keeps painting and the dialog can be cancelled
(the result is then dropped and the current pack stays). Small packs (the built-in one)
are read at once, as before: a thread and a dialog would only add flicker.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from pathfinder.core.catalog import Catalog
from pathfinder.io import pack_cache
from pathfinder.io.packs import PackError

BACKGROUND_BYTES = 2 * 1024 * 1024  # packs larger than this load in the background
SHOW_AFTER_MS = 300  # a load finished sooner than this shows no dialog at all

Done = Callable[[Catalog | None, PackError | None], None]


def loads_in_background(path: Path) -> bool:
    try:
        return path.is_file() and path.stat().st_size > BACKGROUND_BYTES
    except OSError:
        return False


class _Worker(QThread):
    stage = Signal(str)
    loaded = Signal(object, bool)  # Catalog, from the cache
    failed = Signal(object)  # PackError

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path

    def run(self) -> None:
        try:
            result = pack_cache.load_pack_cached(self.path, progress=self.stage.emit)
        except PackError as exc:
            self.failed.emit(exc)
        else:
            self.loaded.emit(result.catalog, result.from_cache)


_running: set[_Worker] = set()  # workers outlive a cancelled load, even a closed window


def wait_for_workers(msecs: int = 60_000) -> bool:
    """Block until every background read has ended (at quit: a running QThread must not be
    destroyed)."""
    return all(worker.wait(msecs) for worker in list(_running))


class PackLoader(QObject):
    """One background load at a time; `done(catalog, None)` or `done(None, error)` runs on
    the GUI thread when it ends, `done(None, None)` if the learner cancelled."""

    stageChanged = Signal(str)  # for tests and the status bar: the io stage just reached

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._worker: _Worker | None = None
        self._done: Done | None = None
        self._clock = QElapsedTimer()
        self.from_cache = False
        self.dialog = QProgressDialog(window)
        self.dialog.setWindowTitle(self.tr("Opening career pack"))
        self.dialog.setAccessibleName(self.tr("Opening career pack"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setRange(0, 0)  # how long the YAML reader takes cannot be known ahead
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.dialog.reset()  # a QProgressDialog otherwise shows itself after its delay
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._show_elapsed)
        self._stage_text = ""

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def load(self, path: Path, done: Done) -> None:
        if self._worker is not None:
            self.cancel()
        worker = _Worker(path)
        worker.stage.connect(self._on_stage)
        worker.loaded.connect(self._on_loaded)
        worker.failed.connect(self._on_failed)
        _running.add(worker)
        worker.finished.connect(lambda: _running.discard(worker))
        app = QCoreApplication.instance()
        if app is not None and not app.property("pathfinderWaitsForLoads"):
            app.setProperty("pathfinderWaitsForLoads", True)
            app.aboutToQuit.connect(wait_for_workers)
        self._worker, self._done = worker, done
        self._clock.start()
        self._stage_text = self.tr("Reading {file}…").format(file=path.name)
        self.dialog.setLabelText(self._stage_text)
        self.dialog.setValue(0)  # starts the dialog's show-after-a-delay clock
        self._tick.start()
        worker.start()

    def cancel(self) -> None:
        """Drop the load under way (it finishes unseen); the current pack stays."""
        worker, done = self._worker, self._done
        if worker is None:
            return
        self._finish()
        for signal in (worker.loaded, worker.failed, worker.stage):
            signal.disconnect()
        if done is not None:
            done(None, None)

    def wait(self, msecs: int = 60_000) -> bool:
        """Block until background reads end (their results arrive as queued signals)."""
        return wait_for_workers(msecs)

    def _on_stage(self, stage: str) -> None:
        name = self._worker.path.name if self._worker is not None else ""
        texts = {
            pack_cache.READING: self.tr("Reading {file}…"),
            pack_cache.PARSING: self.tr(
                "Checking {file} (the first time takes a while; next time it opens from the cache)…"
            ),
            pack_cache.SAVING: self.tr("Saving {file} to the cache for next time…"),
            pack_cache.CACHED: self.tr("Opening {file} from the cache…"),
        }
        self._stage_text = texts.get(stage, texts[pack_cache.READING]).format(file=name)
        self._show_elapsed()
        self.stageChanged.emit(stage)

    def _show_elapsed(self) -> None:
        seconds = self._clock.elapsed() // 1000
        text = self._stage_text
        if seconds >= 1:
            text += "\n" + self.tr("{seconds} s").format(seconds=str(seconds))
        self.dialog.setLabelText(text)

    def _on_loaded(self, catalog: Catalog, from_cache: bool) -> None:
        done = self._done
        self.from_cache = from_cache
        self._finish()
        if done is not None:
            done(catalog, None)

    def _on_failed(self, error: PackError) -> None:
        done = self._done
        self._finish()
        if done is not None:
            done(None, error)

    def _finish(self) -> None:
        self._tick.stop()
        self.dialog.reset()
        self.dialog.hide()
        self._worker, self._done = None, None
