"""The language of the command line: `--lang`, else LC_ALL, LC_MESSAGES or LANG.

Kept apart from cli.py, which builds the parser. English is the program's own words and needs
nothing; another language loads Qt's translator (qt/widgets/locale_backend.py) only when
Pathfinder has a translation into it, so `plan` on an English system never starts Qt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TextIO

from pathfinder.core import figures, words


def _asked_language(argv: Sequence[str]) -> str | None:
    """The value of --lang wherever it stands (before or after the command); None if absent.
    Read before the parser is built, so its help is in that language too."""
    asked = None
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(argv):
            asked = argv[index + 1]
        elif arg.startswith("--lang="):
            asked = arg.partition("=")[2]
    return asked


def language_of(tag: str | None) -> str | None:
    """'es_ES.UTF-8' -> 'es_ES'; None for no language, English, or the C and POSIX locales
    (which mean "the program's own words", and ours are English)."""
    if not tag:
        return None
    code = tag.split(".")[0].split("@")[0].replace("-", "_").strip()
    if not code or code in ("C", "POSIX") or code.lower().split("_")[0] == "en":
        return None
    return code


def system_language(environ: Mapping[str, str]) -> str | None:
    """The language the environment asks for, by POSIX precedence: LC_ALL, LC_MESSAGES, LANG.
    The first one that is set decides, even when it says English."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name)
        if value:
            return language_of(value)
    return None


def choose_language(argv: Sequence[str], err: TextIO, environ: Mapping[str, str]) -> None:
    """Speak the language of --lang, else of LC_ALL, LC_MESSAGES or LANG (core/words.py and
    core/figures.py then translate through Qt). English needs nothing, and Qt is loaded only
    when a translation is installed; a language without one stays English, and when --lang
    asked for it, one line on stderr says so."""
    from pathfinder.paths import translation_file

    # English first: an earlier run in this process may have installed another language.
    words.install(None)
    figures.install(None)
    asked = _asked_language(argv)
    language = language_of(asked) if asked is not None else system_language(environ)
    if language is None:
        return
    if translation_file(language) is not None:
        from pathfinder.qt.widgets.locale_backend import install_language

        if install_language(language):
            return
    if asked is not None:
        print(
            words.translate(
                "Cli", "pathfinder: no translation for '{language}' is installed; using English"
            ).format(language=asked),
            file=err,
        )
