"""The explorer window: graph in the middle, skills on the left, plan and role details right."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from pathfinder.branding import current as current_branding
from pathfinder.qt.widgets.banner import Banner
from pathfinder.qt.window import pack_opening
from pathfinder.qt.window.menus import build_menus, redo_text, undo_text
from pathfinder.qt.window.pack_watch import PackWatcher
from pathfinder.qt.window.start_hint import StartHint

if TYPE_CHECKING:
    from pathfinder.core.catalog import Catalog
    from pathfinder.io.packs import PackError
    from pathfinder.qt.graph.search import Match
    from pathfinder.qt.graph.view import GraphView
    from pathfinder.qt.plan.panel import PlanPanel
    from pathfinder.qt.profiles.keeper import ProfileKeeper
    from pathfinder.qt.roles.role_panel import RolePanel
    from pathfinder.qt.skills.panel import SkillsPanel
    from pathfinder.qt.state.session import Session
    from pathfinder.qt.widgets.search_box import SearchBox
    from pathfinder.qt.window.pack_errors_dialog import PackErrorsDialog
    from pathfinder.qt.window.pack_loader import PackLoader
    from pathfinder.qt.window.presentation import Presentation


_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


class ProfileFeature(Protocol):
    """What the window asks of the profiles feature (qt/profiles/profile_ui.py)."""

    keeper: ProfileKeeper

    def may_close(self) -> bool:
        """False keeps the window open (a learner's change could not be saved)."""
        ...

    def import_file(self, path: Path) -> bool:
        """Import a profile file dropped on the window."""
        ...


class MainWindow(QMainWindow):
    """Built in two steps so the window paints before the pack is read: the frame (menus,
    docks, a "loading" page) at once, then `attach(session)` fills it with the panels."""

    firstPainted = Signal()  # the frame is on screen: time to read the pack

    session: Session
    graph: GraphView
    skills_panel: SkillsPanel
    plan_panel: PlanPanel
    role_panel: RolePanel
    # Made by build_menus (qt/window/menus.py).
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
    last_error_dialog: PackErrorsDialog  # the last pack explained (pack_opening.py)

    def __init__(self, session: Session | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.setWindowTitle(current_branding().name)
        self.setAcceptDrops(True)
        self.resize(1280, 800)
        self._painted = False
        self.learner_name: str | None = None
        # Until attach() the window is an empty frame: the pack is read after the first paint.
        self.attached = False
        self.search_box: SearchBox | None = None  # made when the pack is in (find box)
        self.presentation: Presentation | None = None  # made on the first F11
        # The learner's profiles, once plugged in (plug_in_profiles): the one way a feature
        # joins the window's lifetime (closing, dropped files) instead of setting attributes.
        self.profiles: ProfileFeature | None = None
        self._loader: PackLoader | None = None

        self.hint = Banner()  # its text and when it shows: qt/window/start_hint.py
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
        # The learner's route alone, large (route_view.py); the graph's step markers open it.
        self.route_dock = self._dock(self.tr("Route"), "RouteDock", right)
        self.tabifyDockWidget(self.role_dock, self.route_dock)
        self.plan_dock.raise_()

        build_menus(self)  # qt/window/menus.py
        self.watcher = PackWatcher(self)
        self.watcher.changed.connect(self._pack_changed_on_disk)
        if session is not None:
            self.attach(session)

    def attach(self, session: Session) -> None:
        """Fill the frame with the panels for this session (once)."""
        from pathfinder.qt.graph.view import GraphView
        from pathfinder.qt.plan.panel import PlanPanel
        from pathfinder.qt.plan.route_view import RouteView
        from pathfinder.qt.roles.role_panel import RolePanel
        from pathfinder.qt.skills.panel import SkillsPanel

        self.session = session
        self.attached = True
        self.graph = GraphView(session)
        self._column.replaceWidget(self.loading, self.graph)
        self.loading.deleteLater()
        self.skills_panel = SkillsPanel(session)
        self.plan_panel = PlanPanel(session)
        self.role_panel = RolePanel(session)
        self.skills_dock.setWidget(self.skills_panel)
        self.plan_dock.setWidget(self.plan_panel)
        self.role_dock.setWidget(self.role_panel)
        self.route_view = RouteView(session)
        self.route_dock.setWidget(self.route_view)
        self.graph.routeRequested.connect(self.show_route)

        stack = session.undo_stack
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        from pathfinder.qt.state.undo_feedback import UndoFeedback

        self.undo_feedback = UndoFeedback(self, self)  # after the stack's own slots: see its module
        for action in self._needs_pack:
            action.setEnabled(True)

        self.watcher.watch(session.pack_path)
        self.graph.compareRequested.connect(self.compare)
        self.role_panel.compareRequested.connect(self.compare)
        session.packChanged.connect(self._update_title)
        session.rolesChanged.connect(self._on_roles_changed)
        session.selectionChanged.connect(self._on_selection)
        self.start_hint = StartHint(self.hint, session, self)
        from pathfinder.qt.window.dock_widths import widen_skills_panel

        widen_skills_panel(self)  # names whole where the window has room (dock_widths.py)
        from pathfinder.qt.outline.keyboard_access import KeyboardAccess

        self.keyboard = KeyboardAccess(self)  # F6 round, Tab order, the map and route as text
        self._update_title()
        self.statusBar().showMessage(self.tr("Ready"), 3000)

    def plug_in_profiles(self, profiles: ProfileFeature) -> None:
        """The learner's profiles join the window: asked before it closes, given the profile
        files dropped on it, and the keeper the crash report and the plan export save through."""
        self.profiles = profiles

    @property
    def keeper(self) -> ProfileKeeper | None:
        """The open profile's keeper, when profiles are plugged in."""
        return self.profiles.keeper if self.profiles is not None else None

    # ----- building ---------------------------------------------------------------------------

    # Slots, not partials: Qt drops a bound method's connection when the window goes away.
    def _undo_text(self, text: str) -> None:
        undo_text(self, text)

    def _redo_text(self, text: str) -> None:
        redo_text(self, text)

    def _dock(self, title: str, name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)  # saveState() needs names to restore the layout
        waiting = QLabel(self.tr("Loading…"))
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        dock.setWidget(waiting)
        dock.setAccessibleName(title)
        self.addDockWidget(area, dock)
        return dock

    def _refresh_completer(self) -> None:
        if self.search_box is None:
            from pathfinder.qt.widgets.search_box import SearchBox

            self.search_box = SearchBox(self)  # suggestions that say role or skill
        self.search.setEnabled(True)

    # ----- reacting ---------------------------------------------------------------------------

    def _update_title(self) -> None:
        self.update_title()
        self._refresh_completer()

    def update_title(self) -> None:
        """ "Ada — AI & ML careers — Pathfinder": whose plan and which pack, at a glance."""
        # The product name is a bootcamp's own in a branded build (branding.py).
        names = [self.learner_name or "", self.session.catalog.name, current_branding().name]
        template = self.tr("{pack} — {program}")
        if self.learner_name:
            template = self.tr("{learner} — {pack} — {program}")
        # A name with direction marks is isolated (FSI ... PDI): an unclosed U+202E in a
        # pack's name must not reverse the text after it. Filled in one pass, so a "%2" or
        # "{x}" typed in a name stays as typed.
        learner, pack, program = (f"\u2068{n}\u2069" if _BIDI.search(n) else n for n in names)
        self.setWindowTitle(template.format(learner=learner, pack=pack, program=program))
        if self.attached:
            self.route_view.set_learner(self.learner_name)

    def show_route(self, role: str | None = None) -> None:
        """Bring the route view forward, at the station of `role` if given."""
        self.route_dock.show()
        self.route_dock.raise_()
        if role:
            self.route_view.show_step(role)

    def _on_roles_changed(self) -> None:
        if self.session.target_role:
            self.plan_dock.raise_()

    def _on_selection(self, role: str) -> None:
        searching = self.search_box is not None and self.search_box.searching
        if role and not self.role_dock.isHidden() and not searching:
            self.role_dock.raise_()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def run_search(self, text: str | None = None) -> None:
        query = (text if isinstance(text, str) else self.search.text()).strip()
        if not query:
            return
        if self.search_box is None or self.search_box.run(query) is None:
            self.statusBar().showMessage(
                self.tr("Nothing matches “{query}”").format(query=query), 4000
            )

    def search_found(self, found: Match) -> None:
        """What a search found: a skill is also shown in the Skills list."""
        if found.kind == "skill":
            # The graph centred on a role that needs it; the skill itself is in the list.
            self.skills_panel.show_skill(found.ident)
            catalog, role = self.session.catalog, self.session.selected_role
            self.statusBar().showMessage(
                self.tr("{skill} is a skill: shown in the Skills list, and {role} needs it").format(
                    skill=catalog.skill_by_id[found.ident].name,
                    role=catalog.role_by_id[role].name if role else "—",
                ),
                6000,
            )

    def compare(self, role: str | None) -> None:
        from pathfinder.qt.roles.compare_dialog import (
            CompareDialog,  # not needed for the first paint
        )

        dialog = CompareDialog(self.session, role or self.session.selected_role, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    # ----- packs ------------------------------------------------------------------------------

    def open_pack_dialog(self) -> None:
        pack_opening.open_pack_dialog(self)

    @property
    def loader(self) -> PackLoader:
        """Reads big packs in the background (made on first use: not needed to first paint)."""
        if self._loader is None:
            from pathfinder.qt.window.pack_loader import PackLoader

            self._loader = PackLoader(self)
        return self._loader

    def open_pack(self, path: Path) -> bool:
        """Load a pack (qt/window/pack_opening.py); True when it opened or is on its way."""
        return pack_opening.open_pack(self, path)

    def use_pack(self, path: Path, catalog: Catalog | None, error: PackError | None) -> None:
        pack_opening.use_pack(self, path, catalog, error)

    def show_pack_errors(self, path: str, error: PackError) -> None:
        pack_opening.show_pack_errors(self, path, error)

    def reload_pack(self) -> None:
        pack_opening.reload_pack(self)

    def _pack_changed_on_disk(self, path: str) -> None:
        pack_opening.pack_changed_on_disk(self, path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        pack_opening.drag_enter(self, event)

    def dropEvent(self, event: QDropEvent) -> None:
        pack_opening.drop(self, event)

    # ----- help and lifetime -------------------------------------------------------------------

    def show_help(self) -> None:
        """F1: the getting-started page (help_page.py), which can show a sample route."""
        if not self.attached:
            return
        from pathfinder.qt.window.help_page import HelpPage

        dialog = HelpPage(self, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.help_page = dialog

    def show_about(self) -> None:
        if not self.attached:
            return
        from pathfinder.qt.window.about_dialog import AboutDialog

        self.about_dialog = AboutDialog(self.session.catalog, self)
        self.about_dialog.open()

    def restore_layout(self, settings: QSettings) -> None:
        geometry = settings.value("window/geometry")
        state = settings.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def toggle_presentation(self) -> None:
        """F11: full screen for a projector, the map and the route large (presentation.py)."""
        if not self.attached:
            self.presentation_action.setChecked(False)
            return
        if self.presentation is None:
            from pathfinder.qt.window.presentation import Presentation

            self.presentation = Presentation(self)
        self.presentation.toggle()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.firstPainted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.profiles is not None and not self.profiles.may_close():
            event.ignore()
            return
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        super().closeEvent(event)
