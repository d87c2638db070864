"""Starting the window: the application object, the first view and `--snapshot`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from pathfinder.core.catalog import Catalog
from pathfinder.core.planner import UnknownIdError, check_ids
from pathfinder.io.packs import PackError, load_pack
from pathfinder.paths import builtin_pack, resources_dir

EXIT_USAGE = 2


def open_window(args: argparse.Namespace) -> int:
    """Open Pathfinder (or render it to a PNG with --snapshot). Returns the exit code."""
    path: Path = args.pack or builtin_pack()
    try:
        catalog = load_pack(path)
        _check_start_ids(catalog, args)
    except PackError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    except UnknownIdError as exc:
        print(f"pathfinder: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.snapshot and not os.environ.get("QT_QPA_PLATFORM"):
        # A snapshot needs no screen: render offscreen so it works over ssh and in CI.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from pathfinder.qt.main_window import MainWindow
    from pathfinder.qt.session import Session, SkillState
    from pathfinder.qt.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("Pathfinder")
    app.setApplicationName("Pathfinder")
    app.setDesktopFileName("pathfinder")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "pathfinder.svg")))
    apply_theme(app, args.theme)

    session = Session(catalog, path)
    if args.win_have:
        session.apply_skill_states({s: SkillState.HAVE for s in args.win_have})
    if args.win_from or args.win_to:
        session.apply_roles(args.win_from, args.win_to)
    session.undo_stack.clear()  # the starting state is not an edit to undo

    window = MainWindow(session)
    if args.snapshot:
        return _snapshot(app, window, Path(args.snapshot), args.size or (1280, 800))
    window.restore_layout(QSettings())
    window.show()
    QTimer.singleShot(0, window.graph.fit_all)
    return app.exec()


def _check_start_ids(catalog: Catalog, args: argparse.Namespace) -> None:
    roles = [r for r in (args.win_from, args.win_to) if r]
    check_ids(catalog, roles=roles, skills=args.win_have or [])


def _snapshot(app: object, window: object, out: Path, size: tuple[int, int]) -> int:
    from PySide6.QtWidgets import QApplication

    from pathfinder.qt.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.resize(*size)
    window.show()
    for _ in range(3):  # layout, then docks settle, then the graph paints
        QApplication.processEvents()
    window.graph.fit_all()
    QApplication.processEvents()
    image = window.grab()
    if not image.save(str(out), "PNG"):
        print(f"pathfinder: cannot write {out}", file=sys.stderr)
        return 1
    print(f"{out}: {image.width()}x{image.height()}")
    window.close()
    return 0
