"""Moves between roles derived from the essential skills they share (for taxonomies without moves).

A skill that few roles need says more about two roles' kinship than one almost every role
needs, so each skill weighs w(s) = 1 + ln(N / df(s)), where N counts the roles with essential
skills and df(s) those that need s. Two roles' similarity is the weighted Jaccard overlap
w(A ∩ B) / w(A ∪ B).

A derived move is one a person would make: it never goes down a level, only to the same level
or the next one up, and a role in the same occupational group ranks before an equally similar
one elsewhere (docs/importing.md, "Moves").
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Mapping
from dataclasses import dataclass

# How much more an overlap counts when the two roles sit in the same group: the same 4-digit
# ISCO-08 unit group (bakers and pastry makers), or the same 3-digit minor group.
SAME_UNIT_GROUP = 2.0
SAME_MINOR_GROUP = 1.5


@dataclass(frozen=True)
class Kinship:
    source: str
    target: str
    shared: int  # essential skills both roles need
    target_total: int  # essential skills of the target role
    overlap: float  # weighted Jaccard overlap, 0..1


class Overlaps:
    """Weighted overlaps of roles' essential skills, computed from an inverted index."""

    def __init__(self, essentials: Mapping[str, frozenset[str]]) -> None:
        self.essentials = essentials
        self.roles = sorted(r for r, skills in essentials.items() if skills)
        self.postings: dict[str, list[str]] = {}
        for role in self.roles:
            for skill in sorted(essentials[role]):
                self.postings.setdefault(skill, []).append(role)
        n = len(self.roles)
        self.weight = {s: 1.0 + math.log(n / len(rs)) for s, rs in sorted(self.postings.items())}
        self.totals = {
            r: math.fsum(self.weight[s] for s in sorted(essentials[r])) for r in self.roles
        }

    def around(self, role: str) -> dict[str, float]:
        """Every other role sharing an essential skill with `role` -> their overlap."""
        shared: dict[str, float] = {}
        for skill in sorted(self.essentials[role]):
            w = self.weight[skill]
            for other in self.postings[skill]:
                shared[other] = shared.get(other, 0.0) + w
        shared.pop(role, None)
        mine = self.totals[role]
        return {other: w / (mine + self.totals[other] - w) for other, w in shared.items()}

    def kinship(self, source: str, target: str) -> Kinship:
        a, b = self.essentials.get(source, frozenset()), self.essentials.get(target, frozenset())
        common = a & b
        # fsum over a sorted set gives the same bits whichever side asks.
        inter = math.fsum(self.weight[s] for s in sorted(common))
        union = self.totals.get(source, 0.0) + self.totals.get(target, 0.0) - inter
        return Kinship(source, target, len(common), len(b), inter / union if union else 0.0)


def group_factor(a: str, b: str) -> float:
    """SAME_UNIT_GROUP, SAME_MINOR_GROUP or 1 for two ISCO-08 codes ("" when unknown)."""
    if a and a == b:
        return SAME_UNIT_GROUP
    if len(a) >= 3 and a[:3] == b[:3]:
        return SAME_MINOR_GROUP
    return 1.0


def nearest_moves(
    overlaps: Overlaps,
    k: int,
    levels: Mapping[str, int],
    groups: Mapping[str, str],
) -> list[Kinship]:
    """Each role's k best moves at its own level or the next, sorted by (from, to).

    Ranked by overlap times the group factor, ties to the lower id. A move between two roles
    of the same level goes both ways: each has much of what the other needs.
    """
    pairs: set[tuple[str, str]] = set()
    if k <= 0:
        return []
    for role in overlaps.roles:
        level, group = levels[role], groups.get(role, "")
        ranked = [
            (-(o * group_factor(group, groups.get(other, ""))), other)
            for other, o in overlaps.around(role).items()
            if levels[other] in (level, level + 1)
        ]
        for _, other in heapq.nsmallest(k, ranked):  # only k are wanted, so no full sort
            pairs.add((role, other))
            if levels[other] == level:
                pairs.add((other, role))
    return [overlaps.kinship(a, b) for a, b in sorted(pairs)]
