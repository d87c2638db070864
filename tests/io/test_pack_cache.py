"""The pack cache: a second opening equals the first; a stale, corrupt or forged entry is
never used; a cache that cannot be written costs time, not an error."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from pathfinder.io import pack_cache
from pathfinder.io.pack_cache import (
    CACHED,
    PARSING,
    READING,
    SAVING,
    load_pack_cached,
    pack_key,
)
from pathfinder.io.packs import PackError, load_pack
from pathfinder.paths import builtin_pack
from tests.big_pack import write_big_pack

FIXTURES = Path(__file__).parents[1] / "fixtures"


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    copy = tmp_path / "pack.yaml"
    copy.write_bytes(builtin_pack().read_bytes())
    return copy


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def _entry(cache: Path) -> Path:
    (entry,) = cache.glob("*.pack.json")
    return entry


def test_second_load_comes_from_the_cache_and_equals_the_first(pack: Path, cache: Path) -> None:
    stages: list[str] = []
    first = load_pack_cached(pack, cache, stages.append)
    assert not first.from_cache
    assert stages == [READING, PARSING, SAVING]
    stages.clear()
    second = load_pack_cached(pack, cache, stages.append)
    assert second.from_cache
    assert stages == [READING, CACHED]
    assert second.key == first.key == pack_key(pack.read_bytes())
    assert second.catalog.model_dump() == first.catalog.model_dump()
    assert second.catalog.model_dump() == load_pack(pack).model_dump()


def test_big_pack_round_trips(tmp_path: Path, cache: Path) -> None:
    pack = write_big_pack(tmp_path / "big.yaml", roles=300, skills=1200, links=20)
    first = load_pack_cached(pack, cache)
    second = load_pack_cached(pack, cache)
    assert second.from_cache
    assert second.catalog.model_dump() == first.catalog.model_dump()
    assert second.catalog.roles[5].aliases  # aliases survive the cache


def test_edited_pack_is_read_again(pack: Path, cache: Path) -> None:
    load_pack_cached(pack, cache)
    text = pack.read_text(encoding="utf-8").replace("name: AI & ML careers", "name: Edited")
    pack.write_text(text, encoding="utf-8")
    again = load_pack_cached(pack, cache)
    assert not again.from_cache
    assert again.catalog.name == "Edited"
    assert len(list(cache.glob("*.pack.json"))) == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda blob: blob[: len(blob) // 2],  # a torn write
        lambda blob: blob.replace(b'"name"', b'"nome"', 1),  # a flipped byte
        lambda blob: b"",
        lambda blob: b"\x80\x81 not json\n{}",
        lambda blob: blob.split(b"\n", 1)[1],  # no header
    ],
    ids=["truncated", "changed-byte", "empty", "garbage", "headless"],
)
def test_corrupt_entry_is_ignored_and_rebuilt(pack: Path, cache: Path, damage: object) -> None:
    first = load_pack_cached(pack, cache)
    entry = _entry(cache)
    entry.write_bytes(damage(entry.read_bytes()))  # type: ignore[operator]
    again = load_pack_cached(pack, cache)
    assert not again.from_cache
    assert again.catalog.model_dump() == first.catalog.model_dump()
    assert load_pack_cached(pack, cache).from_cache  # rebuilt, and good again


def _forge(entry: Path, change: object) -> None:
    """Rewrite the body and give it a matching checksum: only validation can catch it."""
    header, body = entry.read_bytes().split(b"\n", 1)
    data = json.loads(body)
    change(data)  # type: ignore[operator]
    body = json.dumps(data).encode()
    meta = json.loads(header)
    meta["sha256"] = hashlib.sha256(body).hexdigest()
    entry.write_bytes(json.dumps(meta).encode() + b"\n" + body)


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["roles"][0].update(level=9),  # the model rejects it
        lambda d: d["roles"][0].update(essential=["no-such-skill"]),  # a dangling reference
        lambda d: d["transitions"].append({"from": "nobody", "to": d["roles"][0]["id"]}),
        lambda d: d["skills"].append(dict(d["skills"][0])),  # a duplicate id
        lambda d: d.update(format_hack=True),  # unknown key
        # The first two skills made to require each other.
        lambda d: [d["skills"][i].update(requires=[d["skills"][1 - i]["id"]]) for i in (0, 1)],
    ],
    ids=["bad-level", "dangling-skill", "dangling-move", "duplicate", "unknown-key", "cycle"],
)
def test_forged_entry_with_valid_checksum_is_not_trusted(
    pack: Path, cache: Path, change: object
) -> None:
    load_pack_cached(pack, cache)
    _forge(_entry(cache), change)
    again = load_pack_cached(pack, cache)
    assert not again.from_cache
    assert again.catalog.model_dump() == load_pack(pack).model_dump()


def test_entry_of_another_pack_or_version_is_stale(
    pack: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_pack_cached(pack, cache)
    entry = _entry(cache)
    # The right file name but a header written for another key (another Pathfinder).
    header, body = entry.read_bytes().split(b"\n", 1)
    meta = json.loads(header)
    meta["key"] = "0" * 64
    entry.write_bytes(json.dumps(meta).encode() + b"\n" + body)
    assert not load_pack_cached(pack, cache).from_cache
    # A new Pathfinder version gives a new key, so old entries are simply not found.
    monkeypatch.setattr(pack_cache, "__version__", "99.0")
    assert not load_pack_cached(pack, cache).from_cache


def test_broken_pack_raises_like_load_pack_and_caches_nothing(cache: Path) -> None:
    with pytest.raises(PackError) as caught:
        load_pack_cached(FIXTURES / "broken.yaml", cache)
    with pytest.raises(PackError) as direct:
        load_pack(FIXTURES / "broken.yaml")
    assert caught.value.problems == direct.value.problems
    assert not list(cache.glob("*.pack.json")) if cache.exists() else True
    with pytest.raises(PackError, match="no such file"):
        load_pack_cached(cache / "missing.yaml", cache)


def test_unwritable_cache_still_loads(pack: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    loaded = load_pack_cached(pack, blocker / "cache")
    assert not loaded.from_cache
    assert loaded.catalog.id == "ai-ml-careers"


def test_old_entries_are_pruned(pack: Path, cache: Path) -> None:
    text = pack.read_text(encoding="utf-8")
    for i in range(pack_cache.KEEP_ENTRIES + 3):
        pack.write_text(text.replace("name: AI & ML careers", f"name: Edit {i}"), "utf-8")
        load_pack_cached(pack, cache)
    assert len(list(cache.glob("*.pack.json"))) == pack_cache.KEEP_ENTRIES
    assert load_pack_cached(pack, cache).from_cache  # the newest is kept


def test_default_folder_is_the_users_cache(
    pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    load_pack_cached(pack)
    assert list((tmp_path / "xdg").rglob("*.pack.json"))
