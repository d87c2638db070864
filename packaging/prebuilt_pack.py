"""The built-in pack's prebuilt form: `python packaging/prebuilt_pack.py [PACK ...]`.

Writes `<pack>.prebuilt.json` beside each pack (default: data/ai-ml-careers.yaml), the form
Pathfinder reads its built-in pack from at start-up (src/pathfinder/io/prebuilt.py says why
and how it is trusted). Run it after editing the pack or the catalog model; the file is
committed, and tests/io/test_prebuilt.py fails when it differs from a fresh one.
packaging/build.py makes one for the pack an installer bundles, branded ones too.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # this checkout's reader and model

from pathfinder.folders import BUILTIN_PACK  # noqa: E402
from pathfinder.io.packs import PackError, parse_pack  # noqa: E402
from pathfinder.io.prebuilt import make_prebuilt, prebuilt_path  # noqa: E402

DEFAULT_PACK = ROOT / "data" / BUILTIN_PACK


def prebuilt_bytes(pack: Path) -> bytes:
    """The prebuilt file for `pack`, made from its YAML read and checked in full (never from
    an older prebuilt file). Raises PackError for a pack with problems."""
    raw = pack.read_bytes()
    return make_prebuilt(raw, parse_pack(raw, str(pack)))


def write_prebuilt(pack: Path, target: Path | None = None) -> Path:
    """Write the prebuilt form of `pack` to `target` (default: beside it); the path written."""
    out = target if target is not None else prebuilt_path(pack)
    out.write_bytes(prebuilt_bytes(pack))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("packs", nargs="*", type=Path, default=[DEFAULT_PACK])
    args = parser.parse_args(argv)
    for pack in args.packs:
        try:
            written = write_prebuilt(pack)
        except PackError as exc:
            print(exc, file=sys.stderr)
            return 1
        print(written)
    return 0


if __name__ == "__main__":
    sys.exit(main())
