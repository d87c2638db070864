"""Finding text the window cuts off: a label, button, field or tab narrower or shorter than its
text needs, or pushed outside what its parents show (a scroll area that scrolls up and down
may hold more than it shows in height, never in width)."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

import pytestqt.exceptions
from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

if TYPE_CHECKING:
    from pathfinder.core.catalog import Catalog
    from pathfinder.qt.window.main_window import MainWindow

_SLACK = 1  # a pixel of rounding


def _name(widget: QWidget) -> str:
    text = ""
    for getter in ("text", "currentText"):
        if hasattr(widget, getter):
            text = str(getattr(widget, getter)())
            break
    label = widget.objectName() or widget.accessibleName() or text[:40]
    return f"{type(widget).__name__} {label!r}"


def _too_small(widget: QWidget) -> str | None:
    """Why the widget is too small for its own text, or None."""
    size = widget.size()
    if isinstance(widget, QLabel):
        if not widget.text() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
            return None
        if widget.wordWrap():
            need_w = widget.minimumSizeHint().width()
            need_h = widget.heightForWidth(size.width())
        else:
            need_w, need_h = widget.sizeHint().width(), widget.sizeHint().height()
        if size.width() + _SLACK < need_w or size.height() + _SLACK < need_h:
            return f"{size.width()}x{size.height()} for text needing {need_w}x{need_h}"
        return None
    if isinstance(widget, QAbstractButton) and widget.text():
        need = widget.sizeHint()
        if size.width() + _SLACK < need.width() or size.height() + _SLACK < need.height():
            have, want = f"{size.width()}x{size.height()}", f"{need.width()}x{need.height()}"
            return f"{have} for a button needing {want}"
        return None
    if isinstance(widget, QComboBox) and widget.currentText():
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = widget.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            widget,
        )
        need = widget.fontMetrics().horizontalAdvance(widget.currentText())
        if field.width() + _SLACK < need:
            return f"text field {field.width()} px for {need} px of {widget.currentText()!r}"
        return None
    if isinstance(widget, QAbstractSpinBox) and widget.text():
        edit = widget.findChild(QWidget, "qt_spinbox_lineedit")
        room = edit.width() if edit is not None else size.width()
        need = widget.fontMetrics().horizontalAdvance(widget.text())
        if room + _SLACK < need:
            return f"field {room} px for {need} px of {widget.text()!r}"
        return None
    if isinstance(widget, QTabBar):
        for index in range(widget.count()):
            tab = widget.tabRect(index)
            need = widget.fontMetrics().horizontalAdvance(widget.tabText(index))
            if not widget.rect().contains(tab) or tab.width() < need:
                return f"tab {widget.tabText(index)!r} at {tab} in a bar of {widget.size()}"
        return None
    return None


def _clipped(widget: QWidget, top: QWidget) -> str | None:
    """Where the widget's rect leaves what its parents show, or None."""
    rect = QRect(widget.rect())
    child: QWidget = widget
    while child is not top:
        parent = child.parentWidget()
        if parent is None:
            return None
        rect = rect.translated(child.pos())
        scroller = parent.parentWidget()
        shown = parent.rect().adjusted(-_SLACK, -_SLACK, _SLACK, _SLACK)
        if isinstance(scroller, QAbstractScrollArea) and scroller.viewport() is parent:
            sideways = scroller.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if not sideways and (rect.left() < shown.left() or rect.right() > shown.right()):
                return f"wider than its scroll area's view ({rect} in {parent.rect()})"
            return None  # the rest scrolls into view
        if not shown.contains(rect):
            where = f"{type(parent).__name__} {parent.objectName()!r}"
            return f"cut by {where} ({rect} in {parent.rect()})"
        child = parent
    return None


def _behind_a_tab(widget: QWidget) -> bool:
    """In a dock tabbed behind another (Qt moves those off screen rather than hide them)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QDockWidget):
            return parent.visibleRegion().isEmpty()
        parent = parent.parentWidget()
    return False


def cut_off(top: QWidget) -> list[str]:
    """Every visible label, button, field and tab bar under `top` whose text is cut off."""
    found = []
    kinds = (QLabel, QAbstractButton, QComboBox, QAbstractSpinBox, QTabBar)
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisible():
            continue
        if _behind_a_tab(widget):
            continue
        problem = _too_small(widget) or _clipped(widget, top)
        if problem:
            found.append(f"{_name(widget)}: {problem}")
    return found


def window_on_route(qtbot: QtBot, catalog: Catalog, width: int, height: int) -> MainWindow:
    """The window on `catalog` at `width` x `height`, a data analyst aiming at ML engineer
    (a route with steps, so every panel has text), laid out and on screen."""
    from pathfinder.qt.state import commands
    from pathfinder.qt.state.session import Session
    from pathfinder.qt.window.main_window import MainWindow

    session = Session(catalog)
    commands.set_current_role(session, "data-analyst")
    commands.set_target_role(session, "ml-engineer")
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.resize(width, height)
    win.show()
    qtbot.waitExposed(win)
    # The docks' first widths are settled a turn of the event loop after showing.
    qtbot.waitUntil(lambda: win.plan_dock.minimumWidth() > 0)
    settle()
    return win


def settled_cut_off(qtbot: QtBot, win: QWidget) -> list[str]:
    """What is cut off once the layout has had its say: a panel refreshed on coming into
    view lays its text out over a few turns of the event loop."""
    with contextlib.suppress(TimeoutError, pytestqt.exceptions.TimeoutError):
        qtbot.waitUntil(lambda: not cut_off(win), timeout=3000)
    return cut_off(win)


def settle() -> None:
    """Let layouts finish and widgets replaced at start-up go."""
    for _ in range(3):
        QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
