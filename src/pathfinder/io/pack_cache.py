"""A validated cache of checked packs, so a big pack opens fast the second time.

Reading the imported ESCO pack (3,007 roles, 13,896 skills) through the located YAML reader
takes many seconds; the catalog it yields, stored as JSON, reads back in a fraction of one.

Key: the SHA-256 of the pack's bytes, plus the cache format, Pathfinder's version and a
fingerprint of the catalog model, so an edited pack or a newer Pathfinder never meets an
old entry. Entry: one header line (JSON: format, key, SHA-256 of the body) and the body, the
catalog as JSON. Reading an entry trusts nothing: the header must match, the body's checksum
must match (a torn write or a flipped bit is caught), the body is validated again by the same
pydantic model the YAML path uses, and every id the catalog refers to must exist. Anything
wrong means the entry is deleted and the pack is read from its YAML again.

Why JSON and not pickle or marshal: unpickling runs code chosen by whoever wrote the file, and
marshal may crash the interpreter on crafted input and changes between Python versions. JSON
parsed by pydantic's own parser cannot do either, and it is also the fastest of the three to
turn back into a validated catalog. Whole-pack checks (prerequisite cycles, duplicate ids)
ran when the entry was written and are covered by its checksum, so they are not repeated.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from pydantic import ValidationError

from pathfinder import __version__
from pathfinder.core.catalog import Catalog
from pathfinder.core.graph import acyclic
from pathfinder.io.packs import MAX_PACK_BYTES, load_pack
from pathfinder.io.safe_write import write_bytes_beside
from pathfinder.io.stored_catalog import catalog_fingerprint, stamp_matches, stamped

CACHE_FORMAT = 1
KEEP_ENTRIES = 8  # newest entries kept; older ones are removed when a new one is written
_SUFFIX = ".pack.json"

# Stages reported to `progress`, in order. The text is for logs; the window shows its own.
READING = "reading"
CACHED = "cached"  # read from the cache: done
PARSING = "parsing"  # reading the YAML and checking it: the long part
SAVING = "saving"
Progress = Callable[[str], None]


@dataclass(frozen=True)
class LoadedPack:
    catalog: Catalog
    from_cache: bool
    key: str  # "" when the pack could not be hashed (it was read without the cache)


def default_cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("Pathfinder", "Pathfinder")) / "packs"


def _made_for(key: str) -> dict[str, object]:
    """What an entry's header says it was made for: this cache format and this pack key."""
    return {"format": CACHE_FORMAT, "key": key}


def pack_key(raw: bytes) -> str:
    """The cache key of a pack's bytes for this Pathfinder."""
    digest = hashlib.sha256(raw)
    digest.update(f"\0{CACHE_FORMAT}\0{__version__}\0{catalog_fingerprint()}".encode())
    return digest.hexdigest()


def load_pack_cached(
    path: str | Path, cache_dir: Path | None = None, progress: Progress | None = None
) -> LoadedPack:
    """Like `load_pack`, through the cache. Raises PackError for a bad pack, like load_pack;
    a cache that cannot be read or written only costs time, never an error."""
    report = progress or (lambda _stage: None)
    folder = cache_dir if cache_dir is not None else default_cache_dir()
    file = Path(path)
    report(READING)
    raw = _read(file)
    if raw is None:  # load_pack explains what is wrong with the file
        return LoadedPack(load_pack(file), from_cache=False, key="")
    key = pack_key(raw)
    entry = folder / f"{key}{_SUFFIX}"
    catalog = read_entry(entry, key)
    if catalog is not None:
        report(CACHED)
        return LoadedPack(catalog, from_cache=True, key=key)
    report(PARSING)
    with paused_gc():
        catalog = load_pack(file)
    # Only if the file still holds the bytes that were hashed: it may change while we read.
    if _read(file) == raw:
        report(SAVING)
        write_entry(folder, key, catalog)
    return LoadedPack(catalog, from_cache=False, key=key)


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while a catalog is built: the hundreds of thousands of new
    objects would otherwise trigger full collections over and over (about 40% of the time),
    and building a catalog makes no cycles to collect.

    Afterwards the surviving objects are frozen (gc.freeze): a catalog lives as long as its
    pack is open, and without this every later full collection walks all of it again (a
    100 ms pause in the middle of a tick, for ESCO). Frozen objects are still freed by
    reference counting when the pack is closed."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def _read(file: Path) -> bytes | None:
    try:
        if file.stat().st_size > MAX_PACK_BYTES:
            return None
        return file.read_bytes()
    except OSError:
        return None


def read_entry(entry: Path, key: str) -> Catalog | None:
    """The catalog stored in `entry`, or None (and the entry removed) if anything is off."""
    try:
        with entry.open("rb") as source:
            # The header line is short; a longer first line is not one of our entries.
            head, body = source.readline(_HEADER_MAX), source.read()
    except OSError:
        return None
    catalog = _decode(head, body, key)
    if catalog is None:
        with contextlib.suppress(OSError):
            entry.unlink()
    return catalog


_HEADER_MAX = 1024


def _decode(head: bytes, body: bytes, key: str) -> Catalog | None:
    if not head.endswith(b"\n"):
        return None
    if not stamp_matches(head, body, _made_for(key), checksum="sha256"):
        return None
    try:
        with paused_gc():
            catalog = Catalog.model_validate_json(body)
    except ValidationError:
        return None
    return catalog if references_resolve(catalog) else None


def references_resolve(catalog: Catalog) -> bool:
    """Every id a role, skill or transition names exists, and ids are unique: what the
    window relies on to never look up a missing id."""
    skills, roles = catalog.skill_by_id, catalog.role_by_id
    if len(skills) != len(catalog.skills) or len(roles) != len(catalog.roles):
        return False
    if not skills.keys().isdisjoint(roles.keys()):
        return False
    named = set(chain.from_iterable(s.requires for s in catalog.skills))
    named.update(chain.from_iterable(r.essential for r in catalog.roles))
    named.update(chain.from_iterable(r.optional for r in catalog.roles))
    if not named <= skills.keys():
        return False
    moves = {t.source for t in catalog.transitions} | {t.target for t in catalog.transitions}
    return moves <= roles.keys() and prerequisites_acyclic(catalog)


def prerequisites_acyclic(catalog: Catalog) -> bool:
    """No skill requires itself through others: the learning order relies on it, and an
    entry edited by hand (with its checksum redone) must not smuggle in a cycle."""
    return acyclic({s.id: s.requires for s in catalog.skills})


def write_entry(folder: Path, key: str, catalog: Catalog) -> Path | None:
    """Store `catalog` under `key` atomically; None if the cache folder cannot be written."""
    body = catalog.model_dump_json(by_alias=True, exclude_defaults=True).encode()
    entry = folder / f"{key}{_SUFFIX}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_bytes_beside(entry, stamped(_made_for(key), body, checksum="sha256"))
        _prune(folder, keep=entry)
    except OSError:
        return None
    return entry


def _prune(folder: Path, keep: Path) -> None:
    dated: list[tuple[int, Path]] = []
    for entry in folder.glob(f"*{_SUFFIX}"):
        with contextlib.suppress(OSError):  # another Pathfinder may be pruning too
            dated.append((entry.stat().st_mtime_ns, entry))
    dated.sort(reverse=True)
    for _, old in dated[KEEP_ENTRIES:]:
        if old != keep:
            with contextlib.suppress(OSError):
                old.unlink()
