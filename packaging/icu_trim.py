"""Shrink the ICU data library that PySide6's Qt carries (32 MB, a quarter of the bundle).

Qt Core calls only a few parts of ICU (found with `nm -D --undefined-only libQt6Core.so.6`):
collation (ucol_*: sorting in file dialogs), time-zone display names (ucal_*), case mapping
(u_strTo*) and character-set converters (ucnv_*, only for legacy encodings such as Shift-JIS,
which Pathfinder never reads: its packs, profiles and imports are UTF-8 and Python decodes
them). The data for ICU services Qt never calls goes: break-iterator rules and dictionaries,
unit, currency and language display names, transliteration, spelled-out numbers, and the
legacy converter tables. Collation, time zones, region names (time-zone names use them), the
locale tree and the converter alias table stay.

How: the data is one blob, the symbol `icudt<N>_dat` of libicudata.so.<N>. It is cut out,
filtered with ICU's own `icupkg` (Debian: icu-devtools) and linked again into a library with
the same soname (gcc and `.incbin`). Without those tools the library is left as it was, with a
warning: the bundle is then bigger, never broken.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

# Item name prefixes (folders inside the ICU data package) that Qt never reads.
DROPPED_FOLDERS = ("brkitr/", "unit/", "curr/", "lang/", "translit/", "rbnf/")
DROPPED_SUFFIXES = (".cnv",)  # legacy charset tables; cnvalias.icu (UTF-8 lookups) stays
TOOLS = ("icupkg", "gcc", "readelf")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _blob(library: Path) -> tuple[str, int, int]:
    """Symbol name, file offset and size of the ICU data blob inside `library`."""
    symbols = subprocess.run(
        ["readelf", "-sW", "--dyn-syms", str(library)], capture_output=True, text=True, check=True
    ).stdout
    found = re.search(
        r"\s([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+(\d+)\s+(icudt\d+_dat)",
        symbols,
    )
    if found is None:
        raise RuntimeError(f"{library}: no icudt*_dat symbol")
    address, size, section = int(found.group(1), 16), int(found.group(2), 0), int(found.group(3))
    sections = subprocess.run(
        ["readelf", "-SW", str(library)], capture_output=True, text=True, check=True
    ).stdout
    row = re.search(rf"\[\s*{section}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)
    if row is None:
        raise RuntimeError(f"{library}: section {section} not found")
    offset = int(row.group(2), 16) + address - int(row.group(1), 16)
    return found.group(4), offset, size


def _dropped(item: str) -> bool:
    return item.startswith(DROPPED_FOLDERS) or item.endswith(DROPPED_SUFFIXES)


def trim(library: Path) -> tuple[int, int] | None:
    """Replace `library` (libicudata.so.<N>) by one holding only the data Qt uses.

    Returns (bytes before, bytes after), or None when a tool is missing (nothing changed)."""
    if missing_tools():
        return None
    before = library.stat().st_size
    symbol, offset, size = _blob(library)
    soname = library.name
    with tempfile.TemporaryDirectory(prefix="icu-trim-") as tmp:
        work = Path(tmp)
        # icupkg names the package from the file name: icudt73l.dat for little-endian ICU 73.
        full = work / f"{symbol.removesuffix('_dat')}l.dat"
        with library.open("rb") as stream:
            stream.seek(offset)
            full.write_bytes(stream.read(size))
        items = subprocess.run(
            ["icupkg", "-l", str(full)], capture_output=True, text=True, check=True
        ).stdout.split()
        (work / "drop.txt").write_text("\n".join(i for i in items if _dropped(i)) + "\n")
        small = work / "small" / full.name
        small.parent.mkdir()
        subprocess.run(
            ["icupkg", "-r", str(work / "drop.txt"), str(full), str(small)],
            capture_output=True,
            check=True,
        )
        assembly = work / "data.s"
        assembly.write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
            f'{symbol}:\n\t.incbin "{small}"\n\t.size {symbol}, .-{symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n'
        )
        out = work / soname
        subprocess.run(
            [
                "gcc",
                "-shared",
                "-nostdlib",
                "-s",
                f"-Wl,-soname,{soname}",
                "-Wl,--build-id=sha1",
                "-o",
                str(out),
                str(assembly),
            ],
            capture_output=True,
            check=True,
        )
        shutil.copyfile(out, library)
    return before, library.stat().st_size
