"""The importers on the real ESCO v1.1.1 and O*NET 29.3 files, read where they are shared."""

from __future__ import annotations

from pathlib import Path

import pytest

from pathfinder.core.planner import plan
from pathfinder.io.packs import load_pack
from tests.importers.conftest import REALDATA, cli

ESCO = REALDATA / "esco"
ONET = REALDATA / "onet"


def _needs(folder: Path) -> None:
    if not folder.is_dir():
        pytest.skip(f"the real data is not here ({folder})")


def test_esco_at_full_size(tmp_path: Path) -> None:
    _needs(ESCO)
    target = tmp_path / "esco.yaml"
    code, out, err = cli("import", "esco", ESCO, "-o", target)
    assert code == 0, err
    assert "import esco: reading occupationSkillRelations.csv" in err  # progress was shown
    assert "3,007 roles, 13,896 skills" in out
    assert (
        "note: skipped 67 rows of occupationSkillRelations.csv: occupation "
        "http://data.europa.eu/esco/occupation/a9e54177-a185-404d-b6e6-15663d31137e"
    ) in out
    assert "note: 191 essential skill-skill relations became prerequisites" in out

    catalog = load_pack(target)
    assert catalog.version == "v1.1.1"
    assert (len(catalog.roles), len(catalog.skills)) == (3007, 13896)
    assert len(catalog.transitions) > 3007
    essential = sum(len(r.essential) for r in catalog.roles)
    optional = sum(len(r.optional) for r in catalog.roles)
    # 64,946 essential and 58,909 optional links, less the 67 rows of the unknown occupation.
    assert essential + optional == 123_855 - 67
    levels = {level: sum(r.level == level for r in catalog.roles) for level in range(1, 6)}
    assert all(levels.values()), levels
    assert sum(len(s.requires) for s in catalog.skills) == 191
    assert any("data scientist" in r.aliases for r in catalog.roles)
    # A counsellor's question: a data analyst who wants to become a data scientist.
    found = plan(catalog, [], "data-scientist", start="data-analyst")
    assert found.path[0] == "data-analyst" and found.path[-1] == "data-scientist"


def test_onet_at_full_size(tmp_path: Path) -> None:
    _needs(ONET)
    target = tmp_path / "onet.yaml"
    code, out, err = cli("import", "onet", ONET, "-o", target)
    assert code == 0, err
    assert "1,016 roles" in out
    catalog = load_pack(target)
    assert catalog.version == "29.3"
    assert len(catalog.roles) == 1016
    # 8,775 distinct technology examples, 35 skills and 33 knowledge areas.
    assert len(catalog.skills) == 8775 + 35 + 33
    # Primary-Short and Primary-Long: 5 + 5 for each of the 923 occupations with relations.
    assert len(catalog.transitions) == 923 * 10
    assert all("tier" in (t.why or "") for t in catalog.transitions)
    roles = catalog.role_by_id
    # Kept without ratings, with their technology skills and moves.
    developers = roles["software-developers"]
    assert "python" in developers.essential and catalog.moves_from["software-developers"]
    assert "critical-thinking" not in roles["data-scientists"].essential
    assert roles["chief-executives"].level == 5
    assert roles["chief-executives"].interests[0] == "enterprising"
    assert len(developers.aliases) > 20
