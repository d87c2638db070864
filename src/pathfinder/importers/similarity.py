"""Moves between roles derived from the essential skills they share (for taxonomies without moves).

A skill that few roles need says more about two roles' kinship than one almost every role
needs, so each skill weighs w(s) = 1 + ln(N / df(s)), where N counts the roles with essential
skills and df(s) those that need s. Two roles' similarity is the weighted Jaccard overlap
w(A ∩ B) / w(A ∪ B). Each role is joined to its k most similar roles, in both directions:
if B is among A's nearest, a person in either role has most of what the other needs.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Kinship:
    source: str
    target: str
    shared: int  # essential skills both roles need
    target_total: int  # essential skills of the target role
    overlap: float  # weighted Jaccard overlap, 0..1


def nearest_moves(essentials: Mapping[str, frozenset[str]], k: int) -> list[Kinship]:
    """Moves between each role and its k most similar roles, both ways, sorted by (from, to)."""
    roles = sorted(r for r, skills in essentials.items() if skills)
    if k <= 0 or len(roles) < 2:
        return []
    postings: dict[str, list[str]] = {}
    for role in roles:
        for skill in essentials[role]:
            postings.setdefault(skill, []).append(role)
    n = len(roles)
    weight = {s: 1.0 + math.log(n / len(rs)) for s, rs in sorted(postings.items())}

    def total(role: str) -> float:
        return math.fsum(weight[s] for s in sorted(essentials[role]))

    totals = {role: total(role) for role in roles}
    pairs: set[tuple[str, str]] = set()
    for role in roles:
        shared: dict[str, float] = {}
        for skill in sorted(essentials[role]):
            w = weight[skill]
            for other in postings[skill]:
                shared[other] = shared.get(other, 0.0) + w
        shared.pop(role, None)
        mine = totals[role]
        # Most similar first, ties to the lower id; only k are wanted, so no full sort.
        nearest = heapq.nsmallest(
            k, [(-(w / (mine + totals[other] - w)), other) for other, w in shared.items()]
        )
        for _, other in nearest:
            pairs.add((role, other) if role < other else (other, role))

    moves: list[Kinship] = []
    for a, b in sorted(pairs):
        common = essentials[a] & essentials[b]
        # fsum over a sorted set gives the same bits whichever side asks.
        inter = math.fsum(weight[s] for s in sorted(common))
        overlap = inter / (totals[a] + totals[b] - inter)
        moves.append(Kinship(a, b, len(common), len(essentials[b]), overlap))
        moves.append(Kinship(b, a, len(common), len(essentials[a]), overlap))
    moves.sort(key=lambda m: (m.source, m.target))
    return moves
