"""A pack in the learner's language: its names, summaries and descriptions, never its ids.

A pack is written in one language (`language:`, English by default) and may carry its words in
more under `translations:` (docs/pack-format.md, Languages). The window and the command line
choose the learner's language and call `in_language` once after loading; everything after that
(graph, plan, report, search) reads the catalog it returns as it reads any other. Ids, levels,
skills and moves are the same objects, so a profile, a plan or a cache made in one language
means the same in every other.

What a translation leaves out shows in the pack's own language. The pack's own name of each
role and skill stays searchable as an alias, so a counsellor can type either.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pathfinder.core.catalog import Catalog, PackWords, Role, Skill

# A language as packs write it: ISO 639 in lower case, optionally a region or script
# (es, fr, de, pt-BR, zh-Hant).
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-(?:[A-Z]{2}|[0-9]{3}|[A-Z][a-z]{3}))?$")
# The locale names of the C library that say "no particular language".
_NO_LANGUAGE = {"", "c", "posix"}


def pack_languages(catalog: Catalog) -> tuple[str, ...]:
    """The languages the pack can be shown in: its own first, then its translations."""
    return (catalog.language, *sorted(k for k in catalog.translations if k != catalog.language))


def language_of(wanted: str | None) -> str:
    """A language code from what a caller has: `es`, `es_ES.UTF-8`, `pt_br`, `de-DE@euro`.

    Returns "" when it names no language (None, empty, `C`, `POSIX`)."""
    text = (wanted or "").strip().split(".")[0].split("@")[0].replace("_", "-")
    if text.casefold() in _NO_LANGUAGE:
        return ""
    head, _, rest = text.partition("-")
    if not rest:
        return head.lower()
    rest = rest.upper() if len(rest) == 2 else rest[:1].upper() + rest[1:].lower()
    return f"{head.lower()}-{rest}"


def chosen_language(catalog: Catalog, wanted: str | None) -> str:
    """The language the pack is shown in for `wanted`: the same one, else the same language
    in another region (pt-BR for pt, es for es-MX), else the pack's own."""
    code = language_of(wanted)
    if not code:
        return catalog.language
    have = pack_languages(catalog)
    folded = {c.casefold(): c for c in have}
    if code.casefold() in folded:
        return folded[code.casefold()]
    head = code.split("-")[0].casefold()
    if head in folded:
        return folded[head]
    return next((c for c in have if c.split("-")[0].casefold() == head), catalog.language)


# (id of the pack as read, language) -> (that pack, the pack in that language). Kept with the
# pack itself, so a reused id cannot mislead; bounded, since a window opens a few packs a day.
_SHOWN: dict[tuple[int, str], tuple[Catalog, Catalog]] = {}
# id of a translated pack -> (it, the pack as read): a language can be changed again later.
_READ_AS: dict[int, tuple[Catalog, Catalog]] = {}
_KEEP = 32


def in_language(catalog: Catalog, wanted: str | None) -> Catalog:
    """`catalog` with its names, summaries and descriptions in `wanted` (a code or a locale
    name), falling back to the pack's own language for anything not translated.

    The pack's own language, or a pack without translations, gives `catalog` itself. Each
    (pack, language) is worked out once; a catalog this returned can be passed again with
    another language."""
    kept = _READ_AS.get(id(catalog))
    if kept is not None and kept[0] is catalog:
        catalog = kept[1]
    lang = chosen_language(catalog, wanted)
    if lang == catalog.language or lang not in catalog.translations:
        return catalog
    found = _SHOWN.get((id(catalog), lang))
    if found is not None and found[0] is catalog:
        return found[1]
    if len(_SHOWN) >= _KEEP:
        _SHOWN.clear()
        _READ_AS.clear()
    shown = _translated(catalog, lang, catalog.translations[lang])
    _SHOWN[(id(catalog), lang)] = (catalog, shown)
    _READ_AS[id(shown)] = (shown, catalog)
    return shown


def _translated(catalog: Catalog, lang: str, words: PackWords) -> Catalog:
    roles = tuple(_role(r, words) for r in catalog.roles)
    skills = tuple(_skill(s, words) for s in catalog.skills)
    fields = {name: getattr(catalog, name) for name in Catalog.model_fields}
    fields.update(
        language=lang,
        name=words.name or catalog.name,
        description=words.description or catalog.description,
        roles=roles,
        skills=skills,
    )
    # Built without validating again: every value is one the pack's own validation passed,
    # and a copy would carry over the original's cached lookups (role_by_id, ...).
    return Catalog.model_construct(**fields)


def _role(role: Role, words: PackWords) -> Role:
    said = words.roles.get(role.id)
    family = words.families.get(role.family, role.family)
    if said is None:
        if family == role.family:
            return role
        return role.model_copy(update={"family": family})
    name = said.name or role.name
    return role.model_copy(
        update={
            "name": name,
            "aliases": _aliases(name, (*said.aliases, role.name, *role.aliases)),
            "summary": said.summary or role.summary,
            "family": family,
        }
    )


def _skill(skill: Skill, words: PackWords) -> Skill:
    said = words.skills.get(skill.id)
    category = words.categories.get(skill.category, skill.category)
    if said is None:
        if category == skill.category:
            return skill
        return skill.model_copy(update={"category": category})
    name = said.name or skill.name
    return skill.model_copy(
        update={
            "name": name,
            "aliases": _aliases(name, (*said.aliases, skill.name, *skill.aliases)),
            "description": said.description or skill.description,
            "category": category,
        }
    )


def _aliases(name: str, names: Iterable[str]) -> tuple[str, ...]:
    """Each other name once, in order, leaving out the shown name itself.

    Exact repeats only: folding the case of every alias took most of a second on ESCO's
    100,000 of them, and search folds case itself (core/names.py)."""
    out = dict.fromkeys(n for n in names if n.strip())
    out.pop(name, None)
    return tuple(out)
