"""The learner's language for core's words and figures, built on QtCore alone.

Core cannot ask Qt for a translation or a month name (core/words.py, core/figures.py); this
module installs both from a `pathfinder_<lang>.qm` file (the window's translations) and a
QLocale. It needs no QApplication, so the command line uses it too. QtCore is imported only
once a translation is found, and never a widget: `pathfinder plan ...` on a machine whose
language Pathfinder does not speak yet starts as fast as in English.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pathfinder.core import figures, words
from pathfinder.paths import translation_file

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale, QTranslator


class QtFigures:
    """core/figures.py's locale, from a QLocale: "1.234,5" and "noviembre" in Spanish."""

    def __init__(self, locale: QLocale) -> None:
        self._locale = locale

    def number(self, value: float, decimals: int) -> str:
        return self._locale.toString(float(value), "f", decimals)

    def month_name(self, month: int, short: bool) -> str:
        from PySide6.QtCore import QLocale

        kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
        return self._locale.monthName(month, kind)


class QtWords:
    """core/words.py's backend: the .qm file's translation, else the text as written."""

    def __init__(self, translator: QTranslator) -> None:
        self._translator = translator

    @property
    def translator(self) -> QTranslator:
        return self._translator

    def __call__(self, context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = self._translator.translate(context, text, disambiguation, n)
        if not found:  # not translated yet: English, as written
            return words.as_written(context, text, disambiguation, n)
        return found.replace("%n", str(n)) if n >= 0 else found


def install_language(language: str) -> bool:
    """Translate core's words and write its figures in `language` ('es', 'de_AT'); False,
    with nothing changed, when no translation of it is installed (paths.translation_file)."""
    path = translation_file(language)
    if path is None:
        return False
    from PySide6.QtCore import QLocale, QTranslator

    translator = QTranslator()
    if not translator.load(str(path)):
        return False
    words.install(QtWords(translator))
    figures.install(QtFigures(QLocale(language)))
    return True


# Translators given to Qt by speak_through_qt, kept alive: a collected QTranslator stops
# translating.
_for_qt: list[QTranslator] = []


def speak_through_qt() -> None:
    """Give the running Qt application the translations core's words use now, English plural
    forms under them. The command line's report draws its picture with the window's code,
    which asks Qt; without this Qt answered in English, as written: "6 skill(s)"."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    translators = []
    english = translation_file("en")
    if english is not None:
        plural_forms = QTranslator()
        if plural_forms.load(str(english)):
            translators.append(plural_forms)
    spoken = words.installed()
    if isinstance(spoken, QtWords):
        translators.append(spoken.translator)  # installed last: Qt asks it first
    for translator in translators:
        if QCoreApplication.installTranslator(translator):
            _for_qt.append(translator)


def install_locale(locale: QLocale) -> None:
    """Write core's figures the way `locale` does (the window: the system's, or the language
    the learner picked), whatever language its words are in."""
    figures.install(QtFigures(locale))
