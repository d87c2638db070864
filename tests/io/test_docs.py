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


def test_the_readme_python_example_gives_what_its_comments_say() -> None:
    # The README's comments are what a reader expects to see; they once named a first skill
    # the planner no longer chose.
    text = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    block = text.split("From Python:")[1].split("```python")[1].split("```")[0]
    lines = block.strip().splitlines()
    setup = "\n".join(line for line in lines if "#" not in line)
    scope: dict[str, object] = {}
    exec(setup, scope)  # the README's own three lines of set-up
    result = scope["result"]
    said = {line.split("#")[0].strip(): line.split("#")[1].strip() for line in lines if "#" in line}
    # "# ('software-developer', 'ml-engineer'): one move" and "# 'ml-fundamentals', and ..."
    assert said["result.path"].startswith(repr(result.path) + ":")  # type: ignore[attr-defined]
    assert said["result.next_skill"].startswith(repr(result.next_skill) + ",")  # type: ignore[attr-defined]
