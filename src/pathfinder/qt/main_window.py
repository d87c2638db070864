"""The explorer window: graph in the middle, skills on the left, plan and role details right."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QCompleter,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from pathfinder import __version__
from pathfinder.branding import current as current_branding
from pathfinder.qt.pack_watch import PackWatcher
from pathfinder.qt.start_hint import StartHint

if TYPE_CHECKING:
    from pathfinder.core.catalog import Catalog
    from pathfinder.io.packs import PackError
    from pathfinder.qt.graph_view import GraphView
    from pathfinder.qt.pack_loader import PackLoader
    from pathfinder.qt.plan_panel import PlanPanel
    from pathfinder.qt.profile_keeper import ProfileKeeper
    from pathfinder.qt.role_panel import RolePanel
    from pathfinder.qt.session import Session
    from pathfinder.qt.skills_panel import SkillsPanel

PACK_SUFFIXES = (".yaml", ".yml")
PROFILE_SUFFIXES = (".json",)


class Banner(QWidget):
    """A one-line message above the graph with an optional action and a close button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.AlternateBase)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.action = QPushButton()
        self.close_button = QPushButton(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.action)
        row.addWidget(self.close_button)
        self.action.hide()

    def show_message(self, text: str, action: str | None = None) -> None:
        self.label.setText(text)
        self.action.setVisible(action is not None)
        if action:
            self.action.setText(action)
            self.action.setAccessibleName(action)
        self.show()


_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


class MainWindow(QMainWindow):
    """Built in two steps so the window paints before the pack is read: the frame (menus,
    docks, a "loading" page) at once, then `attach(session)` fills it with the panels."""

    firstPainted = Signal()  # the frame is on screen: time to read the pack

    session: Session
    graph: GraphView
    skills_panel: SkillsPanel
    plan_panel: PlanPanel
    role_panel: RolePanel

    def __init__(self, session: Session | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.setWindowTitle(current_branding().name)
        self.setAcceptDrops(True)
        self.resize(1280, 800)
        self._painted = False
        self.learner_name: str | None = None
        # Set by the profile features: what to do with a dropped profile file.
        self.profile_dropped: Callable[[Path], bool] | None = None
        # Set by the profile features: False keeps the window open (unsaved learner changes).
        self.may_close: Callable[[], bool] | None = None
        self.keeper: ProfileKeeper | None = None
        self._loader: PackLoader | None = None

        self.hint = Banner()  # its text and when it shows: qt/start_hint.py
        self.hint.setAccessibleName(self.tr("Getting started"))
        self.hint.hide()
        self.reload_bar = Banner()
        self.reload_bar.setAccessibleName(self.tr("Pack changed on disk"))
        self.reload_bar.action.clicked.connect(self.reload_pack)
        self.reload_bar.hide()
        self.loading = QLabel(self.tr("Opening the career pack…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setAccessibleName(self.tr("Loading"))
        central = QWidget()
        self._column = QVBoxLayout(central)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(self.reload_bar)
        self._column.addWidget(self.hint)
        self._column.addWidget(self.loading, 1)
        self.setCentralWidget(central)

        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.skills_dock = self._dock(self.tr("Skills"), "SkillsDock", left)
        self.plan_dock = self._dock(self.tr("Plan"), "PlanDock", right)
        self.role_dock = self._dock(self.tr("Role details"), "RoleDock", right)
        self.tabifyDockWidget(self.plan_dock, self.role_dock)
        self.plan_dock.raise_()

        self._build_actions()
        self.watcher = PackWatcher(self)
        self.watcher.changed.connect(self._pack_changed_on_disk)
        if session is not None:
            self.attach(session)

    def attach(self, session: Session) -> None:
        """Fill the frame with the panels for this session (once)."""
        from pathfinder.qt.graph_view import GraphView
        from pathfinder.qt.plan_panel import PlanPanel
        from pathfinder.qt.role_panel import RolePanel
        from pathfinder.qt.skills_panel import SkillsPanel

        self.session = session
        self.graph = GraphView(session)
        self._column.replaceWidget(self.loading, self.graph)
        self.loading.deleteLater()
        self.skills_panel = SkillsPanel(session)
        self.plan_panel = PlanPanel(session)
        self.role_panel = RolePanel(session)
        self.skills_dock.setWidget(self.skills_panel)
        self.plan_dock.setWidget(self.plan_panel)
        self.role_dock.setWidget(self.role_panel)

        stack = session.undo_stack
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        for action in self._needs_pack:
            action.setEnabled(True)

        self.watcher.watch(session.pack_path)
        self.graph.compareRequested.connect(self.compare)
        self.role_panel.compareRequested.connect(self.compare)
        session.packChanged.connect(self._update_title)
        session.rolesChanged.connect(self._on_roles_changed)
        session.selectionChanged.connect(self._on_selection)
        self.start_hint = StartHint(self.hint, session, self)
        self._update_title()
        self.statusBar().showMessage(self.tr("Ready"), 3000)

    # ----- building ---------------------------------------------------------------------------

    def _dock(self, title: str, name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)  # saveState() needs names to restore the layout
        waiting = QLabel(self.tr("Loading…"))
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        dock.setWidget(waiting)
        dock.setAccessibleName(title)
        self.addDockWidget(area, dock)
        return dock

    def _undo_text(self, text: str) -> None:
        full = self.tr("&Undo %1").replace("%1", text) if text else self.tr("&Undo")
        self.undo_action.setText(full)  # the Edit menu says what will be undone
        self.undo_action.setToolTip(full.replace("&", ""))

    def _redo_text(self, text: str) -> None:
        full = self.tr("&Redo %1").replace("%1", text) if text else self.tr("&Redo")
        self.redo_action.setText(full)
        self.redo_action.setToolTip(full.replace("&", ""))

    def _action(
        self, text: str, slot: object, shortcut: QKeySequence | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = self.file_menu = bar.addMenu(self.tr("&File"))
        self.open_action = self._action(
            self.tr("&Open pack…"), self.open_pack_dialog, QKeySequence.StandardKey.Open
        )
        self.reload_action = self._action(self.tr("&Reload pack"), self.reload_pack, "Ctrl+R")
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.reload_action)
        self.file_menu_end = file_menu.addSeparator()  # profile and export actions go above
        file_menu.addAction(
            self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        )

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        # The toolbar buttons keep a short label (the full text would make the toolbar jump on
        # every tick); their tooltips and the Edit menu say what will be undone.
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action.setIconText(self.tr("Redo"))
        for action in (self.undo_action, self.redo_action):
            action.setEnabled(False)
            edit_menu.addAction(action)
            self.addAction(action)

        view_menu = self.view_menu = bar.addMenu(self.tr("&View"))
        self.find_action = self._action(
            self.tr("&Find role or skill…"), self.focus_search, QKeySequence.StandardKey.Find
        )
        zoom_in = self._action(
            self.tr("Zoom &in"), lambda: self.graph.zoom_in(), QKeySequence.StandardKey.ZoomIn
        )
        zoom_in.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        zoom_out = self._action(
            self.tr("Zoom &out"), lambda: self.graph.zoom_out(), QKeySequence.StandardKey.ZoomOut
        )
        fit = self._action(self.tr("&Fit graph to window"), lambda: self.graph.fit_all(), "Ctrl+0")
        for action in (self.find_action, zoom_in, zoom_out, fit):
            view_menu.addAction(action)
        view_menu.addSeparator()
        for dock in (self.skills_dock, self.plan_dock, self.role_dock):
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addSeparator()
        self.presentation_action = self._action(
            self.tr("&Presentation mode"), self.toggle_presentation, "F11"
        )
        self.presentation_action.setCheckable(True)
        view_menu.addAction(self.presentation_action)

        tools_menu = bar.addMenu(self.tr("&Tools"))
        self.compare_action = self._action(
            self.tr("&Compare roles…"), lambda: self.compare(None), "Ctrl+K"
        )
        tools_menu.addAction(self.compare_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&How to use Pathfinder"), self.show_help, "F1"))
        help_menu.addAction(self._action(self.tr("&About Pathfinder"), self.show_about))

        toolbar = QToolBar(self.tr("Search and view"))
        toolbar.setObjectName("MainToolbar")
        toolbar.setMovable(False)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a role or skill (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Find a role or skill"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(360)
        self.search.returnPressed.connect(self.run_search)
        toolbar.addWidget(self.search)
        toolbar.addSeparator()
        for action in (zoom_out, zoom_in, fit):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        toolbar.addAction(self.compare_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        # Until a pack is loaded these have nothing to act on.
        self._needs_pack = [
            self.reload_action,
            self.find_action,
            zoom_in,
            zoom_out,
            fit,
            self.compare_action,
        ]
        for action in self._needs_pack:
            action.setEnabled(False)
        self.search.setEnabled(False)

    def _refresh_completer(self) -> None:
        catalog = self.session.catalog
        words = sorted(
            {r.name for r in catalog.roles} | {s.name for s in catalog.skills}, key=str.casefold
        )
        completer = QCompleter(words, self.search)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(lambda text: self.run_search(text))
        self.search.setCompleter(completer)
        self.search.setEnabled(True)

    # ----- reacting ---------------------------------------------------------------------------

    def _update_title(self) -> None:
        self.update_title()
        self._refresh_completer()

    def update_title(self) -> None:
        """ "Ada — AI & ML careers — Pathfinder": whose plan and which pack, at a glance."""
        # The product name is a bootcamp's own in a branded build (branding.py).
        names = [self.session.catalog.name, current_branding().name]
        template = self.tr("%1 — %2")
        if self.learner_name:
            names.insert(0, self.learner_name)
            template = self.tr("%1 — %2 — %3")
        # A name with direction marks is isolated (FSI ... PDI): an unclosed U+202E in a
        # pack's name must not reverse the text after it. One pass, so a "%2" typed in a name
        # stays as typed.
        names = [f"\u2068{n}\u2069" if _BIDI.search(n) else n for n in names]
        self.setWindowTitle(re.sub(r"%([1-3])", lambda m: names[int(m.group(1)) - 1], template))

    def _on_roles_changed(self) -> None:
        if self.session.target_role:
            self.plan_dock.raise_()

    def _on_selection(self, role: str) -> None:
        if role and not self.role_dock.isHidden():
            self.role_dock.raise_()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def run_search(self, text: str | None = None) -> None:
        query = (text if isinstance(text, str) else self.search.text()).strip()
        if not query:
            return
        found = self.graph.find(query)
        if found is None:
            self.statusBar().showMessage(self.tr("Nothing matches “%1”").replace("%1", query), 4000)
        elif found.kind == "skill":
            # The graph centred on a role that needs it; the skill itself is in the list.
            self.skills_panel.show_skill(found.ident)
            catalog, role = self.session.catalog, self.session.selected_role
            self.statusBar().showMessage(
                self.tr("%1 is a skill: shown in the Skills list, and %2 needs it")
                .replace("%1", catalog.skill_by_id[found.ident].name)
                .replace("%2", catalog.role_by_id[role].name if role else "—"),
                6000,
            )

    def compare(self, role: str | None) -> None:
        from pathfinder.qt.compare_dialog import CompareDialog  # not needed for the first paint

        dialog = CompareDialog(self.session, role or self.session.selected_role, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    # ----- packs ------------------------------------------------------------------------------

    def open_pack_dialog(self) -> None:
        pack_path = self.session.pack_path if hasattr(self, "session") else None
        start = str(pack_path.parent) if pack_path else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open career pack"), start, self.tr("Career packs (*.yaml *.yml)")
        )
        if path:
            self.open_pack(Path(path))

    @property
    def loader(self) -> PackLoader:
        """Reads big packs in the background (made on first use: not needed to first paint)."""
        if self._loader is None:
            from pathfinder.qt.pack_loader import PackLoader

            self._loader = PackLoader(self)
        return self._loader

    def open_pack(self, path: Path) -> bool:
        """Load a pack; an invalid one is explained and the current pack stays loaded.
        A big pack is read in the background with progress: True then means "on its way"."""
        from pathfinder.io.packs import PackError, load_pack
        from pathfinder.qt.pack_loader import loads_in_background

        if loads_in_background(path):
            self.loader.load(path, lambda catalog, error: self.use_pack(path, catalog, error))
            return True
        try:
            catalog = load_pack(path)
        except PackError as exc:
            self.use_pack(path, None, exc)
            return False
        self.use_pack(path, catalog, None)
        return True

    def use_pack(self, path: Path, catalog: Catalog | None, error: PackError | None) -> None:
        """Show a pack just read, or explain why it cannot be (nothing if cancelled)."""
        if error is not None:
            self.show_pack_errors(str(path), error)
        if catalog is None:
            return
        if hasattr(self, "session"):
            self.session.replace_catalog(catalog, path)
        else:  # the pack given at start-up was broken: this is the first one that opens
            from pathfinder.qt.session import Session

            self.attach(Session(catalog, path))
        self.watcher.watch(path)
        self.reload_bar.hide()
        self.graph.fit_all()
        self.statusBar().showMessage(
            self.tr("Opened %1: %2 roles, %3 skills")
            .replace("%1", catalog.name)
            .replace("%2", str(len(catalog.roles)))
            .replace("%3", str(len(catalog.skills))),
            5000,
        )

    def show_pack_errors(self, path: str, error: PackError) -> None:
        from pathfinder.qt.pack_errors_dialog import PackErrorsDialog

        dialog = PackErrorsDialog(path, error, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.last_error_dialog = dialog

    def reload_pack(self) -> None:
        if hasattr(self, "session") and self.session.pack_path is not None:
            self.open_pack(self.session.pack_path)

    def _pack_changed_on_disk(self, path: str) -> None:
        self.reload_bar.show_message(
            self.tr("The pack file %1 changed on disk.").replace("%1", Path(path).name),
            self.tr("Reload"),
        )

    def _accepts(self, local: str) -> bool:
        lowered = local.lower()
        return lowered.endswith(PACK_SUFFIXES) or (
            self.profile_dropped is not None and lowered.endswith(PROFILE_SUFFIXES)
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(self._accepts(url.toLocalFile()) for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            local = url.toLocalFile()
            if not self._accepts(local):
                continue
            event.acceptProposedAction()
            if local.lower().endswith(PACK_SUFFIXES):
                self.open_pack(Path(local))
            elif self.profile_dropped is not None:
                self.profile_dropped(Path(local))
            return

    # ----- help and lifetime -------------------------------------------------------------------

    def show_help(self) -> None:
        QMessageBox.information(
            self,
            self.tr("How to use Pathfinder"),
            self.tr(
                "1. Tick the skills you already have in the Skills panel (click again for "
                "“learning”).\n2. Pick your current role and the role you want in the Plan "
                "panel, or double-click a role in the graph to make it your target.\n3. The "
                "highlighted path shows the moves; the Plan panel lists the skills to learn, "
                "in order, with hours and a finish date at your pace.\n\nRight-click a role "
                "for more, Ctrl+F finds a role or skill, Ctrl+Z undoes."
            ),
        )

    def show_about(self) -> None:
        if not hasattr(self, "session"):
            return
        catalog = self.session.catalog
        QMessageBox.about(
            self,
            self.tr("About Pathfinder"),
            self.tr(
                "Pathfinder %1 — an offline career-path explorer.\n\nPack: %2 (version %3). "
                "Pathfinder never connects to the network."
            )
            .replace("%1", __version__)
            .replace("%2", catalog.name)
            .replace("%3", catalog.version),
        )

    def restore_layout(self, settings: QSettings) -> None:
        geometry = settings.value("window/geometry")
        state = settings.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def toggle_presentation(self) -> None:
        """F11: full screen, bigger text and thicker lines for a projector; the role details
        dock steps aside so the graph and the plan get the room."""
        from PySide6.QtWidgets import QApplication

        on = not self.isFullScreen()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        if on:
            self._normal_font = app.font()
            self._normal_state = self.saveState()
            bigger = app.font()
            bigger.setPointSizeF(bigger.pointSizeF() * 1.35)
            app.setFont(bigger)
            self.role_dock.hide()
            self.showFullScreen()
            # Once the full-screen size is known, give the graph at least half the width:
            # the bigger text would otherwise let the docks squeeze the picture everyone looks at.
            QTimer.singleShot(0, self._arrange_for_projector)
        else:
            app.setFont(self._normal_font)
            self.showNormal()
            self.restoreState(self._normal_state)
        self.presentation_action.setChecked(on)
        if hasattr(self, "graph"):
            self.graph.set_presentation(on)

    def _arrange_for_projector(self) -> None:
        width = self.width()
        docks = [d for d in (self.skills_dock, self.plan_dock) if d.isVisible()]
        share = {self.skills_dock: 0.2, self.plan_dock: 0.27}
        self.resizeDocks(docks, [int(width * share[d]) for d in docks], Qt.Orientation.Horizontal)
        if hasattr(self, "graph"):
            self.graph.fit_all()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.firstPainted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.may_close is not None and not self.may_close():
            event.ignore()
            return
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        super().closeEvent(event)
