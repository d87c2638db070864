"""Promotions within a trade that shared skills alone miss: a baker to bakery shop manager.

ESCO files a bakery shop manager with the retail managers and a baker with the food trades, and
their essential skills hardly overlap, yet the names say they are one trade. Two roles are of
the same trade when their names share a word of the same family (baker, bakery; nurse,
nursing) that few names use, and they have at least MIN_SHARED skills in common (essential or
optional), so that a shared word alone ("general", "stand") joins nothing.

A step is one a careers adviser would sign: it climbs at most one level, and it reaches the head
of an organisation (a chief executive, a director) only from a manager or specialist of the
trade, never from the front line (airport security officer to airport chief executive is not a
step). For this rule a shop, hotel or other services manager (ISCO-08 sub-major group 14) counts
at level 3, not 5: ISCO-08 says those managers need the third skill level, the technicians',
where other managers need the fourth. So a baker (level 2) may step to bakery shop manager.
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

# ISCO-08's hospitality, retail and other services managers: their group description says they
# need the third ISCO skill level (other managers the fourth), so a step to them climbs as far
# as a step to a technician (level 3).
SERVICES_MANAGERS = "14"
SERVICES_MANAGER_RANK = 3
# Heads of an organisation: ISCO's chief executives, senior officials and legislators (11), and
# managers whose names say they lead the whole of it.
HEAD_GROUP = "11"
HEAD_WORDS = frozenset({"chief", "executive", "director"})
# Who may step up to a head: managers (ISCO 1) and professionals (2), and roles named so.
SENIOR_GROUPS = ("1", "2")
SENIOR_WORDS = frozenset({"manager", "specialist"})


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


# Words that say what kind of job or rank a role is, not which trade: a shiatsu practitioner and
# an advanced nurse practitioner, or a sports coach and a public speaking coach, share no trade.
JOB_WORDS = frozenset(
    family(w)
    for w in (
        "practitioner", "coach", "clinical", "scientist", "technician", "technologist",
        "operator", "worker", "assistant", "officer", "engineer", "analyst", "consultant",
        "advisor", "adviser", "inspector", "supervisor", "specialist", "manager", "designer",
        "drafter", "administrative", "administrator", "representative", "professional", "expert",
        "instructor", "teacher", "lecturer", "therapist", "planner", "coordinator", "auditor",
        "controller", "director", "executive", "chief", "senior", "junior", "advanced",
    )
)  # fmt: skip


def _families(name: str) -> dict[str, str]:
    """Word family -> the word as written, for the words of a name long enough to mean a trade."""
    out: dict[str, str] = {}
    for word in _WORD.findall(name.lower()):
        stem = family(word)
        if len(stem) >= MIN_STEM and stem not in JOB_WORDS:
            out.setdefault(stem, word)
    return out


@dataclass(frozen=True)
class Ladder:
    """Where each role stands, beyond its pack level, for judging a step up."""

    ranks: Mapping[str, int]  # the level a step is judged by: a step climbs at most one
    heads: frozenset[str]  # roles that lead an organisation: chief executive, director
    seniors: frozenset[str]  # managers and specialists, the only roles that step up to a head

    def allows(self, source: str, target: str) -> bool:
        if self.ranks[target] > self.ranks[source] + 1:
            return False
        return target not in self.heads or source in self.seniors


def isco_ladder(
    names: Mapping[str, str], levels: Mapping[str, int], groups: Mapping[str, str]
) -> Ladder:
    """The ladder of ESCO roles from their names, levels and ISCO-08 codes ("" if unknown)."""
    words = {role: set(_WORD.findall(name.lower())) for role, name in names.items()}
    heads = {
        role
        for role, code in groups.items()
        if code.startswith(HEAD_GROUP) or (code.startswith("1") and words[role] & HEAD_WORDS)
    }
    seniors = {
        role
        for role, code in groups.items()
        if code.startswith(SENIOR_GROUPS) or words[role] & SENIOR_WORDS
    }
    return Ladder(
        {
            role: SERVICES_MANAGER_RANK
            if groups.get(role, "").startswith(SERVICES_MANAGERS)
            else level
            for role, level in levels.items()
        },
        frozenset(heads),
        frozenset(seniors),
    )


def trade_steps(
    names: Mapping[str, str],
    levels: Mapping[str, int],
    skills: Mapping[str, frozenset[str]],
    ladder: Ladder,
) -> list[TradeStep]:
    """From each role, up to PER_ROLE roles of its trade at a higher level that the ladder
    allows, sorted by (from, to)."""
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
                if not ladder.allows(role, other):
                    continue
                shared = len(skills.get(role, frozenset()) & skills.get(other, frozenset()))
                if shared >= MIN_SHARED:
                    found[other] = TradeStep(role, other, words[other][stem], shared)
        best = sorted(found.values(), key=lambda s: (-s.shared, s.target))[:PER_ROLE]
        steps.extend(sorted(best, key=lambda s: s.target))
    return steps
