"""The order to learn a plan's skills in, as a teacher would give it, and why the first is first.

Prerequisites first; then what the next move needs before what later moves need; among the
skills that are ready, the ones most of the rest of the plan builds on, then the target's own
essential skills before the rest; in a pack without prerequisites, then the ones more of its
roles need (a foundation before a speciality). The id only breaks exact ties, so the order is
stable.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence

from pathfinder.core import words
from pathfinder.core.catalog import Catalog
from pathfinder.core.memo import cached
from pathfinder.core.skills import prerequisite_closure, roles_by_essential_skill
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


def _foundations(catalog: Catalog) -> Mapping[str, tuple[str, ...]]:
    """Skill -> the roles that need it, in a pack that says nothing of what comes before what.

    An imported taxonomy (O*NET) lists no prerequisites, so among skills that are otherwise
    equal a skill many roles need is the foundation: SQL before Apache Kafka, not the
    alphabet's order. A pack whose author wrote prerequisites keeps the author's order."""
    authored = cached(catalog, "any_prerequisites", lambda: any(s.requires for s in catalog.skills))
    return {} if authored else roles_by_essential_skill(catalog)


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

    used_by = _foundations(catalog)

    def key(s: str) -> tuple[int, int, bool, int, str]:
        return (first_step[s], -weight[s], s not in core, -len(used_by.get(s, ())), s)

    # NetworkX's lexicographical_topological_sort with this key, written out: every plan runs
    # it, the first at start-up, before NetworkX is worth importing (core/graph.py).
    ready = [key(s) for s, reqs in waiting.items() if not reqs]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        s = heapq.heappop(ready)[-1]
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
    needed_by = len(_foundations(catalog).get(first, ()))
    if needed_by > 1:
        reasons.append(
            words.translate(
                "Order",
                "it is a foundation: %n roles in this pack need it",
                None,
                PLURAL,
                needed_by
            )
        )  # fmt: skip
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
