"""Bad input, an unwritable target too, gives one clear line and exit code 2, never a traceback."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from tests.importers.conftest import FIXTURES, cli


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize("kind", ["esco", "onet"])
def test_missing_folder(tmp_path: Path, kind: str) -> None:
    code, _, err = cli("import", kind, tmp_path / "nowhere", "-o", tmp_path / "out.yaml", "-q")
    assert code == 2
    assert _one_line(err) == f"pathfinder: {tmp_path / 'nowhere'}: no such folder"
    assert not (tmp_path / "out.yaml").exists()


def test_folder_without_the_esco_files(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello\n", encoding="utf-8")
    code, _, err = cli("import", "esco", tmp_path, "-o", tmp_path / "out.yaml", "-q")
    assert code == 2
    line = _one_line(err)
    assert line.startswith(f"pathfinder: {tmp_path}: no occupations_en.csv here; expected")
    assert "ESCO zips" in line


def test_folder_without_the_onet_files(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    code, _, err = cli("import", "onet", tmp_path / "empty", "-o", tmp_path / "out.yaml", "-q")
    assert code == 2 and "no Occupation Data.txt here" in _one_line(err)
    shutil.copy(FIXTURES / "onet" / "Occupation Data.txt", tmp_path)
    code, _, err = cli("import", "onet", tmp_path, "-o", tmp_path / "out.yaml", "-q")
    assert code == 2
    assert "no Technology Skills.txt or Skills.txt or Knowledge.txt here" in _one_line(err)


def test_unreadable_zip(tmp_path: Path) -> None:
    (tmp_path / "ESCO dataset - v1.1.1 - relations - csv.zip").write_bytes(b"not a zip at all")
    code, _, err = cli("import", "esco", tmp_path, "-o", tmp_path / "out.yaml", "-q")
    assert code == 2
    assert "relations - csv.zip: not a readable zip file" in _one_line(err)


def test_a_file_instead_of_a_folder(tmp_path: Path) -> None:
    path = tmp_path / "occupations.csv"
    path.write_text("a,b\n", encoding="utf-8")
    code, _, err = cli("import", "esco", path, "-o", tmp_path / "out.yaml", "-q")
    assert code == 2 and "is a file; give the folder that holds" in _one_line(err)


def test_a_missing_column_is_named(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "esco", tmp_path / "esco")
    relations = tmp_path / "esco" / "occupationSkillRelations.csv"
    text = relations.read_text(encoding="utf-8")
    relations.write_text(text.replace("relationType", "kind", 1), encoding="utf-8")
    code, _, err = cli("import", "esco", tmp_path / "esco", "-o", tmp_path / "o.yaml", "-q")
    assert code == 2
    assert _one_line(err) == (
        f"pathfinder: {relations}: no column 'relationType' in its header "
        "(found: occupationUri, kind, skillType, skillUri)"
    )


def test_text_that_is_not_utf8_is_located(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "onet", tmp_path / "onet")
    data = tmp_path / "onet" / "Occupation Data.txt"
    data.write_bytes(data.read_bytes().replace(b"Perform", b"Perform \xe9"))
    code, _, err = cli("import", "onet", tmp_path / "onet", "-o", tmp_path / "o.yaml", "-q")
    assert code == 2
    assert _one_line(err).startswith(f"pathfinder: {data}:")
    assert err.strip().endswith("not UTF-8 text")


def test_an_unwritable_target(tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "out.yaml"
    code, _, err = cli("import", "onet", FIXTURES / "onet", "-o", target, "-q")
    assert code == 2
    assert _one_line(err) == (
        f"pathfinder: {target}: cannot write the pack: No such file or directory"
    )


@pytest.mark.parametrize("kind", ["esco", "onet"])
def test_the_target_is_checked_before_the_import_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    import pathfinder.importers.esco as esco
    import pathfinder.importers.onet as onet

    def never(*_args: object) -> None:
        raise AssertionError("the import ran although its output cannot be written")

    monkeypatch.setattr(esco, "import_esco", never)
    monkeypatch.setattr(onet, "import_onet", never)
    (tmp_path / "folder.yaml").mkdir()
    for target, reason in (
        (tmp_path / "folder.yaml", "Is a directory"),
        (tmp_path / "folder.yaml" / "none" / "x.yaml", "No such file or directory"),
    ):
        code, _, err = cli("import", kind, FIXTURES / kind, "-o", target, "-q")
        assert code == 2
        assert _one_line(err) == f"pathfinder: {target}: cannot write the pack: {reason}"


@pytest.mark.skipif(os.name == "nt", reason="fifos, symlinks and modes are POSIX")
def test_a_pipe_is_refused_and_a_symlink_written_through(tmp_path: Path) -> None:
    fifo = tmp_path / "pack.yaml"
    os.mkfifo(fifo)
    code, _, err = cli("import", "onet", FIXTURES / "onet", "-o", fifo, "-q")
    assert code == 2
    assert _one_line(err) == f"pathfinder: {fifo}: cannot write the pack: is not a regular file"
    assert stat.S_ISFIFO(fifo.stat().st_mode)

    real = tmp_path / "real.yaml"
    real.write_text("old\n", encoding="utf-8")
    real.chmod(0o600)
    link = tmp_path / "link.yaml"
    link.symlink_to(real.name)
    code, _, err = cli("import", "onet", FIXTURES / "onet", "-o", link, "-q")
    assert code == 0, err
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("# Generated")
    assert stat.S_IMODE(real.stat().st_mode) == 0o600  # the owner's choice, kept
    fresh = tmp_path / "fresh.yaml"
    assert cli("import", "onet", FIXTURES / "onet", "-o", fresh, "-q")[0] == 0
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644  # a new pack is meant to be shared
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "fresh.yaml", "link.yaml", "pack.yaml", "real.yaml"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--k", "0"], "a whole number from 1 to 100"),
        (["--skill-hours", "0"], "hours must be a number greater than 0"),
        (["--knowledge-hours", "nan"], "hours must be a number greater than 0"),
        (["--skill-hours", "1e9"], "greater than 0 and at most 100,000, not 1e9"),
    ],
)
def test_bad_esco_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], flags: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as stop:
        cli("import", "esco", FIXTURES / "esco", "-o", tmp_path / "o.yaml", *flags)
    assert stop.value.code == 2
    assert message in capsys.readouterr().err


def test_bad_onet_tier(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        cli("import", "onet", FIXTURES / "onet", "-o", tmp_path / "o.yaml", "--tiers", "Best")
    assert stop.value.code == 2
    assert "Primary-Short, Primary-Long, Supplemental" in capsys.readouterr().err
