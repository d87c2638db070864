"""Find the input tables (in a folder, its subfolders or zips) and read columns by header name.

Publishers reorder and add columns between releases and layouts (O*NET's Excel layout adds
`Title` and `Scale Name`), so a column is always found by its header, never by position.
"""

from __future__ import annotations

import contextlib
import csv
import io
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TextIO

from pathfinder.core import words
from pathfinder.importers import ImportFailed

# Some ESCO cells (descriptions with many alternative labels) exceed csv's 128 KB default.
csv.field_size_limit(16 * 1024 * 1024)


@dataclass(frozen=True)
class _Place:
    shown: str  # how the user would name it: the file, or zip › member
    file: Path
    member: str | None = None


class Tables:
    """The data files under one folder, by file name."""

    def __init__(self, root: Path, what: str) -> None:
        self.root = root
        self.what = what  # e.g. "the two ESCO zips or their unzipped CSV files"
        self._places: dict[str, _Place] = {}
        self.zips: list[Path] = []
        if not root.exists():
            raise ImportFailed(
                words.translate("Import", "{folder}: no such folder").format(folder=root)
            )
        if root.is_file():
            if root.suffix.lower() != ".zip":
                raise ImportFailed(
                    words.translate(
                        "Import", "{folder}: is a file; give the folder that holds {what}"
                    ).format(folder=root, what=what)
                )
            self._add_zip(root)
            return
        try:
            entries = sorted(root.iterdir())
            nested = sorted(p for d in entries if d.is_dir() for p in d.iterdir())
        except OSError as exc:
            raise ImportFailed(
                words.translate("Import", "{folder}: cannot read the folder: {why}").format(
                    folder=root, why=exc.strerror or exc
                )
            ) from None
        for path in [*entries, *nested]:
            if path.is_file() and path.suffix.lower() in (".csv", ".txt", ".tsv"):
                self._places.setdefault(path.name.casefold(), _Place(str(path), path))
        for path in entries:
            if path.is_file() and path.suffix.lower() == ".zip":
                self._add_zip(path)

    def _add_zip(self, path: Path) -> None:
        try:
            with zipfile.ZipFile(path) as archive:
                members = sorted(archive.namelist())
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise ImportFailed(
                words.translate("Import", "{file}: not a readable zip file ({why})").format(
                    file=path, why=exc
                )
            ) from None
        self.zips.append(path)
        for member in members:
            name = PurePosixPath(member).name
            if name and not member.endswith("/"):
                self._places.setdefault(name.casefold(), _Place(f"{path} > {member}", path, member))

    def has(self, name: str) -> bool:
        return name.casefold() in self._places

    def names(self) -> list[str]:
        return sorted(PurePosixPath(p.member or p.file.name).name for p in self._places.values())

    def shown(self, name: str) -> str:
        return self._place(name).shown

    def _place(self, name: str) -> _Place:
        place = self._places.get(name.casefold())
        if place is None:
            raise ImportFailed(
                words.translate("Import", "{folder}: no {files} here; expected {what}").format(
                    folder=self.root, files=name, what=self.what
                )
            )
        return place

    def first_line(self, name: str) -> str:
        """The first non-empty line of a text file (a release's Read Me names the release)."""
        with _opened(self._place(name)) as stream:
            try:
                return next((line.strip() for line in stream if line.strip()), "")
            except UnicodeDecodeError:
                return ""

    def rows(
        self,
        name: str,
        columns: Sequence[str],
        optional: Sequence[str] = (),
        delimiter: str = ",",
    ) -> Iterator[list[str]]:
        """Rows as lists of the named columns (missing optional columns read as "")."""
        place = self._place(name)
        with _opened(place) as stream:
            # O*NET's tab files are unquoted: a '"' in a title is just a character there.
            if delimiter == ",":
                reader = csv.reader(stream, delimiter=delimiter)
            else:
                reader = csv.reader(stream, delimiter=delimiter, quoting=csv.QUOTE_NONE)
            try:
                header = next(reader, None)
                if header is None:
                    raise ImportFailed(
                        words.translate("Import", "{file}: the file is empty").format(
                            file=place.shown
                        )
                    )
                index = {h.strip().casefold(): i for i, h in enumerate(header)}
                missing = [c for c in columns if c.casefold() not in index]
                if missing:
                    found = ", ".join(h.strip() for h in header) or words.translate(
                        "Import", "nothing"
                    )
                    raise ImportFailed(
                        words.translate(
                            "Import", "{file}: no column '{column}' in its header (found: {found})"
                        ).format(file=place.shown, column=missing[0], found=found)
                    )
                wanted = [index[c.casefold()] for c in columns]
                wanted += [index.get(c.casefold(), -1) for c in optional]
                for row in reader:
                    if not row or (len(row) == 1 and not row[0].strip()):
                        continue
                    size = len(row)
                    yield [row[i] if 0 <= i < size else "" for i in wanted]
            except UnicodeDecodeError:
                raise ImportFailed(
                    words.translate("Import", "{file}:{line}: not UTF-8 text").format(
                        file=place.shown, line=reader.line_num + 1
                    )
                ) from None
            except csv.Error as exc:
                raise ImportFailed(f"{place.shown}:{reader.line_num}: {exc}") from None


@contextlib.contextmanager
def _opened(place: _Place) -> Iterator[TextIO]:
    try:
        if place.member is None:
            with open(place.file, encoding="utf-8-sig", newline="") as stream:
                yield stream
        else:
            with (
                zipfile.ZipFile(place.file) as archive,
                archive.open(place.member) as raw,
                io.TextIOWrapper(raw, encoding="utf-8-sig", newline="") as stream,
            ):
                yield stream
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile, zlib.error) as exc:
        raise ImportFailed(
            words.translate("Import", "{file}: cannot read it from the zip ({why})").format(
                file=place.shown, why=exc
            )
        ) from None
    except OSError as exc:
        raise ImportFailed(
            words.translate("Import", "{file}: cannot read the file: {why}").format(
                file=place.shown, why=exc.strerror or exc
            )
        ) from None
