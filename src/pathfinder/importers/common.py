"""Pieces both importers share: typeable ids, tidy labels, progress lines and acyclic links."""

from __future__ import annotations

import hashlib
import re
import sys
import time
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from pathfinder.core.graph import keep_acyclic
from pathfinder.core.links import link_problem

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
# Language names whose symbols carry the meaning: C++ is "cpp" and C# "c-sharp", as people
# write them where symbols cannot go (file names, URLs), not "c" twice.
_PLUS_PLUS = re.compile(r"(?<=[a-z0-9])\+\+")
_SHARP = re.compile(r"(?<=[a-z0-9])#")
_SPACES = re.compile(r"\s+")


@dataclass
class Outcome:
    """An imported pack and the notes the user should read about how it was made."""

    pack: dict[str, Any]
    notes: list[str] = field(default_factory=list)


def tidy(text: str) -> str:
    """One line of text: ESCO labels carry no-break spaces and stray line ends."""
    return _SPACES.sub(" ", text).strip()


def slug(label: str) -> str:
    """A lower-case id a person can type: accents folded, words joined by '-', never cut short
    (a truncated id cannot be guessed from the name)."""
    folded = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode("ascii")
    text = _SHARP.sub("-sharp", _PLUS_PLUS.sub("pp", folded.lower()))
    return _NOT_SLUG.sub("-", text).strip("-")


def allocate_ids(items: Sequence[tuple[str, str, str]]) -> dict[str, str]:
    """Ids for (key, label, hint) items given in priority order; returns key -> id.

    The first item with a slug keeps it bare. Later items with the same slug get `-hint`, and
    where that is taken too, a few characters of a hash of their key: a suffix that does not
    depend on which other items happen to be in the file.
    """
    out: dict[str, str] = {}
    taken: set[str] = set()
    later: list[tuple[str, str, str]] = []
    for key, label, hint in items:
        base = slug(label) or "item"
        if base in taken:
            later.append((key, base, hint))
        else:
            out[key] = base
            taken.add(base)
    for key, base, hint in later:
        candidate = f"{base}-{hint}" if hint else ""
        digest = hashlib.sha1(key.encode("utf-8")).hexdigest()
        width = 4
        while not candidate or candidate in taken:
            candidate = f"{base}-{digest[:width]}"
            width += 2
        out[key] = candidate
        taken.add(candidate)
    return out


def concept(uri: str) -> dict[str, str]:
    """{"uri": uri}, joining an item back to the taxonomy, where the URI is a link a pack may
    hold (one with a space would fail the pack's own check); else nothing."""
    return {"uri": uri} if link_problem(uri) is None else {}


def aliases(name: str, others: Iterable[str]) -> list[str]:
    """Other names, tidied, without the name itself or case-only repeats, in a stable order."""
    seen = {name.casefold()}
    found: list[str] = []
    for raw in others:
        text = tidy(raw)
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            found.append(text)
    return sorted(found, key=lambda t: (t.casefold(), t))


def acyclic_requires(
    edges: Iterable[tuple[str, str]],
) -> tuple[dict[str, list[str]], list[tuple[str, str, list[str]]]]:
    """Keep each (skill, prerequisite) link that cannot close a cycle, in sorted order.

    Returns the kept links per skill and, for each dropped link, the chain that already leads
    from the prerequisite back to the skill (which the link would have turned into a cycle).
    """
    return keep_acyclic(edges)


class Progress:
    """Stage lines on the terminal, so a long import never looks stuck."""

    def __init__(self, label: str, stream: TextIO | None = None, quiet: bool = False) -> None:
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.quiet = quiet
        self.began = time.perf_counter()

    def __call__(self, message: str) -> None:
        if not self.quiet:
            elapsed = time.perf_counter() - self.began
            print(f"{self.label}: {message} [{elapsed:5.1f} s]", file=self.stream, flush=True)

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.began


def count(n: int, word: str) -> str:
    """'1 row', '3,007 rows'."""
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"
