"""What stops a build before anything is frozen: a broken pack (with its located errors), a
name that cannot be a program name, an icon that is not a picture. Fast: nothing is frozen."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.packaging.frozen import FIXTURES, run_build


def test_broken_pack_stops_the_build_with_located_errors(tmp_path: Path) -> None:
    broken = FIXTURES / "broken-pack.yaml"
    args = ["--pack", str(broken), "--name", "Broken Bootcamp"]
    done = run_build(
        [*args, "--dist", str(tmp_path / "dist"), "--work", str(tmp_path / "w")], tmp_path
    )
    assert done.returncode == 1
    assert f'{broken}:8:69: effort_hours must be a number, not "lots"' in done.stderr
    assert f"{broken}:18:37: unknown role 'full-stack-developr'" in done.stderr
    assert "nothing was built" in done.stderr
    assert not (tmp_path / "dist").exists() or not any((tmp_path / "dist").iterdir())
    assert not (tmp_path / "w").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--name", "Acme"], "a branded build needs --pack"),
        (["--pack", "x.yaml", "--name", "!!!"], "needs a letter or digit"),
        (["--pack", "missing.yaml", "--name", "Acme"], "missing.yaml:1:1: no such file"),
        (["--icon", "logo.png"], "--icon is for a branded build"),
        (
            [
                "--pack",
                str(FIXTURES / "broken-pack.yaml").replace("broken-pack", "acme-careers"),
                "--branding",
                "nowhere.branding.yaml",
            ],
            "nowhere.branding.yaml:1:1: no such file",
        ),
    ],
)
def test_bad_build_requests_stop_early(args: list[str], message: str, tmp_path: Path) -> None:
    done = run_build(
        [*args, "--dist", str(tmp_path / "d"), "--work", str(tmp_path / "w")], tmp_path
    )
    assert done.returncode != 0
    assert message in done.stderr
    assert not (tmp_path / "w").exists()


def test_icon_that_is_not_an_image_stops_the_build(tmp_path: Path) -> None:
    fake = tmp_path / "logo.png"
    fake.write_text("not a picture")
    args = ["--pack", str(FIXTURES / "acme-careers.yaml"), "--name", "Acme", "--icon", str(fake)]
    done = run_build(
        [*args, "--dist", str(tmp_path / "d"), "--work", str(tmp_path / "w")], tmp_path
    )
    assert done.returncode == 1
    assert f"{fake}: not a readable PNG image" in done.stderr


def test_broken_branding_file_stops_the_build_with_located_errors(tmp_path: Path) -> None:
    pack = tmp_path / "acme.yaml"
    pack.write_bytes((FIXTURES / "acme-careers.yaml").read_bytes())
    branding = tmp_path / "acme.branding.yaml"
    branding.write_text(
        "pathfinder_branding: 1\n"
        "name: Acme Career Compass\n"
        "vendor: Acme Coding School\n"
        "contact: careers at acme\n"
        "website: acme.example\n"
        "colour: orange\n",
        encoding="utf-8",
    )
    done = run_build(
        ["--pack", str(pack), "--dist", str(tmp_path / "d"), "--work", str(tmp_path / "w")],
        tmp_path,
    )
    assert done.returncode == 1
    assert f"{branding}:4:10: 'contact': 'careers at acme' is not an e-mail address" in done.stderr
    assert f"{branding}:5:10: 'website': 'acme.example' is not a web address" in done.stderr
    assert f"{branding}:6:1: unknown key 'colour'" in done.stderr
    assert f"{branding}:1:1: 'pack_license' is missing" in done.stderr
    assert "nothing was built" in done.stderr
    assert not (tmp_path / "w").exists()
