"""`pathfinder --snapshot OUT.png`: the window as it would open, drawn once into a PNG.

Works without a screen (offscreen, over ssh, in CI) and never writes the learner's data: a
profile given with --profile is only read.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pathfinder.exit_codes import EXIT_USAGE
from pathfinder.paths import builtin_pack
from pathfinder.qt.app import application, apply_start_state, session_for

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from pathfinder.core.catalog import Catalog
    from pathfinder.qt.state.session import Session
    from pathfinder.qt.window.main_window import MainWindow


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
    session = session_for(catalog, path)
    name = None
    if getattr(args, "win_profile", None) is not None:
        # Imported only for a profile: a snapshot without one reads no profile code.
        from pathfinder.core.profile import switch_pack
        from pathfinder.io.profiles import load_profile
        from pathfinder.qt.profiles.keeper import show_profile

        profile = load_profile(args.win_profile)
        switch_pack(profile, catalog.id)  # this pack's roles, if the profile keeps several
        show_profile(session, profile)
        name = profile.name
    apply_start_state(session, args)
    return session, name


def snapshot(args: argparse.Namespace) -> int:
    """Draw the window into args.snapshot. Returns the exit code."""
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
    application(args)
    from pathfinder.io.profile_format import ProfileError
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
    # Not closed: closing saves the window's size and docks as the learner's own layout,
    # and a snapshot taken at --size must not change how their window next opens.
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
    """The window laid out, settled and painted once (first_draw.py), as a picture.

    On the offscreen platform (the default for a snapshot) the window is shown for real, since
    nothing reaches a screen, and the picture is the one painted into its backing store; on a
    real display it is laid out without being put on screen and grab() paints it."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from pathfinder.qt.window.first_draw import painting_held, settle

    offscreen = QGuiApplication.platformName() == "offscreen"
    if not offscreen:
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    with painting_held(window):  # held from before show(): nothing painted until settled
        window.show()
        settle(window.graph)
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
