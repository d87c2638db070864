"""The window's menus and toolbar: File, Edit, View, Tools and Help, and the find box.

The words keep the window's translation context ("MainWindow"), as when they were built inside it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLineEdit, QMainWindow, QMenu, QToolBar

if TYPE_CHECKING:
    from pathfinder.qt.graph.view import GraphView


class Window(Protocol):
    """What the menus need of the window (qt/window/main_window.py, which is a QMainWindow)."""

    graph: GraphView
    skills_dock: QDockWidget
    plan_dock: QDockWidget
    role_dock: QDockWidget
    route_dock: QDockWidget
    file_menu: QMenu
    file_menu_end: QAction
    view_menu: QMenu
    open_action: QAction
    reload_action: QAction
    undo_action: QAction
    redo_action: QAction
    find_action: QAction
    presentation_action: QAction
    compare_action: QAction
    search: QLineEdit
    _needs_pack: list[QAction]

    def open_pack_dialog(self) -> None: ...
    def reload_pack(self) -> None: ...
    def focus_search(self) -> None: ...
    def run_search(self, text: str | None = None) -> None: ...
    def toggle_presentation(self) -> None: ...
    def compare(self, role: str | None) -> None: ...
    def show_help(self) -> None: ...
    def show_about(self) -> None: ...


def undo_text(window: Window, text: str) -> None:
    full = (
        QCoreApplication.translate("MainWindow", "&Undo {text}").format(text=text)
        if text
        else QCoreApplication.translate("MainWindow", "&Undo")
    )
    window.undo_action.setText(full)  # the Edit menu says what will be undone
    window.undo_action.setToolTip(full.replace("&", ""))


def redo_text(window: Window, text: str) -> None:
    full = (
        QCoreApplication.translate("MainWindow", "&Redo {text}").format(text=text)
        if text
        else QCoreApplication.translate("MainWindow", "&Redo")
    )
    window.redo_action.setText(full)
    window.redo_action.setToolTip(full.replace("&", ""))


def _action(
    window: Window,
    text: str,
    slot: object,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
) -> QAction:
    action = QAction(text, cast(QMainWindow, window))
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    cast(QMainWindow, window).addAction(action)
    return action


def build_menus(window: Window) -> None:
    frame = cast(QMainWindow, window)  # the window is a QMainWindow
    bar = frame.menuBar()
    file_menu = window.file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    window.open_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Open pack…"),
        window.open_pack_dialog,
        QKeySequence.StandardKey.Open,
    )
    window.reload_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Reload pack"),
        window.reload_pack,
        "Ctrl+R",
    )
    file_menu.addAction(window.open_action)
    file_menu.addAction(window.reload_action)
    window.file_menu_end = file_menu.addSeparator()  # profile and export actions go above
    file_menu.addAction(
        _action(
            window,
            QCoreApplication.translate("MainWindow", "&Quit"),
            frame.close,
            QKeySequence.StandardKey.Quit,
        )
    )

    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    window.undo_action = QAction(QCoreApplication.translate("MainWindow", "&Undo"), frame)
    window.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    window.redo_action = QAction(QCoreApplication.translate("MainWindow", "&Redo"), frame)
    window.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    # The toolbar buttons keep a short label (the full text would make the toolbar jump on
    # every tick); their tooltips and the Edit menu say what will be undone.
    window.undo_action.setIconText(QCoreApplication.translate("MainWindow", "Undo"))
    window.redo_action.setIconText(QCoreApplication.translate("MainWindow", "Redo"))
    for action in (window.undo_action, window.redo_action):
        action.setEnabled(False)
        edit_menu.addAction(action)
        frame.addAction(action)

    view_menu = window.view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    window.find_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Find role or skill…"),
        window.focus_search,
        QKeySequence.StandardKey.Find,
    )
    zoom_in = _action(
        window,
        QCoreApplication.translate("MainWindow", "Zoom &in"),
        lambda: window.graph.zoom_in(),
        QKeySequence.StandardKey.ZoomIn,
    )
    zoom_in.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
    zoom_out = _action(
        window,
        QCoreApplication.translate("MainWindow", "Zoom &out"),
        lambda: window.graph.zoom_out(),
        QKeySequence.StandardKey.ZoomOut,
    )
    fit = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Fit graph to window"),
        lambda: window.graph.fit_all(),
        "Ctrl+0",
    )
    for action in (window.find_action, zoom_in, zoom_out, fit):
        view_menu.addAction(action)
    view_menu.addSeparator()
    for dock in (window.skills_dock, window.plan_dock, window.role_dock, window.route_dock):
        view_menu.addAction(dock.toggleViewAction())
    view_menu.addSeparator()
    window.presentation_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Presentation mode"),
        window.toggle_presentation,
        "F11",
    )
    window.presentation_action.setCheckable(True)
    view_menu.addAction(window.presentation_action)

    tools_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Tools"))
    window.compare_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Compare roles…"),
        lambda: window.compare(None),
        "Ctrl+K",
    )
    tools_menu.addAction(window.compare_action)

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(
        _action(
            window,
            QCoreApplication.translate("MainWindow", "&How to use Pathfinder"),
            window.show_help,
            "F1",
        )
    )
    help_menu.addAction(
        _action(
            window, QCoreApplication.translate("MainWindow", "&About Pathfinder"), window.show_about
        )
    )

    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Search and view"))
    toolbar.setObjectName("MainToolbar")
    toolbar.setMovable(False)
    window.search = QLineEdit()
    window.search.setPlaceholderText(
        QCoreApplication.translate("MainWindow", "Find a role or skill (Ctrl+F)")
    )
    window.search.setAccessibleName(
        QCoreApplication.translate("MainWindow", "Find a role or skill")
    )
    window.search.setClearButtonEnabled(True)
    window.search.setMaximumWidth(360)
    # Room for a name as it is typed, whatever the text size: on a small screen with large
    # text the buttons after it go to the toolbar's » menu instead of squeezing it to "Find …".
    window.search.setMinimumWidth(window.search.fontMetrics().averageCharWidth() * 18)
    window.search.returnPressed.connect(window.run_search)
    toolbar.addWidget(window.search)
    toolbar.addSeparator()
    for action in (zoom_out, zoom_in, fit):
        toolbar.addAction(action)
    toolbar.addSeparator()
    toolbar.addAction(window.undo_action)
    toolbar.addAction(window.redo_action)
    toolbar.addSeparator()
    toolbar.addAction(window.compare_action)
    frame.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    # Until a pack is loaded these have nothing to act on.
    window._needs_pack = [
        window.reload_action,
        window.find_action,
        zoom_in,
        zoom_out,
        fit,
        window.compare_action,
    ]
    for action in window._needs_pack:
        action.setEnabled(False)
    window.search.setEnabled(False)
