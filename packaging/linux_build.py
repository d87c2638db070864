"""The Linux installers: a .tar.gz to unpack anywhere and a .deb for apt, both reproducible.

Every file is dated SOURCE_DATE_EPOCH and owned by root, the archives list files in sorted
order and gzip records no name or time, so two builds of one commit give the same contents.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import shutil
import subprocess
import tarfile
from pathlib import Path
from typing import TYPE_CHECKING

import linux_files

if TYPE_CHECKING:
    from build import Build

from icons import ICON_SIZES


class DebError(Exception):
    """dpkg-deb is missing or failed; `str(e)` says what."""


def launcher_script(ident: str) -> str:
    return f'#!/bin/sh\nexec /opt/{ident}/{ident} "$@"\n'


def share_files(build: Build, staged: Path, share: Path) -> None:
    """applications/, icons/hicolor/, mime/packages/ and metainfo/ under `share` (/usr/share)."""
    ident, name = build.branding.id, build.branding.name
    (share / "applications").mkdir(parents=True)
    (share / "applications" / f"{ident}.desktop").write_text(
        linux_files.desktop_entry(name, ident), "utf-8"
    )
    for size in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(staged / "icons" / f"{size}.png", folder / f"{ident}.png")
    if (staged / "icons" / "scalable.svg").exists():
        folder = share / "icons" / "hicolor" / "scalable" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(staged / "icons" / "scalable.svg", folder / f"{ident}.svg")
    (share / "mime" / "packages").mkdir(parents=True)
    (share / "mime" / "packages" / f"{ident}.xml").write_text(linux_files.mime_package(), "utf-8")
    cid = linux_files.component_id(ident, build.vendor.website)
    (share / "metainfo").mkdir(parents=True)
    (share / "metainfo" / f"{cid}.metainfo.xml").write_text(
        linux_files.metainfo(
            cid=cid,
            name=name,
            ident=ident,
            vendor=build.vendor.vendor,
            website=build.vendor.website,
            screenshot=build.vendor.screenshot,
            version=build.project.version,
            released=build.epoch,
            pack_name=_pack_name(build),
            branded=build.branding.branded,
        ),
        "utf-8",
    )


def _pack_name(build: Build) -> str:
    from pathfinder.io.packs import load_pack

    return load_pack(build.pack).name


def _clamp(root: Path, epoch: int) -> None:
    """Date every file and folder under `root` (and `root`) at `epoch`."""
    for path in [*root.rglob("*"), root]:
        if not path.is_symlink():
            path.chmod(path.stat().st_mode & 0o755 | (0o755 if path.is_dir() else 0))
        os.utime(path, (epoch, epoch), follow_symlinks=False)


def make_tarball(build: Build, bundle: Path, staged: Path) -> Path:
    """<id>-<version>/: the program, its notices, plus share/ for menus and icons."""
    share = build.work / "tar-share"
    if share.exists():
        shutil.rmtree(share)
    share_files(build, staged, share)
    _clamp(share, build.epoch)
    _clamp(bundle, build.epoch)

    def owned(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mtime = min(info.mtime, build.epoch)
        return info

    out = build.dist / f"{build.stem}-linux-x86_64.tar.gz"
    with (
        out.open("wb") as raw,
        gzip.GzipFile(
            filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=build.epoch
        ) as gz,
        tarfile.open(fileobj=gz, mode="w", format=tarfile.GNU_FORMAT) as tar,
    ):
        tar.add(bundle, arcname=build.stem, filter=owned)
        tar.add(share, arcname=f"{build.stem}/share", filter=owned)
    return out


def glibc_needed(bundle: Path) -> str:
    """The newest glibc symbol version any program or library in `bundle` asks for ("2.36"):
    the bundle runs only on systems with at least that glibc (the build machine's, at most)."""
    newest = (2, 17)
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink() and path.read_bytes()[:4] == b"\x7fELF":
            for found in re.finditer(rb"GLIBC_2\.(\d+)(?:\.\d+)?\x00", path.read_bytes()):
                newest = max(newest, (2, int(found.group(1))))
    return f"{newest[0]}.{newest[1]}"


def control_file(build: Build, installed_kb: int, glibc: str) -> str:
    ident, version = build.branding.id, build.project.version
    summary = (
        f"{build.branding.name}: offline career-path explorer (built on Pathfinder)"
        if build.branding.branded
        else "offline career-path explorer"  # lintian: not starting with the package name
    )
    # The bundle carries Python and Qt; the system gives the X11/Wayland, GL and font libraries.
    depends = (
        f"libc6 (>= {glibc}), libfontconfig1, libfreetype6, libegl1, libgl1, libdbus-1-3, "
        "libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, "
        "libxcb-shape0, libx11-xcb1, libcups2"
    )
    homepage = f"Homepage: {build.vendor.website}\n" if build.vendor.website else ""
    return (
        f"Package: {ident}\n"
        f"Version: {version}\n"
        "Section: education\n"
        "Priority: optional\n"
        "Architecture: amd64\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {depends}\n"
        f"Maintainer: {build.vendor.maintainer}\n"
        f"{homepage}"
        f"Description: {summary}\n"
        " Tick the skills you have, pick the role you want, and see the best path there:\n"
        " the skills left to learn, in order, with the hours they take. No account and\n"
        " no network needed.\n"
    )


def doc_files(build: Build, root: Path) -> None:
    """/usr/share/doc/<id>/{copyright,changelog.gz} and the lintian overrides."""
    ident = build.branding.id
    doc = root / "usr" / "share" / "doc" / ident
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        linux_files.debian_copyright(
            ident=ident,
            name=build.branding.name,
            maintainer=build.vendor.maintainer,
            website=build.vendor.website,
            own_licence=(root / "opt" / ident / "LICENSE").read_text("utf-8"),
            pack_file=build.branding.pack,
            pack_license=build.vendor.pack_license,
            components=build.components,
        ),
        "utf-8",
    )
    (doc / "changelog.gz").write_bytes(
        linux_files.changelog_gz(
            ident=ident,
            version=build.project.version,
            maintainer=build.vendor.maintainer,
            when=build.epoch,
            pack=_pack_name(build),
            branded=build.branding.branded,
        )
    )
    man = root / "usr" / "share" / "man" / "man1"
    man.mkdir(parents=True)
    (man / f"{ident}.1.gz").write_bytes(
        linux_files.manual_page(
            ident=ident,
            name=build.branding.name,
            version=build.project.version,
            when=build.epoch,
            vendor=build.vendor.vendor,
        )
    )
    overrides = root / "usr" / "share" / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    (overrides / ident).write_text(linux_files.lintian_overrides(ident), "utf-8")


def make_deb(build: Build, bundle: Path, staged: Path) -> Path:
    """/opt/<id>/ (the program), /usr/bin/<id>, menu entry, icons, MIME types, AppStream data,
    copyright, changelog and lintian overrides."""
    if shutil.which("dpkg-deb") is None:
        raise DebError("dpkg-deb is not installed (apt install dpkg); or use --no-deb")
    ident = build.branding.id
    root = build.work / "deb-root"
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(bundle, root / "opt" / ident, symlinks=True)
    launcher = root / "usr" / "bin" / ident
    launcher.parent.mkdir(parents=True)
    launcher.write_text(launcher_script(ident), "utf-8")
    launcher.chmod(0o755)
    share_files(build, staged, root / "usr" / "share")
    doc_files(build, root)
    # dpkg's triggers (desktop-file-utils, shared-mime-info, hicolor-icon-theme) refresh the
    # menus, MIME database and icon cache: no maintainer scripts needed.
    installed_kb = (
        sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    )
    (root / "DEBIAN").mkdir()
    control = control_file(build, installed_kb, glibc_needed(bundle))
    (root / "DEBIAN" / "control").write_text(control, "utf-8")
    _clamp(root, build.epoch)  # dpkg-deb refuses group/world-writable control files
    out = build.dist / f"{ident}_{build.project.version}_amd64.deb"
    command = ["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(root), str(out)]
    env = {"SOURCE_DATE_EPOCH": str(build.epoch), "PATH": "/usr/bin:/bin:/usr/sbin:/sbin"}
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    if done.returncode != 0:
        raise DebError(f"dpkg-deb failed: {done.stderr.strip()}")
    return out


def write_sums(dist: Path, outputs: list[Path]) -> Path:
    """dist/SHA256SUMS for this build's files (`sha256sum -c SHA256SUMS` checks them)."""
    sums = dist / "SHA256SUMS"
    lines = {}
    if sums.exists():  # keep the other builds' lines (plain and branded share dist/)
        for line in sums.read_text().splitlines():
            digest, _, name = line.partition("  ")
            if (dist / name).exists():
                lines[name] = digest
    for out in outputs:
        lines[out.name] = hashlib.sha256(out.read_bytes()).hexdigest()
    sums.write_text("".join(f"{d}  {n}\n" for n, d in sorted(lines.items())), encoding="utf-8")
    return sums
