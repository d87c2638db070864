"""Two roles side by side: the rows of a comparison table, for the learner who holds `held`.

Pure and deterministic: facet rows follow the pack's facet order, skill lists are sorted by
skill name (then id, so two skills with the same name still have a fixed order).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pathfinder.core.catalog import Catalog, Role, Salary, facet_text
from pathfinder.core.planner import check_ids
from pathfinder.core.provenance import View, facet_said, said_by
from pathfinder.core.skills import effort, essential_closure, fit


@dataclass(frozen=True)
class FacetRow:
    """One line of the table; a role that does not fill the facet shows ""."""

    facet: str
    label: str
    a: str
    b: str
    # Each side's statements with where they come from (several where the sources disagree).
    a_views: tuple[View, ...] = ()
    b_views: tuple[View, ...] = ()


@dataclass(frozen=True)
class RoleSide:
    """What the table shows about one role, including how far the learner is from it."""

    role: str
    name: str
    level: int
    family: str
    salary: Salary | None
    fit: float
    hours_to_go: float
    # Where the role and its salary come from: "from: <article>", "our estimate" or "".
    said_by: str = ""
    salary_said_by: str = ""


@dataclass(frozen=True)
class SkillSplit:
    """Skill ids in both roles, only in A and only in B, each sorted by skill name."""

    shared: tuple[str, ...]
    only_a: tuple[str, ...]
    only_b: tuple[str, ...]


@dataclass(frozen=True)
class Comparison:
    a: RoleSide
    b: RoleSide
    facets: tuple[FacetRow, ...]
    essential: SkillSplit
    # Optional skills, leaving out any that either role lists as essential: those are
    # already in `essential`, and showing one skill twice reads like two skills.
    optional: SkillSplit


def compare_roles(catalog: Catalog, a: str, b: str, held: frozenset[str]) -> Comparison:
    """Compare role `a` with role `b` for a learner whose known skills (a closure) are `held`.

    Raises UnknownIdError for a role id the pack does not have.
    """
    check_ids(catalog, roles=[a, b])
    role_a, role_b = catalog.role_by_id[a], catalog.role_by_id[b]
    rows = tuple(
        FacetRow(
            f.id,
            f.label,
            _facet(role_a, f.id),
            _facet(role_b, f.id),
            facet_said(catalog, role_a, f.id),
            facet_said(catalog, role_b, f.id),
        )
        for f in catalog.facets
        if _facet(role_a, f.id) or _facet(role_b, f.id)
    )
    essential = _split(catalog, role_a.essential, role_b.essential)
    listed = set(role_a.essential) | set(role_b.essential)
    optional = _split(
        catalog,
        [s for s in role_a.optional if s not in listed],
        [s for s in role_b.optional if s not in listed],
    )
    return Comparison(
        a=_side(catalog, role_a, held),
        b=_side(catalog, role_b, held),
        facets=rows,
        essential=essential,
        optional=optional,
    )


def _facet(role: Role, facet: str) -> str:
    # A blank value is the author leaving the cell empty, not a fact to show.
    return facet_text(role, facet)


def _side(catalog: Catalog, role: Role, held: frozenset[str]) -> RoleSide:
    return RoleSide(
        role=role.id,
        name=role.name,
        level=role.level,
        family=role.family,
        salary=role.salary,
        fit=fit(catalog, role.id, held),
        hours_to_go=effort(catalog, essential_closure(catalog, role.id) - held),
        said_by=said_by(catalog, role.sources, role.estimate),
        salary_said_by=_salary_said_by(catalog, role),
    )


def _salary_said_by(catalog: Catalog, role: Role) -> str:
    salary = role.salary
    if salary is None:
        return ""
    if salary.sources or salary.estimate:
        return said_by(catalog, salary.sources, salary.estimate)
    return said_by(catalog, role.sources, role.estimate)  # the role's own provenance


def _split(catalog: Catalog, a: Iterable[str], b: Iterable[str]) -> SkillSplit:
    set_a, set_b = set(a), set(b)
    return SkillSplit(
        shared=_by_name(catalog, set_a & set_b),
        only_a=_by_name(catalog, set_a - set_b),
        only_b=_by_name(catalog, set_b - set_a),
    )


def _by_name(catalog: Catalog, skills: set[str]) -> tuple[str, ...]:
    by_id = catalog.skill_by_id

    def key(skill: str) -> tuple[str, str]:
        found = by_id.get(skill)
        return ((found.name if found else skill).casefold(), skill)

    return tuple(sorted(skills, key=key))
