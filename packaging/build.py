"""Build Pathfinder's installers: `python packaging/build.py [--pack P.yaml --name NAME]`.

On Linux this writes dist/<id>-<version>-linux-x86_64.tar.gz, dist/<id>_<version>_amd64.deb and
dist/SHA256SUMS, where <id> is `pathfinder`, or for a branded build the product name in
file-name form ("Acme Career Compass" -> acme-career-compass). Who the build is from comes from
the branding file beside the pack (acme.yaml -> acme.branding.yaml; packaging/branding_file.py),
or packaging/pathfinder.branding.yaml for the plain build. SOURCE_DATE_EPOCH (default: the time
of the checkout's last commit) dates every file, so two builds of one commit match.
On Windows and macOS it builds the PyInstaller bundle and prints the next step
(packaging/windows/, packaging/macos/). docs/packaging.md has the whole story.

A branded build checks the pack and its branding file first: a problem in either stops the
build before anything is frozen, printed as FILE:LINE:COLUMN: message, with exit status 1.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from project_meta import ROOT, Project, read_project, source_date_epoch  # noqa: E402

sys.path.insert(0, str(ROOT / "src"))  # check packs with this checkout's code
import icons  # noqa: E402
import icu_trim  # noqa: E402
import linux_build  # noqa: E402
import notices  # noqa: E402
import prebuilt_pack  # noqa: E402
from branding_file import BrandingFile, BrandingFileError, beside, read_branding_file  # noqa: E402

from pathfinder.branding import (  # noqa: E402
    BRANDING_FILE,
    DEFAULT,
    Branding,
    BrandingError,
    app_id,
    check_name,
    to_json,
)

PLAIN_BRANDING = HERE / "pathfinder.branding.yaml"
NOTICES = "THIRD-PARTY-NOTICES"

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
    vendor: BrandingFile
    epoch: int  # SOURCE_DATE_EPOCH: the date written on every file
    outputs: list[Path] = field(default_factory=list)
    components: list[notices.Component] = field(default_factory=list)

    @property
    def stem(self) -> str:
        return f"{self.branding.id}-{self.project.version}"


def _args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="packaging/build.py",
        description="Build Pathfinder's installers, plain or branded for a bootcamp.",
    )
    parser.add_argument("--pack", type=Path, help="career pack to ship as the default (branded)")
    parser.add_argument(
        "--branding",
        type=Path,
        help="branding file (default: the pack's name with .branding.yaml, beside it)",
    )
    parser.add_argument(
        "--name", help='product name, e.g. "Acme Career Compass" (default: the branding file\'s)'
    )
    parser.add_argument("--icon", type=Path, help="app icon, .png (256x256 or more) or .svg")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where installers go")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="scratch folder")
    parser.add_argument(
        "--no-deb", action="store_true", help="Linux: write only the .tar.gz, no .deb"
    )
    args = parser.parse_args(argv)
    if args.pack is None and (args.name is not None or args.branding is not None):
        parser.error("a branded build needs --pack (and its branding file)")
    if args.icon is not None and args.pack is None:
        parser.error("--icon is for a branded build: give --pack too")
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
    problem = icons.icon_problem(path)
    if problem:
        raise BuildError(problem)


def _read_vendor(path: Path) -> BrandingFile:
    try:
        vendor = read_branding_file(path)
    except BrandingFileError as exc:
        print(exc, file=sys.stderr)  # FILE:LINE:COLUMN: message, one problem a line
        raise BuildError(
            f"{path}: the branding file has problems (above); nothing was built"
        ) from None
    print(f"branding ok: {path} ({vendor.name}, from {vendor.maintainer})")
    return vendor


def plan_build(args: argparse.Namespace) -> Build:
    project = read_project()
    try:
        epoch = source_date_epoch()
    except ValueError as exc:
        raise BuildError(str(exc)) from None
    if args.pack is None:
        vendor = _read_vendor(PLAIN_BRANDING)
        branding = _branding(DEFAULT, vendor)
        return Build(
            project,
            branding,
            ROOT / "data" / DEFAULT.pack,
            ROOT / "resources" / "icons" / DEFAULT.icon,
            args.dist.resolve(),
            (args.work / DEFAULT.id).resolve(),
            vendor,
            epoch,
        )
    if args.name is not None:
        try:
            app_id(check_name(args.name))
        except BrandingError as exc:
            raise BuildError(f"--name: {exc}") from None
    pack: Path = args.pack
    check_pack(pack)
    vendor = _read_vendor(args.branding or beside(pack))
    name = check_name(args.name) if args.name is not None else vendor.name
    ident = app_id(name)
    icon: Path | None = args.icon or vendor.icon
    if icon is not None:
        check_icon(icon)
    bundled_icon = f"{ident}{icon.suffix.lower()}" if icon is not None else DEFAULT.icon
    base = Branding(name=name, id=ident, pack=f"{ident}.yaml", icon=bundled_icon)
    return Build(
        project,
        _branding(base, vendor),
        pack,
        icon or ROOT / "resources" / "icons" / DEFAULT.icon,
        args.dist.resolve(),
        (args.work / ident).resolve(),
        vendor,
        epoch,
    )


def _branding(base: Branding, vendor: BrandingFile) -> Branding:
    from dataclasses import replace

    return replace(
        base,
        vendor=vendor.vendor,
        contact=vendor.contact,
        website=vendor.website,
        pack_license=vendor.pack_license,
    )


# ----- staging: the data, resources and icons the spec bundles ---------------------------------


def stage(build: Build) -> Path:
    """build/<id>/stage/{data,resources,icons}: exactly what goes into the bundle."""
    root = build.work / "stage"
    if root.exists():
        shutil.rmtree(root)
    (root / "data").mkdir(parents=True)
    # The .ts sources stay behind: the program reads the .qm built from them.
    shutil.copytree(ROOT / "resources", root / "resources", ignore=shutil.ignore_patterns("*.ts"))
    (root / "resources" / BRANDING_FILE).unlink(missing_ok=True)  # only ours, below
    shutil.copy2(build.pack, root / "data" / build.branding.pack)
    # The form the program opens its pack from at start-up (src/pathfinder/io/prebuilt.py),
    # made from exactly the bytes bundled: a branded pack starts as fast as ours.
    prebuilt_pack.write_prebuilt(root / "data" / build.branding.pack)
    # Every installer says who it is from (About, --version), the plain one too.
    (root / "resources" / BRANDING_FILE).write_text(to_json(build.branding), "utf-8")
    target = root / "resources" / "icons" / build.branding.icon
    if not target.exists():
        shutil.copy2(build.icon, target)
    if not icons.make_icons(build.icon, root / "icons"):
        raise BuildError(f"{build.icon}: cannot draw the icon at every size")
    return root


NEEDS_VENV = (
    "build.py needs the project's tools: python3 -m venv .venv && "
    '.venv/bin/pip install -e ".[build]", then run .venv/bin/python packaging/build.py'
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
        "SOURCE_DATE_EPOCH": str(build.epoch),
        # PyInstaller writes base_library.zip in set order, which follows string hashing:
        # a fixed seed gives the same order, so the same bytes, on every build.
        "PYTHONHASHSEED": "0",
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


# ----- after freezing: lighter, and carrying its notices -----------------------------------------


def finish_bundle(build: Build, bundle: Path) -> None:
    """Trim ICU's data, then write LICENSE and THIRD-PARTY-NOTICES beside the program."""
    for library in sorted(bundle.rglob("libicudata.so.*")):
        if library.is_symlink():
            continue
        trimmed = icu_trim.trim(library)
        if trimmed is None:
            print(
                f"warning: ICU data not trimmed ({', '.join(icu_trim.missing_tools())} missing; "
                "apt install icu-devtools gcc binutils): the bundle stays 20 MB bigger"
            )
        else:
            print(f"ICU data: {_mb(trimmed[0])} -> {_mb(trimmed[1])}")
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    program = bundle / (build.branding.id + (".exe" if sys.platform == "win32" else ""))
    try:
        build.components = notices.collect(
            bundle, program, qVersion() or pyside_version, strict=sys.platform.startswith("linux")
        )
    except notices.UnknownFiles as exc:
        raise BuildError(f"{exc}: add them to packaging/notices.py") from None
    own = (ROOT / "LICENSE").read_text(encoding="utf-8")
    text = notices.render(
        build.components,
        product=build.branding.name,
        version=build.project.version,
        vendor=build.vendor.vendor,
        contact=build.vendor.contact,
        own_licence=own,
        data_notes=notices.pack_notes(
            build.pack, build.branding.pack, build.vendor.vendor, build.vendor.pack_license
        ),
    )
    # Beside the program, where Help › About › Licences reads them; on macOS also inside the
    # .app PyInstaller made from the folder (untested: no macOS machine here).
    for folder in [bundle, *(app / "Contents" / "MacOS" for app in bundle.parent.glob("*.app"))]:
        (folder / NOTICES).write_text(text, encoding="utf-8")
        (folder / "LICENSE").write_text(own, encoding="utf-8")
    print(f"{NOTICES}: {len(build.components)} components, {_mb(len(text.encode()))}")
    if any(c.name == "Not identified" for c in build.components):
        print(f"warning: {NOTICES} has libraries without a known licence: complete them by hand")


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
        finish_bundle(build, bundle)
        print(f"bundle: {bundle} ({_mb(_size(bundle))} unpacked, {_since(began)})")
        if sys.platform.startswith("linux"):
            if platform.machine() not in ("x86_64", "AMD64"):
                print(f"warning: building on {platform.machine()}, names say x86_64/amd64")
            build.outputs.append(linux_build.make_tarball(build, bundle, staged))
            print(f"tarball written ({_since(began)})")
            if not args.no_deb:
                build.outputs.append(linux_build.make_deb(build, bundle, staged))
                print(f".deb written ({_since(began)})")
            build.outputs.append(linux_build.write_sums(build.dist, build.outputs))
        elif sys.platform == "win32":
            print("next: iscc packaging/windows/pathfinder.iss (see docs/packaging.md)")
        elif sys.platform == "darwin":
            print("next: packaging/macos/make-dmg.sh (see docs/packaging.md)")
    except (BuildError, linux_build.DebError) as exc:
        print(f"build.py: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    for out in build.outputs:
        print(f"wrote {out} ({_mb(out.stat().st_size)})")
    print(f"done in {time.monotonic() - began:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
