"""The learner's language for core's words and figures, built on QtCore alone.

Core cannot ask Qt for a translation or a month name (core/words.py, core/figures.py); this
module installs both from a `pathfinder_<lang>.qm` file (the window's translations) and a
QLocale. It needs no QApplication, so the command line uses it too. QtCore is imported only
once a translation is found, and never a widget: `pathfinder plan ...` on a machine whose
language Pathfinder does not speak yet starts as fast as in English.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from pathfinder.core import figures, words

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale, QTranslator

# The translations ship as package data beside this package: pathfinder/translations/.
_PACKAGE = Path(__file__).resolve().parents[2]


def translation_folders() -> list[Path]:
    """Where the .qm files may be: the installed package, then a frozen bundle's copy."""
    found = [_PACKAGE / "translations"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / "pathfinder" / "translations")
    return found


def language_of(tag: str | None) -> str | None:
    """'es_ES.UTF-8' -> 'es_ES'; None for no language, English, or the C and POSIX locales
    (which mean "the program's own words", and ours are English)."""
    if not tag:
        return None
    code = tag.split(".")[0].split("@")[0].replace("-", "_").strip()
    if not code or code in ("C", "POSIX") or code.lower().split("_")[0] == "en":
        return None
    return code


def system_language(environ: Mapping[str, str] = os.environ) -> str | None:
    """The language the environment asks for, by POSIX precedence: LC_ALL, LC_MESSAGES, LANG.
    The first one that is set decides, even when it says English."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name)
        if value:
            return language_of(value)
    return None


def find_translation(language: str) -> Path | None:
    """pathfinder_es_ES.qm, else pathfinder_es.qm, in the first folder that has one."""
    names = [f"pathfinder_{language}.qm"]
    if "_" in language:
        names.append(f"pathfinder_{language.split('_')[0]}.qm")
    for folder in translation_folders():
        for name in names:
            if (folder / name).is_file():
                return folder / name
    return None


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

    def __call__(self, context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = self._translator.translate(context, text, disambiguation, n)
        if not found:  # not translated yet: English, as written
            return words.as_written(context, text, disambiguation, n)
        return found.replace("%n", str(n)) if n >= 0 else found


def install_language(language: str) -> bool:
    """Translate core's words and write its figures in `language` ('es', 'de_AT'); False,
    with nothing changed, when no translation of it is installed."""
    path = find_translation(language)
    if path is None:
        return False
    from PySide6.QtCore import QLocale, QTranslator

    translator = QTranslator()
    if not translator.load(str(path)):
        return False
    words.install(QtWords(translator))
    figures.install(QtFigures(QLocale(language)))
    return True


def install_locale(locale: QLocale) -> None:
    """Write core's figures the way `locale` does (the window: the system's, or the language
    the learner picked), whatever language its words are in."""
    figures.install(QtFigures(locale))
