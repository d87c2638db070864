"""Parse YAML into plain data while remembering where each value came from.

PyYAML's composer gives nodes with marks; we turn them into dicts, lists and
scalars ourselves so that every later problem can be reported as FILE:LINE:COLUMN.
Only the safe scalar types are ever built: a `!!python/...` tag is an error, not code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor

from pathfinder.core.problems import Path

# Loaders with the C parser are several times faster; fall back where libyaml is missing.
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# An alias bomb ("billion laughs") expands a few lines into billions of nodes: count what
# aliases expand to, separately from the document's own size, so big honest packs still load.
MAX_ALIAS_NODES = 100_000
MAX_NODES = 20_000_000
MAX_DEPTH = 64


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

    def locate(self, path: Path, *, at_key: bool = False) -> Location:
        """The place of `path`, or of its nearest ancestor that exists in the file."""
        if at_key and path in self.keys:
            return self.keys[path]
        while path:
            if path in self.values:
                return self.values[path]
            path = path[:-1]
        return self.values.get((), Location(1, 1))


def _mark(node: yaml.Node) -> Location:
    return Location(node.start_mark.line + 1, node.start_mark.column + 1)


class _Builder:
    def __init__(self, doc: LocatedDocument) -> None:
        self.doc = doc
        self.count = 0
        self.alias_count = 0
        self.in_alias = 0
        self.seen: set[int] = set()
        self.scalars = SafeConstructor()

    def build(self, node: yaml.Node, path: Path, depth: int) -> Any:
        self.count += 1
        if self.in_alias:
            self.alias_count += 1
        if self.alias_count > MAX_ALIAS_NODES or self.count > MAX_NODES:
            raise DocumentError(
                "the document expands to too many values (too many aliases?); refusing to read it",
                _mark(node),
            )
        if depth > MAX_DEPTH:
            raise DocumentError(f"nesting deeper than {MAX_DEPTH} levels", _mark(node))
        self.doc.values.setdefault(path, _mark(node))
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node)
        repeat = id(node) in self.seen  # the same node again means an alias is being expanded
        self.seen.add(id(node))
        self.in_alias += repeat
        try:
            if isinstance(node, yaml.MappingNode):
                return self._mapping(node, path, depth)
            _refuse_tag(node, "tag:yaml.org,2002:seq")
            return [self.build(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        finally:
            self.in_alias -= repeat

    def _mapping(self, node: yaml.MappingNode, path: Path, depth: int) -> dict[Any, Any]:
        _refuse_tag(node, "tag:yaml.org,2002:map")
        out: dict[Any, Any] = {}
        first_seen: dict[Any, Location] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise DocumentError("merge keys (<<) are not supported in packs", _mark(key_node))
            key = self._scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else None
            if key is None or not isinstance(key, str | int | float | bool):
                self.doc.problems.append((_mark(key_node), "a key must be a plain word"))
                continue
            if key in first_seen:
                # PyYAML silently keeps the last one; an author's second entry must not vanish.
                first = first_seen[key]
                self.doc.problems.append(
                    (_mark(key_node), f"duplicate key '{key}' (first at line {first.line})")
                )
                continue
            first_seen[key] = _mark(key_node)
            child: Path = (*path, str(key))
            self.doc.keys[child] = _mark(key_node)
            out[key] = self.build(value_node, child, depth + 1)
        return out

    def _scalar(self, node: yaml.Node) -> Any:
        try:
            return self.scalars.construct_object(node)
        except ConstructorError as exc:
            if "python" in node.tag:
                _refuse_tag(node, "")
            raise DocumentError(f"cannot read this value: {exc.problem}", _mark(node)) from None


def _refuse_tag(node: yaml.Node, allowed: str) -> None:
    if node.tag != allowed:
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        raise DocumentError(
            f"the tag {tag} is not allowed in a pack (tags that build objects never are)",
            _mark(node),
        )


def parse_yaml(text: str) -> LocatedDocument:
    """Parse one YAML document; raise DocumentError with a place when it cannot be read."""
    doc = LocatedDocument(data=None)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = Location(mark.line + 1, mark.column + 1) if mark else Location(1, 1)
        raise DocumentError(str(exc.problem or exc.context or "invalid YAML"), where) from None
    except yaml.YAMLError as exc:
        raise DocumentError(f"invalid YAML: {exc}", Location(1, 1)) from None
    except RecursionError:
        raise DocumentError(f"nesting deeper than {MAX_DEPTH} levels", Location(1, 1)) from None
    if node is None:
        return doc
    doc.data = _Builder(doc).build(node, (), 0)
    return doc


def decode_text(raw: bytes) -> str:
    """UTF-8 (a byte-order mark is fine); CRLF line ends become LF."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        raise DocumentError(
            "the file is not UTF-8 text (save it as UTF-8)", Location(line, column)
        ) from None
    return text.replace("\r\n", "\n")
