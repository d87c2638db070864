"""Dropping files on the window: a career pack opens, anything else is refused."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from pathfinder.qt.window.main_window import MainWindow

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _drag_and_drop(target: QWidget, path: Path) -> tuple[bool, bool]:
    """Drag `path` over the middle of `target` and let go, as a file manager does. The
    application passes the events up to the widget that takes them. Returns whether the drag
    was taken (the cursor shows it may be dropped) and whether the drop was."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    spot = QPoint(target.width() // 2, target.height() // 2)
    copy, left, none = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(spot, copy, mime, left, none)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False, False  # the drag was refused: there is nothing to drop on
    drop = QDropEvent(QPointF(spot), copy, mime, left, none)
    QApplication.sendEvent(target, drop)
    return True, drop.isAccepted()


def _where(window: MainWindow, place: str) -> QWidget:
    return {
        "graph": window.graph.viewport(),
        "skills": window.skills_panel.view.viewport(),
        "plan": window.plan_panel.details.viewport(),
    }[place]


@pytest.mark.parametrize("place", ["graph", "skills", "plan"])
def test_a_dropped_pack_opens(
    started_window: MainWindow, qtbot, tmp_path: Path, place: str
) -> None:  # type: ignore[no-untyped-def]
    window = started_window
    qtbot.waitExposed(window)
    pack = shutil.copy(FIXTURES / "tiny.yaml", tmp_path / "dropped.yaml")
    assert _drag_and_drop(_where(window, place), Path(pack)) == (True, True)
    assert window.session.catalog.id == "tiny"
    assert window.session.pack_path == Path(pack)
    assert window.windowTitle() == "My profile — Tiny test pack — Pathfinder"
    assert "Opened Tiny test pack: 6 roles, 6 skills" in window.statusBar().currentMessage()


def test_a_dropped_text_file_is_refused(started_window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = started_window
    qtbot.waitExposed(window)
    notes = tmp_path / "notes.txt"
    notes.write_text("pathfinder: 1\n", encoding="utf-8")
    before = window.session.catalog
    for place in ("graph", "skills", "plan"):
        assert _drag_and_drop(_where(window, place), notes) == (False, False)
    # A drop that arrives anyway (say, from another program) opens nothing.
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(notes))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    assert not drop.isAccepted()
    assert window.session.catalog is before
    assert window.windowTitle() == "My profile — AI & ML careers — Pathfinder"


def test_a_dropped_broken_pack_is_explained_and_the_open_one_stays(
    started_window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = started_window
    before = window.session.catalog
    assert _drag_and_drop(_where(window, "graph"), FIXTURES / "broken.yaml") == (True, True)
    assert window.session.catalog is before
    assert "broken.yaml:2:5:" in window.last_error_dialog.details.toPlainText()
    window.last_error_dialog.close()
