"""Pathfinder's translations: `python packaging/translations.py update|build|stats`.

update  collects every translatable string of src/pathfinder (pyside6-lupdate) into
        resources/translations/pathfinder_<lang>.ts, keeping what translators wrote.
        pathfinder_en.ts holds only the English plural forms of the `%n` strings.
build   turns each .ts into src/pathfinder/translations/pathfinder_<lang>.qm (pyside6-lrelease),
        the files the window and the command line load. The .qm files are committed;
        tests/packaging/test_translations.py fails when one differs from a fresh build.
stats   prints finished and unfinished counts per language.
add xx  starts a new language: an empty pathfinder_xx.ts, then filled by update.

docs/translating.md tells a volunteer how to add a language and how to use these commands.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "pathfinder"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = SOURCES / "translations"
LANGUAGES = ("es", "fr", "de")  # translated in full; "en" carries plural forms only
# How many plural forms Qt uses for a language (Qt Linguist shows them as tabs). A new
# language with other than two needs its count here (Polish: 3, Japanese: 1, ...).
NUMERUS_FORMS = {"en": 2, "es": 2, "fr": 2, "de": 2}

Key = tuple[str, str, str]  # context, source, comment


class ToolMissing(Exception):
    pass


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease: beside this Python first (a venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise ToolMissing(f"{name} not found: install PySide6 (pip install PySide6-Essentials)")
    return found


@dataclass
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # "" finished, "unfinished"
    forms: list[str]  # one text, or the plural forms

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)


def read_ts(path: Path) -> tuple[str, list[Message]]:
    """The language of a .ts file and its messages, in file order."""
    root = ET.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for node in context.iter("message"):
            translation = node.find("translation")
            assert translation is not None, f"{path}: a message without <translation>"
            numerus = node.get("numerus") == "yes"
            forms = (
                [f.text or "" for f in translation.iter("numerusform")]
                if numerus
                else [translation.text or ""]
            )
            messages.append(
                Message(
                    name,
                    node.findtext("source") or "",
                    node.findtext("comment") or "",
                    numerus,
                    translation.get("type", ""),
                    forms,
                )
            )
    return root.get("language", ""), messages


def _text(value: str) -> str:
    return escape(value, {'"': "&quot;", "'": "&apos;"})


def write_ts(path: Path, language: str, messages: list[Message]) -> None:
    """The .ts layout lupdate writes, so Qt Linguist and lupdate read it back unchanged."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="en">',
    ]
    contexts: dict[str, list[Message]] = {}
    for message in messages:
        contexts.setdefault(message.context, []).append(message)
    for name in sorted(contexts):
        lines += ["<context>", f"    <name>{_text(name)}</name>"]
        for m in contexts[name]:
            lines.append('    <message numerus="yes">' if m.numerus else "    <message>")
            lines.append(f"        <source>{_text(m.source)}</source>")
            if m.comment:
                lines.append(f"        <comment>{_text(m.comment)}</comment>")
            kind = f' type="{m.kind}"' if m.kind else ""
            if m.numerus:
                lines.append(f"        <translation{kind}>")
                lines += [f"            <numerusform>{_text(f)}</numerusform>" for f in m.forms]
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{kind}>{_text(m.forms[0])}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def extract(sources: Path = SOURCES) -> list[Message]:
    """Every translatable string in `sources`, as lupdate finds it (no translations)."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "extracted.ts"
        subprocess.run(
            [tool("pyside6-lupdate"), "-silent", "-extensions", "py", "-recursive",
             "-locations", "none", "-no-obsolete", "-source-language", "en",
             "-target-language", "en", str(sources), "-ts", str(ts)],
            check=True,
        )  # fmt: skip
        _, messages = read_ts(ts)
    for m in messages:
        # lupdate only sees `self.tr(text, None, n)` as a plural; QCoreApplication.translate
        # and words.translate with a count are plurals too: every text with %n is one.
        m.numerus = m.numerus or "%n" in m.source
    return messages


def english_forms(source: str) -> list[str] | None:
    """`%n skill(s)` -> ["%n skill", "%n skills"]; None when the rule does not apply."""
    if "(s)" not in source:
        return None
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def merged(language: str, fresh: list[Message], old: list[Message]) -> list[Message]:
    """The fresh strings, each with what translators wrote for it before (if anything)."""
    before = {m.key: m for m in old}
    forms = NUMERUS_FORMS.get(language, 2)
    result = []
    for m in fresh:
        if language == "en" and not m.numerus:
            continue
        kept = before.get(m.key)
        if kept is not None and kept.numerus == m.numerus:
            result.append(Message(*m.key, m.numerus, kept.kind, kept.forms))
            continue
        if m.numerus:
            auto = english_forms(m.source) if language == "en" else None
            if auto is not None:
                result.append(Message(*m.key, True, "", auto))
            else:
                result.append(Message(*m.key, True, "unfinished", [""] * forms))
        else:
            result.append(Message(*m.key, False, "unfinished", [""]))
    return result


def ts_path(language: str, folder: Path = TS_DIR) -> Path:
    return folder / f"pathfinder_{language}.ts"


def languages(folder: Path = TS_DIR) -> list[str]:
    """Every language with a .ts file (a volunteer's new one included), English first."""
    found = sorted(re.sub(r"^pathfinder_", "", p.stem) for p in folder.glob("pathfinder_*.ts"))
    return sorted(set(found) | {"en", *LANGUAGES}, key=lambda lang: (lang != "en", lang))


def update(ts_dir: Path = TS_DIR, sources: Path = SOURCES) -> None:
    ts_dir.mkdir(parents=True, exist_ok=True)
    fresh = extract(sources)
    for language in languages(ts_dir):
        path = ts_path(language, ts_dir)
        old = read_ts(path)[1] if path.exists() else []
        write_ts(path, language, merged(language, fresh, old))


def build(ts_dir: Path = TS_DIR, qm_dir: Path = QM_DIR) -> list[Path]:
    """lrelease every .ts; only finished translations go into the .qm."""
    qm_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for language in languages(ts_dir):
        qm = qm_dir / f"pathfinder_{language}.qm"
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", "-nounfinished", "-removeidentical",
             str(ts_path(language, ts_dir)), "-qm", str(qm)],
            check=True,
        )  # fmt: skip
        written.append(qm)
    return written


def counts(path: Path) -> tuple[int, int]:
    """(finished, unfinished) messages of a .ts file."""
    _, messages = read_ts(path)
    unfinished = sum(1 for m in messages if m.kind == "unfinished" or not all(m.forms))
    return len(messages) - unfinished, unfinished


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "build", "stats", "add"))
    parser.add_argument("language", nargs="?", help="for add: a language code (it, pt_BR...)")
    args = parser.parse_args(argv)
    try:
        if args.command == "add":
            if not args.language or not re.fullmatch(r"[a-z]{2,3}(_[A-Z]{2})?", args.language):
                parser.error("add needs a language code such as it or pt_BR")
            path = ts_path(args.language)
            if not path.exists():
                write_ts(path, args.language, [])
            update()
        elif args.command == "update":
            update()
        elif args.command == "build":
            for qm in build():
                print(qm.relative_to(ROOT))
    except ToolMissing as exc:
        print(f"translations: {exc}", file=sys.stderr)
        return 1
    for language in languages():
        finished, unfinished = counts(ts_path(language))
        print(f"{language}: {finished} finished, {unfinished} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
