"""Quality warnings for pack authors: things a valid pack may still get wrong.

An error (core.checks) makes a pack unusable; a warning is a pack that loads but would give
learners thin or doubtful advice. `pathfinder validate` prints both, each at its place, and
`--strict` treats warnings as errors. The rules and their limits are in docs/pack-format.md
("Quality warnings"); the numbers below are the ones documented there.
"""

from __future__ import annotations

from collections.abc import Mapping

from pathfinder.core import words
from pathfinder.core.catalog import Catalog
from pathfinder.core.problems import Problem
from pathfinder.core.skills import closure, effort, essential_closure
from pathfinder.core.timeline import DEFAULT_HOURS_PER_WEEK
from pathfinder.core.words import PLURAL

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
    out: list[Problem] = []
    for i, skill in enumerate(catalog.skills):
        if not skill.provenance_given:
            out.append(
                Problem(
                    ("skills", i, "id"),
                    words.translate(
                        "Quality",
                        "skill '{id}' has no provenance: "
                        "cite the sources that say it, or mark it 'estimate: true'",
                    ).format(id=skill.id),
                )
            )
        cert = skill.certification
        if cert is not None and cert.status != "active" and not cert.provenance_given:
            out.append(
                Problem(
                    ("skills", i, "certification"),
                    words.translate(
                        "Quality",
                        "the status of certification '{id}' has no provenance: "
                        "cite the sources that say it, or mark it 'estimate: true'",
                    ).format(id=skill.id),
                )
            )
    for i, role in enumerate(catalog.roles):
        if not role.provenance_given:
            why = words.translate(
                "Quality",
                "role '{id}' has no provenance: "
                "cite the sources that say it, or mark it 'estimate: true'",
            )
            out.append(Problem(("roles", i, "id"), why.format(id=role.id)))
        if role.salary is not None and not (role.salary.provenance_given or role.provenance_given):
            out.append(
                Problem(
                    ("roles", i, "salary"),
                    words.translate("Quality", "the salary of '{id}' has no provenance").format(
                        id=role.id
                    ),
                )
            )
    for i, move in enumerate(catalog.transitions):
        if not move.provenance_given:
            out.append(
                Problem(
                    ("transitions", i),
                    words.translate(
                        "Quality",
                        "the move {source} -> {target} has no provenance: "
                        "cite the sources that say it, or mark it 'estimate: true'",
                    ).format(source=move.source, target=move.target),
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
        Problem(
            ("sources", i, "id"),
            words.translate("Quality", "source '{id}' is never cited").format(id=source.id),
        )
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
                words.translate(
                    "Quality",
                    "no role uses skill '{id}' (not essential, optional or a prerequisite)",
                ).format(id=skill.id),
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
                    words.translate(
                        "Quality",
                        "a prerequisite chain of {links} links (more than {most}): {chain}; "
                        "list a prerequisite only where the skill cannot be learnt without it",
                    ).format(links=len(links) - 1, most=MAX_CHAIN, chain=" -> ".join(links)),
                )
            )
    return out


def _thin_roles(catalog: Catalog) -> list[Problem]:
    out = []
    for i, role in enumerate(catalog.roles):
        count = len(role.essential)
        if count >= MIN_ESSENTIAL:
            continue
        message = words.translate(
            "Quality",
            "role '{id}' has %n essential skill(s) (fewer than {least}): "
            "learners cannot tell what it takes",
            None,
            PLURAL,
            count
        )  # fmt: skip
        out.append(
            Problem(("roles", i, "essential"), message.format(id=role.id, least=MIN_ESSENTIAL))
        )
    return out


def _unreached_roles(catalog: Catalog) -> list[Problem]:
    return [
        Problem(
            ("roles", i, "id"),
            words.translate(
                "Quality", "no move reaches role '{id}' and it is not marked 'entry: true'"
            ).format(id=role.id),
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
                    words.translate(
                        "Quality",
                        "the move {source} -> {target} goes down a level ({level} to {lower})",
                    ).format(source=move.source, target=move.target, level=src, lower=dst),
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
                    (
                        words.translate(
                            "Quality",
                            "the move {source} -> {target} takes {months} month, but what it "
                            "newly needs is {hours} h, {study} months of study at {pace} h a "
                            "week: more than {factor} times apart",
                        )
                        if move.months == 1
                        else words.translate(
                            "Quality",
                            "the move {source} -> {target} takes {months} months, but what it "
                            "newly needs is {hours} h, {study} months of study at {pace} h a "
                            "week: more than {factor} times apart",
                        )
                    ).format(
                        source=move.source,
                        target=move.target,
                        months=f"{move.months:g}",
                        hours=f"{hours:g}",
                        study=f"{study:.1f}",
                        pace=f"{STUDY_HOURS_PER_WEEK:g}",
                        factor=f"{MONTHS_FACTOR:g}",
                    ),
                )
            )
    return out
