"""Checks of a pack's `translations:` that need the whole pack, and its missing-name warnings.

The shapes (a mapping of mappings, text where text goes) are checked by the catalog's models;
these find what only the whole pack shows: a language code that is not one, a translation of a
role, skill, family or category the pack does not have, two families given one name (their
lanes would merge), and, as warnings, roles and skills a language leaves unnamed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pathfinder.core import words
from pathfinder.core.catalog import Catalog
from pathfinder.core.checks import did_you_mean
from pathfinder.core.languages import LANGUAGE_CODE
from pathfinder.core.problems import Problem
from pathfinder.core.words import PLURAL

# A warning names at most this many of the missing ids, then counts the rest.
LISTED = 5


def translation_problems(doc: Mapping[str, Any]) -> list[Problem]:
    """Every problem of the raw pack's `translations:` that its models cannot see."""
    block = doc.get("translations")
    if not isinstance(block, Mapping) or not block:
        return []
    out: list[Problem] = []
    own = doc.get("language", "en")
    if isinstance(own, str) and not LANGUAGE_CODE.match(own):
        out.append(
            Problem(
                ("language",),
                words.translate(
                    "Pack",
                    "'{code}' is not a language code: a pack with translations names its own "
                    "language by its code, like en",
                ).format(code=own),
            )
        )
    roles = _texts(doc, "roles", "id")
    skills = _texts(doc, "skills", "id")
    families = _texts(doc, "roles", "family") or {"General"}
    categories = _texts(doc, "skills", "category") or {"General"}
    for code, said in block.items():
        if not isinstance(code, str):
            continue  # reported by the reader: a key must be text
        place = ("translations", code)
        if not LANGUAGE_CODE.match(code):
            out.append(Problem(place, _not_a_code(code), at_key=True))
        elif code == own:
            out.append(
                Problem(
                    place,
                    words.translate(
                        "Pack",
                        "{code} is the pack's own language (language: {code}): its words are "
                        "the plain name, summary and description fields",
                    ).format(code=code),
                    at_key=True,
                )
            )
        if not isinstance(said, Mapping):
            continue
        out += _unknown(said, place, "roles", roles, _role_text)
        out += _unknown(said, place, "skills", skills, _skill_text)
        out += _unknown(said, place, "families", families, _family_text)
        out += _unknown(said, place, "categories", categories, _category_text)
        out += _merged_families(said, place)
    return out


def _not_a_code(code: str) -> str:
    return words.translate(
        "Pack",
        "'{code}' is not a language code: write the two-letter code in lower case (es, fr, "
        "de), with a region after a dash if needed (pt-BR)",
    ).format(code=code)


def _role_text(name: str, hint: str) -> str:
    return words.translate("Pack", "unknown role '{name}'{hint}").format(name=name, hint=hint)


def _skill_text(name: str, hint: str) -> str:
    return words.translate("Pack", "unknown skill '{name}'{hint}").format(name=name, hint=hint)


def _family_text(name: str, hint: str) -> str:
    return words.translate("Pack", "no role has the family '{name}'{hint}").format(
        name=name, hint=hint
    )


def _category_text(name: str, hint: str) -> str:
    return words.translate("Pack", "no skill has the category '{name}'{hint}").format(
        name=name, hint=hint
    )


def _texts(doc: Mapping[str, Any], section: str, key: str) -> set[str]:
    items = doc.get(section)
    if not isinstance(items, list):
        return set()
    return {
        item[key] for item in items if isinstance(item, Mapping) and isinstance(item.get(key), str)
    }


def _unknown(
    said: Mapping[str, Any],
    place: tuple[str, str],
    section: str,
    known: set[str],
    message: Any,
) -> list[Problem]:
    given = said.get(section)
    if not isinstance(given, Mapping):
        return []
    return [
        Problem((*place, section, key), message(key, did_you_mean(key, known)), at_key=True)
        for key in given
        if isinstance(key, str) and key not in known
    ]


def _merged_families(said: Mapping[str, Any], place: tuple[str, str]) -> list[Problem]:
    given = said.get("families")
    if not isinstance(given, Mapping):
        return []
    first: dict[str, str] = {}
    out: list[Problem] = []
    for family, name in given.items():
        if not isinstance(name, str) or not isinstance(family, str):
            continue
        other = first.setdefault(name.casefold(), family)
        if other != family:
            out.append(
                Problem(
                    (*place, "families", family),
                    words.translate(
                        "Pack",
                        "'{name}' is already the name of the family '{other}' in this "
                        "language: their lanes would merge into one",
                    ).format(name=name, other=other),
                )
            )
    return out


def translation_warnings(catalog: Catalog) -> list[Problem]:
    """One warning per language that leaves roles or skills without a name: they show in the
    pack's own language there."""
    out: list[Problem] = []
    for code, said in sorted(catalog.translations.items()):
        for kind, ids, named in (
            ("roles", [r.id for r in catalog.roles], said.roles),
            ("skills", [s.id for s in catalog.skills], said.skills),
        ):
            missing = [i for i in ids if named.get(i) is None or named[i].name is None]
            if not missing:
                continue
            listed = ", ".join(missing[:LISTED])
            more, unnamed = len(missing) - LISTED, len(missing)
            if more > 0:
                listed = words.translate("Pack", "{listed} and %n more", None, PLURAL, more).format(
                    listed=listed
                )
            if kind == "roles":
                text = words.translate(
                    "Pack",
                    "no name in {code} for %n role(s), shown in {own} there: {listed}",
                    None,
                    PLURAL,
                    unnamed
                )  # fmt: skip
            else:
                text = words.translate(
                    "Pack",
                    "no name in {code} for %n skill(s), shown in {own} there: {listed}",
                    None,
                    PLURAL,
                    unnamed
                )  # fmt: skip
            place = ("translations", code, kind) if named else ("translations", code)
            out.append(Problem(place, text.format(code=code, own=catalog.language, listed=listed)))
    return out
