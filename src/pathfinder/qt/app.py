"""Starting the window: paint the frame first, then read the pack; and `--snapshot`."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from pathfinder.branding import current as current_branding
from pathfinder.exit_codes import EXIT_USAGE
from pathfinder.paths import builtin_pack, resources_dir

if TYPE_CHECKING:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from pathfinder.core.catalog import Catalog
    from pathfinder.io.packs import PackError
    from pathfinder.qt.state.session import Session
    from pathfinder.qt.window.main_window import MainWindow


def open_window(args: argparse.Namespace) -> int:
    """Open Pathfinder (or render it to a PNG with --snapshot). Returns the exit code."""
    if args.snapshot:
        return _snapshot(args)
    from pathfinder.qt.window.display_check import display_problem

    problem = display_problem()
    if problem:
        print(f"pathfinder: cannot open the window: {problem}", file=sys.stderr)
        return 1

    from PySide6.QtCore import QSettings, QTimer

    from pathfinder.qt.window.language_menu import LanguageMenu
    from pathfinder.qt.window.main_window import MainWindow

    app = _application(args)
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


def _application(args: argparse.Namespace) -> QApplication:
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
    from PySide6.QtCore import QTimer

    from pathfinder.core.planner import UnknownIdError

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
    else:
        window.attach(_session(catalog, path))
    session = window.session
    _open_profile(window, getattr(args, "win_profile", None))
    from pathfinder.qt.plan.export_ui import PlanExportUi

    PlanExportUi(window)
    try:
        _apply_start_state(session, args)
    except UnknownIdError as exc:
        print(f"pathfinder: {exc}", file=sys.stderr)
        window.statusBar().showMessage(str(exc), 8000)
    QTimer.singleShot(0, window.graph.fit_all)


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


def _session(catalog: Catalog, path: Path) -> Session:
    from PySide6.QtCore import QLocale

    from pathfinder.core.languages import in_language
    from pathfinder.qt.state.session import Session

    # The pack's names in the learner's language: the application's locale (the system's,
    # unless the language menu set another), falling back to the pack's own.
    return Session(in_language(catalog, QLocale().name()), path)


def _apply_start_state(session: Session, args: argparse.Namespace) -> None:
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


# What the offscreen platform says about window-manager features it lacks: true, and no
# concern of someone taking a snapshot.
_OFFSCREEN_NOTES = ("This plugin does not support",)


def _quiet_offscreen_notes() -> None:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if not message.startswith(_OFFSCREEN_NOTES):
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def snapshot_session(
    args: argparse.Namespace, catalog: Catalog, path: Path
) -> tuple[Session, str | None]:
    """What a snapshot shows: --profile's skills, roles and pace, then --have/--from/--to on
    top as the window applies them; and the learner's name (None without a profile).
    The profile is only read, never written. Raises ProfileError or UnknownIdError."""
    from pathfinder.core.profile import switch_pack
    from pathfinder.io.profiles import load_profile
    from pathfinder.qt.profiles.keeper import show_profile

    session = _session(catalog, path)
    name = None
    if getattr(args, "win_profile", None) is not None:
        profile = load_profile(args.win_profile)
        switch_pack(profile, catalog.id)  # this pack's roles, if the profile keeps several
        show_profile(session, profile)
        name = profile.name
    _apply_start_state(session, args)
    return session, name


def _snapshot(args: argparse.Namespace) -> int:
    from pathfinder.core.planner import UnknownIdError
    from pathfinder.io.pack_cache import load_pack_cached
    from pathfinder.io.packs import PackError, load_pack
    from pathfinder.qt.window.pack_loader import loads_in_background

    path: Path = args.pack or builtin_pack()
    try:  # a big pack through the cache, as the window reads it (without the thread)
        catalog = load_pack_cached(path).catalog if loads_in_background(path) else load_pack(path)
    except PackError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    if not os.environ.get("QT_QPA_PLATFORM"):
        # A snapshot needs no screen: render offscreen so it works over ssh and in CI.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _quiet_offscreen_notes()
    _application(args)
    from pathfinder.io.profiles import ProfileError
    from pathfinder.qt.window.main_window import MainWindow

    try:
        session, learner = snapshot_session(args, catalog, path)
    except (UnknownIdError, ProfileError) as exc:
        print(f"pathfinder: {exc}", file=sys.stderr)
        return EXIT_USAGE
    window = MainWindow(session)
    if learner is not None:
        window.learner_name = learner
        window.update_title()
    width, height = args.size or (1280, 800)
    window.resize(width, height)
    out = Path(args.snapshot)
    image = _drawn_once(window)
    window.close()
    # What the learner would read in the title bar, kept in the PNG (a tEXt chunk) for tests.
    image.setText("Title", window.windowTitle())
    try:
        _write_png(image, out)
    except OSError as exc:  # an output that cannot be written is bad input (docs/bad-input.md)
        print(
            f"pathfinder: {out}: cannot write the snapshot: {exc.strerror or exc}", file=sys.stderr
        )
        return EXIT_USAGE
    print(f"{out}: {image.width()}x{image.height()}")
    return 0


def _drawn_once(window: MainWindow) -> QImage:
    """The window laid out, settled and painted once, as a picture.

    Painting is held back while the layout and the docks settle and the map is fitted: each
    of those steps would otherwise repaint the whole window (three paints of every panel in
    all, a third of the snapshot's time). On the offscreen platform (the default for a
    snapshot) the window is shown for real, since nothing reaches a screen, and the picture is
    the one painted into its backing store; on a real display it is laid out without being put
    on screen and grab() paints it."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    offscreen = QGuiApplication.platformName() == "offscreen"
    if not offscreen:
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.setUpdatesEnabled(False)
    window.show()
    for _ in range(3):  # layout, then docks settle
        QApplication.processEvents()
    window.graph.fit_all()
    window.setUpdatesEnabled(True)
    if not offscreen:
        return window.grab().toImage()
    QApplication.processEvents()  # the one paint
    return window.screen().grabWindow(window.winId()).toImage()


def _write_png(image: object, out: Path) -> None:
    """Encode in memory, then write with Python: QImage.save() only says that it failed, and
    the learner should hear why (no such folder, permission denied, a folder of that name)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage

    assert isinstance(image, QImage)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # Quality 80 asks Qt's PNG writer for light compression: on a window's flat colours it
    # writes in about two thirds of the default's time, and the file came out no bigger.
    # (The stub says the format is bytes; PySide6 6.11 accepts only str here.)
    if not image.save(buffer, "PNG", 80):  # type: ignore[call-overload]
        raise OSError(f"the picture could not be encoded as PNG ({image.width()}x{image.height()})")
    buffer.close()
    out.write_bytes(data.data())
