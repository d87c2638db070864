"""Packs in several languages as an author meets them: version 1 packs unchanged, mistakes in
`translations:` reported at their place, untranslated names warned about, the cache kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from pathfinder.cli_language import learner_language
from pathfinder.core.languages import in_language
from pathfinder.io.pack_cache import load_pack_cached
from pathfinder.io.packs import PackError, load_pack, pack_warnings, parse_pack
from pathfinder.io.schema import pack_schema
from pathfinder.paths import builtin_pack

FIXTURES = Path(__file__).parents[1] / "fixtures"

HEAD = 'pathfinder: 1\nid: p\nname: P\nversion: "1"\n'
BODY = (
    "skills:\n"
    "  - {id: git, name: Git, effort_hours: 10, category: Tools}\n"
    "roles:\n"
    "  - {id: dev, name: Developer, level: 1, essential: [git], family: Software}\n"
    "  - {id: ops, name: Operator, level: 1, essential: [git], family: Operations}\n"
)


def messages(text: str) -> list[str]:
    with pytest.raises(PackError) as caught:
        parse_pack(text, "pack.yaml")
    return [str(p) for p in caught.value.problems]


@pytest.mark.parametrize("name", ["tiny.yaml", "clean.yaml", "bootcamp.yaml"])
def test_a_version_1_pack_loads_unchanged_and_shows_in_its_own_language(name: str) -> None:
    pack = load_pack(FIXTURES / name)
    assert pack.translations == {}
    for wanted in ("es", "fr_FR.UTF-8", "de"):
        assert in_language(pack, wanted) is pack


def test_a_translated_pack_keeps_its_words_through_the_cache(tmp_path: Path) -> None:
    copy = tmp_path / "pack.yaml"
    copy.write_bytes(builtin_pack().read_bytes())
    first = load_pack_cached(copy, tmp_path / "cache")
    again = load_pack_cached(copy, tmp_path / "cache")
    assert again.from_cache and again.catalog.translations == first.catalog.translations
    es = in_language(again.catalog, "es")
    assert es.role_by_id["data-scientist"].name == "Científico de datos"


def test_mistakes_in_translations_are_located() -> None:
    text = (
        HEAD
        + BODY
        + "translations:\n"  # line 10
        + "  ES: {name: Equis}\n"
        + "  es:\n"
        + "    nmae: Equis\n"
        + "    families: {Software: Desarrollo, Operations: desarrollo, Sofware: X}\n"
        + "    categories: {Tool: Herramientas}\n"
        + "    roles:\n"
        + "      devv: {name: Desarrollador}\n"
        + "      ops: {name: 3, sumary: x}\n"
        + "    skills: [git]\n"
        + "  en: {}\n"
        + "  fr: bonjour\n"
    )
    assert messages(text) == [
        "pack.yaml:11:3: 'ES' is not a language code: write the two-letter code in lower case "
        "(es, fr, de), with a region after a dash if needed (pt-BR)",
        "pack.yaml:13:5: unknown key 'nmae' (did you mean 'name'?) "
        "(keys starting with 'x-' are kept and ignored)",
        "pack.yaml:14:50: 'desarrollo' is already the name of the family 'Software' in this "
        "language: their lanes would merge into one",
        "pack.yaml:14:62: no role has the family 'Sofware' (did you mean 'Software'?)",
        "pack.yaml:15:18: no skill has the category 'Tool' (did you mean 'Tools'?)",
        "pack.yaml:17:7: unknown role 'devv' (did you mean 'dev'?)",
        'pack.yaml:18:19: name must be text, not 3 (write "3" in quotes if you mean the text)',
        "pack.yaml:18:22: unknown key 'sumary' (did you mean 'summary'?) "
        "(keys starting with 'x-' are kept and ignored)",
        "pack.yaml:19:13: skills must be a mapping, not a list",
        "pack.yaml:20:3: en is the pack's own language (language: en): its words are the "
        "plain name, summary and description fields",
        'pack.yaml:21:7: fr must be a mapping of keys, not "bonjour"',
    ]


def test_a_pack_with_translations_names_its_own_language_by_code() -> None:
    text = HEAD + "language: English\n" + BODY + "translations:\n  es: {name: Equis}\n"
    assert messages(text) == [
        "pack.yaml:5:11: 'English' is not a language code: a pack with translations names "
        "its own language by its code, like en"
    ]
    # Without translations, the language stays the free text it always was.
    assert parse_pack(HEAD + "language: English\n" + BODY).language == "English"


def test_names_a_language_leaves_out_are_warned_about_once() -> None:
    _, found = pack_warnings(FIXTURES / "two-languages.yaml")
    warnings = [w for w in found if w.message.startswith("no name in ")]
    said = [str(w).split(": ", 1)[1] for w in warnings]
    name = str(FIXTURES / "two-languages.yaml")
    assert [w.split(":", 3)[1:3] for w in map(str, warnings)] == [["36", "7"], ["41", "7"]]
    assert all(str(w).startswith(name) for w in warnings)
    assert said == [
        "warning: no name in es for 1 role, shown in en there: web-intern",
        "warning: no name in es for 2 skills, shown in en there: html, javascript",
    ]
    _, builtin = pack_warnings(builtin_pack())
    assert builtin == []  # every role and skill named in es, fr and de


def test_the_schema_offers_translations_to_editors() -> None:
    schema = pack_schema()
    assert "translations" in schema["properties"]
    assert {"RoleWords", "SkillWords", "PackWords"} <= set(schema["$defs"])


def test_the_learner_s_language_comes_from_the_option_else_the_locale() -> None:
    assert learner_language("fr", {"LANG": "de_DE.UTF-8"}) == "fr"
    assert learner_language(None, {"LANG": "de_DE.UTF-8"}) == "de_DE.UTF-8"
    assert learner_language(None, {"LANGUAGE": "es:en", "LANG": "de_DE.UTF-8"}) == "es"
    assert learner_language(None, {"LC_ALL": "", "LANG": "C.UTF-8"}) == "C.UTF-8"
    assert learner_language(None, {"LANGUAGE": "es", "LANG": "C.UTF-8"}) == "C.UTF-8"
    assert learner_language(None, {"LANGUAGE": "fr", "LC_ALL": "de_DE", "LANG": "C"}) == "fr"
    assert learner_language(None, {}) == ""


@pytest.mark.parametrize("lang", ["es", "fr", "de"])
def test_the_built_in_pack_is_fully_translated(lang: str) -> None:
    pack = load_pack(builtin_pack())
    shown = in_language(pack, lang)
    assert shown.language == lang and shown.name != pack.name
    for role in pack.roles:
        there = shown.role_by_id[role.id]
        assert there.summary != role.summary, role.id
        assert role.name in there.aliases or there.name == role.name
    for skill in pack.skills:
        assert shown.skill_by_id[skill.id].description != skill.description, skill.id
    assert {r.family for r in shown.roles}.isdisjoint({r.family for r in pack.roles})
