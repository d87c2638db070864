"""Every words.translate call in core, io, the importers and the command line reaches the .ts files.

pyside6-lupdate reads Python with a small tokenizer of its own: a context or text that is not a
plain string literal, or a count it cannot parse, silently loses the message (or, for
`len(x.y)` as a count, hangs lupdate). This runs the real lupdate over the real sources and
checks each call against what it extracted, plurals included (core/words.py says why the
count follows PLURAL).
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "pathfinder"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def _sources() -> list[Path]:
    files = [p for folder in ("core", "io", "importers") for p in (SRC / folder).rglob("*.py")]
    return sorted(
        [
            *files,
            SRC / "cli.py",
            SRC / "cli_report.py",
            SRC / "cli_language.py",
            SRC / "cli_plan.py",
            SRC / "cli_lists.py",
            SRC / "cli_packs.py",
        ]
    )


def _calls(path: Path) -> list[tuple[int, ast.Call]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node.lineno, node)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "translate"
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "words"
    ]


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def test_every_translated_string_is_extracted_with_its_plural(tmp_path: Path) -> None:
    if not LUPDATE.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    ts = tmp_path / "all.ts"
    subprocess.run(
        [str(LUPDATE), *map(str, _sources()), "-ts", str(ts)],
        check=True,
        capture_output=True,
        timeout=120,  # a count lupdate cannot parse once made it loop forever
    )
    extracted: dict[tuple[str, str], bool] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            extracted[(name, source)] = message.get("numerus") == "yes"

    problems: list[str] = []
    count = 0
    for path in _sources():
        for line, call in _calls(path):
            where = f"{path.relative_to(SRC)}:{line}"
            context, text = (
                (_literal(a) for a in call.args[:2]) if len(call.args) >= 2 else (None, None)
            )
            if context is None or text is None:
                problems.append(f"{where}: context and text must be string literals")
                continue
            count += 1
            plural = len(call.args) == 5
            if (context, text) not in extracted:
                problems.append(f"{where}: lupdate did not extract {text!r}")
            elif plural and not extracted[(context, text)]:
                problems.append(f"{where}: lupdate did not see {text!r} as a plural")
            if ("%n" in text or "(s)" in text) and not plural:
                problems.append(f"{where}: {text!r} needs `None, PLURAL, count` for its plural")
            if len(call.args) == 5 and not isinstance(call.args[4], ast.Name | ast.Constant):
                problems.append(f"{where}: the count must be a plain name for lupdate")
    assert count > 300  # the sweep: every message of core, io, importers and the CLI
    assert problems == []
