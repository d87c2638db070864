"""Whole-pack checks that no single field can make: ids, references, cycles.

They read the raw parsed document (plain dicts and lists) and skip whatever is
malformed, because the field validator reports those; that way one run reports
every problem in the file at once.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from pathfinder.core import words
from pathfinder.core.graph import prerequisite_cycles
from pathfinder.core.problems import Path, Problem


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    if not close:
        return ""
    return words.translate("Checks", " (did you mean '{id}'?)").format(id=close[0])


def _entries(doc: Mapping[str, Any], section: str) -> Iterator[tuple[int, Mapping[str, Any]]]:
    items = doc.get(section)
    if isinstance(items, list):
        for i, item in enumerate(items):
            if isinstance(item, Mapping):
                yield i, item


def _ids_of(doc: Mapping[str, Any], section: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for i, item in _entries(doc, section):
        ident = item.get("id")
        if isinstance(ident, str):
            out.setdefault(ident, i)
    return out


def _str_list(value: Any) -> Iterator[tuple[int, str]]:
    if isinstance(value, list):
        for i, v in enumerate(value):
            if isinstance(v, str):
                yield i, v


def check_pack(doc: Mapping[str, Any]) -> list[Problem]:
    """Every cross-reference problem in a parsed pack, in document order."""
    problems: list[Problem] = []
    problems += _duplicate_ids(doc)
    skills = _ids_of(doc, "skills")
    roles = _ids_of(doc, "roles")
    sources = _ids_of(doc, "sources")
    facets = _ids_of(doc, "facets")

    def ref(path: Path, ident: str, known: Mapping[str, int], kind: str) -> None:
        if ident in known:
            return
        hint = ""
        if kind == "skill" and ident in roles:
            hint = words.translate("Checks", " ('{id}' is a role, not a skill)")
        elif kind == "role" and ident in skills:
            hint = words.translate("Checks", " ('{id}' is a skill, not a role)")
        hint = hint.format(id=ident) or did_you_mean(ident, known)
        problems.append(Problem(path, unknown_text(kind).format(id=ident, hint=hint)))

    def refs(path: Path, value: Any, known: Mapping[str, int], kind: str) -> None:
        seen: set[str] = set()
        for j, ident in _str_list(value):
            if ident in seen:
                twice = words.translate("Checks", "'{id}' is listed twice").format(id=ident)
                problems.append(Problem((*path, j), twice))
            seen.add(ident)
            ref((*path, j), ident, known, kind)

    def claim(path: Path, item: Any) -> None:
        """Provenance: the cited sources exist, and a claim is not both cited and ours."""
        if not isinstance(item, Mapping):
            return
        refs((*path, "sources"), item.get("sources"), sources, "source")
        if item.get("estimate") is True and any(True for _ in _str_list(item.get("sources"))):
            problems.append(
                Problem(
                    (*path, "estimate"),
                    words.translate(
                        "Checks",
                        "a claim either cites sources or is marked 'estimate: true', not both",
                    ),
                )
            )

    for i, skill in _entries(doc, "skills"):
        refs(("skills", i, "requires"), skill.get("requires"), skills, "skill")
        for j, req in _str_list(skill.get("requires")):
            if req == skill.get("id"):
                problems.append(
                    Problem(
                        ("skills", i, "requires", j),
                        words.translate("Checks", "a skill cannot require itself"),
                    )
                )
        claim(("skills", i), skill)
        cert = skill.get("certification")
        claim(("skills", i, "certification"), cert)
        if isinstance(cert, Mapping):
            successor = cert.get("successor")
            if isinstance(successor, str):
                ref(("skills", i, "certification", "successor"), successor, skills, "skill")
                if successor == skill.get("id"):
                    problems.append(
                        Problem(
                            ("skills", i, "certification", "successor"),
                            words.translate(
                                "Checks", "a certification cannot be its own successor"
                            ),
                        )
                    )

    for i, role in _entries(doc, "roles"):
        refs(("roles", i, "essential"), role.get("essential"), skills, "skill")
        refs(("roles", i, "optional"), role.get("optional"), skills, "skill")
        claim(("roles", i), role)
        essential = {s for _, s in _str_list(role.get("essential"))}
        for j, ident in _str_list(role.get("optional")):
            if ident in essential:
                problems.append(
                    Problem(
                        ("roles", i, "optional", j),
                        words.translate(
                            "Checks",
                            "'{id}' is both essential and optional; list it in one of them",
                        ).format(id=ident),
                    )
                )
        role_facets = role.get("facets")
        if isinstance(role_facets, Mapping):
            for key, value in role_facets.items():
                if isinstance(value, list):
                    for j, view in enumerate(value):
                        claim(("roles", i, "facets", key, j), view)
                else:
                    claim(("roles", i, "facets", key), value)
                if isinstance(key, str) and key not in facets:
                    problems.append(
                        Problem(
                            ("roles", i, "facets", key),
                            (
                                words.translate("Checks", "unknown facet '{id}'{hint}")
                                if facets
                                else words.translate(
                                    "Checks",
                                    "unknown facet '{id}'{hint}; declare it under 'facets:' first",
                                )
                            ).format(id=key, hint=did_you_mean(key, facets)),
                            at_key=True,
                        )
                    )
        salary = role.get("salary")
        claim(("roles", i, "salary"), salary)
        if isinstance(salary, Mapping):
            low, high = salary.get("low"), salary.get("high")
            if isinstance(low, int | float) and isinstance(high, int | float) and low > high:
                problems.append(
                    Problem(
                        ("roles", i, "salary", "high"),
                        words.translate("Checks", "salary high is below salary low"),
                    )
                )

    seen_moves: dict[tuple[str, str], int] = {}
    for i, move in _entries(doc, "transitions"):
        src, dst = move.get("from"), move.get("to")
        if isinstance(src, str):
            ref(("transitions", i, "from"), src, roles, "role")
        if isinstance(dst, str):
            ref(("transitions", i, "to"), dst, roles, "role")
        claim(("transitions", i), move)
        if isinstance(src, str) and isinstance(dst, str):
            if src == dst:
                problems.append(
                    Problem(
                        ("transitions", i),
                        words.translate("Checks", "a role cannot move to itself ('{id}')").format(
                            id=src
                        ),
                    )
                )
            elif (src, dst) in seen_moves:
                first = seen_moves[(src, dst)]
                problems.append(
                    Problem(
                        ("transitions", i),
                        words.translate(
                            "Checks",
                            "duplicate transition {source} -> {target} "
                            "(first as transitions[{first}])",
                        ).format(source=src, target=dst, first=first),
                    )
                )
            else:
                seen_moves[(src, dst)] = i

    problems += _prerequisite_cycles(doc, skills)
    return problems


def _duplicate_ids(doc: Mapping[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    # Skills and roles share one namespace: a learner types either id on the command line.
    shared: dict[str, str] = {}
    for section in ("skills", "roles", "sources", "facets"):
        own: dict[str, int] = {}
        for i, item in _entries(doc, section):
            ident = item.get("id")
            if not isinstance(ident, str):
                continue
            where: Path = (section, i, "id")
            if ident in own:
                problems.append(
                    Problem(
                        where,
                        duplicate_text(section).format(id=ident, first=own[ident]),
                    )
                )
                continue
            own[ident] = i
            if section in ("skills", "roles"):
                if ident in shared:
                    problems.append(
                        Problem(
                            where,
                            words.translate(
                                "Checks",
                                "id '{id}' is used by a skill and a role; "
                                "ids must be unique across skills and roles",
                            ).format(id=ident),
                        )
                    )
                shared.setdefault(ident, section)
    return problems


def _prerequisite_cycles(doc: Mapping[str, Any], skills: Mapping[str, int]) -> list[Problem]:
    requires: dict[str, list[str]] = {}
    for _, skill in _entries(doc, "skills"):
        ident = skill.get("id")
        if isinstance(ident, str) and ident not in requires:
            requires[ident] = [r for _, r in _str_list(skill.get("requires")) if r in skills]
    # Each cycle in full, reported at the skill it starts and ends with.
    return [
        Problem(
            ("skills", skills[c[0]], "requires"),
            words.translate("Checks", "prerequisite cycle: {cycle}").format(cycle=" -> ".join(c)),
        )
        for c in prerequisite_cycles(requires)
    ]


def unknown_text(kind: str) -> str:
    """'unknown skill '{id}'{hint}' for a reference of `kind`, to format with id and hint."""
    if kind == "skill":
        return words.translate("Checks", "unknown skill '{id}'{hint}")
    if kind == "role":
        return words.translate("Checks", "unknown role '{id}'{hint}")
    return words.translate("Checks", "unknown source '{id}'{hint}")


def duplicate_text(section: str) -> str:
    """The duplicate-id message of `section`, to format with id and first."""
    if section == "skills":
        return words.translate("Checks", "duplicate skill id '{id}' (first as skills[{first}])")
    if section == "roles":
        return words.translate("Checks", "duplicate role id '{id}' (first as roles[{first}])")
    if section == "sources":
        return words.translate("Checks", "duplicate source id '{id}' (first as sources[{first}])")
    return words.translate("Checks", "duplicate facet id '{id}' (first as facets[{first}])")
