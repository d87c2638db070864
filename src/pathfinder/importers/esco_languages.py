"""ESCO's labels in more languages: the pack's `translations:` from ESCO's CSVs of that language.

ESCO publishes its classification once per language, in the same layout (occupations_es.csv,
skills_es.csv, ISCOGroups_es.csv, skillsHierarchy_es.csv next to the English ones). The pack is
built from the English files as always; `--language es` adds what the Spanish files name for
the same concepts (joined by their URIs) as the pack's `es` translation, so one pack serves
both. A concept a language does not label shows in English there, and the notes say how many.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from pathfinder.core import words
from pathfinder.importers import ImportFailed
from pathfinder.importers.common import aliases, count, tidy
from pathfinder.importers.tables import Tables

LISTED = 5  # concepts without a label named in the notes; the rest are counted


@dataclass(frozen=True)
class Labels:
    """One concept's words in one language: what the pack's translation block holds."""

    name: str
    alts: str
    text: str

    def entry(self, text_key: str) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name}
        names = aliases(self.name, self.alts.splitlines())
        if names:
            out["aliases"] = names
        if self.text:
            out[text_key] = self.text
        return out


def _labels(tables: Tables, name: str) -> dict[str, Labels]:
    return {
        uri: Labels(tidy(label), alts, tidy(text))
        for uri, label, alts, text in tables.rows(
            name, ["conceptUri", "preferredLabel"], ["altLabels", "description"]
        )
        if uri and tidy(label)
    }


def isco_groups(tables: Tables, lang: str) -> dict[str, str]:
    """ISCO code (any depth: "25", "2511") -> its label; sub-major groups are the lanes."""
    name = f"ISCOGroups_{lang}.csv"
    if not tables.has(name):
        return {}
    return {
        code.strip(): tidy(label)
        for code, label in tables.rows(name, ["code", "preferredLabel"])
        if code.strip()
    }


def _isco_labels(tables: Tables, lang: str) -> dict[str, str]:
    """The groups that have a label in `lang` (an empty one falls back to the pack's)."""
    return {code: label for code, label in isco_groups(tables, lang).items() if label}


def _group_labels(tables: Tables, lang: str) -> dict[str, str]:
    """Level 1 URI of the skills hierarchy -> its term: the groups that are the categories."""
    name = f"skillsHierarchy_{lang}.csv"
    if not tables.has(name):
        return {}
    return {
        uri: tidy(term)
        for uri, term in tables.rows(name, ["Level 1 URI", "Level 1 preferred term"])
        if uri and tidy(term)
    }


def _renamed(pairs: Mapping[str, str], used: set[str]) -> dict[str, str]:
    """Own-language text -> other-language text, for texts the pack uses, one name each:
    two families given one name would share a lane (the pack refuses that), so the second
    keeps its own-language name."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for mine, theirs in sorted(pairs.items()):
        if mine in used and theirs.casefold() not in taken:
            taken.add(theirs.casefold())
            out[mine] = theirs
    return out


def check_language(tables: Tables, base: str, lang: str) -> None:
    """ImportFailed unless ESCO's occupations file of `lang` is there."""
    occ_file = f"occupations_{lang}.csv"
    if not tables.has(occ_file):
        raise ImportFailed(
            words.translate(
                "Import",
                "{root}: no {file} here: --language {lang} needs ESCO's classification files "
                "in that language (the '{lang}' classification zip) beside the {base} ones",
            ).format(root=tables.root, file=occ_file, lang=lang, base=base)
        )


def esco_translation(
    tables: Tables,
    base: str,
    lang: str,
    pack: Mapping[str, Any],
    uris: Mapping[str, str],
    say: Callable[[str], None],
) -> tuple[dict[str, Any], list[str]]:
    """The pack's translation into `lang` from ESCO's files of that language, and the notes.

    `uris`: the pack id of each ESCO concept the pack holds (roles and skills alike)."""
    occ_file, skill_file = f"occupations_{lang}.csv", f"skills_{lang}.csv"
    check_language(tables, base, lang)
    say(words.translate("Import", "reading {file}").format(file=occ_file))
    occupations = _labels(tables, occ_file)
    skills = _labels(tables, skill_file) if tables.has(skill_file) else {}
    role_ids = {r["id"] for r in pack["roles"]}
    roles: dict[str, Any] = {}
    skill_words: dict[str, Any] = {}
    unlabelled_roles: list[str] = []
    unlabelled_skills: list[str] = []
    for uri, ident in sorted(uris.items(), key=lambda pair: pair[1]):
        is_role = ident in role_ids
        said = (occupations if is_role else skills).get(uri)
        if said is None:
            (unlabelled_roles if is_role else unlabelled_skills).append(ident)
        elif is_role:
            roles[ident] = said.entry("summary")
        else:
            skill_words[ident] = said.entry("description")
    block: dict[str, Any] = {}
    families = _families(tables, base, lang, pack)
    if families:
        block["families"] = families
    categories = _categories(tables, base, lang, pack)
    if categories:
        block["categories"] = categories
    block["roles"] = roles
    block["skills"] = skill_words
    notes = [
        _missing(lang, "occupation", len(role_ids), unlabelled_roles, occ_file, base),
        _missing(lang, "skill", len(uris) - len(role_ids), unlabelled_skills, skill_file, base),
    ]
    return block, [n for n in notes if n]


def _families(tables: Tables, base: str, lang: str, pack: Mapping[str, Any]) -> dict[str, str]:
    mine, theirs = _isco_labels(tables, base), _isco_labels(tables, lang)
    pairs = {label: theirs[code] for code, label in mine.items() if code in theirs}
    return _renamed(pairs, {str(r.get("family", "General")) for r in pack["roles"]})


def _categories(tables: Tables, base: str, lang: str, pack: Mapping[str, Any]) -> dict[str, str]:
    mine, theirs = _group_labels(tables, base), _group_labels(tables, lang)
    pairs = {label: theirs[uri] for uri, label in mine.items() if uri in theirs}
    return _renamed(pairs, {str(s.get("category", "General")) for s in pack["skills"]})


def _missing(lang: str, kind: str, total: int, ids: list[str], file: str, base: str) -> str:
    if not ids:
        return ""
    listed = ", ".join(ids[:LISTED]) + (", …" if len(ids) > LISTED else "")
    return words.translate(
        "Import",
        "{lang}: {file} has no label for {missing} of the {total}; they show in {base} "
        "there: {listed}",
    ).format(
        lang=lang,
        file=file,
        missing=f"{len(ids):,}",
        total=count(total, kind),
        base=base,
        listed=listed,
    )
