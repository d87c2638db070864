"""`pathfinder import esco --language es`: ESCO's Spanish files become the pack's Spanish words."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pathfinder.core.languages import in_language
from pathfinder.core.names import resolve
from pathfinder.io.packs import load_pack
from tests.importers.conftest import FIXTURES, cli

ESCO = FIXTURES / "esco"


@pytest.fixture
def two_languages(tmp_path: Path) -> Path:
    """The English files and the Spanish classification files, unzipped into one folder."""
    folder = tmp_path / "esco"
    shutil.copytree(ESCO, folder)
    for path in (FIXTURES / "esco-es").iterdir():
        shutil.copy(path, folder / path.name)
    return folder


def test_spanish_labels_become_the_pack_s_spanish(two_languages: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "esco.yaml"
    code, out, err = cli("import", "esco", two_languages, "-o", out_file, "--language", "es")
    assert code == 0, err
    # The summary says which occupations and skills have no Spanish label.
    assert (
        "note: es: occupations_es.csv has no label for 2 of the 10 occupations; they show in en "
        "there: bakery-shop-manager, kitchen-assistant"
    ) in out
    assert (
        "note: es: skills_es.csv has no label for 1 of the 14 skills; they show in en there: "
        "ethics-of-work"
    ) in out
    pack = load_pack(out_file)
    assert pack.id == "esco-en" and pack.language == "en"
    english = pack.role_by_id["data-analyst"]
    es = in_language(pack, "es")
    analyst = es.role_by_id["data-analyst"]
    assert analyst.name == "analista de datos"
    assert (
        analyst.summary
        == "Los analistas de datos importan e inspeccionan datos para hallar patrones."
    )
    assert "analista del dato" in analyst.aliases
    assert analyst.family == "Profesionales de tecnología de la información y las comunicaciones"
    assert es.role_by_id["baker"].name == "panadero/panadera"
    # A label missing in Spanish (an empty one, or no row at all) falls back to English.
    assert es.role_by_id["bakery-shop-manager"].name == "bakery shop manager"
    assert es.role_by_id["kitchen-assistant"].name == "kitchen assistant"
    assert es.skill_by_id["ethics-of-work"].name == "ethics of work"
    # A Spanish row without a description keeps the English one.
    assert es.role_by_id["patissier"].summary == "Pâtissiers prepare cakes."
    assert es.skill_by_id["sql"].category == "tecnologías de la información y la comunicación (TIC)"
    assert es.skill_by_id["enter-data"].category == "Skills and competences"  # our own words
    # The same role, found by either language's name.
    assert resolve("role", "data analyst", es.role_by_id) == english.id
    assert resolve("role", "Analista de datos", es.role_by_id) == english.id
    assert [t.source for t in es.transitions] == [t.source for t in pack.transitions]


def test_without_the_option_the_pack_stays_english_only(
    two_languages: Path, tmp_path: Path
) -> None:
    out_file = tmp_path / "esco.yaml"
    assert cli("import", "esco", two_languages, "-o", out_file, "-q")[0] == 0
    pack = load_pack(out_file)
    assert pack.translations == {} and pack.name.endswith(" occupations (en)")


def test_a_language_without_its_files_is_refused(tmp_path: Path) -> None:
    code, _, err = cli("import", "esco", ESCO, "-o", tmp_path / "p.yaml", "--language", "fr")
    assert code == 2
    # Said before the import starts: on real data that takes minutes.
    assert err.startswith(f"pathfinder: {ESCO}: no occupations_fr.csv here: --language fr needs")
    assert not (tmp_path / "p.yaml").exists()


def test_a_language_that_is_not_a_code_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli("import", "esco", ESCO, "-o", tmp_path / "p.yaml", "--language", "Spanish")
    assert stopped.value.code == 2
