"""The window is painted only once it has settled after the pack's panels fill it: docks at
their widths and the map fitted (qt/window/first_draw.py). Painting every step of that
settling made the window jump several times in its first tenth of a second."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from tests.qt.conftest import start_args

from pathfinder.qt.app import _start


class Paints(QObject):
    """How the filled window looked each time it was painted: the map's scale, the widths of
    the docks and the map's width."""

    def __init__(self, window: Any) -> None:
        super().__init__()
        self.main = window
        self.seen: list[tuple[float, int, int, int]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.main and self.main.attached:
            self.seen.append(looks(self.main))
        return False


def looks(window: Any) -> tuple[float, int, int, int]:
    return (
        round(window.graph.transform().m11(), 4),
        window.skills_dock.width(),
        window.plan_dock.width(),
        window.graph.width(),
    )


def _started(qtbot: Any, exposed: bool, **flags: object) -> tuple[Any, Paints]:
    """The window as `pathfinder` starts it, on screen (`exposed`) or only just shown."""
    from pathfinder.qt.window.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    if exposed:
        with qtbot.waitExposed(window):
            window.show()
        QApplication.processEvents()  # the frame's first paint
    else:
        window.show()
    paints = Paints(window)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(paints)
    try:
        _start(window, start_args(win_to="mlops-engineer", **flags))
        qtbot.waitUntil(lambda: bool(paints.seen))
        for _ in range(5):  # anything still queued would paint now
            QApplication.processEvents()
    finally:
        app.removeEventFilter(paints)
    return window, paints


def test_the_filled_window_is_painted_once_settled(qtbot: Any, home: Any) -> None:
    window, paints = _started(qtbot, exposed=True)
    settled = looks(window)
    assert paints.seen == [settled]
    # Settled means the whole map in view, at the scale it keeps.
    view = window.graph
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(view.graph_scene.itemsBoundingRect().adjusted(2, 2, -2, -2))


def test_a_window_not_yet_on_screen_is_still_painted(qtbot: Any, home: Any) -> None:
    """Held painting would lose the expose of a window still being mapped: it stays blank."""
    window, paints = _started(qtbot, exposed=False)
    assert paints.seen and paints.seen[-1] == looks(window)


def test_after_a_broken_pack_the_built_in_one_is_painted(qtbot: Any, home: Any) -> None:
    """The fallback fills the window before painting is held; the repaint it asked for was
    taken while held, and Qt then painted the window no more: it stayed on "Loading…"."""
    broken = Path(__file__).parents[1] / "fixtures" / "broken.yaml"
    window, paints = _started(qtbot, exposed=True, pack=broken)
    assert window.session.target_role == "mlops-engineer"
    assert paints.seen and paints.seen[-1] == looks(window)
    window.last_error_dialog.close()
