"""Promotions within a trade that shared skills alone miss: a baker to bakery shop manager.

ESCO files a bakery shop manager with the retail managers and a baker with the food trades, and
their essential skills hardly overlap, yet the names say they are one trade. Two roles are of
the same trade when their names share a word of the same family (baker, bakery; nurse,
nursing) that few names use, and they have at least MIN_SHARED skills in common (essential or
optional), so that a shared word alone ("general", "stand") joins nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

# A word family in more names than this is a word of many trades ("manager", "machine").
MAX_NAMES_PER_WORD = 8
MIN_SHARED = 2
PER_ROLE = 2  # trade promotions offered from each role, most skills in common first
MIN_STEM = 4
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class TradeStep:
    source: str
    target: str
    word: str  # the word of the target's name that names the trade, as written there
    shared: int  # skills, essential or optional, both roles list


def family(word: str) -> str:
    """A crude stem that joins baker/bakery, nurse/nursing, butcher/butchery, not nurse/nursery."""
    for suffix in ("ing", "y", "s"):
        if word.endswith(suffix) and not word.endswith("ss"):
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") else word


def _families(name: str) -> dict[str, str]:
    """Word family -> the word as written, for the words of a name long enough to mean a trade."""
    out: dict[str, str] = {}
    for word in _WORD.findall(name.lower()):
        stem = family(word)
        if len(stem) >= MIN_STEM:
            out.setdefault(stem, word)
    return out


def trade_steps(
    names: Mapping[str, str],
    levels: Mapping[str, int],
    skills: Mapping[str, frozenset[str]],
) -> list[TradeStep]:
    """From each role, up to PER_ROLE roles of its trade at a higher level, sorted by (from, to)."""
    words = {role: _families(name) for role, name in names.items()}
    used = Counter(stem for found in words.values() for stem in found)
    holders: dict[str, list[str]] = {}
    for role in sorted(words):
        for stem in words[role]:
            if used[stem] <= MAX_NAMES_PER_WORD:
                holders.setdefault(stem, []).append(role)
    steps: list[TradeStep] = []
    for role in sorted(words):
        found: dict[str, TradeStep] = {}
        for stem in sorted(words[role], key=lambda s: (used[s], s)):  # rarest word first
            for other in holders.get(stem, ()):
                if other in found or levels[other] <= levels[role]:
                    continue
                shared = len(skills.get(role, frozenset()) & skills.get(other, frozenset()))
                if shared >= MIN_SHARED:
                    found[other] = TradeStep(role, other, words[other][stem], shared)
        best = sorted(found.values(), key=lambda s: (-s.shared, s.target))[:PER_ROLE]
        steps.extend(sorted(best, key=lambda s: s.target))
    return steps
