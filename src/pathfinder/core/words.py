"""The one translation point for the words that core, io, the importers and the command line show.

Core is pure, so it cannot ask Qt for a translation itself. Every user-visible sentence is
written as `words.translate("Context", "Text with {field}").format(field=value)`; the window
and the command line install a backend (Qt's translator, loaded from the `.qm` files) when the
learner's language is not English. Until then the text comes back as written.

Always call it dotted, as `words.translate(...)`, with the arguments in Qt's order
(context, text, disambiguation, n): that is the form `pyside6-lupdate` finds when it collects
the strings into the `.ts` files. Named `{fields}` are filled after translation with
`str.format`, so a value that itself contains braces or `%1` (a learner's name) is never
substituted again.

Plurals: `%n` in the text is the count, passed after the marker PLURAL, as
`words.translate("Plan", "%n skill(s) to learn", None, PLURAL, count)`. The marker is for
pyside6-lupdate (6.11): its Python reader takes a bare name in the fourth place for an old
"encoding" argument, so only a count in the fifth place makes the message a plural one in the
`.ts` file (`numerus="yes"`), where translators write each plural form; and a fourth argument
such as `len(rows)` or `report.count` makes it drop the message altogether. The count itself
must be a plain name or call (`count`, `len(rows)`), not an attribute (`report.count`).
tests/core/test_words_extracted.py runs lupdate over the sources and holds every call to this.
"""

from __future__ import annotations

from collections.abc import Callable

Backend = Callable[[str, str, str | None, int], str]


class _Plural:
    """The type of PLURAL: "the count follows"."""


PLURAL = _Plural()


def _as_written(context: str, text: str, disambiguation: str | None, n: int) -> str:
    # Qt's own translate puts the count in place of %n even when nothing is translated. The
    # English source writes a plural as "%n week(s)": without a translation that reads
    # "1 week" and "3 weeks", as English says it, not "3 week(s)".
    if n < 0:
        return text
    return text.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")


def as_written(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The text as written, counts filled in: what a backend gives back when its language
    has no translation for `text`."""
    return _as_written(context, text, disambiguation, n)


_backend: Backend = _as_written


def install(backend: Backend | None) -> None:
    """Use `backend` for every later translation (None goes back to the text as written)."""
    global _backend
    _backend = backend if backend is not None else _as_written


def installed() -> Backend:
    """The backend in use now (the report's picture, drawn by Qt, is put in the same language)."""
    return _backend


def translate(
    context: str,
    text: str,
    disambiguation: str | None = None,
    n: int | _Plural = -1,
    count: int = -1,
) -> str:
    """`text` in the learner's language; with `PLURAL, count`, `%n` becomes the count and
    picks the plural form (a bare count in place of PLURAL works too, but lupdate does not
    see it as a plural)."""
    return _backend(context, text, disambiguation, count if isinstance(n, _Plural) else n)
