"""The learner's language: which one, and loading its translations at start.

The choice, first that applies: `pathfinder --lang xx`, then View › Language (kept in
QSettings), then the system's languages (QLocale.system()), else English. The translations
are the .qm files built from resources/translations (packaging/translations.py) into
pathfinder/translations/, plus Qt's own qtbase_xx.qm for the buttons of standard dialogs.
English loads pathfinder_en.qm too: it holds the English plural forms ("1 skill", "2 skills")
of the `%n` texts, which Qt cannot make up without a translation file.

A change in the menu applies the next time Pathfinder starts: the window's texts are set
when each part is built, so only a new start shows every one of them in the new language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from pathfinder.core import figures, words

# Each language in its own name: a learner who cannot read the current one still finds theirs.
LANGUAGES = {"en": "English", "es": "Español", "fr": "Français", "de": "Deutsch"}
SETTING = "language"
SYSTEM = ""  # the setting's value for "follow the system"


def translations_dir() -> Path:
    """Package data: pathfinder/translations/ (wheel, checkout and frozen bundle alike)."""
    return Path(__file__).resolve().parents[2] / "translations"


def system_language() -> str:
    """The first of the system's preferred languages that Pathfinder has, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def saved_choice(settings: QSettings) -> str:
    """The language picked in View › Language, or SYSTEM."""
    value = settings.value(SETTING, SYSTEM)
    return value if isinstance(value, str) and value in LANGUAGES else SYSTEM


def chosen_language(settings: QSettings, override: str | None = None) -> str:
    if override:
        code = override.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return saved_choice(settings) or system_language()


def _qm(language: str) -> Path:
    return translations_dir() / f"pathfinder_{language}.qm"


class Translations:
    """The translators installed for the running program (one set at a time)."""

    def __init__(self) -> None:
        self.language = "en"
        self._installed: list[QTranslator] = []

    def install(self, language: str) -> str:
        """Load `language` (or English when it has no file) for Qt and for core's words.

        Returns the language in use. Qt looks in the last installed translator first, so
        English plural forms go in first and the learner's language over them.
        """
        self.uninstall()
        language = language if language in LANGUAGES else "en"
        files: list[tuple[str, str]] = [(str(_qm("en")), "")]
        if language != "en":
            # Imported here: PySide6 takes some 20 ms to set QLibraryInfo up, which an
            # English start-up does not need.
            from PySide6.QtCore import QLibraryInfo

            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            files.append((f"qtbase_{language}", qt_folder))
            files.append((str(_qm(language)), ""))
        for name, folder in files:
            translator = QTranslator()
            # A missing file (a trimmed Qt, a language still being written) is not an
            # error: the texts stay in English.
            if translator.load(name, folder) and QCoreApplication.installTranslator(translator):
                self._installed.append(translator)
        self.language = language
        # Month names and number formats (QLocale() in the window) in the same language; the
        # system's own locale when it already speaks it, so its region (es_MX, de_AT) stays.
        system = QLocale.system()
        if language == "en" or system.name().split("_")[0] == language:
            QLocale.setDefault(system)
        else:
            QLocale.setDefault(QLocale(language))
        words.install(lambda c, t, d, n: QCoreApplication.translate(c, t, d, n))
        # Core's figures (hours, percentages, months) written as the window's locale writes them.
        from pathfinder.qt.widgets.locale_backend import install_locale

        install_locale(QLocale())
        return language

    def uninstall(self) -> None:
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []
        words.install(None)
        figures.install(None)


# The program's one set, kept alive for as long as it runs (a QTranslator that is garbage
# collected stops translating).
current = Translations()


def in_language(language: str, context: str, text: str) -> str:
    """`text` in `language` even before it is installed (to confirm a choice in its words)."""
    translator = QTranslator()
    if language != "en" and translator.load(str(_qm(language))):
        found = translator.translate(context, text)
        if found:
            return found
    return text
