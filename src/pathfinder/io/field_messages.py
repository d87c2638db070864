"""Say in a pack author's words why a value in the pack was refused: which keys fit where,
and what the value should have been instead."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import Any

from pathfinder.core import words
from pathfinder.core.problems import Path
from pathfinder.io.pack_numbers import bound_text, number_hint, too_large

_FORMS = ("text", "claim", "views")


def fields_at(path: Path) -> Iterable[str]:
    from pathfinder.core import catalog as c

    models: dict[str, Any] = {
        "skills": c.Skill,
        "roles": c.Role,
        "transitions": c.Transition,
        "sources": c.Source,
        "facets": c.Facet,
    }
    model: Any = c.Catalog
    for part in path:
        if isinstance(part, int):
            continue
        if model is c.Catalog and part in models:
            model = models[part]
        elif part == "resources":
            model = c.Resource
        elif part == "salary":
            model = c.Salary
        elif part == "certification":
            model = c.Certification
        elif model is c.Catalog and part == "translations":
            model = "language"  # the next part is a language code
        elif model == "language":
            model = c.PackWords
        elif model is c.PackWords and part in ("roles", "skills"):
            model = part  # the next part is a role or skill id
        elif model in ("roles", "skills"):
            model = c.RoleWords if model == "roles" else c.SkillWords
        elif model is c.Role and part == "facets":
            model = "facet"  # the next part is a facet id, whose value may be a claim
        elif model == "facet":
            model = c.FacetClaim
        else:
            return ()
    return [f.alias or n for n, f in model.model_fields.items()]


def without_forms(loc: Path) -> Path:
    """Drop the form's name: (..., "facets", "focus", "claim", "text") -> (..., "focus", "text")."""
    for i in range(len(loc) - 2):
        if loc[i] == "facets" and loc[:1] == ("roles",) and loc[i + 2] in _FORMS:
            return loc[: i + 2] + loc[i + 3 :]
    return loc


def friendly_message(err: Any, loc: Path, spelling: str | None = None) -> str:
    field = str(next((p for p in reversed(loc) if isinstance(p, str)), "value"))
    kind = err["type"]
    got = err.get("input")
    huge = too_large(field, got)
    if huge is not None:
        return huge
    if isinstance(got, dict | list):
        shown = (
            words.translate("Packs", "a mapping")
            if isinstance(got, dict)
            else words.translate("Packs", "a list")
        )
    else:
        shown = json.dumps(got, default=str)
    if kind == "string_pattern_mismatch" and field == "currency":
        return words.translate(
            "Packs",
            "'{value}' is not a valid currency: use its three-letter code in capitals, like USD",
        ).format(value=got)
    if kind == "string_pattern_mismatch":
        return words.translate(
            "Packs",
            "'{value}' is not a valid {field}: use lower-case letters, digits and '-', "
            "starting with a letter or digit",
        ).format(value=got, field=field)
    if kind in (
        "string_type",
        "int_type",
        "float_type",
        "dict_type",
        "tuple_type",
        "list_type",
        "model_type",
        "model_attributes_type",
    ):
        hint = ""
        if isinstance(got, date) and kind == "string_type" and spelling:
            return words.translate(
                "Packs",
                '{field} must be text, but YAML reads {spelling} as a date: write "{spelling}" '
                "in quotes",
            ).format(field=field, spelling=spelling)
        if isinstance(got, bool | int | float) and kind == "string_type":
            if spelling and spelling != shown:
                return words.translate(
                    "Packs",
                    "{field} must be text, but YAML reads {spelling} as {shown}: "
                    'write "{spelling}" in quotes if you mean the text',
                ).format(field=field, spelling=spelling, shown=shown)
            word = str(got).lower() if isinstance(got, bool) else str(got)
            hint = words.translate(
                "Packs", ' (write "{word}" in quotes if you mean the text)'
            ).format(word=word)
        if isinstance(got, str) and kind in ("int_type", "float_type"):
            hint = number_hint(got)
        wanted = {
            "string_type": words.translate("Packs", "{field} must be text, not {shown}{hint}"),
            "int_type": words.translate(
                "Packs", "{field} must be a whole number, not {shown}{hint}"
            ),
            "float_type": words.translate("Packs", "{field} must be a number, not {shown}{hint}"),
            "dict_type": words.translate("Packs", "{field} must be a mapping, not {shown}{hint}"),
            "tuple_type": words.translate("Packs", "{field} must be a list, not {shown}{hint}"),
            "list_type": words.translate("Packs", "{field} must be a list, not {shown}{hint}"),
        }.get(kind) or words.translate(
            "Packs", "{field} must be a mapping of keys, not {shown}{hint}"
        )
        return wanted.format(field=field, shown=shown, hint=hint)
    if kind == "literal_error":
        expected = err.get("ctx", {}).get("expected") or words.translate("Packs", "a fixed value")
        return words.translate("Packs", "{field} must be {expected}, not {shown}").format(
            field=field, expected=expected, shown=shown
        )
    if kind in ("greater_than", "greater_than_equal", "less_than_equal", "less_than"):
        ctx = {k: bound_text(v) for k, v in err.get("ctx", {}).items()}
        if field == "level":
            return words.translate(
                "Packs", "level must be a whole number from 1 to 5, not {shown}"
            ).format(shown=shown)
        bound = {
            "greater_than": words.translate(
                "Packs", "{field} must be greater than {bound}, not {shown}"
            ),
            "greater_than_equal": words.translate(
                "Packs", "{field} must be at least {bound}, not {shown}"
            ),
            "less_than_equal": words.translate(
                "Packs", "{field} must be at most {bound}, not {shown}"
            ),
            "less_than": words.translate("Packs", "{field} must be less than {bound}, not {shown}"),
        }[kind]
        limit = {"greater_than": "gt", "greater_than_equal": "ge", "less_than_equal": "le"}
        return bound.format(field=field, bound=ctx.get(limit.get(kind, "lt")), shown=shown)
    if kind == "string_too_short":
        return words.translate("Packs", "{field} must not be empty").format(field=field)
    if kind == "too_short":
        return words.translate("Packs", "{field} needs at least one entry").format(field=field)
    if kind == "facet_value":
        return words.translate(
            "Packs",
            "{field}: a facet value must be text, a mapping with 'text', or a list of them, "
            "not {shown}",
        ).format(field=field, shown=shown)
    if kind == "value_error":
        return str(err["msg"]).removeprefix("Value error, ")
    if kind == "finite_number":
        return words.translate("Packs", "{field} must be a finite number").format(field=field)
    return f"{field}: {err['msg']}"
