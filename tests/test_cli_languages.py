"""The command line shows the built-in pack in the learner's language (the locale, or --lang)."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest

from pathfinder.cli import run


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def locale(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """set(value): the learner's locale as their shell gives it."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)

    def set_to(value: str) -> None:
        monkeypatch.setenv("LANG", value)

    return set_to


def test_plan_names_roles_and_skills_in_spanish(locale: Callable[[str], None]) -> None:
    locale("es_ES.UTF-8")
    code, out, err = cli("plan", "--from", "data-analyst", "--to", "ml-engineer")
    assert code == 0, err
    assert "Ingeniero de machine learning" in out
    assert "  -> Científico de datos" in out
    assert "Fundamentos de machine learning (ml-fundamentals)" in out
    assert "Data Scientist" not in out and "Machine learning fundamentals" not in out


def test_english_names_still_find_roles_in_spanish(locale: Callable[[str], None]) -> None:
    locale("es_ES.UTF-8")
    code, out, err = cli("plan", "--from", "Data Analyst", "--to", "Científico de datos")
    assert code == 0, err
    assert out.splitlines()[1].strip().startswith("Analista de datos")


@pytest.mark.parametrize(
    ("lang", "name"),
    [
        ("fr_FR.UTF-8", "Ingénieur MLOps"),
        ("de_DE.UTF-8", "MLOps-Engineer"),
        ("C.UTF-8", "MLOps Engineer"),
        ("it_IT.UTF-8", "MLOps Engineer"),  # a language the pack lacks: its own, English
    ],
)
def test_roles_list_in_the_locale_s_language(
    locale: Callable[[str], None], lang: str, name: str
) -> None:
    locale(lang)
    code, out, _ = cli("roles")
    assert code == 0
    line = next(line for line in out.splitlines() if line.startswith("mlops-engineer "))
    assert name in line
