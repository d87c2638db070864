"""Help › About names the version, the licence and who the copy is from; its Licences view shows
the notices file an installer carries (or, in a checkout, Pathfinder's own licence)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pathfinder import __version__
from pathfinder.branding import Branding
from pathfinder.qt.state.session import Session
from pathfinder.qt.window import about_dialog
from pathfinder.qt.window.about_dialog import AboutDialog
from pathfinder.qt.window.main_window import MainWindow

ACME = Branding(
    name="Acme Career Compass",
    id="acme-career-compass",
    pack="acme-career-compass.yaml",
    icon="acme-career-compass.png",
    vendor="Acme Coding School",
    contact="careers@acme.example",
    website="https://acme.example/careers",
    pack_license="CC BY-SA 4.0",
)


def _menu_action(window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.text().replace("&", "") == text:
                return action
    raise AssertionError(f"no menu item {text!r}")


def test_help_about_shows_version_licence_and_pack(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(session)
    qtbot.addWidget(window)
    _menu_action(window, "About Pathfinder").trigger()
    dialog = window.about_dialog
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.label.text()
    assert f"Pathfinder {__version__}" in text
    assert "MIT licence" in text
    assert f"Open pack: {session.catalog.name} (version {session.catalog.version})" in text
    assert "never connects to the network" in text
    dialog.licences_button.click()
    assert dialog.licences is not None
    qtbot.waitUntil(dialog.licences.isVisible)
    shown = dialog.licences.text.toPlainText()
    assert shown.startswith("MIT License")  # the checkout's LICENSE
    assert "THIRD-PARTY-NOTICES" in shown and "written when the installer is built" in shown
    dialog.licences.close()
    dialog.close()


def test_branded_about_says_who_it_is_from(
    qtbot,
    session: Session,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(about_dialog, "current", lambda: ACME)
    dialog = AboutDialog(session.catalog)
    qtbot.addWidget(dialog)
    text = dialog.label.text()
    assert dialog.windowTitle() == "About Acme Career Compass"
    assert text.startswith(f"Acme Career Compass {__version__}")
    assert f"Built on Pathfinder {__version__}." in text
    assert "From Acme Coding School (careers@acme.example) · https://acme.example/careers." in text
    assert "ships with is under: CC BY-SA 4.0." in text


def test_installed_copy_shows_its_notices_file(
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    program = tmp_path / "acme-career-compass"
    program.write_bytes(b"")
    notices = "Acme Career Compass 0.1.0: licences and notices\n--- Qt 6.11.3 ---\nLicence: LGPL"
    (tmp_path / "THIRD-PARTY-NOTICES").write_text(notices, encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    dialog = about_dialog.LicencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.text.toPlainText() == notices
    (tmp_path / "THIRD-PARTY-NOTICES").unlink()
    again = about_dialog.LicencesDialog()
    qtbot.addWidget(again)
    assert "THIRD-PARTY-NOTICES: cannot be read" in again.text.toPlainText()
