"""The translation files agree with the code: every string is in the .ts, every .qm is built.

Runs pyside6-lupdate and pyside6-lrelease (they ship with PySide6-Essentials) on temporary
copies, so the repository is never written.
"""

from __future__ import annotations

import ast
import re
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402

TRANSLATED = ("es", "fr", "de")


def _keys(path: Path) -> list[tuple[str, str, str, bool]]:
    return [(*m.key, m.numerus) for m in translations.read_ts(path)[1]]


def test_the_ts_files_hold_every_string_of_the_code(tmp_path: Path) -> None:
    copy = tmp_path / "ts"
    shutil.copytree(translations.TS_DIR, copy)
    translations.update(copy)
    report = []
    for language in translations.languages(translations.TS_DIR):
        committed = translations.ts_path(language)
        fresh = translations.ts_path(language, copy)
        missing = set(_keys(fresh)) - set(_keys(committed))
        stale = set(_keys(committed)) - set(_keys(fresh))
        assert not missing and not stale, (
            f"{committed.name} is out of date ({len(missing)} new strings, {len(stale)} gone):"
            " run `python packaging/translations.py update` and `... build`, then commit"
            f" resources/translations and src/pathfinder/translations. New: {sorted(missing)[:5]}"
        )
        # What translators wrote is carried over as it was.
        assert fresh.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8")
        finished, unfinished = translations.counts(committed)
        report.append(f"{language}: {finished} finished, {unfinished} unfinished")
    print("; ".join(report))


def test_every_qm_is_the_build_of_its_ts(tmp_path: Path) -> None:
    built = translations.build(translations.TS_DIR, tmp_path)
    assert [p.name for p in built] == [
        f"pathfinder_{lang}.qm" for lang in translations.languages(translations.TS_DIR)
    ]
    for qm in built:
        shipped = translations.QM_DIR / qm.name
        assert shipped.is_file(), f"{shipped} is missing: run packaging/translations.py build"
        assert shipped.read_bytes() == qm.read_bytes(), (
            f"{shipped.name} is not the build of its .ts: run packaging/translations.py build"
        )


def test_english_holds_the_plural_forms_of_every_count_text() -> None:
    _, messages = translations.read_ts(translations.ts_path("en"))
    # Every text with a count: "%n" filled by Qt, or a "{count}" field with the count passed
    # for the plural form (core/words.py's PLURAL).
    counted = [m for m in translations.extract() if m.numerus]
    assert {m.key for m in messages} == {m.key for m in counted}
    for m in messages:
        assert m.numerus and m.kind == "" and len(m.forms) == 2, m.source
        # The singular may say "a week" instead of "1 week"; the plural always has the count.
        assert all("(s)" not in form for form in m.forms), m.forms
        assert "%n" not in m.source or "%n" in m.forms[-1], m.forms


FIELD = re.compile(r"\{(\w*)\}")


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_the_fields_of_their_source(language: str) -> None:
    """A translated {field} spelled otherwise would stop the window with a KeyError."""
    _, messages = translations.read_ts(translations.ts_path(language))
    for m in messages:
        wanted = sorted(FIELD.findall(m.source))
        for form in m.forms:
            if form:
                assert sorted(FIELD.findall(form)) == wanted, (language, m.source, form)


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_unfinished_translation(language: str) -> None:
    finished, unfinished = translations.counts(translations.ts_path(language))
    assert unfinished == 0, f"{language}: {unfinished} unfinished of {finished + unfinished}"


def _calls(folder: Path) -> list[tuple[Path, ast.Call]]:
    found = []
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [(path, node) for node in ast.walk(tree) if isinstance(node, ast.Call)]
    return found


def test_window_texts_are_filled_by_name_and_seen_by_lupdate() -> None:
    """No `.replace("%1", value)` (it rewrites a "%2" typed in a name); no f-string or
    variable as the text of tr() or translate() (lupdate cannot collect it)."""
    wrong = []
    for path, call in _calls(translations.SOURCES / "qt"):
        func = call.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        where = f"{path.relative_to(ROOT)}:{call.lineno}"
        first = call.args[0] if call.args else None
        if (
            name == "replace"
            and isinstance(first, ast.Constant)
            and re.fullmatch(r"%\d", str(first.value))
        ):
            wrong.append(f"{where}: .replace({first.value!r}, ...)")
        text_at = {"tr": 0, "translate": 1}.get(name)
        # language.py and locale_backend.py hand other people's texts to Qt; QPainter.translate
        # moves by numbers.
        handing_on = path.name in ("language.py", "locale_backend.py")
        if text_at is None or handing_on or len(call.args) <= text_at:
            continue
        if isinstance(call.args[0], ast.Constant) and not isinstance(call.args[0].value, str):
            continue
        text = call.args[text_at]
        if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            wrong.append(f"{where}: {name}() of something lupdate cannot read")
    assert not wrong, "\n".join(wrong)
