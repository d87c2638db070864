"""Read a career pack from YAML into a Catalog, reporting every problem with its place."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path as FilePath
from typing import Any

from pydantic import ValidationError

from pathfinder.core import words
from pathfinder.core.catalog import Catalog
from pathfinder.core.checks import check_pack, did_you_mean
from pathfinder.core.language_checks import translation_problems, translation_warnings
from pathfinder.core.languages import in_language
from pathfinder.core.problems import Path, Problem
from pathfinder.core.quality import pack_warnings as quality_warnings
from pathfinder.io.located import (
    DocumentError,
    LocatedDocument,
    decode_text,
    one_line,
    parse_yaml,
)
from pathfinder.io.pack_numbers import bound_text, number_hint, too_large
from pathfinder.io.read_file import Unreadable, read_regular_file

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
    """Read and validate a pack file. Raises PackError, never anything else for bad input."""
    return parse_pack(_read_file(path), str(path))


def pack_warnings(path: str | FilePath) -> tuple[Catalog, list[PackProblem]]:
    """Read and validate a pack file, and list its quality warnings with their places.

    Raises PackError as load_pack does; warnings never stop a pack from loading.
    """
    name = str(path)
    catalog, doc = _parse(_read_file(path), name)
    said = [*quality_warnings(catalog), *translation_warnings(catalog)]
    found = [_place(p, doc, name) for p in said]
    return catalog, sorted({PackProblem(p.file, p.line, p.column, p.message, True) for p in found})


def _too_big() -> str:
    return words.translate(
        "Packs", "the file is larger than {size} MB; a pack is never that big"
    ).format(size=MAX_PACK_BYTES // 2**20)


# Where the C library looks for the language of messages, first one set wins.
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def learner_language(chosen: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The language to show a pack in: `chosen` (the command line's --lang) when given, else
    the locale of the environment, as gettext reads it. "" means the pack's own language."""
    if chosen:
        return chosen
    env = os.environ if environ is None else environ
    locale = next((env[v] for v in _LOCALE_VARIABLES if env.get(v)), "")
    # LANGUAGE lists preferences ("es:en"), the first being the learner's; like gettext, it
    # counts only when the locale is not C, which means "no translation at all".
    wanted = env.get("LANGUAGE", "").split(":")[0]
    if wanted and locale.split(".")[0] not in ("C", "POSIX"):
        return wanted
    return locale


def in_learner_language(catalog: Catalog, chosen: str | None = None) -> Catalog:
    """The catalog just read, shown in the learner's language (see learner_language)."""
    return in_language(catalog, learner_language(chosen))


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
_FORMS = ("text", "claim", "views")


def _fields_at(path: Path) -> Iterable[str]:
    from pathfinder.core import catalog as c

    models: dict[str, Any] = {
        "skills": c.Skill,
        "roles": c.Role,
        "transitions": c.Transition,
        "sources": c.Source,
        "facets": c.Facet,
    }
    model: Any = c.Catalog
    for part in path:
        if isinstance(part, int):
            continue
        if model is c.Catalog and part in models:
            model = models[part]
        elif part == "resources":
            model = c.Resource
        elif part == "salary":
            model = c.Salary
        elif part == "certification":
            model = c.Certification
        elif model is c.Catalog and part == "translations":
            model = "language"  # the next part is a language code
        elif model == "language":
            model = c.PackWords
        elif model is c.PackWords and part in ("roles", "skills"):
            model = part  # the next part is a role or skill id
        elif model in ("roles", "skills"):
            model = c.RoleWords if model == "roles" else c.SkillWords
        elif model is c.Role and part == "facets":
            model = "facet"  # the next part is a facet id, whose value may be a claim
        elif model == "facet":
            model = c.FacetClaim
        else:
            return ()
    return [f.alias or n for n, f in model.model_fields.items()]


def _field_problems(exc: ValidationError, doc: LocatedDocument, name: str) -> list[PackProblem]:
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
            ).format(key=key, hint=did_you_mean(key, _fields_at(loc[:-1])))
            where = doc.locate(loc, at_key=True)
        elif kind == "missing":
            message = words.translate("Packs", "missing required key '{key}'").format(key=loc[-1])
            where = doc.locate(loc[:-1])
        else:
            # Drop pydantic's path inside Annotated constraints (e.g. the function-after step)
            # and the names of a facet value's forms (catalog.FacetValue).
            loc = _without_forms(tuple(p for p in loc if not (isinstance(p, str) and "[" in p)))
            message = _friendly(err, loc, doc.spellings.get(loc))
            where = doc.locate(loc)
        out.append(PackProblem(name, where.line, where.column, message))
    return out


def _without_forms(loc: Path) -> Path:
    """Drop the form's name: (..., "facets", "focus", "claim", "text") -> (..., "focus", "text")."""
    for i in range(len(loc) - 2):
        if loc[i] == "facets" and loc[:1] == ("roles",) and loc[i + 2] in _FORMS:
            return loc[: i + 2] + loc[i + 3 :]
    return loc


def _friendly(err: Any, loc: Path, spelling: str | None = None) -> str:
    field = str(next((p for p in reversed(loc) if isinstance(p, str)), "value"))
    kind = err["type"]
    got = err.get("input")
    huge = too_large(field, got)
    if huge is not None:
        return huge
    if isinstance(got, dict | list):
        shown = (
            words.translate("Packs", "a mapping")
            if isinstance(got, dict)
            else words.translate("Packs", "a list")
        )
    else:
        shown = json.dumps(got, default=str)
    if kind == "string_pattern_mismatch" and field == "currency":
        return words.translate(
            "Packs",
            "'{value}' is not a valid currency: use its three-letter code in capitals, like USD",
        ).format(value=got)
    if kind == "string_pattern_mismatch":
        return words.translate(
            "Packs",
            "'{value}' is not a valid {field}: use lower-case letters, digits and '-', "
            "starting with a letter or digit",
        ).format(value=got, field=field)
    if kind in (
        "string_type",
        "int_type",
        "float_type",
        "dict_type",
        "tuple_type",
        "list_type",
        "model_type",
        "model_attributes_type",
    ):
        hint = ""
        if isinstance(got, date) and kind == "string_type" and spelling:
            return words.translate(
                "Packs",
                '{field} must be text, but YAML reads {spelling} as a date: write "{spelling}" '
                "in quotes",
            ).format(field=field, spelling=spelling)
        if isinstance(got, bool | int | float) and kind == "string_type":
            if spelling and spelling != shown:
                return words.translate(
                    "Packs",
                    "{field} must be text, but YAML reads {spelling} as {shown}: "
                    'write "{spelling}" in quotes if you mean the text',
                ).format(field=field, spelling=spelling, shown=shown)
            word = str(got).lower() if isinstance(got, bool) else str(got)
            hint = words.translate(
                "Packs", ' (write "{word}" in quotes if you mean the text)'
            ).format(word=word)
        if isinstance(got, str) and kind in ("int_type", "float_type"):
            hint = number_hint(got)
        wanted = {
            "string_type": words.translate("Packs", "{field} must be text, not {shown}{hint}"),
            "int_type": words.translate(
                "Packs", "{field} must be a whole number, not {shown}{hint}"
            ),
            "float_type": words.translate("Packs", "{field} must be a number, not {shown}{hint}"),
            "dict_type": words.translate("Packs", "{field} must be a mapping, not {shown}{hint}"),
            "tuple_type": words.translate("Packs", "{field} must be a list, not {shown}{hint}"),
            "list_type": words.translate("Packs", "{field} must be a list, not {shown}{hint}"),
        }.get(kind) or words.translate(
            "Packs", "{field} must be a mapping of keys, not {shown}{hint}"
        )
        return wanted.format(field=field, shown=shown, hint=hint)
    if kind == "literal_error":
        expected = err.get("ctx", {}).get("expected") or words.translate("Packs", "a fixed value")
        return words.translate("Packs", "{field} must be {expected}, not {shown}").format(
            field=field, expected=expected, shown=shown
        )
    if kind in ("greater_than", "greater_than_equal", "less_than_equal", "less_than"):
        ctx = {k: bound_text(v) for k, v in err.get("ctx", {}).items()}
        if field == "level":
            return words.translate(
                "Packs", "level must be a whole number from 1 to 5, not {shown}"
            ).format(shown=shown)
        bound = {
            "greater_than": words.translate(
                "Packs", "{field} must be greater than {bound}, not {shown}"
            ),
            "greater_than_equal": words.translate(
                "Packs", "{field} must be at least {bound}, not {shown}"
            ),
            "less_than_equal": words.translate(
                "Packs", "{field} must be at most {bound}, not {shown}"
            ),
            "less_than": words.translate("Packs", "{field} must be less than {bound}, not {shown}"),
        }[kind]
        limit = {"greater_than": "gt", "greater_than_equal": "ge", "less_than_equal": "le"}
        return bound.format(field=field, bound=ctx.get(limit.get(kind, "lt")), shown=shown)
    if kind == "string_too_short":
        return words.translate("Packs", "{field} must not be empty").format(field=field)
    if kind == "too_short":
        return words.translate("Packs", "{field} needs at least one entry").format(field=field)
    if kind == "facet_value":
        return words.translate(
            "Packs",
            "{field}: a facet value must be text, a mapping with 'text', or a list of them, "
            "not {shown}",
        ).format(field=field, shown=shown)
    if kind == "value_error":
        return str(err["msg"]).removeprefix("Value error, ")
    if kind == "finite_number":
        return words.translate("Packs", "{field} must be a finite number").format(field=field)
    return f"{field}: {err['msg']}"
