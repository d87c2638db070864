"""The Linux installers (issue 5): build them once, unpack them into temporary folders (nothing
is installed on this machine) and run the frozen program offscreen with its own HOME and XDG
folders. The plain build opens the AI/ML pack as "Pathfinder"; the branded build opens the
bootcamp's pack under the bootcamp's name; a broken pack stops a build before anything is frozen.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.packaging.frozen import (
    BRAND_ID,
    BRAND_NAME,
    FIXTURES,
    Built,
    folder_bytes,
    png_facts,
    run_frozen,
    version,
)

MB = 1_000_000
# Issue 17's targets (48.8 MB and 122 MB before OpenSSL went and ICU's data was trimmed).
MAX_COMPRESSED = 40 * MB
MAX_UNPACKED = 110 * MB

pytestmark = pytest.mark.slow


# ----- the plain build ------------------------------------------------------------------------


def test_sizes_stay_under_the_limits(stock: Built) -> None:
    unpacked = folder_bytes(stock.unpacked)
    print(
        f"\nbuild {stock.seconds:.0f} s; tar.gz {stock.tarball.stat().st_size / MB:.1f} MB, "
        f".deb {stock.deb.stat().st_size / MB:.1f} MB, unpacked {unpacked / MB:.1f} MB"
    )
    assert stock.tarball.stat().st_size < MAX_COMPRESSED
    assert unpacked < MAX_UNPACKED


def test_the_bundle_leaves_out_what_pathfinder_does_not_use(stock: Built) -> None:
    internal = stock.program.parent / "_internal"
    names = {p.relative_to(internal).as_posix() for p in internal.rglob("*")}
    qt = "PySide6/Qt/lib/"
    assert {
        f"{qt}libQt6Widgets.so.6",
        f"{qt}libQt6PrintSupport.so.6",
        f"{qt}libQt6Svg.so.6",
    } <= names
    for unused in ("Qt6Network", "Qt6Qml", "Qt6Quick", "Qt6WebEngine", "Qt6Pdf"):
        assert not any(unused in n for n in names), unused
    # An offline program needs no TLS: no OpenSSL, no ssl or _hashlib modules.
    for unused in ("libssl", "libcrypto", "_ssl.", "_hashlib."):
        assert not any(unused in n for n in names), unused
    # Of Qt's translations only the standard dialogs' (qtbase), for Pathfinder's languages.
    qt_translations = {n for n in names if n.startswith("PySide6/") and "/translations/" in n}
    assert {Path(n).name for n in qt_translations if n.endswith(".qm")} <= {
        f"qtbase_{lang}.qm" for lang in ("en", "es", "fr", "de")
    }
    assert "pathfinder/translations/pathfinder_es.qm" in names
    assert "pathfinder/translations/pathfinder_en.qm" in names
    assert not any(
        n.startswith(("mypy", "hypothesis", "pytest", "PySide6/QtNetwork")) for n in names
    )
    # The svg plugins draw the icon; offscreen, xcb and wayland open windows.
    plugins = "PySide6/Qt/plugins/"
    for kept in ("imageformats/libqsvg.so", "platforms/libqxcb.so", "platforms/libqoffscreen.so"):
        assert plugins + kept in names
    assert plugins + "platforms/libqvnc.so" not in names


def test_frozen_snapshot_opens_the_builtin_pack(stock: Built, tmp_path: Path) -> None:
    out = tmp_path / "out.png"
    home = tmp_path / "home"
    done = run_frozen(stock.program, ["--snapshot", str(out), "--to", "ml-engineer"], home)
    assert done.returncode == 0, done.stderr
    width, height, texts = png_facts(out)
    assert (width, height) == (1280, 800)
    # The title shows the pack was found and read: its name, then the product's.
    assert texts["Title"] == "AI & ML careers — Pathfinder"
    assert done.stderr == ""
    # Everything it wrote went to the isolated home, none of it anywhere else.
    assert {p.name for p in tmp_path.iterdir()} == {"home", "out.png"}


def test_frozen_plan_json_from_the_tarball(stock: Built, tmp_path: Path) -> None:
    args = ["plan", "--to", "mlops-engineer", "--from", "devops-engineer", "--json"]
    done = run_frozen(stock.program, args, tmp_path / "home")
    assert done.returncode == 0, done.stderr
    plan = json.loads(done.stdout)
    assert plan["path"][-1] == "mlops-engineer" and plan["effort_hours"] > 0


def test_frozen_program_from_the_deb(stock: Built, tmp_path: Path) -> None:
    done = run_frozen(stock.deb_program, ["plan", "--to", "ml-engineer", "--json"], tmp_path / "h")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["path"][-1] == "ml-engineer"
    out = tmp_path / "deb.png"
    done = run_frozen(stock.deb_program, ["--snapshot", str(out)], tmp_path / "h")
    assert done.returncode == 0, done.stderr
    assert png_facts(out)[2]["Title"] == "AI & ML careers — Pathfinder"


def test_frozen_program_reports_a_broken_pack_with_its_place(stock: Built, tmp_path: Path) -> None:
    broken = FIXTURES / "broken-pack.yaml"
    done = run_frozen(stock.program, ["validate", str(broken)], tmp_path / "home")
    assert done.returncode == 1
    assert f"{broken}:8:69: effort_hours must be a number" in done.stderr


def test_deb_layout_launcher_desktop_entry_icons_and_mime(stock: Built) -> None:
    root = stock.deb_root
    control = _control(stock.deb)
    assert control["Package"] == "pathfinder" and control["Version"] == version()
    assert control["Architecture"] == "amd64"
    # The bundle carries glibc-linked libraries from the build machine: the .deb must say which
    # glibc it needs, and this machine (where the frozen program runs in these tests) has it.
    needed = re.search(r"\blibc6 \(>= 2\.(\d+)\)", control["Depends"])
    assert needed is not None, control["Depends"]
    here = os.confstr("CS_GNU_LIBC_VERSION") or ""
    assert 28 <= int(needed.group(1)) <= int(here.split(".")[-1]), (needed.group(0), here)
    launcher = root / "usr" / "bin" / "pathfinder"
    assert launcher.stat().st_mode & 0o111
    assert 'exec /opt/pathfinder/pathfinder "$@"' in launcher.read_text()
    entry = _desktop(root / "usr" / "share" / "applications" / "pathfinder.desktop")
    assert entry["Name"] == "Pathfinder" and entry["Icon"] == "pathfinder"
    assert entry["Exec"] == "pathfinder %f"
    assert "application/x-pathfinder-profile" in entry["MimeType"].split(";")
    hicolor = root / "usr" / "share" / "icons" / "hicolor"
    for size in (16, 32, 48, 256):
        assert (hicolor / f"{size}x{size}" / "apps" / "pathfinder.png").is_file()
    assert (hicolor / "scalable" / "apps" / "pathfinder.svg").is_file()
    _check_mime(root / "usr" / "share" / "mime" / "packages" / "pathfinder.xml")


def test_tarball_is_one_folder_owned_by_root(stock: Built) -> None:
    with tarfile.open(stock.tarball) as tar:
        members = tar.getmembers()
    top = {m.name.split("/")[0] for m in members}
    assert top == {f"pathfinder-{version()}"}
    assert all(m.uid == 0 and m.gid == 0 for m in members)
    assert f"pathfinder-{version()}/share/applications/pathfinder.desktop" in {
        m.name for m in members
    }


def _check_mime(path: Path) -> None:
    """The profile MIME type recognises a profile exactly as Pathfinder writes it."""
    from pathfinder.core.profile import Profile
    from pathfinder.io.profiles import save_profile

    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = ET.parse(path).getroot().find("m:mime-type", ns)
    assert kind is not None and kind.get("type") == "application/x-pathfinder-profile"
    parent = kind.find("m:sub-class-of", ns)
    assert parent is not None and parent.get("type") == "application/json"
    match = kind.find("m:magic/m:match", ns)
    assert match is not None
    start, end = (int(n) for n in match.get("offset", "").split(":"))
    written = path.parent / "probe"  # never inside the real home: a throwaway beside the xml
    try:
        save_profile(Profile(name="Ada"), written)
        head = written.read_bytes()[: end + len(match.get("value", ""))]
    finally:
        written.unlink(missing_ok=True)
    assert match.get("value", "").encode() in head[start:]


def _control(deb: Path) -> dict[str, str]:
    text = subprocess.run(
        ["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    return {k: v.strip() for k, _, v in (line.partition(":") for line in text.splitlines()) if v}


def _desktop(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


# ----- the branded build ----------------------------------------------------------------------


def test_branded_window_shows_the_bootcamp_name_and_pack(branded: Built, tmp_path: Path) -> None:
    out = tmp_path / "acme.png"
    done = run_frozen(branded.program, ["--snapshot", str(out)], tmp_path / "home")
    assert done.returncode == 0, done.stderr
    assert png_facts(out)[2]["Title"] == f"Acme web careers — {BRAND_NAME}"


def test_branded_default_pack_is_theirs(branded: Built, tmp_path: Path) -> None:
    done = run_frozen(branded.program, ["roles", "--json"], tmp_path / "home")
    assert done.returncode == 0, done.stderr
    assert [r["id"] for r in json.loads(done.stdout)] == [
        "web-trainee",
        "front-end-developer",
        "full-stack-developer",
    ]
    args = ["plan", "--from", "web-trainee", "--to", "full-stack-developer", "--json"]
    done = run_frozen(branded.deb_program, args, tmp_path / "home")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["path"] == [
        "web-trainee",
        "front-end-developer",
        "full-stack-developer",
    ]


def test_branded_version_names_the_product(branded: Built, tmp_path: Path) -> None:
    done = run_frozen(branded.program, ["--version"], tmp_path / "home")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{BRAND_NAME} {version()} (Pathfinder")


def test_branded_deb_installs_under_their_name(branded: Built) -> None:
    root = branded.deb_root
    assert branded.deb.name == f"{BRAND_ID}_{version()}_amd64.deb"
    assert branded.tarball.name == f"{BRAND_ID}-{version()}-linux-x86_64.tar.gz"
    assert _control(branded.deb)["Package"] == BRAND_ID
    assert (root / "opt" / BRAND_ID / BRAND_ID).is_file()
    assert f"exec /opt/{BRAND_ID}/{BRAND_ID}" in (root / "usr" / "bin" / BRAND_ID).read_text()
    entry = _desktop(root / "usr" / "share" / "applications" / f"{BRAND_ID}.desktop")
    assert entry["Name"] == BRAND_NAME and entry["Exec"] == f"{BRAND_ID} %f"
    assert entry["Icon"] == BRAND_ID
    assert not (root / "usr" / "bin" / "pathfinder").exists()


def test_branded_icon_is_their_logo(branded: Built) -> None:
    from PySide6.QtGui import QColor, QImage

    icon = branded.deb_root / "usr/share/icons/hicolor/256x256/apps" / f"{BRAND_ID}.png"
    image = QImage(str(icon))
    assert (image.width(), image.height()) == (256, 256)
    # acme-logo.png: an orange square with a dark blue middle.
    assert image.pixelColor(128, 128).name() == QColor("#1d3557").name()
    assert image.pixelColor(8, 8).name() == QColor("#ff7a00").name()
    bundled = branded.program.parent / "_internal/pathfinder/_resources/icons" / f"{BRAND_ID}.png"
    assert bundled.read_bytes() == (FIXTURES / "acme-logo.png").read_bytes()
