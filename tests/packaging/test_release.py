"""What a school checks before handing an installer out (issue 17): every bundled library and
Python distribution named in THIRD-PARTY-NOTICES, the Debian copyright and changelog, lintian,
desktop-file-validate and appstreamcli clean, SHA256SUMS right, and the frozen program's whole
journey (plan, window, PDF report, O*NET import) still working after the size cuts."""

from __future__ import annotations

import gzip
import hashlib
import importlib.metadata as metadata
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.frozen import BRAND_ID, BRAND_NAME, Built, run_frozen, version

pytestmark = pytest.mark.slow
SHARED = Path(__file__).resolve().parents[3] / "shared"
ONET = SHARED / "realdata" / "onet"


def _elf_libraries(folder: Path) -> list[str]:
    """Shared objects by their ELF header (type ET_DYN), whatever their names; the program
    itself (an executable, or a position-independent one at the top) is not a library."""
    found = []
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as stream:
            head = stream.read(18)
        is_dyn = head[:4] == b"\x7fELF" and int.from_bytes(head[16:18], "little") == 3
        if is_dyn and path.parent != folder:  # the program sits at the top; libraries inside
            found.append(path.relative_to(folder).as_posix())
    return sorted(found)


def _distributions(bundle: Path, program: Path) -> set[str]:
    # Imported here: PyInstaller comes with the [build] extra, installed once a build is asked
    # for (tests/packaging/frozen.py), after this module is collected.
    from PyInstaller.archive.readers import pkg_archive_contents

    tops = {e.split(".")[0].split("/")[0] for e in pkg_archive_contents(str(program))}
    tops |= {p.name for p in (bundle / "_internal").iterdir() if p.is_dir()}
    owners = metadata.packages_distributions()
    return {
        metadata.distribution(d).metadata["Name"] for top in tops for d in owners.get(top, [])
    } - {"pathfinder-careers"}


@pytest.mark.parametrize("kind", ["stock", "branded"])
def test_every_library_and_distribution_has_a_notice(
    kind: str, request: pytest.FixtureRequest
) -> None:
    built: Built = request.getfixturevalue(kind)
    bundle = built.program.parent
    text = (bundle / "THIRD-PARTY-NOTICES").read_text(encoding="utf-8")
    libraries = _elf_libraries(bundle)
    assert len(libraries) > 40 and any("libQt6Core" in lib for lib in libraries)
    missing = [lib for lib in libraries if f"  {lib}\n" not in text]
    assert missing == []
    dists = _distributions(bundle, built.program)
    assert {"pydantic", "PyYAML", "shiboken6"} <= dists
    assert [d for d in dists if f"Python distribution: {d} " not in text] == []
    for licence in ("GNU LESSER GENERAL PUBLIC LICENSE", "Version 3, 29 June 2007", "MIT License"):
        assert licence in text
    assert "will send the complete corresponding source" in text
    assert (bundle / "LICENSE").read_text().startswith("MIT License")


def test_branded_notices_name_the_bootcamp_and_its_pack(branded: Built) -> None:
    text = (branded.program.parent / "THIRD-PARTY-NOTICES").read_text(encoding="utf-8")
    assert text.startswith(f"{BRAND_NAME} {version()}: licences and notices")
    assert "handed out by Acme Coding School (careers@acme.example)" in text
    assert "Default career pack: Acme web careers (version 2026.11)" in text
    assert "CC BY-SA 4.0 (written by Acme Coding School's career team)" in text


def test_deb_carries_copyright_changelog_and_says_who_it_is_from(branded: Built) -> None:
    doc = branded.deb_root / "usr" / "share" / "doc" / BRAND_ID
    copyright = (doc / "copyright").read_text(encoding="utf-8")
    assert copyright.startswith("Format: https://www.debian.org/doc/packaging-manuals/")
    assert "Upstream-Contact: Acme Coding School <careers@acme.example>" in copyright
    assert f"opt/{BRAND_ID}/_internal/PySide6/Qt/lib/libQt6Core.so.6" in copyright
    changelog = gzip.decompress((doc / "changelog.gz").read_bytes()).decode()
    assert changelog.startswith(f"{BRAND_ID} ({version()}) unstable; urgency=medium")
    assert " -- Acme Coding School <careers@acme.example>  " in changelog
    control = subprocess.run(
        ["dpkg-deb", "-f", str(branded.deb), "Maintainer", "Homepage"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Maintainer: Acme Coding School <careers@acme.example>" in control
    assert "Homepage: https://acme.example/careers" in control


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (.ci/run installs it with apt-get)")
    return found


@pytest.mark.parametrize("kind", ["stock", "branded"])
def test_lintian_finds_nothing_but_overridden_bundling_tags(
    kind: str, request: pytest.FixtureRequest
) -> None:
    built: Built = request.getfixturevalue(kind)
    done = subprocess.run(
        [_tool("lintian"), "--tag-display-limit", "0", "--show-overrides", str(built.deb)],
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    lines = [line for line in done.stdout.splitlines() if line[:2] in ("E:", "W:", "O:")]
    reported = [line for line in lines if line.startswith(("E:", "W:"))]
    assert reported == [], done.stdout
    overridden = {line.split()[2] for line in lines if line.startswith("O:")}
    assert {"dir-or-file-in-opt", "embedded-library"} <= overridden


@pytest.mark.parametrize("kind", ["stock", "branded"])
def test_desktop_entry_and_appstream_data_validate(
    kind: str, request: pytest.FixtureRequest
) -> None:
    built: Built = request.getfixturevalue(kind)
    share = built.deb_root / "usr" / "share"
    [entry] = (share / "applications").glob("*.desktop")
    done = subprocess.run(
        [_tool("desktop-file-validate"), str(entry)], capture_output=True, text=True, check=False
    )
    assert (done.returncode, done.stdout + done.stderr) == (0, "")
    [info] = (share / "metainfo").glob("*.metainfo.xml")
    done = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", "--pedantic", str(info)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout
    assert "E:" not in done.stdout and "W:" not in done.stdout, done.stdout
    xml = info.read_text(encoding="utf-8")
    assert "<content_rating" in xml and "<release version=" in xml
    assert "application/x-pathfinder-pack" in entry.read_text()
    if kind == "branded":
        assert "<developer_name>Acme Coding School</developer_name>" in xml
        assert "<image>https://acme.example/careers/compass.png</image>" in xml


def test_sha256sums_match_the_artifacts(branded: Built) -> None:
    sums = (branded.dist / "SHA256SUMS").read_text().splitlines()
    listed = dict(reversed(line.split("  ", 1)) for line in sums)
    assert set(listed) == {branded.deb.name, branded.tarball.name}
    for name, digest in listed.items():
        assert hashlib.sha256((branded.dist / name).read_bytes()).hexdigest() == digest


def test_frozen_journey_after_the_size_cuts(stock: Built, tmp_path: Path) -> None:
    home = tmp_path / "home"
    done = run_frozen(stock.program, ["plan", "--to", "ml-engineer", "--json"], home)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["path"][-1] == "ml-engineer"
    profile = tmp_path / "ada.json"
    profile.write_text(
        json.dumps(
            {
                "pathfinder_profile": 1,
                "name": "Ada",
                "skills": {"python": "have"},
                "target_role": "ml-engineer",
            }
        ),
        encoding="utf-8",
    )
    pdf = tmp_path / "plan.pdf"
    done = run_frozen(stock.program, ["report", "--profile", str(profile), "--out", str(pdf)], home)
    assert done.returncode == 0, done.stderr
    from pypdf import PdfReader

    first = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "Ada" in first and "Target role Machine Learning Engineer" in first
    if not ONET.is_dir():
        pytest.skip(f"{ONET} is missing: the O*NET import step needs the shared real data")
    out = tmp_path / "onet.yaml"
    done = run_frozen(stock.program, ["import", "onet", str(ONET), "-o", str(out)], home, 600)
    assert done.returncode == 0, done.stderr
    done = run_frozen(stock.program, ["validate", str(out)], home, 600)
    assert done.returncode == 0 and "ok (" in done.stdout, done.stdout + done.stderr


def test_file_managers_see_profiles_and_packs(stock: Built, tmp_path: Path) -> None:
    """The MIME types as GIO (GNOME's file manager) reads them, from a private database."""
    update, gio = _tool("update-mime-database"), _tool("gio")
    system = Path("/usr/share/mime/packages/freedesktop.org.xml")
    if not system.is_file():
        pytest.skip(f"{system} is missing (apt install shared-mime-info)")
    packages = tmp_path / "data" / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(system, packages)
    shutil.copy(stock.deb_root / "usr/share/mime/packages/pathfinder.xml", packages)
    subprocess.run([update, str(packages.parent)], check=True, capture_output=True)
    pack = (Path(__file__).parents[2] / "data" / "ai-ml-careers.yaml").read_text("utf-8")
    files = {
        "ada.json": '{\n  "pathfinder_profile": 1,\n  "name": "Ada"\n}\n',
        "notes.json": '{"a": 1}\n',
        "acme.pathfinder.yaml": pack,
        "acme-pack": pack,  # no extension: recognised by its content
        "compose.yaml": "services: {}\n",
    }
    env = {"XDG_DATA_DIRS": str(tmp_path / "data"), "XDG_DATA_HOME": str(tmp_path / "none")}
    seen = {}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        done = subprocess.run(
            [gio, "info", "-a", "standard::content-type", str(tmp_path / name)],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        seen[name] = done.stdout.rsplit(":", 1)[-1].strip()
    assert seen == {
        "ada.json": "application/x-pathfinder-profile",
        "notes.json": "application/json",
        "acme.pathfinder.yaml": "application/x-pathfinder-pack",
        "acme-pack": "application/x-pathfinder-pack",
        # YAML's own name: x-yaml up to shared-mime-info 2.2, yaml after.
        "compose.yaml": seen["compose.yaml"],
    }
    assert seen["compose.yaml"] in ("application/x-yaml", "application/yaml")
