"""`pathfinder --lang es` and LANG: the command line and the report in the learner's language.

The translation is a tiny Spanish .ts fixture built into a .qm with pyside6-lrelease, as the
project's own build does for the real ones; the folder Pathfinder looks in is pointed at it.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pathfinder import paths
from pathfinder.cli import run
from pathfinder.core import figures, words

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parents[1]
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
PLAN = ["plan", "--to", "mlops-engineer", "--from", "devops-engineer", "--hours-per-week", "7.5"]


@pytest.fixture
def spanish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    if not LRELEASE.exists():
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    folder = tmp_path / "translations"
    folder.mkdir()
    subprocess.run(
        [
            str(LRELEASE),
            str(FIXTURES / "translations" / "pathfinder_es.ts"),
            "-qm",
            str(folder / "pathfinder_es.qm"),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    monkeypatch.setattr(paths, "translation_folders", lambda: [folder])
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")  # English words; Qt itself wants a UTF-8 locale
    yield folder
    # Later tests in this process read English, whatever a run here installed.
    words.install(None)
    figures.install(None)


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


def test_lang_es_speaks_spanish_with_spanish_numbers_and_plurals(spanish: Path) -> None:
    code, out, err = cli(*PLAN, "--lang", "es")
    assert code == 0 and err == ""
    lines = out.splitlines()
    # 7.5 h a week: a decimal comma; 282 h at 7.5 h is 37.6 weeks, said as 38 in the plural.
    # The built-in pack names its roles and skills in Spanish too (core/languages.py).
    assert lines[0] == "Mejor camino hacia Ingeniero MLOps (Ingeniero DevOps, a 7,5 h por semana):"
    assert (
        "Total: 282 horas de estudio, unas 38 semanas a 7,5 h por semana; "
        "ya tienes el 56 % de lo que pide Ingeniero MLOps"
    ) in lines
    assert "Plan de estudio, en orden:" in lines
    # What the fixture does not translate stays English, as written.
    assert "Next skill to learn: Nociones básicas del ciclo de vida de ML" in lines


def test_the_option_may_stand_before_the_command_and_the_environment_chooses_too(
    spanish: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, before, _ = cli("--lang", "es", *PLAN)
    # The pack speaks Spanish too: the built-in pack carries its names in es (core/languages.py).
    assert before.startswith("Mejor camino hacia Ingeniero MLOps")
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    _, from_lang, _ = cli(*PLAN)
    assert from_lang == before
    monkeypatch.setenv("LC_ALL", "C")  # LC_ALL wins over LANG: the program's own words
    _, english, _ = cli(*PLAN)
    assert english.startswith("Best path to MLOps Engineer (DevOps Engineer, at 7.5 h a week):")
    _, asked, _ = cli(*PLAN, "--lang", "es")  # and --lang wins over both
    assert asked == before


def test_a_language_without_a_translation_is_english_with_one_line_on_stderr(
    spanish: Path,
) -> None:
    code, english, err = cli(*PLAN)
    assert code == 0 and err == ""
    code, out, err = cli(*PLAN, "--lang", "xx")
    assert code == 0 and out == english
    assert err == "pathfinder: no translation for 'xx' is installed; using English\n"
    # Spanish once, then English again in the same process: nothing stays installed.
    assert cli(*PLAN, "--lang", "es")[1] != english
    assert cli(*PLAN)[1] == english


def test_no_route_reason_has_its_plural_form(spanish: Path) -> None:
    tiny = str(FIXTURES / "tiny.yaml")
    code, _, err = cli(
        "plan", "--lang", "es", "--pack", tiny, "--to", "mlops", "--from", "developer",
        "--max-steps", "1",
    )  # fmt: skip
    assert code == 3
    assert "está a 2 pasos de Developer (developer); permite al menos 2 pasos" in err


def test_report_in_spanish_has_spanish_headings_and_month(spanish: Path, tmp_path: Path) -> None:
    profile = tmp_path / "ana.json"
    profile.write_text(
        '{"pathfinder_profile": 1, "name": "Ana", "current_role": "devops-engineer", '
        '"target_role": "mlops-engineer", "skills": {}}',
        "utf-8",
    )
    target = tmp_path / "plan.md"
    code, _, err = cli(
        "report", "--lang", "es", "--profile", str(profile), "--out", str(target),
        "--date", "2026-11-22",
    )  # fmt: skip
    assert code == 0, err
    text = target.read_text("utf-8")
    assert "## Tu camino" in text
    assert "Preparado el 22 nov 2026 con Pathfinder" in text
    page = tmp_path / "plan.html"
    code, _, err = cli("report", "--lang", "es", "--profile", str(profile), "--out", str(page))
    assert code == 0, err
    html = page.read_text("utf-8")
    assert '<html lang="es">' in html and "<h2>Tu camino</h2>" in html


def test_language_from_the_environment_is_one_for_words_and_pack_names(tmp_path: Path) -> None:
    # LANGUAGE, as gettext reads it, over an English locale: the words and the pack's names
    # both follow it (they were read by two rules, which gave English words, Spanish names).
    # In a child process: glibc keeps messages it translated for LANGUAGE (strerror's too).
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG="en_US.UTF-8", LANGUAGE="es:en", HOME=str(tmp_path))
    env["PYTHONPATH"] = str(ROOT / "src")
    done = subprocess.run(
        [sys.executable, "-m", "pathfinder", *PLAN],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(
        "Mejor itinerario hacia Ingeniero MLOps (Ingeniero DevOps, con 7,5 h a la semana):"
    )
