"""Starting the window: paint the frame first, then read the pack (--snapshot: snapshot.py)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from pathfinder.branding import current as current_branding
from pathfinder.paths import builtin_pack, resources_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from pathfinder.core.catalog import Catalog
    from pathfinder.io.packs import PackError
    from pathfinder.qt.state.session import Session
    from pathfinder.qt.window.main_window import MainWindow


def open_window(args: argparse.Namespace) -> int:
    """Open Pathfinder's window. Returns the exit code."""
    from pathfinder.qt.window.display_check import display_problem

    problem = display_problem()
    if problem:
        print(f"pathfinder: cannot open the window: {problem}", file=sys.stderr)
        return 1

    from PySide6.QtCore import QSettings, QTimer

    from pathfinder.qt.window.language_menu import LanguageMenu
    from pathfinder.qt.window.main_window import MainWindow

    app = application(args)
    window = MainWindow()
    window.restore_layout(QSettings())
    LanguageMenu(window.view_menu, window.statusBar(), window)
    # Read and check the pack once the frame is on screen, so the learner sees Pathfinder at
    # once; the fallback covers a window that starts minimised and is never painted.
    started = False
    crash_report = None

    def start() -> None:
        nonlocal started, crash_report
        if not started:
            started = True
            # Installed once the frame is painted (its imports cost a few percent of start-up)
            # and before the pack is read: from here on an error is saved, logged and told.
            from pathfinder.qt.window.crash_report import install as install_crash_report

            crash_report = install_crash_report(window)
            _start(window, args)

    if getattr(args, "quit_after_first_paint", False):
        # The start-up benchmark of the frozen program (tests/benchmarks/test_frozen_bench.py):
        # say when the first paint happened and stop there, reading nothing and saving nothing.
        def report() -> None:
            nonlocal started
            started = True
            print(f"first paint {time.time():.6f}", flush=True)
            app.exit(0)

        window.firstPainted.connect(report)
    window.firstPainted.connect(lambda: QTimer.singleShot(0, start))
    QTimer.singleShot(1000, start)
    _close_on_terminate(window)
    window.show()
    try:
        return app.exec()
    finally:
        if crash_report is not None:
            crash_report.uninstall()


def _close_on_terminate(window: MainWindow) -> None:
    """SIGTERM (a logout, `kill`, a service manager) writes the pending change first.

    Python runs a signal handler only when it gets control, so a timer hands it control a
    few times a second while Qt's loop runs; the handler saves, then ends the program.
    """
    import signal

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def terminate(_signum: int, _frame: object) -> None:
        keeper = window.keeper
        if keeper is not None:
            keeper.save_now()
        code = 128 + signal.SIGTERM
        QApplication.exit(code)
        # A signal that came before the loop started: end the loop as soon as it runs.
        QTimer.singleShot(0, lambda: QApplication.exit(code))

    signal.signal(signal.SIGTERM, terminate)
    tick = QTimer(window)
    tick.timeout.connect(lambda: None)
    tick.start(100)


def application(args: argparse.Namespace) -> QApplication:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from pathfinder.qt.widgets.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    brand = current_branding()
    # Settings and profiles stay in Pathfinder's folders; a branded build only changes what
    # the learner sees: the name, the icon and the .desktop entry the window belongs to.
    app.setOrganizationName("Pathfinder")
    app.setApplicationName("Pathfinder")
    app.setApplicationDisplayName(brand.name)
    app.setDesktopFileName(brand.id)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / brand.icon)))
    apply_theme(app, args.theme)
    # Before any window text is made: each part says its words when it is built.
    from PySide6.QtCore import QSettings

    from pathfinder.qt.widgets import language

    language.current.install(language.chosen_language(QSettings(), getattr(args, "lang", None)))
    return app


def _start(window: MainWindow, args: argparse.Namespace) -> None:
    from pathfinder.io.packs import PackError, load_pack
    from pathfinder.qt.window.pack_loader import loads_in_background

    path: Path = args.pack or builtin_pack()
    if loads_in_background(path):  # a big pack: the window shows progress meanwhile
        window.loader.load(path, lambda catalog, error: _started(window, args, catalog, error))
        return
    try:
        catalog = load_pack(path)
    except PackError as exc:
        _started(window, args, None, exc)
    else:
        _started(window, args, catalog, None)


def _started(
    window: MainWindow, args: argparse.Namespace, catalog: Catalog | None, error: PackError | None
) -> None:
    from pathfinder.qt.window.first_draw import painting_held, settle

    path: Path = args.pack or builtin_pack()
    if catalog is None:
        if error is not None:
            print(error, file=sys.stderr)
        # Show what is wrong (or, if the learner cancelled reading a big pack, nothing), and
        # still open the built-in pack so the window is useful (with the learner's profile,
        # so nothing they tick there is lost).
        opened = args.pack is not None and window.open_pack(builtin_pack())
        if error is not None:
            window.show_pack_errors(str(path), error)
        if not opened:
            return
    # Nothing painted until the filled window has settled: then once, as it will stay.
    with painting_held(window):
        if catalog is not None:
            window.attach(session_for(catalog, path))
        _fill(window, args)
        settle(window.graph)


def _fill(window: MainWindow, args: argparse.Namespace) -> None:
    """The learner's profile, the plan's export, and --have/--from/--to on the new session."""
    from pathfinder.core.planner import UnknownIdError

    _open_profile(window, getattr(args, "win_profile", None))
    from pathfinder.qt.plan.export_ui import PlanExportUi

    PlanExportUi(window)
    try:
        apply_start_state(window.session, args)
    except UnknownIdError as exc:
        print(f"pathfinder: {exc}", file=sys.stderr)
        window.statusBar().showMessage(str(exc), 8000)


def first_profile_name() -> str:
    """The name of the profile made on the very first start, in the learner's language."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Startup", "My profile")


def _open_profile(window: MainWindow, requested: Path | None) -> None:
    """The learner's profile: the one asked for, else the last one, else a new one."""
    from PySide6.QtCore import QCoreApplication, QSettings, Qt

    from pathfinder.core.profile import Profile
    from pathfinder.io.profiles import ProfileError, ProfileStore
    from pathfinder.qt.profiles.keeper import ProfileKeeper
    from pathfinder.qt.profiles.profile_ui import ProfileUi, last_profile
    from pathfinder.qt.widgets.plain_message import plain_box

    session = window.session
    store = ProfileStore()
    keeper = ProfileKeeper(session, store, window)
    candidates = [requested] if requested is not None else []
    last = last_profile(QSettings())
    if last is not None:
        candidates.append(last)
    for path in candidates:
        if not path.exists():
            continue
        try:
            keeper.open(path)
            break
        except ProfileError as exc:
            print(f"pathfinder: {exc}", file=sys.stderr)
            if path == requested:  # told without a nested event loop: start-up goes on
                box = plain_box(
                    window, QCoreApplication.translate("Startup", "Profile not opened"), str(exc)
                )
                box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                box.open()
    else:
        if requested is not None and not requested.exists():
            message = QCoreApplication.translate("Startup", "{file}: no such profile file").format(
                file=requested
            )
            print(f"pathfinder: {message}", file=sys.stderr)
            window.statusBar().showMessage(message, 8000)
        try:
            keeper.open(store.ensure_first(first_profile_name(), session.catalog.id).path)
        except ProfileError as exc:
            # A full or read-only disk: the learner works as usual, the profile is written
            # once the folder takes files again, and they are told (ProfileUi, below).
            print(f"pathfinder: {exc}", file=sys.stderr)
            keeper.open_unwritten(Profile(name=first_profile_name(), pack=session.catalog.id))
            keeper.save_now()
    ui = ProfileUi(window, keeper)
    if keeper.failing:
        ui.told_at_start(keeper.failing)


def session_for(catalog: Catalog, path: Path) -> Session:
    from PySide6.QtCore import QLocale

    from pathfinder.core.languages import in_language
    from pathfinder.qt.state.session import Session

    # The pack's names in the learner's language: the application's locale (the system's,
    # unless the language menu set another), falling back to the pack's own.
    return Session(in_language(catalog, QLocale().name()), path)


def apply_start_state(session: Session, args: argparse.Namespace) -> None:
    """--have, --from and --to: edits of what they name, and only that, each one undoable
    (the learner's profile is open: a flag must not rewrite what it does not name)."""
    from PySide6.QtCore import QCoreApplication

    from pathfinder.core.planner import check_ids
    from pathfinder.qt.state import commands
    from pathfinder.qt.state.session import SkillState

    # `is not None`: `--from ''` is an unknown role, as on the command line, not "no role".
    roles = [r for r in (args.win_from, args.win_to) if r is not None]
    check_ids(session.catalog, roles=roles, skills=args.win_have or [])
    have = {s: SkillState.HAVE for s in args.win_have or [] if s not in session.have}
    if have:
        names = ", ".join(session.catalog.skill_by_id[s].name for s in have)
        text = QCoreApplication.translate("commands", "Start with {skills}").format(skills=names)
        session.undo_stack.push(commands.SetSkillStates(session, have, text))
    if args.win_from is not None:
        commands.set_current_role(session, args.win_from)
    if args.win_to is not None:
        commands.set_target_role(session, args.win_to)
