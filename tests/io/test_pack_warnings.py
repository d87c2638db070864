"""Quality warnings: a valid pack an author should still look at, each warning at its place."""

from __future__ import annotations

from pathlib import Path

import pytest

from pathfinder.io.packs import PackError, pack_warnings
from pathfinder.paths import builtin_pack

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def lines(path: Path) -> list[str]:
    return [str(w) for w in pack_warnings(path)[1]]


def test_each_warning_is_located_and_says_what_to_fix() -> None:
    path = FIXTURES / "warnings.yaml"
    hint = "cite the sources that say it, or mark it 'estimate: true'"
    assert lines(path) == [
        f"{path}:8:10: warning: source 'unused' is never cited",
        f"{path}:15:50: warning: a prerequisite chain of 5 links (more than 4): "
        "f -> e -> d -> c -> b -> a; list a prerequisite only where the skill cannot be "
        "learnt without it",
        f"{path}:17:10: warning: no role uses skill 'lonely' (not essential, optional or a "
        "prerequisite)",
        f"{path}:17:10: warning: skill 'lonely' has no provenance: {hint}",
        f"{path}:22:20: warning: the status of certification 'old-exam' has no provenance: {hint}",
        f"{path}:27:10: warning: no move reaches role 'island' and it is not marked 'entry: true'",
        f"{path}:27:53: warning: role 'island' has 1 essential skill (fewer than 3): learners "
        "cannot tell what it takes",
        f"{path}:29:36: warning: the move start -> mid takes 24 months, but what it newly needs "
        "is 30 h, 0.9 months of study at 8 h a week: more than 4 times apart",
        f"{path}:30:36: warning: the move start -> big takes 1 month, but what it newly needs is "
        "400 h, 11.5 months of study at 8 h a week: more than 4 times apart",
        f"{path}:31:5: warning: the move big -> mid has no provenance: {hint}",
        f"{path}:31:21: warning: the move big -> mid goes down a level (3 to 2)",
    ]


def test_what_is_not_warned_about(tmp_path: Path) -> None:
    text = (FIXTURES / "warnings.yaml").read_text(encoding="utf-8")
    found = "\n".join(lines(FIXTURES / "warnings.yaml"))
    # A chain of exactly four links (e -> d -> c -> b -> a) is fine; only f's is too long.
    assert "chain of 4" not in found
    # Entry roles need no move into them; a retired exam may stay although no role lists it;
    # a prerequisite (a, b, c...) counts as used.
    assert "'start'" not in found and "'old-exam' (not" not in found and "skill 'e'" not in found
    # Fixing the places named makes the pack clean.
    fixed = (
        text.replace("  - {id: unused, title: Forgotten article}\n", "")
        .replace("requires: [e], estimate", "requires: [d], estimate")
        .replace("  - {id: e, name: E, effort_hours: 10, requires: [d], estimate: true}\n", "")
        .replace("  - {id: lonely, name: Lonely, effort_hours: 5}\n", "")
        .replace("successor: g}", "successor: g, estimate: true}")
        .replace("essential: [a], estimate", "essential: [a, b, c], entry: true, estimate")
        .replace("months: 24,", "months: 3,")
        .replace("to: big, months: 1,", "to: big, months: 12,")
        .replace(
            "{from: big, to: mid, months: 2}", "{from: mid, to: big, months: 12, estimate: true}"
        )
    )
    clean = tmp_path / "fixed.yaml"
    clean.write_text(fixed, encoding="utf-8")
    assert lines(clean) == []


def test_the_builtin_pack_has_no_warnings() -> None:
    assert lines(builtin_pack()) == []


def test_warnings_come_only_from_valid_packs() -> None:
    # An invalid pack raises its errors as before; warnings never hide or replace them.
    with pytest.raises(PackError) as caught:
        pack_warnings(FIXTURES / "broken.yaml")
    assert all(not p.warning for p in caught.value.problems)
    assert len(caught.value.problems) == 17


def test_a_claim_cannot_be_both_cited_and_ours(tmp_path: Path) -> None:
    pack = (FIXTURES / "warnings.yaml").read_text(encoding="utf-8")
    path = tmp_path / "both.yaml"
    path.write_text(pack.replace("sources: [used]}", "sources: [used], estimate: true}"))
    with pytest.raises(PackError) as caught:
        pack_warnings(path)
    assert [str(p) for p in caught.value.problems] == [
        f"{path}:10:67: a claim either cites sources or is marked 'estimate: true', not both"
    ]
