"""Quality warnings for pack authors: things a valid pack may still get wrong.

An error (core.checks) makes a pack unusable; a warning is a pack that loads but would give
learners thin or doubtful advice. `pathfinder validate` prints both, each at its place, and
`--strict` treats warnings as errors. The rules and their limits are in docs/pack-format.md
("Quality warnings"); the numbers below are the ones documented there.
"""

from __future__ import annotations

from collections.abc import Mapping

from pathfinder.core.catalog import Catalog
from pathfinder.core.problems import Problem
from pathfinder.core.skills import closure, effort, essential_closure
from pathfinder.core.timeline import DEFAULT_HOURS_PER_WEEK

MIN_ESSENTIAL = 3
# The study pace the months of a move are compared with: the planner's default hours a week.
STUDY_HOURS_PER_WEEK = DEFAULT_HOURS_PER_WEEK
WEEKS_PER_MONTH = 52 / 12
# A move's months and its study time may differ this many times before it is worth a look.
MONTHS_FACTOR = 4.0
# Differences below a month are noise in a career's time scale: both sides count as at least one.
MONTHS_FLOOR = 1.0
MAX_CHAIN = 4  # prerequisite links below a skill


def study_months(hours: float, hours_per_week: float = STUDY_HOURS_PER_WEEK) -> float:
    return hours / (hours_per_week * WEEKS_PER_MONTH)


def pack_warnings(catalog: Catalog) -> list[Problem]:
    """Every warning for the pack, in document order of the sections checked."""
    out: list[Problem] = []
    out += _provenance(catalog)
    out += _sources_never_cited(catalog)
    out += _skills_no_role_uses(catalog)
    out += _long_chains(catalog)
    out += _thin_roles(catalog)
    out += _unreached_roles(catalog)
    out += _moves(catalog)
    return out


def _provenance(catalog: Catalog) -> list[Problem]:
    hint = "cite the sources that say it, or mark it 'estimate: true'"
    out: list[Problem] = []
    for i, skill in enumerate(catalog.skills):
        if not skill.provenance_given:
            out.append(
                Problem(("skills", i, "id"), f"skill '{skill.id}' has no provenance: {hint}")
            )
        cert = skill.certification
        if cert is not None and cert.status != "active" and not cert.provenance_given:
            out.append(
                Problem(
                    ("skills", i, "certification"),
                    f"the status of certification '{skill.id}' has no provenance: {hint}",
                )
            )
    for i, role in enumerate(catalog.roles):
        if not role.provenance_given:
            out.append(Problem(("roles", i, "id"), f"role '{role.id}' has no provenance: {hint}"))
        if role.salary is not None and not (role.salary.provenance_given or role.provenance_given):
            out.append(
                Problem(("roles", i, "salary"), f"the salary of '{role.id}' has no provenance")
            )
    for i, move in enumerate(catalog.transitions):
        if not move.provenance_given:
            out.append(
                Problem(
                    ("transitions", i),
                    f"the move {move.source} -> {move.target} has no provenance: {hint}",
                )
            )
    return out


def _sources_never_cited(catalog: Catalog) -> list[Problem]:
    cited: set[str] = set()
    for skill in catalog.skills:
        cited.update(skill.sources)
        if skill.certification is not None:
            cited.update(skill.certification.sources)
    for role in catalog.roles:
        cited.update(role.sources)
        if role.salary is not None:
            cited.update(role.salary.sources)
        for value in role.facets.values():
            if isinstance(value, str):
                continue
            for view in (value,) if not isinstance(value, tuple) else value:
                cited.update(view.sources)
    for move in catalog.transitions:
        cited.update(move.sources)
    return [
        Problem(("sources", i, "id"), f"source '{source.id}' is never cited")
        for i, source in enumerate(catalog.sources)
        if source.id not in cited
    ]


def _skills_no_role_uses(catalog: Catalog) -> list[Problem]:
    # A skill counts as used when a role lists it or it is a prerequisite of one a role lists;
    # a retired certification is kept so that learners who hold it can say so.
    listed = {s for r in catalog.roles for s in (*r.essential, *r.optional)}
    used = closure(catalog, listed)
    out = []
    for i, skill in enumerate(catalog.skills):
        cert = skill.certification
        if skill.id in used or (cert is not None and cert.status == "retired"):
            continue
        out.append(
            Problem(
                ("skills", i, "id"),
                f"no role uses skill '{skill.id}' (not essential, optional or a prerequisite)",
            )
        )
    return out


def _long_chains(catalog: Catalog) -> list[Problem]:
    """Skills with more than MAX_CHAIN prerequisite links below them, at the top of the chain."""
    below: dict[str, list[str]] = {}  # the longest chain under each skill, itself first

    def chain(ident: str) -> list[str]:
        # Iterative, in dependency order: long honest chains must not hit recursion limits.
        stack = [ident]
        while stack:
            top = stack[-1]
            if top in below:
                stack.pop()
                continue
            skill = catalog.skill_by_id.get(top)
            reqs = [r for r in (skill.requires if skill else ()) if r in catalog.skill_by_id]
            todo = [r for r in reqs if r not in below]
            if todo:
                stack += todo
                continue
            longest = max((below[r] for r in reqs), key=len, default=[])
            below[top] = [top, *longest]
            stack.pop()
        return below[ident]

    required = {r for s in catalog.skills for r in s.requires}
    out = []
    for i, skill in enumerate(catalog.skills):
        links = chain(skill.id)
        if len(links) - 1 > MAX_CHAIN and skill.id not in required:
            out.append(
                Problem(
                    ("skills", i, "requires"),
                    f"a prerequisite chain of {len(links) - 1} links (more than {MAX_CHAIN}): "
                    + " -> ".join(links)
                    + "; list a prerequisite only where the skill cannot be learnt without it",
                )
            )
    return out


def _thin_roles(catalog: Catalog) -> list[Problem]:
    return [
        Problem(
            ("roles", i, "essential"),
            f"role '{role.id}' has {len(role.essential)} essential skill"
            f"{'' if len(role.essential) == 1 else 's'} (fewer than {MIN_ESSENTIAL}): "
            "learners cannot tell what it takes",
        )
        for i, role in enumerate(catalog.roles)
        if len(role.essential) < MIN_ESSENTIAL
    ]


def _unreached_roles(catalog: Catalog) -> list[Problem]:
    return [
        Problem(
            ("roles", i, "id"),
            f"no move reaches role '{role.id}' and it is not marked 'entry: true'",
        )
        for i, role in enumerate(catalog.roles)
        if not role.entry and not catalog.moves_into.get(role.id)
    ]


def _moves(catalog: Catalog) -> list[Problem]:
    out: list[Problem] = []
    levels: Mapping[str, int] = {r.id: r.level for r in catalog.roles}
    for i, move in enumerate(catalog.transitions):
        src, dst = levels.get(move.source), levels.get(move.target)
        if src is not None and dst is not None and dst < src:
            out.append(
                Problem(
                    ("transitions", i, "to"),
                    f"the move {move.source} -> {move.target} goes down a level ({src} to {dst})",
                )
            )
        if move.months is None or src is None or dst is None:
            continue
        new = essential_closure(catalog, move.target) - essential_closure(catalog, move.source)
        hours = effort(catalog, new)
        study = study_months(hours)
        high = max(move.months, study, MONTHS_FLOOR)
        low = max(min(move.months, study), MONTHS_FLOOR)
        if high / low > MONTHS_FACTOR:
            out.append(
                Problem(
                    ("transitions", i, "months"),
                    f"the move {move.source} -> {move.target} takes {move.months:g} "
                    f"month{'' if move.months == 1 else 's'}, but "
                    f"what it newly needs is {hours:g} h, {study:.1f} months of study at "
                    f"{STUDY_HOURS_PER_WEEK:g} h a week: more than {MONTHS_FACTOR:g} times apart",
                )
            )
    return out
