"""Moves between roles derived from the essential skills they share (for taxonomies without moves).

A skill that few roles need says more about two roles' kinship than one almost every role
needs, so each skill weighs w(s) = 1 + ln(N / df(s)), where N counts the roles with essential
skills and df(s) those that need s. Two roles' similarity is the weighted Jaccard overlap
w(A ∩ B) / w(A ∪ B).

A derived move is one a person would make: it never goes down a level, only to the same level
or the next one up, and a role in the same occupational group ranks before an equally similar
one elsewhere. Nor does it join two roles that have no more in common than chance: a pair
whose similarity (overlap times group factor) is under MIN_SIMILARITY is no move, however few
closer roles there are (docs/importing.md, "Moves").
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
# The least similarity of a derived move. In ESCO v1.1.1, of the pairs of occupations that share
# any essential skill, nine in ten have an overlap of 0.09 or less and 91 in 100 are under 0.1
# (a help desk agent and a wedding planner: 0.07; a dietitian and a prepared meals
# nutritionist, in one unit group: 0.03 x 2); the pairs a counsellor calls related lie above it
# (a data analyst and a data scientist: 0.32 x 2).
MIN_SIMILARITY = 0.1
# Occupations of one ISCO-08 unit group at one level are one kind of work (ICT help desk agent
# and ICT technician, both 3512 ICT user support technicians), even where ESCO lists different
# skills for them: they are moves both ways when the group is this small (a large unit group is
# a field, such as 2511 systems analysts with 20 occupations) and they list SAME_GROUP_SHARED
# skills in common, essential or optional.
MAX_SMALL_GROUP = 6
SAME_GROUP_SHARED = 2


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

    Ranked by overlap times the group factor, ties to the lower id; none under MIN_SIMILARITY.
    A move between two roles of the same level goes both ways: each has much of what the other
    needs.
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
            and o * group_factor(group, groups.get(other, "")) >= MIN_SIMILARITY
        ]
        for _, other in heapq.nsmallest(k, ranked):  # only k are wanted, so no full sort
            pairs.add((role, other))
            if levels[other] == level:
                pairs.add((other, role))
    return [overlaps.kinship(a, b) for a, b in sorted(pairs)]


def small_group_moves(
    levels: Mapping[str, int], groups: Mapping[str, str], listed: Mapping[str, frozenset[str]]
) -> list[tuple[str, str, str, int]]:
    """(from, to, unit group, skills in common) for each pair of roles of one small ISCO-08 unit
    group at one level that list SAME_GROUP_SHARED skills in common; both ways, sorted."""
    members: dict[str, list[str]] = {}
    for role, group in sorted(groups.items()):
        if len(group) == 4:
            members.setdefault(group, []).append(role)
    found: list[tuple[str, str, str, int]] = []
    for group, roles in sorted(members.items()):
        if len(roles) > MAX_SMALL_GROUP:
            continue
        for a in roles:
            for b in roles:
                shared = len(listed.get(a, frozenset()) & listed.get(b, frozenset()))
                if a != b and levels[a] == levels[b] and shared >= SAME_GROUP_SHARED:
                    found.append((a, b, group, shared))
    return found
