"""THIRD-PARTY-NOTICES, written from what a frozen bundle actually holds.

Every shared library in the bundle and every Python distribution whose modules were frozen is
given to the component it belongs to (Qt, ICU, PySide6, Python, a PyPI distribution, or the
Debian package PyInstaller copied a system library from); each component gets its version,
licence, licence text and the files it covers. A library no rule knows stops the build: a
notice that leaves something out would be worse than no installer.
"""

from __future__ import annotations

import importlib.metadata as metadata
import platform
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
LICENCES = HERE / "licences"
RULE = "=" * 78
QT_SOURCE = "https://download.qt.io/official_releases/qt/"
PYSIDE_SOURCE = "https://download.qt.io/official_releases/QtForPython/"


@dataclass
class Component:
    name: str
    version: str
    licence: str  # SPDX expression, or a short description
    website: str
    texts: list[tuple[str, str]] = field(default_factory=list)  # (title, full text)
    files: list[str] = field(default_factory=list)  # bundle-relative paths
    distributions: list[str] = field(default_factory=list)  # Python distribution names
    note: str = ""


class UnknownFiles(Exception):
    """Files in the bundle no rule can name a licence for; `str(e)` lists them."""


def _vendored(name: str) -> str:
    return (LICENCES / name).read_text(encoding="utf-8")


def is_shared_library(path: Path) -> bool:
    name = path.name
    if re.search(r"\.(so(\.\d+)*|dll|pyd|dylib)$", name) or ".so." in name:
        return True
    if path.suffix or not path.is_file():
        return False
    with path.open("rb") as stream:
        return stream.read(4) == b"\x7fELF" and _elf_type(path) == 3  # ET_DYN without a name


def _elf_type(path: Path) -> int:
    with path.open("rb") as stream:
        stream.seek(16)
        return int.from_bytes(stream.read(2), "little")


def shared_libraries(bundle: Path) -> list[str]:
    """Every shared library file in `bundle` (symbolic links are covered by their targets)."""
    return sorted(
        p.relative_to(bundle).as_posix()
        for p in bundle.rglob("*")
        if p.is_file() and not p.is_symlink() and is_shared_library(p)
    )


def frozen_modules(program: Path) -> set[str]:
    """Top-level names of the Python modules frozen into `program` (its PYZ archive)."""
    from PyInstaller.archive.readers import pkg_archive_contents

    names: set[str] = set()
    for entry in pkg_archive_contents(str(program), recursive=True):
        name = entry if isinstance(entry, str) else entry[0]
        names.add(name.split(".")[0].split("/")[0])
    return names


def python_distributions(bundle: Path, program: Path) -> dict[str, set[str]]:
    """Distribution name -> top-level names found in the bundle (frozen or as folders)."""
    internal = bundle / "_internal"
    tops = frozen_modules(program)
    if internal.is_dir():
        tops |= {p.name.split(".")[0] for p in internal.iterdir() if p.is_dir()}
    owners = metadata.packages_distributions()
    found: dict[str, set[str]] = {}
    for top in tops:
        for dist in owners.get(top, []):
            canonical = metadata.distribution(dist).metadata["Name"]
            found.setdefault(canonical, set()).add(top)
    found.pop("pathfinder-careers", None)  # Pathfinder itself: its own section
    return found


def _dist_component(name: str) -> Component:
    dist = metadata.distribution(name)
    meta = dist.metadata
    licence = meta.get("License-Expression") or meta.get("License") or ""
    if not licence or len(licence) > 80:
        classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []]
        licence = next((c for c in classifiers if "License" in c or "GPL" in c), licence[:80])
    urls = dict(u.split(", ", 1) for u in meta.get_all("Project-URL") or [] if ", " in u)
    website = meta.get("Home-page") or urls.get("Homepage") or urls.get("Source") or ""
    texts = []
    for file in dist.files or []:
        if re.search(r"(licen[cs]e|copying|notice)", file.name, re.I) and "dist-info" in str(file):
            texts.append((f"{name}: {file.name}", Path(dist.locate_file(file)).read_text("utf-8")))
    return Component(meta["Name"], dist.version, licence, website, texts, distributions=[name])


def _sbom_lines(name: str) -> str:
    """The Rust crates compiled into a distribution, from its CycloneDX SBOM when it has one."""
    import json

    dist = metadata.distribution(name)
    lines = []
    for file in dist.files or []:
        if "sboms" in str(file) and file.name.endswith(".json"):
            data = json.loads(Path(dist.locate_file(file)).read_text("utf-8"))
            for part in data.get("components", []):
                ids = [
                    lic.get("expression") or lic.get("license", {}).get("id", "")
                    for lic in part.get("licenses", [])
                ]
                lines.append(f"  {part.get('name')} {part.get('version')}: {' '.join(ids) or '?'}")
    return "\n".join(sorted(set(lines)))


def _python_component() -> Component:
    base = Path(sys.base_prefix)
    version = platform.python_version()
    short = ".".join(version.split(".")[:2])
    for candidate in (
        base / "lib" / f"python{short}" / "LICENSE.txt",
        base / "LICENSE.txt",
        Path(f"/usr/share/doc/python{short}/copyright"),
        Path("/usr/lib") / f"python{short}" / "LICENSE.txt",
    ):
        if candidate.is_file():
            text = candidate.read_text("utf-8", errors="replace")
            break
    else:
        raise UnknownFiles(f"no licence text for Python {version} (looked under {base})")
    return Component(
        "Python",
        version,
        "PSF-2.0",
        "https://www.python.org",
        [("Python licence", text)],
        note="The interpreter (libpython), its standard library modules and extension modules.",
    )


def _debian_package(name: str) -> tuple[str, str] | None:
    """(package, version) of the installed Debian package holding a library called `name`."""
    try:
        found = subprocess.run(
            ["dpkg", "-S", f"*/{name}"], capture_output=True, text=True, check=False
        )
    except FileNotFoundError:
        return None
    for line in found.stdout.splitlines():
        package, _, path = line.partition(": ")
        if path.endswith("/" + name) and "diversion" not in line:
            package = package.split(",")[0].strip()
            version = subprocess.run(
                ["dpkg-query", "-W", "-f", "${Version}", package],
                capture_output=True,
                text=True,
                check=False,
            ).stdout.strip()
            return package, version
    return None


def _debian_component(package: str, version: str) -> Component:
    bare = package.split(":")[0]
    copyright = Path("/usr/share/doc") / bare / "copyright"
    text = copyright.read_text("utf-8", errors="replace") if copyright.is_file() else ""
    if not text:
        raise UnknownFiles(f"{copyright}: missing, so no licence text for {package}")
    licences = sorted(set(re.findall(r"^License:\s*(.+)$", text, re.M)))
    licence = " / ".join(licences) if licences and len(licences) <= 4 else "see the text below"
    return Component(
        f"{bare} (Debian package)",
        version,
        licence,
        f"https://packages.debian.org/source/{bare}",
        [(f"/usr/share/doc/{bare}/copyright", text)],
        note=f"Copied from the build machine's Debian package {bare} {version}; the source is "
        f"at https://sources.debian.org/ (apt-get source {bare}={version}).",
    )


def collect(
    bundle: Path, program: Path, qt_version: str, *, strict: bool = True
) -> list[Component]:
    """The components of `bundle` with the files each covers; UnknownFiles if one is unnamed.

    `strict=False` (Windows, macOS: no dpkg to say where a system library came from) lists
    unnamed libraries under "Not identified" for the builder to complete by hand instead."""
    lgpl = [("GNU LGPL 3.0", _vendored("LGPL-3.0.txt")), ("GNU GPL 3.0", _vendored("GPL-3.0.txt"))]
    qt = Component(
        "Qt",
        qt_version,
        "LGPL-3.0-only",
        "https://www.qt.io",
        lgpl,
        note="Qt's own libraries and plugins, as built by the Qt Company for PySide6. Qt "
        "contains third-party code (for example HarfBuzz, PCRE2, libpng, md4c); the Qt "
        "Company lists those parts and their licences at "
        "https://doc.qt.io/qt-6/licenses-used-in-qt.html.",
    )
    icu = Component(
        "ICU",
        "",
        "Unicode-DFS-2016 (ICU licence)",
        "https://icu.unicode.org",
        [("ICU licence", _vendored("ICU.txt"))],
        note="International Components for Unicode, as shipped with Qt. Its data library is "
        "trimmed at build time to the parts Qt uses (collation, time zones, locales).",
    )
    python = _python_component()
    dists = python_distributions(bundle, program)
    by_dist = {name: _dist_component(name) for name in sorted(dists, key=str.lower)}
    for name, component in by_dist.items():
        if name in ("PySide6_Essentials", "PySide6", "shiboken6"):
            component.texts = lgpl
            component.licence = "LGPL-3.0-only"
        if name == "pydantic_core" and (crates := _sbom_lines(name)):
            component.note = "Compiled with these Rust crates (its SBOM):\n" + crates
    top_owner = {top: name for name, tops in dists.items() for top in tops}
    debian: dict[str, Component] = {}
    unknown: list[str] = []
    for rel in shared_libraries(bundle):
        parts = rel.split("/")
        inner = parts[1:] if parts[0] == "_internal" else parts
        lib = inner[-1]
        if inner[:3] == ["PySide6", "Qt", "lib"] and lib.startswith("libicu"):
            icu.files.append(rel)
            icu.version = icu.version or lib.rsplit(".so.", 1)[-1]
        elif inner[:2] == ["PySide6", "Qt"]:
            qt.files.append(rel)
        elif lib.startswith("libpython") or "lib-dynload" in inner:
            python.files.append(rel)
        elif len(inner) > 1 and inner[0] in top_owner:
            by_dist[top_owner[inner[0]]].files.append(rel)
        elif len(inner) == 1 and (found := _debian_package(lib)):
            key = found[0]
            if key not in debian:
                debian[key] = _debian_component(*found)
            debian[key].files.append(rel)
        else:
            unknown.append(rel)
    if unknown and strict:
        raise UnknownFiles("no licence known for these bundled libraries: " + ", ".join(unknown))
    left = Component(
        "Not identified",
        "",
        "unknown: complete this entry before handing the installer out",
        "",
        files=unknown,
        note="These libraries came with the build machine's Python or system; find each "
        "one's licence and add its text here.",
    )
    for name, component in by_dist.items():
        component.files.append(f"(Python modules: {', '.join(sorted(dists[name]))})")
    parts = [qt, icu, python, *by_dist.values(), *debian.values(), left]
    return [c for c in parts if c.files]


def _section(title: str) -> str:
    return f"{RULE}\n{title}\n{RULE}\n"


def render(
    components: list[Component],
    *,
    product: str,
    version: str,
    vendor: str,
    contact: str,
    own_licence: str,
    data_notes: list[str],
) -> str:
    """The text of THIRD-PARTY-NOTICES."""
    out = [
        f"{product} {version}: licences and notices\n",
        f"This installer was built and is handed out by {vendor}"
        + (f" ({contact})" if contact else "")
        + ". It contains Pathfinder, the career data of its default pack, and the libraries "
        "listed below, each with its version, its licence, the files it covers and its "
        "licence text in full.\n",
        "Contents: 1. Pathfinder  2. Career data  3. Replacing the LGPL libraries and "
        "getting their source  4. Bundled libraries ("
        + ", ".join(c.name for c in components)
        + ")\n",
        _section("1. Pathfinder (MIT licence)"),
        own_licence.rstrip() + "\n",
        _section("2. Career data in this build"),
        "\n\n".join(data_notes) + "\n",
        _section("3. Replacing the LGPL libraries and getting their source"),
        _relinking(components, vendor, contact),
        _section("4. Bundled libraries"),
    ]
    for c in components:
        out.append(f"\n--- {c.name} {c.version}".rstrip() + " ---\n")
        out.append(f"Licence: {c.licence}\nWebsite: {c.website}\n")
        if c.distributions:
            out.append(f"Python distribution: {', '.join(c.distributions)} {c.version}\n")
        if c.note:
            out.append(c.note + "\n")
        out.append("Files:\n" + "".join(f"  {f}\n" for f in c.files))
    shown: set[str] = set()
    for c in components:
        for title, text in c.texts:
            if title in shown:
                continue
            shown.add(title)
            out.append("\n" + _section(f"Licence text: {title}"))
            out.append(text.rstrip() + "\n")
    return "\n".join(out)


def _relinking(components: list[Component], vendor: str, contact: str) -> str:
    versions = {c.name: c.version for c in components}
    qt = versions.get("Qt", "")
    pyside = versions.get("PySide6_Essentials", versions.get("shiboken6", ""))
    return (
        "Qt, PySide6 and shiboken6 are used under the GNU Lesser General Public License "
        "version 3 (its text and the GPL 3.0 it builds on are in section 4). They are "
        "separate shared libraries in the _internal folder beside the program, loaded when "
        "it starts; nothing of them is linked into the program file. You may replace any of "
        "them with your own build of the same version (same file name, same interface) and "
        "the program will use it; reverse engineering for debugging such changes is allowed.\n\n"
        f"Source code: Qt {qt} at {QT_SOURCE}, PySide6 and shiboken6 {pyside} at "
        f"{PYSIDE_SOURCE} (the pyside-setup source archive of that version). On request, "
        f"{vendor}"
        + (f" ({contact})" if contact else "")
        + " will send the complete corresponding source of these libraries for three years "
        "from the date you received this installer, for no more than the cost of sending it.\n"
    )


def pack_notes(pack_path: Path, bundled: str, vendor: str, pack_license: str) -> list[str]:
    """What the notices say about the pack: its licence, sources and ESCO/O*NET attribution."""
    from pathfinder.io.packs import load_pack

    pack = load_pack(pack_path)
    notes = [
        f"Default career pack: {pack.name} (version {pack.version}), file "
        f"_internal/pathfinder/_data/{bundled}.",
        f"Licence of the pack, as {vendor} states it: {pack_license}",
    ]
    if pack.license and pack.license != pack_license:
        notes.append(f"Licence written in the pack itself: {pack.license}")
    for source in pack.sources:
        line = f"Source: {source.title}"
        line += f", {source.publisher}" if source.publisher else ""
        line += f" ({source.year})" if source.year else ""
        notes.append(line + (f", {source.url}" if source.url else ""))
    ids = {s.id for s in pack.sources} | {pack.id}
    if any(i == "esco" or i.startswith("esco-") for i in ids):
        from pathfinder.importers.esco import ATTRIBUTION

        notes.append(f"ESCO attribution: {ATTRIBUTION}")
    if "onet" in ids:
        from pathfinder.importers.onet import attribution

        notes.append(f"O*NET attribution: {attribution(pack.version)}")
    return notes
