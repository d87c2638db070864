"""Errors inside Qt virtuals that return a value reach the crash handler; Qt gets a safe value.

PySide6 hands an exception escaping a slot or a void virtual (paintEvent, a timer) to
`sys.excepthook`, which is the crash handler while the window runs (crash_report.py). An
exception escaping an override that must return something to C++ (boundingRect, sizeHint,
data, rowCount, eventFilter, a graphics item's paint, ...) is not handled that way: Qt is left
without its value and the process can end in a segmentation fault, with no log and the
learner's last change unsaved (issue 13: a pace that made a weeks figure infinite did that).

`@guarded(default)` wraps such an override: when the body raises, the error is handed to
`sys.excepthook` on the next turn of the event loop (never from inside Qt's paint or layout
call, where opening the crash dialog could re-enter it) and Qt gets `default()`, a value it
can live with (an empty rectangle, no data, no rows, "not handled"). The same error from the
same override is reported once per process: a paint that fails would otherwise report on every
frame. The wrapper costs one Python call (a few tenths of a microsecond) and a try block,
which costs nothing until it raises; a tick on the built-in pack makes about 190 guarded calls.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar, cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer

P = ParamSpec("P")
S = TypeVar("S")
R = TypeVar("R")

_reported: set[tuple[str, str, str]] = set()


def _report(where: str, error: Exception) -> None:
    key = (where, type(error).__name__, str(error))
    if key in _reported:
        return
    _reported.add(key)
    info = (type(error), error, error.__traceback__)

    def deliver() -> None:
        sys.excepthook(*info)  # the crash handler while a window runs; Python's own otherwise

    if QCoreApplication.instance() is None:
        deliver()
    else:
        QTimer.singleShot(0, deliver)


class Guard(Protocol):
    """A decorator that keeps the method's own signature (the default may be any value Qt takes:
    `data()` answers None for "nothing here" where its signature says object)."""

    def __call__(
        self, method: Callable[Concatenate[S, P], R], /
    ) -> Callable[Concatenate[S, P], R]: ...


def guarded(default: Callable[[], object]) -> Guard:
    """Wrap a Qt virtual override: its errors go to the crash handler, Qt gets `default()`."""

    def wrap(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
        where = method.__qualname__

        # Qt passes a virtual's arguments by position; no `**kwargs` keeps the wrapper cheap
        # (the graph's edges ask boundingRect dozens of times a tick).
        @functools.wraps(method)
        def guard(self: S, /, *args: Any) -> R:
            try:
                return method(self, *args)  # type: ignore[call-arg]
            except Exception as error:  # every error: reported, then a value Qt can use
                _report(where, error)
                return cast(R, default())

        return cast(Callable[Concatenate[S, P], R], guard)

    return wrap


def nothing() -> None:
    """The safe value of a virtual that returns nothing to draw or no data (paint, data)."""
    return None


def not_handled() -> bool:
    """The safe value of an event filter or focus hook: let Qt do its own handling."""
    return False


def no_rows() -> int:
    return 0


def no_flags() -> Qt.ItemFlag:
    """The safe flags of a model item: neither selectable nor editable."""
    return Qt.ItemFlag.NoItemFlags
