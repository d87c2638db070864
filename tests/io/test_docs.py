"""The examples in the public docs stay true."""

from __future__ import annotations

from pathlib import Path

from pathfinder.io.packs import parse_pack

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_minimal_pack_in_the_format_docs_is_valid() -> None:
    text = (DOCS / "pack-format.md").read_text(encoding="utf-8")
    block = text.split("## A minimal pack")[1].split("```yaml")[1].split("```")[0]
    pack = parse_pack(block, "docs/pack-format.md")
    assert [r.id for r in pack.roles] == ["web-intern", "frontend-developer"]
