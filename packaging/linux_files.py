"""The text files a Linux install carries besides the program: the desktop entry, MIME types,
AppStream metadata, and the Debian copyright, changelog and lintian overrides.

Each is written from the branding (who the build is from) and the project, so a bootcamp's
build names the bootcamp, never Pathfinder's team.
"""

from __future__ import annotations

import gzip
import io
from datetime import UTC, datetime
from pathlib import PurePosixPath
from xml.sax.saxutils import escape

from notices import Component

PROFILE_MIME = "application/x-pathfinder-profile"
PACK_MIME = "application/x-pathfinder-pack"

# The tags a self-contained bundle raises by design, each with the reason (lintian reads the
# comment lines above an override as its justification).
OVERRIDES = (
    (
        "dir-or-file-in-opt",
        "The program is a self-contained bundle (Python, Qt and their libraries) kept out of\n"
        "# the system's folders in /opt/<id>, so it never clashes with Debian's own packages.",
    ),
    (
        "embedded-library",
        "Python and Qt need their own copies of a few libraries at the versions they were\n"
        "# built with; THIRD-PARTY-NOTICES lists every one with its licence.",
    ),
    (
        "custom-library-search-path",
        "Qt's and PySide6's libraries find each other inside the bundle through $ORIGIN;\n"
        "# Python's libraries keep the RUNPATH of the Python they were built by, a build\n"
        "# machine folder that learners' machines do not have.",
    ),
    (
        "shared-library-is-executable",
        "PyInstaller keeps the execute bit of the libraries it copies into the bundle.",
    ),
    (
        "library-not-linked-against-libc",
        "Python's extension modules (lib-dynload) get the C library from the interpreter\n"
        "# that loads them, as in every Python build.",
    ),
    (
        "shared-library-lacks-prerequisites",
        "Bundled libraries that need nothing but what loads them: Python extension modules,\n"
        "# ICU's data library (data only) and libX11-xcb.",
    ),
    (
        "hardening-no-pie",
        "The program file is PyInstaller's prebuilt bootloader, which starts the bundled\n"
        "# Python; it is not compiled here.",
    ),
)


def desktop_entry(name: str, ident: str) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={name}\n"
        "GenericName=Career path explorer\n"
        "Comment=See the skills to learn for the role you want, offline\n"
        f"Exec={ident} %f\n"
        f"Icon={ident}\n"
        "Terminal=false\n"
        "Categories=Education;\n"  # one main category (desktop-file-validate)
        "Keywords=career;skills;learning;plan;\n"
        f"MimeType={PROFILE_MIME};{PACK_MIME};\n"
    )


def mime_package() -> str:
    # A profile is JSON that starts with the "pathfinder_profile" key (docs/profile-format.md);
    # a pack is YAML with a top-level "pathfinder: 1" line (docs/pack-format.md), usually after
    # a few comment lines. The magic claims those files; other JSON and YAML stay as they are.
    # application/x-yaml: the name on Debian 12; newer shared-mime-info keeps it as an alias.
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">\n'
        f'  <mime-type type="{PROFILE_MIME}">\n'
        "    <comment>Pathfinder learner profile</comment>\n"
        '    <sub-class-of type="application/json"/>\n'
        '    <generic-icon name="x-office-document"/>\n'
        '    <magic priority="80">\n'
        '      <match type="string" value="&quot;pathfinder_profile&quot;" offset="0:64"/>\n'
        "    </magic>\n"
        '    <glob pattern="*.pathfinder.json" weight="60"/>\n'
        "  </mime-type>\n"
        f'  <mime-type type="{PACK_MIME}">\n'
        "    <comment>Pathfinder career pack</comment>\n"
        '    <sub-class-of type="application/x-yaml"/>\n'
        '    <generic-icon name="x-office-document"/>\n'
        '    <magic priority="80">\n'
        '      <match type="string" value="pathfinder: 1" offset="0"/>\n'
        '      <match type="string" value="\\npathfinder: 1" offset="0:4096"/>\n'
        "    </magic>\n"
        '    <glob pattern="*.pathfinder.yaml" weight="60"/>\n'
        "  </mime-type>\n"
        "</mime-info>\n"
    )


def component_id(ident: str, website: str) -> str:
    """The AppStream id: reversed web domain plus program id (example.acme.acme_career_compass)."""
    host = website.split("://", 1)[-1].split("/", 1)[0].split(":")[0].lower()
    labels = [p for p in host.split(".") if p and p != "www"]
    prefix = ".".join(reversed(labels)) if len(labels) >= 2 else "org.pathfinder"
    return f"{prefix}.{ident.replace('-', '_')}".replace("-", "_")


def metainfo(
    *,
    cid: str,
    name: str,
    ident: str,
    vendor: str,
    website: str,
    screenshot: str,
    version: str,
    released: int,
    pack_name: str,
    branded: bool,
) -> str:
    e = escape
    summary = "Plan the skills to learn for the career role you want, offline"
    about = (
        f"<p>{e(name)} shows the roles of a career field as a map, the moves between them "
        "and the skills each role needs. Tick the skills you have, pick the role you want, "
        "and it lists the skills left to learn, in order, with the hours they take and a "
        "finish date at your pace.</p>\n"
        f"    <p>It opens with the career pack “{e(pack_name)}”. Plans can be printed or saved "
        "as PDF. No account and no network connection are needed.</p>"
    )
    if branded:
        about += f"\n    <p>{e(name)} is handed out by {e(vendor)} and built on Pathfinder.</p>"
    day = datetime.fromtimestamp(released, UTC).strftime("%Y-%m-%d")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<component type="desktop-application">',
        f"  <id>{e(cid)}</id>",
        "  <metadata_license>CC0-1.0</metadata_license>",
        "  <project_license>MIT AND LGPL-3.0-only AND PSF-2.0</project_license>",
        f"  <name>{e(name)}</name>",
        f"  <summary>{summary}</summary>",
        f"  <developer_name>{e(vendor)}</developer_name>",
        "  <description>",
        f"    {about}",
        "  </description>",
        f'  <launchable type="desktop-id">{e(ident)}.desktop</launchable>',
    ]
    if website:
        lines.append(f'  <url type="homepage">{e(website)}</url>')
    if screenshot:
        lines += [
            "  <screenshots>",
            '    <screenshot type="default">',
            "      <caption>The career map with a planned route and the skills to learn</caption>",
            f"      <image>{e(screenshot)}</image>",
            "    </screenshot>",
            "  </screenshots>",
        ]
    lines += [
        "  <categories>",
        "    <category>Education</category>",
        "  </categories>",
        "  <provides>",
        f"    <binary>{e(ident)}</binary>",
        f"    <mediatype>{PROFILE_MIME}</mediatype>",
        f"    <mediatype>{PACK_MIME}</mediatype>",
        "  </provides>",
        '  <content_rating type="oars-1.1"/>',
        "  <releases>",
        f'    <release version="{e(version)}" date="{day}"/>',
        "  </releases>",
        "</component>",
        "",
    ]
    return "\n".join(lines)


def _dep5_text(text: str) -> str:
    """A licence text as a DEP-5 field continuation: indented, blank lines as ' .'."""
    return "\n".join(f" {line}" if line.strip() else " ." for line in text.rstrip().splitlines())


def debian_copyright(
    *,
    ident: str,
    name: str,
    maintainer: str,
    website: str,
    own_licence: str,
    pack_file: str,
    pack_license: str,
    components: list[Component],
) -> str:
    """The machine-readable (DEP-5) /usr/share/doc/<id>/copyright."""
    opt = f"opt/{ident}"
    prebuilt = PurePosixPath(pack_file).with_suffix(".prebuilt.json")
    paragraphs = [
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {name}\n"
        f"Upstream-Contact: {maintainer}\n"
        + (f"Source: {website}\n" if website else "")
        + f"Comment: The program in /{opt} bundles the libraries listed below.\n"
        f" /{opt}/THIRD-PARTY-NOTICES has every library's version, licence text in full,\n"
        " and how to get the source of the LGPL libraries.",
        "Files: *\nCopyright: 2026 The Pathfinder team\nLicense: Expat",
        # The prebuilt form beside the pack (src/pathfinder/io/prebuilt.py) is the same data.
        f"Files: {opt}/_internal/pathfinder/_data/{pack_file}\n"
        f" {opt}/_internal/pathfinder/_data/{prebuilt}\n"
        f"Copyright: {maintainer}\nLicense: pack-licence",
    ]
    by_licence: dict[str, list[str]] = {}
    for c in components:
        paths = [f for f in c.files if not f.startswith("(")]
        if not paths:
            continue
        short = (
            "LGPL-3"
            if "LGPL-3.0" in c.licence
            else "PSF-2.0"
            if c.name == "Python"
            else "Expat"
            if c.licence.strip() == "MIT"
            else f"bundled-{c.name.split(' ')[0].lower()}"
        )
        by_licence.setdefault(short, [])
        listed = "\n ".join(f"{opt}/{p}" for p in paths)
        paragraphs.append(
            f"Files: {listed}\nCopyright: the {c.name} authors (see THIRD-PARTY-NOTICES)\n"
            f"License: {short}\nComment: {c.name} {c.version}, {c.licence}".rstrip()
        )
        by_licence[short].append(c.name)
    paragraphs.append("License: Expat\n" + _dep5_text(own_licence.split("\n", 2)[2]))
    paragraphs.append(
        "License: pack-licence\n"
        f" The career pack is distributed by {maintainer} under: {pack_license}."
    )
    for short, names in sorted(by_licence.items()):
        if short == "LGPL-3":
            text = (
                "On Debian systems the GNU Lesser General Public License version 3 is in\n"
                "/usr/share/common-licenses/LGPL-3, and the GPL version 3 it builds on in\n"
                "/usr/share/common-licenses/GPL-3."
            )
        elif short == "Expat":
            continue
        else:
            text = (
                f"The licence of {', '.join(names)}, reproduced in full in\n"
                f"/{opt}/THIRD-PARTY-NOTICES."
            )
        paragraphs.append(f"License: {short}\n" + _dep5_text(text))
    return "\n\n".join(paragraphs) + "\n"


def changelog_gz(
    *, ident: str, version: str, maintainer: str, when: int, pack: str, branded: bool
) -> bytes:
    """A native package's changelog.gz, compressed reproducibly (no name, fixed time)."""
    stamp = datetime.fromtimestamp(when, UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
    built = "built on Pathfinder " + version if branded else "Pathfinder " + version
    text = (
        f"{ident} ({version}) unstable; urgency=medium\n\n"
        f"  * {built}, with the career pack {pack}.\n\n"
        f" -- {maintainer}  {stamp}\n"
    )
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9, mtime=when, filename="") as z:
        z.write(text.encode("utf-8"))
    return out.getvalue()


def manual_page(*, ident: str, name: str, version: str, when: int, vendor: str) -> bytes:
    """<id>.1.gz: what `man <id>` shows; the full help is `<id> --help`."""
    day = datetime.fromtimestamp(when, UTC).strftime("%Y-%m-%d")
    page = (
        f'.TH {ident.upper()} 1 "{day}" "{name} {version}" "User Commands"\n'
        ".SH NAME\n"
        f"{ident} \\- offline career-path explorer\n"
        ".SH SYNOPSIS\n"
        f".B {ident}\n"
        "[\\fIPROFILE.json\\fR | \\fB\\-\\-pack\\fR \\fIPACK.yaml\\fR]\n"
        ".br\n"
        f".B {ident}\n"
        "\\fICOMMAND\\fR [\\fIoptions\\fR]\n"
        ".SH DESCRIPTION\n"
        "Without a command, opens the window: the roles of a career pack as a map, the "
        "moves between them and the skills each role needs. Tick the skills you have, pick "
        "the role you want, and the plan lists the skills left to learn, in order, with "
        "their hours. A learner profile or a pack given as the only argument is opened.\n"
        ".PP\n"
        "The commands \\fBplan\\fR, \\fBreport\\fR, \\fBvalidate\\fR, \\fBroles\\fR "
        "and \\fBimport\\fR work without a window; "
        f"\\fB{ident} \\-\\-help\\fR and \\fB{ident} \\fICOMMAND\\fB \\-\\-help\\fR "
        "describe their options.\n"
        ".SH FILES\n"
        f".I /opt/{ident}/THIRD\\-PARTY\\-NOTICES\n"
        "the licences of the libraries the program bundles.\n"
        ".SH AUTHOR\n"
        f"Built on Pathfinder; this installer is from {vendor}.\n"
    )
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9, mtime=when, filename="") as z:
        z.write(page.encode("utf-8"))
    return out.getvalue()


def lintian_overrides(ident: str) -> str:
    return "".join(f"# {why}\n{ident}: {tag}\n" for tag, why in OVERRIDES).replace("<id>", ident)
