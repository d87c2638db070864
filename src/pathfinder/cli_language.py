"""The language of the command line: `--lang`, else the environment as gettext reads it.

One answer for both halves of what the learner reads: Pathfinder's own words and the pack's
names (core/languages.py), so a LANGUAGE=fr that gave French role names never leaves the rest
in English.

Kept apart from cli.py, which builds the parser. English is the program's own words and needs
nothing; another language loads Qt's translator (qt/widgets/locale_backend.py) only when
Pathfinder has a translation into it, so `plan` on an English system never starts Qt.
"""

from __future__ import annotations

import os
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


# Where the C library looks for the language of messages, first one set wins.
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def learner_language(chosen: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The learner's language: `chosen` (the command line's --lang) when given, else the locale
    of the environment, as gettext reads it. "" means none (the program's and pack's own)."""
    if chosen:
        return chosen
    env = os.environ if environ is None else environ
    locale = next((env[v] for v in _LOCALE_VARIABLES if env.get(v)), "")
    # LANGUAGE lists preferences ("es:en"), the first being the learner's; like gettext, it
    # counts only when the locale is not C, which means "no translation at all".
    wanted = env.get("LANGUAGE", "").split(":")[0]
    if wanted and locale.split(".")[0] not in ("C", "POSIX"):
        return wanted
    return locale


def choose_language(argv: Sequence[str], err: TextIO, environ: Mapping[str, str]) -> str:
    """Speak the learner's language (learner_language; core/words.py and core/figures.py then
    translate through Qt) and return it, for the pack's names. English needs nothing, and Qt is
    loaded only when a translation is installed; a language without one stays English, and when
    --lang asked for it, one line on stderr says so."""
    from pathfinder.paths import translation_file

    # English first: an earlier run in this process may have installed another language.
    words.install(None)
    figures.install(None)
    asked = _asked_language(argv)
    # `--lang ""` is asked too: no language at all, whatever the environment says.
    tag = asked if asked is not None else learner_language(None, environ)
    language = language_of(tag)
    if language is None:
        return tag
    if translation_file(language) is not None:
        from pathfinder.qt.widgets.locale_backend import install_language

        if install_language(language):
            return tag
    if asked is not None:
        print(
            words.translate(
                "Cli", "pathfinder: no translation for '{language}' is installed; using English"
            ).format(language=asked),
            file=err,
        )
    return tag
