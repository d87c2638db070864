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
        (["--name", "Acme"], "needs both --pack and --name"),
        (["--pack", "x.yaml", "--name", "!!!"], "needs a letter or digit"),
        (["--pack", "missing.yaml", "--name", "Acme"], "missing.yaml:1:1: no such file"),
        (["--icon", "logo.png"], "--icon is for a branded build"),
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
