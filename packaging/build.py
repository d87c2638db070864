"""Build Pathfinder's installers: `python packaging/build.py [--pack P.yaml --name NAME]`.

On Linux this writes dist/<id>-<version>-linux-x86_64.tar.gz and dist/<id>_<version>_amd64.deb,
where <id> is `pathfinder`, or for a branded build the product name in file-name form
("Acme Career Compass" -> acme-career-compass). On Windows and macOS it builds the PyInstaller
bundle and prints the next step (packaging/windows/, packaging/macos/). docs/packaging.md has
the whole story.

A branded build checks the pack first: a broken pack stops the build before anything is
frozen, with every problem printed as FILE:LINE:COLUMN: message, and exit status 1.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from project_meta import ROOT, Project, read_project  # noqa: E402

sys.path.insert(0, str(ROOT / "src"))  # check packs with this checkout's code
from pathfinder.branding import (  # noqa: E402
    BRANDING_FILE,
    DEFAULT,
    Branding,
    BrandingError,
    app_id,
    check_name,
    to_json,
)

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICON_SUFFIXES = (".png", ".svg")
MIME_TYPE = "application/x-pathfinder-profile"
EXIT_BAD_INPUT = 1


class BuildError(Exception):
    """Something the person building must fix; `str(e)` says what."""


@dataclass
class Build:
    project: Project
    branding: Branding
    pack: Path  # the pack file to bundle as the default
    icon: Path  # the app icon (.svg or .png)
    dist: Path
    work: Path
    outputs: list[Path] = field(default_factory=list)

    @property
    def stem(self) -> str:
        return f"{self.branding.id}-{self.project.version}"


def _args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="packaging/build.py",
        description="Build Pathfinder's installers, plain or branded for a bootcamp.",
    )
    parser.add_argument("--pack", type=Path, help="career pack to ship as the default (branded)")
    parser.add_argument("--name", help='product name, e.g. "Acme Career Compass" (branded)')
    parser.add_argument("--icon", type=Path, help="app icon, .png (256x256 or more) or .svg")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where installers go")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="scratch folder")
    parser.add_argument(
        "--no-deb", action="store_true", help="Linux: write only the .tar.gz, no .deb"
    )
    args = parser.parse_args(argv)
    if (args.pack is None) != (args.name is None):
        parser.error("a branded build needs both --pack and --name")
    if args.icon is not None and args.name is None:
        parser.error("--icon is for a branded build: give --pack and --name too")
    return args


# ----- checking the bootcamp's input -----------------------------------------------------------


def check_pack(path: Path) -> None:
    """Raise BuildError with every located problem when `path` is not a usable pack."""
    from pathfinder.io.packs import PackError, load_pack

    try:
        catalog = load_pack(path)
    except PackError as exc:
        print(exc, file=sys.stderr)  # FILE:LINE:COLUMN: message, one problem a line
        raise BuildError(f"{path}: the pack has problems (above); nothing was built") from None
    print(
        f"pack ok: {path} ({len(catalog.roles)} roles, {len(catalog.skills)} skills, "
        f"{len(catalog.transitions)} transitions)"
    )


def check_icon(path: Path) -> None:
    if path.suffix.lower() not in ICON_SUFFIXES:
        raise BuildError(f"{path}: the icon must be a .png or .svg file")
    if not path.is_file():
        raise BuildError(f"{path}: no such icon file")
    image = _read_image(path, 256)
    if image is None:
        raise BuildError(f"{path}: not a readable {path.suffix.lower()[1:].upper()} image")


def plan_build(args: argparse.Namespace) -> Build:
    project = read_project()
    if args.name is None:
        return Build(
            project,
            DEFAULT,
            ROOT / "data" / DEFAULT.pack,
            ROOT / "resources" / "icons" / DEFAULT.icon,
            args.dist.resolve(),
            (args.work / DEFAULT.id).resolve(),
        )
    try:
        name = check_name(args.name)
        ident = app_id(name)
    except BrandingError as exc:
        raise BuildError(f"--name: {exc}") from None
    pack: Path = args.pack
    check_pack(pack)
    icon: Path = args.icon or ROOT / "resources" / "icons" / DEFAULT.icon
    if args.icon is not None:
        check_icon(icon)
    bundled_icon = f"{ident}{icon.suffix.lower()}" if args.icon is not None else DEFAULT.icon
    branding = Branding(name=name, id=ident, pack=f"{ident}.yaml", icon=bundled_icon)
    return Build(project, branding, pack, icon, args.dist.resolve(), (args.work / ident).resolve())


# ----- staging: the data, resources and icons the spec bundles ---------------------------------


def stage(build: Build) -> Path:
    """build/<id>/stage/{data,resources,icons}: exactly what goes into the bundle."""
    root = build.work / "stage"
    if root.exists():
        shutil.rmtree(root)
    (root / "data").mkdir(parents=True)
    shutil.copytree(ROOT / "resources", root / "resources")
    (root / "resources" / BRANDING_FILE).unlink(missing_ok=True)  # only ours, below
    shutil.copy2(build.pack, root / "data" / build.branding.pack)
    if build.branding != DEFAULT:
        (root / "resources" / BRANDING_FILE).write_text(to_json(build.branding), "utf-8")
        target = root / "resources" / "icons" / build.branding.icon
        if not target.exists():
            shutil.copy2(build.icon, target)
    make_icons(build.icon, root / "icons")
    return root


def _read_image(path: Path, size: int) -> object | None:
    """`path` drawn into a transparent size x size square (kept in proportion), or None."""
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QImage, QImageReader, QPainter

    reader = QImageReader(str(path))
    natural = reader.size()
    if natural.isValid() and natural.width() > 0 and natural.height() > 0:
        scaled = natural.scaled(QSize(size, size), Qt.AspectRatioMode.KeepAspectRatio)
        reader.setScaledSize(scaled)
    image = reader.read()
    if image.isNull():
        return None
    if image.width() != size and image.height() != size:
        image = image.scaled(
            size,
            size,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    square = QImage(size, size, QImage.Format.Format_ARGB32)
    square.fill(Qt.GlobalColor.transparent)
    painter = QPainter(square)
    painter.drawImage((size - image.width()) // 2, (size - image.height()) // 2, image)
    painter.end()
    return square


def make_icons(source: Path, out: Path) -> None:
    """PNGs for the hicolor theme, app.ico (Windows) and app.icns (macOS), drawn by Qt."""
    out.mkdir(parents=True, exist_ok=True)
    for size in ICON_SIZES:
        image = _read_image(source, size)
        if image is None or not image.save(str(out / f"{size}.png"), "PNG"):  # type: ignore[attr-defined]
            raise BuildError(f"{source}: cannot draw the icon at {size}x{size}")
    if source.suffix.lower() == ".svg":
        shutil.copy2(source, out / "scalable.svg")
    for fmt, size in (("ico", 256), ("icns", 512)):
        image = _read_image(source, size)
        # Windows and macOS builds need these; on Linux a missing writer is only a warning.
        if image is None or not image.save(str(out / f"app.{fmt}"), fmt.upper()):  # type: ignore[attr-defined]
            print(f"warning: could not write app.{fmt} (Qt's {fmt} image plugin missing?)")


NEEDS_VENV = (
    "build.py needs the project's tools: python3 -m venv .venv && "
    '.venv/bin/pip install -e ".[test]", then run .venv/bin/python packaging/build.py'
)


def _check_tools() -> None:
    import importlib.util

    for module in ("PySide6", "PyInstaller", "pydantic", "yaml"):
        if importlib.util.find_spec(module) is None:
            raise BuildError(f"{module} is not installed. {NEEDS_VENV}")


def _qt_for_images() -> object:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["build.py"])


# ----- freezing ----------------------------------------------------------------------------------


def freeze(build: Build, staged: Path) -> Path:
    """Run PyInstaller on packaging/pathfinder.spec; returns the one-folder bundle."""
    out = build.work / "bundle"
    env = {
        **os.environ,
        "PATHFINDER_STAGE": str(staged),
        "PATHFINDER_APP_ID": build.branding.id,
        "PATHFINDER_APP_NAME": build.branding.name,
        "PATHFINDER_ICONS": str(staged / "icons"),
    }
    env.pop("QT_QPA_PLATFORM", None)
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(out),
        "--workpath",
        str(build.work / "pyinstaller"),
        str(HERE / "pathfinder.spec"),
    ]
    print(f"freezing {build.branding.name} {build.project.version} with PyInstaller ...")
    done = subprocess.run(command, env=env, check=False)
    if done.returncode != 0:
        raise BuildError(f"PyInstaller failed (exit {done.returncode}); see its output above")
    bundle = out / build.branding.id
    program = build.branding.id + (".exe" if sys.platform == "win32" else "")
    if not (bundle / program).is_file():
        raise BuildError(f"{bundle}: PyInstaller wrote no program")
    return bundle


# ----- Linux: .tar.gz and .deb -----------------------------------------------------------------


def desktop_entry(branding: Branding) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={branding.name}\n"
        "GenericName=Career path explorer\n"
        "Comment=See the skills to learn for the role you want, offline\n"
        f"Exec={branding.id} %f\n"
        f"Icon={branding.id}\n"
        "Terminal=false\n"
        "Categories=Education;Office;\n"
        "Keywords=career;skills;learning;plan;\n"
        f"MimeType={MIME_TYPE};\n"
    )


def mime_package() -> str:
    # A profile is JSON that starts with the "pathfinder_profile" key (docs/profile-format.md):
    # the magic makes *.json files of that shape open in Pathfinder, other JSON stays JSON.
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">\n'
        f'  <mime-type type="{MIME_TYPE}">\n'
        "    <comment>Pathfinder learner profile</comment>\n"
        '    <sub-class-of type="application/json"/>\n'
        '    <generic-icon name="x-office-document"/>\n'
        '    <magic priority="80">\n'
        '      <match type="string" value="&quot;pathfinder_profile&quot;" offset="0:64"/>\n'
        "    </magic>\n"
        '    <glob pattern="*.pathfinder.json" weight="60"/>\n'
        "  </mime-type>\n"
        "</mime-info>\n"
    )


def launcher_script(branding: Branding) -> str:
    return f'#!/bin/sh\nexec /opt/{branding.id}/{branding.id} "$@"\n'


def share_files(build: Build, staged: Path, share: Path) -> None:
    """applications/, icons/hicolor/ and mime/packages/ under `share` (a /usr/share)."""
    ident = build.branding.id
    (share / "applications").mkdir(parents=True)
    (share / "applications" / f"{ident}.desktop").write_text(desktop_entry(build.branding), "utf-8")
    for size in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(staged / "icons" / f"{size}.png", folder / f"{ident}.png")
    if (staged / "icons" / "scalable.svg").exists():
        folder = share / "icons" / "hicolor" / "scalable" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(staged / "icons" / "scalable.svg", folder / f"{ident}.svg")
    (share / "mime" / "packages").mkdir(parents=True)
    (share / "mime" / "packages" / f"{ident}.xml").write_text(mime_package(), "utf-8")


def _root_owned(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def make_tarball(build: Build, bundle: Path, staged: Path) -> Path:
    """<id>-<version>/: the program, plus share/ for a desktop entry and icons."""
    share = build.work / "tar-share"
    if share.exists():
        shutil.rmtree(share)
    share_files(build, staged, share)
    out = build.dist / f"{build.stem}-linux-x86_64.tar.gz"
    with tarfile.open(out, "w:gz", compresslevel=9) as tar:
        tar.add(bundle, arcname=build.stem, filter=_root_owned)
        tar.add(share, arcname=f"{build.stem}/share", filter=_root_owned)
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
        if build.branding != DEFAULT
        else "Pathfinder: offline career-path explorer"
    )
    # The bundle carries Python and Qt; the system gives the X11/Wayland, GL and font libraries.
    depends = (
        f"libc6 (>= {glibc}), libfontconfig1, libfreetype6, libegl1, libgl1, libdbus-1-3, "
        "libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, "
        "libxcb-shape0, libx11-xcb1, libcups2"
    )
    return (
        f"Package: {ident}\n"
        f"Version: {version}\n"
        "Section: education\n"
        "Priority: optional\n"
        "Architecture: amd64\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {depends}\n"
        "Maintainer: The Pathfinder team <pathfinder@invalid>\n"
        f"Description: {summary}\n"
        " Tick the skills you have, pick the role you want, and see the best path there:\n"
        " the skills left to learn, in order, with the hours they take. No account and\n"
        " no network needed.\n"
    )


def make_deb(build: Build, bundle: Path, staged: Path) -> Path:
    """/opt/<id>/ (the program), /usr/bin/<id>, the desktop entry, icons and profile MIME type."""
    if shutil.which("dpkg-deb") is None:
        raise BuildError("dpkg-deb is not installed (apt install dpkg); or use --no-deb")
    ident = build.branding.id
    root = build.work / "deb-root"
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(bundle, root / "opt" / ident, symlinks=True)
    launcher = root / "usr" / "bin" / ident
    launcher.parent.mkdir(parents=True)
    launcher.write_text(launcher_script(build.branding), "utf-8")
    launcher.chmod(0o755)
    share_files(build, staged, root / "usr" / "share")
    # dpkg's triggers (desktop-file-utils, shared-mime-info, hicolor-icon-theme) refresh the
    # menus, MIME database and icon cache: no maintainer scripts needed.
    installed_kb = _size(root) // 1024
    (root / "DEBIAN").mkdir()
    control = control_file(build, installed_kb, glibc_needed(bundle))
    (root / "DEBIAN" / "control").write_text(control, "utf-8")
    for path in root.rglob("*"):  # dpkg-deb refuses group/world-writable control files
        path.chmod(path.stat().st_mode & 0o755 | (0o755 if path.is_dir() else 0))
    out = build.dist / f"{ident}_{build.project.version}_amd64.deb"
    command = ["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(root), str(out)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BuildError(f"dpkg-deb failed: {done.stderr.strip()}")
    return out


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def _since(began: float) -> str:
    return f"at {time.monotonic() - began:.0f} s"


def main(argv: Sequence[str] | None = None) -> int:
    began = time.monotonic()
    args = _args(argv)
    try:
        _check_tools()
        _qt_for_images()
        build = plan_build(args)
        build.dist.mkdir(parents=True, exist_ok=True)
        staged = stage(build)
        bundle = freeze(build, staged)
        print(f"bundle: {bundle} ({_mb(_size(bundle))} unpacked, {_since(began)})")
        if sys.platform.startswith("linux"):
            if platform.machine() not in ("x86_64", "AMD64"):
                print(f"warning: building on {platform.machine()}, names say x86_64/amd64")
            build.outputs.append(make_tarball(build, bundle, staged))
            print(f"tarball written ({_since(began)})")
            if not args.no_deb:
                build.outputs.append(make_deb(build, bundle, staged))
                print(f".deb written ({_since(began)})")
        elif sys.platform == "win32":
            print("next: iscc packaging/windows/pathfinder.iss (see docs/packaging.md)")
        elif sys.platform == "darwin":
            print("next: packaging/macos/make-dmg.sh (see docs/packaging.md)")
    except BuildError as exc:
        print(f"build.py: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    for out in build.outputs:
        print(f"wrote {out} ({_mb(out.stat().st_size)})")
    print(f"done in {time.monotonic() - began:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
