"""Parse YAML into plain data while remembering where each value came from.

We read libyaml's event stream (never PyYAML's composer or constructor) and build dicts,
lists and scalars ourselves, so that every later problem can be reported as FILE:LINE:COLUMN
and every hostile document is refused early, with a place:

- nesting is checked before we descend (PyYAML's C composer recurses without a limit and
  crashes the interpreter on a few thousand `[`);
- an alias reuses the value its anchor built and counts what it would expand to, so an
  alias bomb ("billion laughs") is refused after a few hundred events, in bounded memory;
- duplicate keys are problems (PyYAML silently keeps the last one);
- only the safe scalar types are built: a `!!python/...` tag is an error, never code.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from pathfinder.core import figures, words
from pathfinder.core.problems import Path
from pathfinder.io.yaml_hints import with_hint

# Loaders with the C parser are several times faster; fall back where libyaml is missing.
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Count what aliases expand to, separately from the document's own size, so big honest packs
# still load while a few lines that expand to billions of values do not.
MAX_ALIAS_NODES = 100_000
MAX_NODES = 20_000_000
MAX_DEPTH = 64

_STR = "tag:yaml.org,2002:str"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_MERGE = "tag:yaml.org,2002:merge"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"


@dataclass(frozen=True)
class Location:
    line: int  # 1-based
    column: int  # 1-based


class DocumentError(Exception):
    """The text is not a YAML document we can read; carries where it went wrong."""

    def __init__(self, message: str, where: Location) -> None:
        super().__init__(message)
        self.message = message
        self.where = where


@dataclass
class LocatedDocument:
    data: Any
    values: dict[Path, Location] = field(default_factory=dict)
    keys: dict[Path, Location] = field(default_factory=dict)
    problems: list[tuple[Location, str]] = field(default_factory=list)
    # How the author wrote values YAML did not read as text (`no` for False, `1.10` for 1.1).
    spellings: dict[Path, str] = field(default_factory=dict)
    # Keys YAML did not read as text (`1:`, `yes:`), by their path, with how they were written.
    # They are kept, since `x-` notes may use them; packs.py reports the others.
    odd_keys: dict[Path, str] = field(default_factory=dict)

    def locate(self, path: Path, *, at_key: bool = False) -> Location:
        """The place of `path`, or of its nearest ancestor that exists in the file."""
        if at_key and path in self.keys:
            return self.keys[path]
        while path:
            if path in self.values:
                return self.values[path]
            path = path[:-1]
        return self.values.get((), Location(1, 1))


def _mark(event: yaml.Event) -> Location:
    mark = event.start_mark
    return Location(mark.line + 1, mark.column + 1) if mark is not None else Location(1, 1)


class _NotAKey:
    """Stands for a mapping key that is not a plain scalar (it is reported, then skipped)."""


class _Builder:
    def __init__(self, doc: LocatedDocument, events: Iterator[yaml.Event]) -> None:
        self.doc = doc
        self.events = events
        self.count = 0  # values built, aliases counted at their full expansion
        self.alias_count = 0  # values that aliases expand to
        self.anchors: dict[str, tuple[Any, int]] = {}  # name -> (value, expanded size)
        self.resolver = Resolver()
        self.constructor = SafeConstructor()

    def build(self, event: yaml.Event, path: Path, depth: int) -> Any:
        if isinstance(event, yaml.AliasEvent):
            return self._alias(event)
        if depth > MAX_DEPTH:
            raise DocumentError(_too_deep_text(), _mark(event))
        self._grow(1, event)
        self.doc.values.setdefault(path, _mark(event))
        before = self.count
        if isinstance(event, yaml.ScalarEvent):
            value: Any = self._scalar(event)
            if not isinstance(value, str):
                self.doc.spellings.setdefault(path, event.value)
        elif isinstance(event, yaml.SequenceStartEvent):
            _refuse_tag(event, _SEQ)
            value = []
            for index, item in enumerate(iter(self.events.__next__, None)):
                if isinstance(item, yaml.SequenceEndEvent):
                    break
                value.append(self.build(item, (*path, index), depth + 1))
        elif isinstance(event, yaml.MappingStartEvent):
            value = self._mapping(event, path, depth)
        else:  # pragma: no cover - libyaml only gives values here
            raise DocumentError(
                words.translate("Located", "unexpected YAML structure"), _mark(event)
            )
        if event.anchor is not None:
            self.anchors[event.anchor] = (value, self.count - before + 1)
        return value

    def _grow(self, size: int, event: yaml.Event) -> None:
        self.count += size
        if self.alias_count > MAX_ALIAS_NODES or self.count > MAX_NODES:
            raise DocumentError(
                words.translate(
                    "Located",
                    "the document expands to too many values (too many aliases?); "
                    "refusing to read it",
                ),
                _mark(event),
            )

    def _alias(self, event: yaml.AliasEvent) -> Any:
        if event.anchor not in self.anchors:
            raise DocumentError(
                words.translate(
                    "Located", "the alias *{anchor} names no anchor defined before it"
                ).format(anchor=event.anchor),
                _mark(event),
            )
        value, size = self.anchors[event.anchor]
        self.alias_count += size
        self._grow(size, event)
        return value

    def _mapping(self, start: yaml.MappingStartEvent, path: Path, depth: int) -> dict[Any, Any]:
        _refuse_tag(start, _MAP)
        out: dict[Any, Any] = {}
        first_seen: dict[Any, Location] = {}
        for key_event in iter(self.events.__next__, None):
            if isinstance(key_event, yaml.MappingEndEvent):
                break
            where = _mark(key_event)
            key = self._key(key_event, path, depth)
            value_event = next(self.events)
            if isinstance(key, _NotAKey):
                self.doc.problems.append(
                    (where, words.translate("Located", "a key must be a plain word"))
                )
                self.build(value_event, (*path, "?"), depth + 1)
                continue
            # True == 1 in Python: `yes:` and `1:` are different keys, though neither is text.
            seen_as = (isinstance(key, bool), key)
            if seen_as in first_seen:
                # PyYAML silently keeps the last one; an author's second entry must not vanish.
                first = first_seen[seen_as]
                self.doc.problems.append(
                    (
                        where,
                        words.translate(
                            "Located",
                            "duplicate key '{key}' (first at line {line}, column {column})",
                        ).format(key=key, line=first.line, column=first.column),
                    )
                )
                self.build(value_event, (*path, "?"), depth + 1)
                continue
            first_seen[seen_as] = where
            child: Path = (*path, str(key))
            self.doc.keys[child] = where
            if not isinstance(key, str):  # an alias to a number has no spelling of its own
                spelling = key_event.value if isinstance(key_event, yaml.ScalarEvent) else None
                self.doc.odd_keys[child] = spelling or str(key).lower()
            out[key] = self.build(value_event, child, depth + 1)
        return out

    def _key(self, event: yaml.Event, path: Path, depth: int) -> Any:
        if isinstance(event, yaml.ScalarEvent):
            if _resolved_tag(self.resolver, event) == _MERGE:
                raise DocumentError(
                    words.translate("Located", "merge keys (<<) are not supported in packs"),
                    _mark(event),
                )
            key = self._scalar(event)
        else:
            key = self.build(event, (*path, "?"), depth + 1)
        if isinstance(key, str | int | float | bool) and not isinstance(key, _NotAKey):
            return key
        return _NotAKey()

    def _scalar(self, event: yaml.ScalarEvent) -> Any:
        tag = _resolved_tag(self.resolver, event)
        if tag == _STR:
            return event.value
        if tag in (_INT, _FLOAT) and event.implicit[0] and ":" in event.value:
            # YAML 1.1 reads 1:30 as base 60 (90): nobody writing a pack means that. It stays
            # text, as in YAML 1.2, so a number field says what to write instead.
            return event.value
        if "python" in tag:
            _refuse_tag(event, "")
        construct = SafeConstructor.yaml_constructors.get(tag)
        shown = tag.replace("tag:yaml.org,2002:", "!!")
        if construct is None or tag in (_SEQ, _MAP, _MERGE):
            raise DocumentError(
                _tag_text(shown),
                _mark(event),
            )
        node = yaml.ScalarNode(tag, event.value, style=event.style)
        try:
            return construct(self.constructor, node)
        except Exception as exc:  # each constructor fails its own way (ValueError, binascii...)
            if tag == _INT:  # only a number of thousands of digits gets here
                digits = sum(c.isdigit() for c in event.value)
                message = words.translate(
                    "Located", "a number of {digits} digits is too large to read"
                ).format(digits=figures.number(digits))
                raise DocumentError(message, _mark(event)) from None
            reason = getattr(exc, "problem", None) or str(exc)
            raise DocumentError(
                words.translate("Located", "cannot read {value} as {tag}: {reason}").format(
                    value=repr(_short(event.value)), tag=shown, reason=reason
                ),
                _mark(event),
            ) from None


def _short(value: str, keep: int = 40) -> str:
    """A value quoted in a message: long ones are cut, so the message stays readable."""
    if len(value) <= keep:
        return value
    return words.translate("Located", "{start}… ({count} characters)").format(
        start=value[:keep], count=figures.number(len(value))
    )


def _tag_text(shown: str) -> str:
    return words.translate(
        "Located", "the tag {tag} is not allowed in a pack (tags that build objects never are)"
    ).format(tag=shown)


def _resolved_tag(resolver: Resolver, event: yaml.ScalarEvent) -> str:
    tag = event.tag
    if tag is None or tag == "!":
        if not event.implicit[0]:  # quoted: always text
            return _STR
        return str(resolver.resolve(yaml.ScalarNode, event.value, event.implicit))  # type: ignore[no-untyped-call]
    return str(tag)


def _refuse_tag(event: yaml.NodeEvent, allowed: str) -> None:
    tag = getattr(event, "tag", None)
    if tag not in (None, "!", allowed):
        shown = str(tag).replace("tag:yaml.org,2002:", "!!")
        raise DocumentError(
            _tag_text(shown),
            _mark(event),
        )


def parse_yaml(text: str) -> LocatedDocument:
    """Parse one YAML document; raise DocumentError with a place when it cannot be read."""
    doc = LocatedDocument(data=None)
    events = iter(yaml.parse(text, Loader=_Loader))
    try:
        for event in events:
            if isinstance(event, yaml.DocumentStartEvent):
                break
        else:
            return doc
        doc.data = _Builder(doc, events).build(next(events), (), 0)
        next(events)  # the document's end
        extra = next(events)
        if not isinstance(extra, yaml.StreamEndEvent):
            raise DocumentError(
                words.translate(
                    "Located", "a pack is one YAML document; this file has another one after '---'"
                ),
                _mark(extra),
            )
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = Location(mark.line + 1, mark.column + 1) if mark else Location(1, 1)
        if mark is not None and "maximum nesting depth" in str(exc.problem):
            raise _too_deep(text[: mark.index], where) from None
        problem = with_hint(str(exc.problem or exc.context or "invalid YAML"))
        if mark is not None and "tab" not in problem and _char_at(text, where) == "\t":
            problem = words.translate(
                "Located", "{problem} (a tab: indent with spaces; YAML does not allow tabs there)"
            ).format(problem=problem)
        raise DocumentError(problem, where) from None
    except yaml.reader.ReaderError as exc:
        before = text[: exc.position]
        where = Location(before.count("\n") + 1, exc.position - (before.rfind("\n") + 1) + 1)
        character = (
            f"U+{exc.character:04X}"
            if isinstance(exc.character, int)
            else words.translate("Located", "a character")
        )
        raise DocumentError(
            words.translate("Located", "{character} is not allowed in YAML text ({reason})").format(
                character=character, reason=exc.reason
            ),
            where,
        ) from None
    except yaml.YAMLError as exc:
        raise DocumentError(
            words.translate("Located", "invalid YAML: {problem}").format(problem=exc),
            Location(1, 1),
        ) from None
    except RecursionError:
        raise DocumentError(_too_deep_text(), Location(1, 1)) from None
    return doc


def _too_deep(text_before: str, where: Location) -> DocumentError:
    """Say where nesting first passed our limit, not where libyaml's own (newer) limit hit.

    libyaml 0.2.6 reads ahead through `[[[[...` and stops at its own depth of 1000 before
    handing us the events; the text up to that point is short of its limit, so reading it
    again lets our builder find the place as it does with every other libyaml.
    """
    try:
        parse_yaml(text_before)
    except DocumentError as exc:
        if exc.message == _too_deep_text():
            return exc
    return DocumentError(_too_deep_text(), where)


def _too_deep_text() -> str:
    return words.translate("Located", "nesting deeper than {levels} levels").format(
        levels=MAX_DEPTH
    )


_LINE_BREAKS = {c: repr(c)[1:-1] for c in "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"}
_LINE_BREAKS_TABLE = str.maketrans(_LINE_BREAKS)


def one_line(message: str) -> str:
    """`message` with line breaks written as escapes (`\\n`): one problem, one line, even when
    it quotes a key or value that holds a line break."""
    return message.translate(_LINE_BREAKS_TABLE)


def _char_at(text: str, where: Location) -> str:
    lines = text.split("\n", where.line)
    line = lines[where.line - 1] if len(lines) >= where.line else ""
    return line[where.column - 1 : where.column]


def decode_text(raw: bytes) -> str:
    """UTF-8 (a byte-order mark is fine); CRLF line ends become LF."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError(
            words.translate(
                "Located", "the file is UTF-16 text (Notepad's 'Unicode'); save it as UTF-8"
            ),
            Location(1, 1),
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        raise DocumentError(
            words.translate("Located", "the file is not UTF-8 text (save it as UTF-8)"),
            Location(line, column),
        ) from None
    return text.replace("\r\n", "\n")
