"""Read a career pack from YAML into a Catalog, reporting every problem with its place."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path as FilePath
from typing import TYPE_CHECKING, Any

from pathfinder.core import words
from pathfinder.io.read_file import Unreadable, read_regular_file

# The YAML reader, the whole-pack checks and pydantic's errors are imported where a pack is
# read from YAML, not here: the built-in pack opens from its prebuilt form (io/prebuilt.py)
# at start-up, and these imports alone cost about 20 ms before the first window.
if TYPE_CHECKING:
    from pydantic import ValidationError

    from pathfinder.core.catalog import Catalog
    from pathfinder.core.problems import Path, Problem
    from pathfinder.io.located import LocatedDocument

FORMAT_VERSION = 1
# 100,000 skills with names, descriptions and links are about 30 MB; anything much bigger is
# not a pack someone wrote, and is refused before it is read rather than parsed for minutes.
MAX_PACK_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, order=True)
class PackProblem:
    file: str
    line: int
    column: int
    message: str
    # A quality warning (core/quality.py): the pack loads, but an author should look.
    warning: bool = False

    def __str__(self) -> str:
        from pathfinder.io.located import one_line

        if self.warning:
            message = words.translate("Packs", "warning: {message}").format(message=self.message)
        else:
            message = self.message
        return one_line(f"{self.file}:{self.line}:{self.column}: {message}")


class PackError(Exception):
    """A pack that cannot be used; `problems` lists every located problem found.

    `unreadable` is True when the file itself could not be read (missing, a folder, no
    permission): the command line then exits 2 (bad input), not 1 (an invalid pack).
    """

    def __init__(self, problems: list[PackProblem], *, unreadable: bool = False) -> None:
        self.problems = problems
        self.unreadable = unreadable
        super().__init__("\n".join(str(p) for p in problems))


def load_pack(path: str | FilePath) -> Catalog:
    """Read and validate a pack file. Raises PackError, never anything else for bad input.

    A pack in Pathfinder's own data folder (the built-in pack) comes from its prebuilt form
    when that was made from exactly these bytes (io/prebuilt.py); any other pack, and the
    built-in one when its prebuilt form is missing or stale, is read and checked in full."""
    raw = _read_file(path)
    if _ours(FilePath(path)):
        from pathfinder.io.prebuilt import prebuilt_path, read_prebuilt

        catalog = read_prebuilt(raw, prebuilt_path(FilePath(path)))
        if catalog is not None:
            return catalog
    return parse_pack(raw, str(path))


def _ours(path: FilePath) -> bool:
    """A file in the data folder Pathfinder ships: the built-in pack (or a branded build's)."""
    from pathfinder.folders import data_dir

    try:
        return path.resolve().parent == data_dir().resolve()
    except (OSError, RuntimeError):  # no data folder, or a symlink loop: not ours
        return False


def pack_warnings(path: str | FilePath) -> tuple[Catalog, list[PackProblem]]:
    """Read and validate a pack file, and list its quality warnings with their places.

    Raises PackError as load_pack does; warnings never stop a pack from loading.
    """
    from pathfinder.core.language_checks import translation_warnings
    from pathfinder.core.quality import pack_warnings as quality_warnings

    name = str(path)
    catalog, doc = _parse(_read_file(path), name)
    said = [*quality_warnings(catalog), *translation_warnings(catalog)]
    found = [_place(p, doc, name) for p in said]
    return catalog, sorted({PackProblem(p.file, p.line, p.column, p.message, True) for p in found})


def _too_big() -> str:
    return words.translate(
        "Packs", "the file is larger than {size} MB; a pack is never that big"
    ).format(size=MAX_PACK_BYTES // 2**20)


def _read_file(path: str | FilePath) -> bytes:
    name = str(path)
    try:
        return read_regular_file(FilePath(path), MAX_PACK_BYTES, "pack")
    except Unreadable as exc:
        if exc.too_big:
            raise _single(name, _too_big()) from None
        raise _unreadable(name, exc.reason) from None


def parse_pack(raw: bytes | str, name: str = "<pack>") -> Catalog:
    return _parse(raw, name)[0]


def _parse(raw: bytes | str, name: str) -> tuple[Catalog, LocatedDocument]:
    from pydantic import ValidationError

    from pathfinder.core.catalog import Catalog
    from pathfinder.core.checks import check_pack
    from pathfinder.core.language_checks import translation_problems
    from pathfinder.io.located import DocumentError, decode_text, parse_yaml

    if len(raw) > MAX_PACK_BYTES:
        raise _single(name, _too_big())
    try:
        text = raw if isinstance(raw, str) else decode_text(raw)
        doc = parse_yaml(text)
    except DocumentError as exc:
        raise PackError(
            [PackProblem(name, exc.where.line, exc.where.column, exc.message)]
        ) from None
    problems = [PackProblem(name, loc.line, loc.column, msg) for loc, msg in doc.problems]
    if not isinstance(doc.data, dict):
        message = (
            words.translate("Packs", "the pack is empty; it must start with 'pathfinder: 1'")
            if doc.data is None
            else words.translate(
                "Packs", "the pack is not a mapping of keys; it must start with 'pathfinder: 1'"
            )
        )
        problems.append(PackProblem(name, 1, 1, message))
        raise PackError(sorted(problems))
    problems += _odd_key_problems(doc, name)
    data = _without_extensions(doc.data)
    version = data.get("pathfinder")
    if version != FORMAT_VERSION:
        if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
            message = words.translate(
                "Packs",
                "this pack uses format version {version}; this Pathfinder reads "
                "version {supported} (update Pathfinder)",
            ).format(version=version, supported=FORMAT_VERSION)
            where = doc.locate(("pathfinder",))
            # A newer format may mean anything: judging the rest by this one would mislead.
            raise PackError(
                sorted([*problems, PackProblem(name, where.line, where.column, message)])
            )
        if "pathfinder" not in data:
            message = words.translate(
                "Packs", "'pathfinder: 1' (the format version) is required at the top of the pack"
            )
        elif version == str(FORMAT_VERSION):
            message = words.translate(
                "Packs", "pathfinder must be the number {version}, not text: remove the quotes"
            ).format(version=FORMAT_VERSION)
        else:
            message = words.translate(
                "Packs", "pathfinder must be {version} (the format version), not {found}"
            ).format(version=FORMAT_VERSION, found=repr(version))
        where = doc.locate(("pathfinder",))
        problems.append(PackProblem(name, where.line, where.column, message))
        # The rest is still checked as format 1, so every other problem shows at once too.
        data = {**data, "pathfinder": FORMAT_VERSION}
    catalog: Catalog | None = None
    try:
        catalog = Catalog.model_validate(data)
    except ValidationError as exc:
        problems += _field_problems(exc, doc, name)
    problems += [_place(p, doc, name) for p in [*check_pack(data), *translation_problems(data)]]
    if problems:
        raise PackError(sorted(set(problems)))
    assert catalog is not None
    return catalog, doc


def _single(name: str, message: str) -> PackError:
    return PackError([PackProblem(name, 1, 1, message)])


def _unreadable(name: str, message: str) -> PackError:
    return PackError([PackProblem(name, 1, 1, message)], unreadable=True)


def _without_extensions(value: Any) -> Any:
    """Drop `x-` keys at every depth: they are the authors' own notes, kept in the file.

    Keys that are not text go too: `_odd_key_problems` has reported them, in words an author
    follows, and pydantic would only add "Keys should be strings" at the wrong place.
    """
    if isinstance(value, dict):
        return {
            k: _without_extensions(v)
            for k, v in value.items()
            if isinstance(k, str) and not k.startswith("x-")
        }
    if isinstance(value, list):
        return [_without_extensions(v) for v in value]
    return value


def _odd_key_problems(doc: LocatedDocument, name: str) -> list[PackProblem]:
    """`1: x`, `yes: x`, `1.5: x`: YAML reads these keys as a number or true, not as words."""
    out = []
    for path, spelling in doc.odd_keys.items():
        if any(isinstance(p, str) and p.startswith("x-") for p in path):
            continue  # the authors' own notes may use any keys
        word = spelling if len(spelling) <= 40 else spelling[:40] + "…"
        lowered = spelling.lower()
        what = words.translate("Packs", "a number")
        if lowered in _YAML_BOOLS:
            what = "true" if lowered in _YAML_TRUE else "false"
        message = words.translate(
            "Packs",
            'a key must be a plain word, but YAML reads {word} as {what}: write "{word}" in '
            "quotes if you mean the text",
        ).format(word=word, what=what)
        where = doc.locate(path, at_key=True)
        out.append(PackProblem(name, where.line, where.column, message))
    return out


# YAML 1.1's words for true and false (PyYAML's, in any of their spellings).
_YAML_TRUE = ("yes", "true", "on")
_YAML_BOOLS = (*_YAML_TRUE, "no", "false", "off")


def _place(problem: Problem, doc: LocatedDocument, name: str) -> PackProblem:
    where = doc.locate(problem.path, at_key=problem.at_key)
    return PackProblem(name, where.line, where.column, problem.message)


_FIELD_NAMES = {"source": "from", "target": "to"}


def _field_problems(exc: ValidationError, doc: LocatedDocument, name: str) -> list[PackProblem]:
    from pathfinder.core.checks import did_you_mean
    from pathfinder.io.field_messages import fields_at, friendly_message, without_forms

    out: list[PackProblem] = []
    errors = exc.errors()
    # A list whose every entry is broken also "has no entries"; that echo only confuses.
    broken = {tuple(e["loc"][:1]) for e in errors if len(e["loc"]) > 1}
    errors = [e for e in errors if not (e["type"] == "too_short" and tuple(e["loc"]) in broken)]
    for err in errors:
        loc: Path = tuple(_FIELD_NAMES.get(p, p) if isinstance(p, str) else p for p in err["loc"])
        kind = err["type"]
        if kind == "extra_forbidden":
            key = str(loc[-1])
            message = words.translate(
                "Packs", "unknown key '{key}'{hint} (keys starting with 'x-' are kept and ignored)"
            ).format(key=key, hint=did_you_mean(key, fields_at(loc[:-1])))
            where = doc.locate(loc, at_key=True)
        elif kind == "missing":
            message = words.translate("Packs", "missing required key '{key}'").format(key=loc[-1])
            where = doc.locate(loc[:-1])
        else:
            # Drop pydantic's path inside Annotated constraints (e.g. the function-after step)
            # and the names of a facet value's forms (catalog.FacetValue).
            loc = without_forms(tuple(p for p in loc if not (isinstance(p, str) and "[" in p)))
            message = friendly_message(err, loc, doc.spellings.get(loc))
            where = doc.locate(loc)
        out.append(PackProblem(name, where.line, where.column, message))
    return out
