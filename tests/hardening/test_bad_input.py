"""Every bad input of docs/bad-input.md, fed the way a user feeds it; the answer must be the
documented one, located, without a traceback, in bounded time and memory."""

from __future__ import annotations

import contextlib
import re
import signal
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.hardening.catalogue import CASES, documented, table
from tests.hardening.common import Case

LOCATED = re.compile(r"^[^:\s][^:]*:\d+:\d+: \S")


@contextlib.contextmanager
def hang_guard(seconds: float) -> Iterator[None]:
    """Turn a hang into a failure (POSIX): the alarm interrupts even a blocking open()."""
    if not hasattr(signal, "setitimer"):
        yield
        return

    def interrupt(_signum: int, _frame: object) -> None:
        raise TimeoutError(f"no answer within {seconds:.0f} s: a hang")

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_each_bad_input_gets_the_documented_answer(
    case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if case.max_mb is not None:
        tracemalloc.start()
    started = time.perf_counter()
    try:
        with hang_guard(case.seconds * 3 + 5):
            seen = case.feed(tmp_path, monkeypatch)
        elapsed = time.perf_counter() - started
        peak_mb = tracemalloc.get_traced_memory()[1] / 2**20 if case.max_mb else 0.0
    finally:
        tracemalloc.stop()
    assert "Traceback" not in seen.text
    assert seen.text == case.sees
    assert seen.exit == case.exit
    assert elapsed < case.seconds, f"answered in {elapsed:.1f} s, more than {case.seconds} s"
    if case.max_mb is not None:
        assert peak_mb < case.max_mb, f"took {peak_mb:.1f} MB, more than {case.max_mb} MB"
    if case.area == "pack" and case.exit != 0:
        assert all(LOCATED.match(line) for line in seen.text.splitlines()), seen.text


def test_the_catalogue_shows_exactly_the_cases_the_tests_feed() -> None:
    assert documented() == table(), "run: python -m tests.hardening.catalogue"


def test_every_area_the_issue_names_is_covered() -> None:
    tried = " ".join(c.tried.lower() for c in CASES)
    for words in (
        "syntax", "duplicate key", "billion laughs", "deep", "100 mb", "binary", "not utf-8",
        "byte-order mark", "crlf", "tab", "`id: 1`", "`id: no`", "python object", "empty file",
        "only comments", "very long name", "100,000 skills", "corrupt json", "wrong types",
        "future format", "another pack", "missing file", "read-only folder", "full disk",
        "permission denied", "open twice", "unknown flag", "folder where", "unwritable output",
    ):  # fmt: skip
        assert words in tried, words
