"""The order to learn a plan's skills in, as a teacher would give it, and why the first is first.

Prerequisites first; then what the next move needs before what later moves need; among the
skills that are ready, the ones most of the rest of the plan builds on, then the target's own
essential skills before the rest. The id only breaks exact ties, so the order is stable.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence

from pathfinder.core import words
from pathfinder.core.catalog import Catalog
from pathfinder.core.skills import prerequisite_closure
from pathfinder.core.words import PLURAL


def builds_on(catalog: Catalog, gaps: Sequence[str]) -> dict[str, int]:
    """For each gap, how many of the other gaps need it (directly or through others)."""
    table = prerequisite_closure(catalog)
    inside = set(gaps)
    count = dict.fromkeys(gaps, 0)
    for skill in gaps:
        for below in table.get(skill, frozenset()):
            if below != skill and below in inside:
                count[below] += 1
    return count


def learning_order(catalog: Catalog, first_step: Mapping[str, int], target: str) -> list[str]:
    """The gaps (skill -> index of the step that first needs it) in the order to learn them."""
    by_id = catalog.skill_by_id
    core = set(catalog.role_by_id[target].essential)
    weight = builds_on(catalog, list(first_step))
    waiting = {s: {r for r in by_id[s].requires if r in first_step} for s in first_step}
    unlocks: dict[str, list[str]] = {}
    for s, reqs in waiting.items():
        for r in reqs:
            unlocks.setdefault(r, []).append(s)

    def key(s: str) -> tuple[int, int, bool, str]:
        return (first_step[s], -weight[s], s not in core, s)

    # NetworkX's lexicographical_topological_sort with this key, written out: every plan runs
    # it, the first at start-up, before NetworkX is worth importing (core/graph.py).
    ready = [key(s) for s, reqs in waiting.items() if not reqs]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        s = heapq.heappop(ready)[3]
        order.append(s)
        for nxt in unlocks.get(s, ()):
            waiting[nxt].discard(s)
            if not waiting[nxt]:
                heapq.heappush(ready, key(nxt))
    return order


def why_first(
    catalog: Catalog, order: Sequence[str], first_step: Mapping[str, int], roles: Sequence[str]
) -> str:
    """One line on why the plan's first skill comes first; '' when there is nothing to learn.

    `roles` are the roles the plan pays for, in order (first_step indexes them)."""
    if not order:
        return ""
    first = order[0]
    skill = catalog.skill_by_id[first].name
    role = catalog.role_by_id[roles[first_step[first]]].name
    target = roles[-1]
    reasons = []
    if len(roles) > 1 and first_step[first] == 0:
        reasons.append(
            words.translate("Order", "your next move, to {role}, needs it").format(role=role)
        )
    others = builds_on(catalog, order)[first]
    if others:
        reasons.append(
            words.translate("Order", "1 other skill in your plan builds on it")
            if others == 1
            else words.translate(
                "Order", "%n other skills in your plan build on it", None, PLURAL, others
            )
        )
    if first in catalog.role_by_id[target].essential:
        # The bare name in every language: a possessive ("X's") is English only.
        name = catalog.role_by_id[target].name
        reasons.append(
            words.translate("Order", "it is one of the core skills of {role}").format(role=name)
        )
    if not reasons:
        reasons.append(
            words.translate(
                "Order", "{role} needs it and nothing in your plan must come before it"
            ).format(role=role)
        )
    if len(reasons) == 1:
        because = reasons[0]
    else:
        because = words.translate("Order", "{reasons} and {last}").format(
            reasons=", ".join(reasons[:-1]), last=reasons[-1]
        )
    return words.translate("Order", "{skill} comes first: {reasons}").format(
        skill=skill, reasons=because
    )
