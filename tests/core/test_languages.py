"""A pack shown in the learner's language: translated where the pack says, its own elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from pathfinder.core.catalog import Catalog
from pathfinder.core.languages import chosen_language, in_language, language_of, pack_languages
from pathfinder.core.names import resolve
from pathfinder.core.planner import plan
from pathfinder.io.packs import load_pack

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def pack() -> Catalog:
    return load_pack(FIXTURES / "two-languages.yaml")


def test_translated_words_and_the_pack_s_own_where_a_language_says_nothing(pack: Catalog) -> None:
    es = in_language(pack, "es")
    assert es.language == "es" and es.name == "Web básica"
    assert es.description == "From first pages to a front-end job."  # not translated
    dev = es.role_by_id["frontend-developer"]
    assert dev.name == "Desarrollador front-end"
    assert dev.summary == "Construye las páginas que la gente usa."
    assert dev.family == "Desarrollo web"
    intern = es.role_by_id["web-intern"]
    assert (intern.name, intern.family) == ("Web Intern", "Desarrollo web")
    assert es.skill_by_id["css"].name == "Maquetación de páginas"
    js = es.skill_by_id["javascript"]
    assert (js.name, js.description) == ("JavaScript", "El lenguaje del navegador.")
    assert es.skill_by_id["html"].category == "Markup"  # no category translated


def test_ids_levels_and_moves_are_the_same_in_every_language(pack: Catalog) -> None:
    es = in_language(pack, "es")
    assert [r.id for r in es.roles] == [r.id for r in pack.roles]
    assert es.transitions == pack.transitions
    english = plan(pack, [], "frontend-developer")
    spanish = plan(es, [], "frontend-developer")
    assert spanish.path == english.path == ("web-intern", "frontend-developer")
    assert [g.skill for g in spanish.gaps] == [g.skill for g in english.gaps]


def test_english_names_stay_searchable_in_spanish(pack: Catalog) -> None:
    es = in_language(pack, "es")
    for typed in ("Front-end Developer", "UI developer", "desarrolladora front-end"):
        assert resolve("role", typed, es.role_by_id) == "frontend-developer"
    assert resolve("skill", "Styling pages", es.skill_by_id) == "css"


@pytest.mark.parametrize("wanted", ["fr", "de_DE.UTF-8", "C", "", None, "en", "en_GB"])
def test_a_language_the_pack_lacks_falls_back_to_its_own(pack: Catalog, wanted: str) -> None:
    assert in_language(pack, wanted) is pack


@pytest.mark.parametrize("wanted", ["es", "es_ES.UTF-8", "es-MX", "ES", "es_ES@euro"])
def test_locale_names_find_the_language(pack: Catalog, wanted: str) -> None:
    assert chosen_language(pack, wanted) == "es"
    assert in_language(pack, wanted).name == "Web básica"


def test_each_language_is_worked_out_once_and_can_be_changed_back(pack: Catalog) -> None:
    es = in_language(pack, "es")
    assert in_language(pack, "es_ES") is es
    assert in_language(es, "es") is es
    assert in_language(es, "en") is pack  # from Spanish back to the pack's own


def test_language_codes_and_the_languages_of_a_pack(pack: Catalog) -> None:
    assert pack_languages(pack) == ("en", "es")
    assert language_of("pt_br.UTF-8") == "pt-BR"
    assert language_of("zh_hant") == "zh-Hant"
    assert language_of("POSIX") == ""
