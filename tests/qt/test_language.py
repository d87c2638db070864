"""The learner's language in the window: one translation point, and names kept as typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QDialogButtonBox
from tests.qt.conftest import start_args

from pathfinder.core import words
from pathfinder.qt.profiles.learner_panel import LearnerPanel
from pathfinder.qt.state.commands import set_current_role, set_target_role
from pathfinder.qt.widgets import language
from pathfinder.qt.window.language_menu import LanguageMenu
from pathfinder.qt.window.main_window import MainWindow
from pathfinder.qt.window.presentation import Presentation

TRICKY = "Ana %1 %2 {x}"


def test_a_name_with_percent_signs_and_braces_shows_as_typed(
    qtbot,  # type: ignore[no-untyped-def]
    started_window: MainWindow,
) -> None:
    window = started_window
    assert window.keeper is not None
    window.keeper.rename(TRICKY)
    set_current_role(window.session, "devops-engineer")
    set_target_role(window.session, "mlops-engineer")
    qtbot.waitUntil(lambda: window.windowTitle().startswith(TRICKY))
    assert window.windowTitle() == f"{TRICKY} — AI & ML careers — Pathfinder"
    assert [p.name_edit.text() for p in window.findChildren(LearnerPanel)] == [TRICKY]
    window.route_dock.raise_()  # the Route tab to the front: it fills itself when seen
    qtbot.waitUntil(lambda: TRICKY in window.route_view.accessibleDescription())
    assert f"{TRICKY}'s route to MLOps Engineer" in window.route_view.accessibleDescription()
    caption = Presentation(window).caption_text()
    assert caption == f"{TRICKY} → MLOps Engineer"


def test_english_plural_forms_come_from_the_english_file() -> None:
    # Qt makes no plural itself: "%n skill(s)" needs pathfinder_en.qm (installed by conftest).
    one = QCoreApplication.translate("GraphView", "%n skill(s) · {hours} h", None, 1)
    assert QCoreApplication.translate("PlanIntro", "about %n week(s)", None, 1) == "about a week"
    assert QCoreApplication.translate("PlanIntro", "about %n week(s)", None, 3) == "about 3 weeks"
    assert one == "1 skill · {hours} h"  # the field is filled after translation
    # Core's words go through the same translators once the window has installed them.
    assert words.translate("PlanIntro", "about %n week(s)", None, 2) == "about 2 weeks"


def test_the_language_follows_the_override_then_the_menu_then_the_system() -> None:
    settings = QSettings()
    settings.setValue(language.SETTING, "fr")
    assert language.chosen_language(settings, "de_DE") == "de"
    assert language.chosen_language(settings, None) == "fr"
    assert language.chosen_language(settings, "xx") == "fr"  # unknown: the next choice
    settings.setValue(language.SETTING, language.SYSTEM)
    assert language.chosen_language(settings, None) == language.system_language()
    assert language.system_language() in language.LANGUAGES


def test_the_view_menu_remembers_a_language_for_the_next_start(
    qtbot,  # type: ignore[no-untyped-def]
    started_window: MainWindow,
) -> None:
    window = started_window
    menu = window.findChildren(LanguageMenu)
    chooser = menu[0] if menu else LanguageMenu(window.view_menu, window.statusBar(), window)
    texts = [a.text() for a in chooser.menu.actions()]
    assert texts == ["Follow the system", "English", "Español", "Français", "Deutsch"]
    assert chooser.actions[language.SYSTEM].isChecked()
    chooser.actions["es"].trigger()
    assert QSettings().value(language.SETTING) == "es"
    assert chooser.actions["es"].isChecked()
    # Said in the chosen language when its translation has the sentence, else in English.
    english = "Pathfinder will use Español the next time it starts."
    translator = QTranslator()
    assert translator.load(str(language.translations_dir() / "pathfinder_es.qm"))
    if translator.translate("LanguageMenu", english.replace("Español", "{language}")):
        assert "Español" in chooser.last_message and chooser.last_message != english
    else:
        assert chooser.last_message == english
    assert window.statusBar().currentMessage() == chooser.last_message


@pytest.mark.parametrize("code", ["es", "fr", "de"])
def test_installing_a_language_loads_its_files_and_keeps_english_plurals(code: str) -> None:
    try:
        assert language.current.install(code) == code
        assert (language.translations_dir() / f"pathfinder_{code}.qm").is_file()
        shown = QCoreApplication.translate("PlanIntro", "about %n week(s)", None, 2)
        # Translated, or (while the translation is unfinished) English with its plural.
        assert "(s)" not in shown and "2" in shown
    finally:
        language.current.install("en")
    assert QCoreApplication.translate("PlanIntro", "about %n week(s)", None, 2) == "about 2 weeks"


def test_lang_on_the_command_line_wins_and_loads_qts_own_words(qapp) -> None:  # type: ignore[no-untyped-def]
    from pathfinder.qt.app import application

    QSettings().setValue(language.SETTING, "fr")
    try:
        application(start_args(lang="es"))
        assert language.current.language == "es"
        # qtbase_es.qm: the standard dialogs' buttons speak the learner's language.
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        assert box.button(QDialogButtonBox.StandardButton.Close).text() == "Cerrar"
        # Dates the window writes with QLocale() come in Spanish too.
        assert QLocale().toString(QDate(2027, 3, 1), "MMMM yyyy") == "marzo 2027"
    finally:
        language.current.install("en")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    assert box.button(QDialogButtonBox.StandardButton.Close).text() == "Close"
