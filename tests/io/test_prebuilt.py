"""The built-in pack's prebuilt form (io/prebuilt.py): fresh, equal to the YAML, trusted only
where it is ours."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pathfinder.core.catalog import Catalog
from pathfinder.core.languages import in_language
from pathfinder.io.packs import PackError, load_pack, parse_pack
from pathfinder.io.prebuilt import make_prebuilt, prebuilt_path, read_prebuilt
from pathfinder.paths import builtin_pack

ROOT = Path(__file__).resolve().parents[2]
PACK = ROOT / "data" / "ai-ml-careers.yaml"
PREBUILT = ROOT / "data" / "ai-ml-careers.prebuilt.json"


def _yaml_catalog() -> Catalog:
    return parse_pack(PACK.read_bytes(), str(PACK))


def test_the_committed_prebuilt_form_is_made_from_the_pack_as_it_is_now() -> None:
    raw = PACK.read_bytes()
    fresh = make_prebuilt(raw, parse_pack(raw, str(PACK)))
    assert PREBUILT.read_bytes() == fresh, (
        "data/ai-ml-careers.prebuilt.json is stale (the pack, the catalog model, or the pydantic"
        " or Python that describe it changed): run python packaging/prebuilt_pack.py"
    )


def test_the_built_in_pack_opens_from_its_prebuilt_form() -> None:
    assert builtin_pack() == PACK and prebuilt_path(PACK) == PREBUILT
    assert read_prebuilt(PACK.read_bytes(), PREBUILT) is not None


def test_the_prebuilt_catalog_is_the_one_the_yaml_reader_gives() -> None:
    opened, read = load_pack(PACK), _yaml_catalog()
    assert opened is not read
    # == compares every field of every model, tuples as tuples (a list would differ).
    assert opened == read
    # What the author set and what was left to a default is known alike (exclude_unset).
    assert opened.model_dump(exclude_unset=True) == read.model_dump(exclude_unset=True)
    mlops = opened.role_by_id["mlops-engineer"]
    assert isinstance(mlops.essential, tuple) and mlops.essential
    assert isinstance(opened.skills[0].effort_hours, float)
    move = opened.moves_into["mlops-engineer"][0]
    assert (move.source, move.target) == (
        read.moves_into["mlops-engineer"][0].source,
        "mlops-engineer",
    )
    for language in ("es", "fr", "de"):
        here, there = in_language(opened, language), in_language(read, language)
        assert here.role_by_id["mlops-engineer"].name == there.role_by_id["mlops-engineer"].name
        assert here == there


def _copy_prebuilt(tmp_path: Path) -> Path:
    copy = tmp_path / PREBUILT.name
    shutil.copy2(PREBUILT, copy)
    return copy


def _rewrite(path: Path, header_change: dict[str, object], body: bytes | None = None) -> None:
    head, _, old_body = path.read_bytes().partition(b"\n")
    header = json.loads(head) | header_change
    path.write_bytes(json.dumps(header).encode() + b"\n" + (body if body is not None else old_body))


def test_an_edited_pack_is_not_taken_from_a_prebuilt_form_made_before(tmp_path: Path) -> None:
    copy = _copy_prebuilt(tmp_path)
    edited = PACK.read_bytes().replace(b"MLOps Engineer", b"MLOps Specialist", 1)
    assert edited != PACK.read_bytes()
    assert read_prebuilt(edited, copy) is None
    assert read_prebuilt(PACK.read_bytes(), copy) is not None


@pytest.mark.parametrize(
    "spoil",
    ["flipped byte", "torn", "other model", "other format", "no header", "missing"],
)
def test_a_damaged_or_foreign_prebuilt_file_is_not_used(tmp_path: Path, spoil: str) -> None:
    copy = _copy_prebuilt(tmp_path)
    data = copy.read_bytes()
    if spoil == "flipped byte":
        at = len(data) // 2
        copy.write_bytes(data[:at] + bytes([data[at] ^ 1]) + data[at + 1 :])
    elif spoil == "torn":
        copy.write_bytes(data[: len(data) // 3])
    elif spoil == "other model":
        _rewrite(copy, {"model": "0123456789abcdef"})
    elif spoil == "other format":
        _rewrite(copy, {"format": 2})
    elif spoil == "no header":
        copy.write_bytes(data.partition(b"\n")[2])
    else:
        copy.unlink()
    assert read_prebuilt(PACK.read_bytes(), copy) is None


def test_a_body_of_the_wrong_shape_is_not_used_even_with_a_right_checksum(tmp_path: Path) -> None:
    copy = _copy_prebuilt(tmp_path)
    body = json.loads(copy.read_bytes().partition(b"\n")[2])
    body["skills"][0]["requires"] = {"not": "a list"}
    del body["roles"][0]["level"]  # a required field
    text = json.dumps(body).encode()
    _rewrite(copy, {"body_sha256": hashlib.sha256(text).hexdigest()}, text)
    assert read_prebuilt(PACK.read_bytes(), copy) is None


def test_a_pack_a_user_opens_is_read_from_its_yaml_whatever_lies_beside_it(
    tmp_path: Path,
) -> None:
    """A prebuilt file is trusted only in Pathfinder's own data folder: beside a user's pack,
    even one with every checksum right, it is ignored and the YAML is checked in full."""
    pack = tmp_path / PACK.name
    shutil.copy2(PACK, pack)
    copy = _copy_prebuilt(tmp_path)
    body = json.loads(copy.read_bytes().partition(b"\n")[2])
    body["name"] = "Not what the YAML says"
    text = json.dumps(body).encode()
    _rewrite(copy, {"body_sha256": hashlib.sha256(text).hexdigest()}, text)
    assert read_prebuilt(pack.read_bytes(), copy) is not None  # a well-made file...
    assert load_pack(pack).name == _yaml_catalog().name  # ...that the user's pack ignores
    broken = pack.read_bytes().replace(b"level: 3", b"level: 9", 1)
    pack.write_bytes(broken)
    with pytest.raises(PackError, match=r":\d+:\d+: "):
        load_pack(pack)


def test_opening_the_built_in_pack_reads_no_yaml_and_builds_no_validator() -> None:
    """What start-up is spared: the YAML reader, the whole-pack checks and pydantic's
    validators (about 75 ms before the first window, measured on the project's machine)."""
    code = (
        "import sys, pathfinder\n"
        "from pathfinder.core.catalog import Catalog, Skill\n"
        "pack = pathfinder.load_pack(pathfinder.builtin_pack())\n"
        "pathfinder.plan(pack, [], 'mlops-engineer')\n"
        "loaded = [m for m in ('yaml', 'pathfinder.io.located', 'pathfinder.core.checks',\n"
        "          'pathfinder.core.quality', 'importlib.metadata') if m in sys.modules]\n"
        "print(loaded, Catalog.__pydantic_complete__, Skill.__pydantic_complete__)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        check=True,
    )
    assert done.stdout == "[] False False\n"


def test_a_pack_read_after_start_up_is_validated_in_full(tmp_path: Path) -> None:
    """The validators, made on first use rather than at import, still refuse what they did."""
    pack = tmp_path / "mine.yaml"
    text = PACK.read_text("utf-8").replace("effort_hours: 60", 'effort_hours: "60"', 1)
    assert "effort_hours: 60" in PACK.read_text("utf-8")
    pack.write_text(text, "utf-8")
    with pytest.raises(PackError) as caught:
        load_pack(pack)
    [problem] = caught.value.problems
    assert problem.file == str(pack) and problem.line > 1 and "number" in problem.message


def test_the_model_is_described_the_same_before_and_after_pydantic_builds_it() -> None:
    """pydantic 2.13 adds settings to a model's config when it builds its validator: the
    fingerprint taken before (at start-up) and after (once a pack was read from YAML, as in
    the suite) must agree, or the committed file counts as stale under one of them."""
    code = (
        "from pathfinder.io.stored_catalog import catalog_fingerprint as fingerprint; "
        "from pathfinder.io.packs import parse_pack; "
        "from pathfinder.paths import builtin_pack; "
        "before = fingerprint(); "
        "parse_pack(builtin_pack().read_bytes(), 'pack.yaml'); "
        "fingerprint.cache_clear(); "
        "print(before, fingerprint())"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    before, after = done.stdout.split()
    assert before == after


def test_the_prebuilt_catalog_keeps_the_pack_s_own_order() -> None:
    """Dicts compare equal in any order: the order a role's facets and a translation's names
    come in is checked apart (sorted keys once put them in another)."""
    raw = PACK.read_bytes()
    built = read_prebuilt(raw, PREBUILT)
    read = parse_pack(raw, str(PACK))
    assert built is not None
    assert [list(r.facets) for r in built.roles] == [list(r.facets) for r in read.roles]
    assert built.model_dump() == read.model_dump()
    assert json.dumps(built.model_dump(mode="json")) == json.dumps(read.model_dump(mode="json"))
