"""The command line as a bootcamp author or a script would use it."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from pathfinder.cli import run

FIXTURES = Path(__file__).parent / "fixtures"
BUILTIN = Path(__file__).resolve().parents[1] / "data" / "ai-ml-careers.yaml"


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


def test_validate_good_and_bad() -> None:
    code, out, err = cli("validate", str(FIXTURES / "tiny.yaml"))
    # tiny.yaml is valid but thin: warnings never change the exit code without --strict.
    assert code == 0 and "ok (6 roles, 6 skills, 7 transitions); 30 warnings" in out
    assert all(": warning: " in line for line in err.strip().splitlines())
    code, _, err = cli("validate", str(FIXTURES / "tiny.yaml"), str(FIXTURES / "broken.yaml"))
    assert code == 1
    lines = [line for line in err.strip().splitlines() if ": warning: " not in line]
    assert len(lines) == 17
    assert all(line.startswith(f"{FIXTURES / 'broken.yaml'}:") for line in lines)


def test_validate_strict_fails_on_warnings_with_its_own_code() -> None:
    code, _, err = cli("validate", "--strict", str(FIXTURES / "tiny.yaml"))
    assert code == 4
    assert (
        f"{FIXTURES / 'tiny.yaml'}:36:23: warning: the move mlops -> ops goes down a level" in err
    )
    # An invalid pack keeps its own code (1) even when another pack only has warnings.
    code, _, _ = cli(
        "validate", "--strict", str(FIXTURES / "tiny.yaml"), str(FIXTURES / "broken.yaml")
    )
    assert code == 1
    code, out, err = cli("validate", "--strict", str(BUILTIN))
    assert code == 0 and err == "" and out.endswith("transitions)\n")


def test_plan_json_is_exactly_the_contract() -> None:
    code, out, _ = cli(
        "plan",
        "--to",
        "mlops-engineer",
        "--from",
        "devops-engineer",
        "--have",
        "python,git,docker,linux",
        "--json",
    )
    assert code == 0
    data = json.loads(out)
    assert list(data)[:4] == ["from", "to", "path", "effort_hours"]
    assert {"weeks", "fit", "steps", "gaps", "from_role", "why_first"} <= set(data)
    assert data["from"] == "devops-engineer" and data["to"] == "mlops-engineer"
    assert data["path"][0] == "devops-engineer" and data["path"][-1] == "mlops-engineer"
    assert len(data["steps"]) == len(data["path"]) - 1
    assert [s["role"] for s in data["steps"]] == data["path"][1:]
    assert sum(s["effort_hours"] for s in data["steps"]) == pytest.approx(data["effort_hours"])
    assert sum(g["effort_hours"] for g in data["gaps"]) == pytest.approx(data["effort_hours"])
    learned = [s for step in data["steps"] for s in step["new_skills"]]
    assert learned == [g["skill"] for g in data["gaps"]]
    assert "python" not in learned and "docker" not in learned
    assert 0.0 <= data["fit"] <= 1.0


def test_plan_without_from_starts_at_entry_level() -> None:
    code, out, _ = cli("plan", "--to", "ml-engineer", "--json")
    data = json.loads(out)
    assert code == 0 and data["from"] is None
    assert len(data["steps"]) == len(data["path"])


def test_plan_human_output_reads_like_a_plan() -> None:
    code, out, _ = cli("plan", "--to", "mlops-engineer", "--from", "devops-engineer")
    assert code == 0
    assert "Best path to MLOps Engineer" in out
    assert "Learning plan, in order:" in out
    assert "Next skill to learn:" in out


def test_no_path_exits_3_with_json_error() -> None:
    tiny = str(FIXTURES / "tiny.yaml")
    code, out, _ = cli("plan", "--pack", tiny, "--to", "island", "--from", "ml", "--json")
    assert code == 3
    data = json.loads(out)
    assert {key: data[key] for key in ("error", "code")} == {
        "error": "no transitions lead to Island (island) in this pack",
        "code": "no-path",
    }
    # Somewhere to aim instead, as in the window: the roles a route does reach.
    assert [c["role"] for c in data["closest"]] == ["mlops", "ops"]
    code, _, err = cli(
        "plan", "--pack", tiny, "--to", "mlops", "--from", "developer", "--max-steps", "1"
    )
    assert code == 3 and "at least 2 steps" in err


def test_no_path_names_the_closest_roles_a_route_reaches() -> None:
    tiny = str(FIXTURES / "tiny.yaml")
    code, out, err = cli(
        "plan", "--pack", tiny, "--to", "mlops", "--from", "developer", "--max-steps", "1"
    )
    assert code == 3 and out == ""
    assert err.splitlines() == [
        "pathfinder: no path: MLOps Engineer (mlops) is 2 moves away from Developer "
        "(developer); allow at least 2 steps",
        "Closest roles you can reach:",
        "  ML Engineer (ml): 47% match; a move from there leads on to MLOps Engineer",
        "  Ops Engineer (ops): 29% match; a move from there leads on to MLOps Engineer",
    ]


def test_unknown_ids_exit_2_with_a_suggestion() -> None:
    code, _, err = cli("plan", "--to", "mlops-enginer")
    assert code == 2 and "did you mean 'mlops-engineer'" in err
    code, _, err = cli("plan", "--to", "mlops-engineer", "--have", "pytorh")
    # Three offers read as a list: "'a', 'b' or 'c'", not "'a' or 'b' or 'c'".
    assert (
        code == 2
        and "unknown skill 'pytorh' (did you mean 'pytorch', 'python' or 'jupyter'?)" in err
    )


def test_invalid_pack_exits_2_with_located_errors() -> None:
    code, _, err = cli("plan", "--pack", str(FIXTURES / "broken.yaml"), "--to", "ops")
    assert code == 2 and "broken.yaml:2:5:" in err


def test_roles_skills_and_schema() -> None:
    code, out, _ = cli("roles")
    assert code == 0 and "mlops-engineer" in out and "MLOps Engineer" in out
    code, out, _ = cli("skills", "--json")
    assert code == 0 and {"python", "kubernetes"} <= {s["id"] for s in json.loads(out)}
    code, out, _ = cli("schema")
    schema = json.loads(out)
    assert code == 0 and schema["required"] == [
        "pathfinder",
        "id",
        "name",
        "version",
        "skills",
        "roles",
    ]
    assert schema["additionalProperties"] is False and "^x-" in schema["patternProperties"]
    # Provenance, an open-ended salary and a certification's status are in the schema too.
    defs = schema["$defs"]
    for model in ("Skill", "Role", "Transition", "Salary", "Certification", "FacetClaim"):
        assert {"sources", "estimate"} <= set(defs[model]["properties"]), model
    assert "or_more" in defs["Salary"]["properties"]
    assert set(defs["Certification"]["properties"]["status"]["enum"]) == {"active", "retired"}
    facet_forms = defs["Role"]["properties"]["facets"]["patternProperties"]
    assert len(next(iter(facet_forms.values()))["oneOf"]) == 3  # text, a claim, or views


def test_suggest_ranks_roles() -> None:
    code, out, _ = cli("suggest", "--have", "python,git", "--json")
    rows = json.loads(out)
    assert code == 0 and rows and rows == sorted(rows, key=lambda r: -r["score"])


def test_installed_command_version_and_help() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pathfinder", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and done.stdout.startswith("pathfinder ")
    done = subprocess.run(
        [sys.executable, "-m", "pathfinder", "plan", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and "--max-steps" in done.stdout
    done = subprocess.run(
        [sys.executable, "-m", "pathfinder", "plan", "--to", "x", "--bogus"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2 and "unrecognized arguments: --bogus" in done.stderr
    assert "Traceback" not in done.stderr


def test_output_closed_early_ends_quietly() -> None:
    """`pathfinder plan | head` must not print a traceback when the reader stops early."""
    import subprocess
    import sys

    script = (
        "import sys; from pathfinder.__main__ import main; "
        "sys.exit(main(['plan', '--to', 'mlops-engineer', '--from', 'devops-engineer']))"
    )
    pipeline = subprocess.run(
        f'"{sys.executable}" -c "{script}" | (head -c 5; exec 0<&-; sleep 0.2)',
        shell=True,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert pipeline.stdout == "Best "
    assert "Traceback" not in pipeline.stderr, pipeline.stderr


def test_suggest_names_the_next_skill_to_learn() -> None:
    code, out, _ = cli("suggest", "--have", "python,sql")
    assert code == 0
    assert (
        "Next skill to learn: Git (git, 20 h), a first step toward Junior Software Developer."
        in out
    )
    code, out, _ = cli("suggest", "--have", "python,sql", "--json")
    rows = json.loads(out)
    assert rows[0]["next_skill"] == "git"


def test_a_big_pack_is_read_once_then_opens_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pathfinder.cli_packs import CACHED_PACK_BYTES
    from tests.big_pack import write_big_pack

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    pack = write_big_pack(tmp_path / "big.yaml", roles=400, skills=3000)
    assert pack.stat().st_size > CACHED_PACK_BYTES
    code, first, err = cli("roles", "--pack", str(pack))
    assert code == 0 and "this takes a while the first time" in err
    assert list((tmp_path / "cache").rglob("*.pack.json"))
    code, second, err = cli("roles", "--pack", str(pack))
    assert code == 0 and err == "" and second == first


def test_from_counts_the_current_roles_essential_skills_unless_only_ticked() -> None:
    code, out, _ = cli(
        "plan",
        "--to",
        "mlops-engineer",
        "--from",
        "devops-engineer",
        "--have",
        "python",
        "--only-ticked",
        "--json",
    )
    plain = json.loads(out)
    code, out, _ = cli(
        "plan",
        "--to",
        "mlops-engineer",
        "--from",
        "devops-engineer",
        "--have",
        "python",
        "--have-role-skills",
        "--json",
    )
    assumed = json.loads(out)
    assert code == 0 and "ci-cd" in [g["skill"] for g in plain["gaps"]]
    assert "ci-cd" not in [g["skill"] for g in assumed["gaps"]]
    assert assumed["effort_hours"] < plain["effort_hours"] and assumed["fit"] > plain["fit"]
    code, _, err = cli("plan", "--to", "mlops-engineer", "--have-role-skills")
    assert code == 2 and err == "pathfinder: --have-role-skills needs --from ROLE\n"


def test_suggest_says_how_interests_shape_the_order() -> None:
    code, out, _ = cli("suggest", "--have", "python,sql", "--interests", "data")
    assert code == 0
    assert out.splitlines()[1] == "Ranked by match plus a lift for roles that share your interests:"


def test_plan_weeks_count_from_the_start_so_the_steps_add_up() -> None:
    # A newcomer to MLOps in the tiny pack, at 10 h a week (worked by hand in
    # tests/core/test_report.py): Ops Engineer first, Docker + Git 40 h = 4 weeks; then the move
    # to MLOps, Kubernetes + Python 90 h = 9 weeks of study, but people spend 6 months
    # (26 weeks) in Ops first: weeks 5 to 30, and 30 weeks in all.
    code, out, _ = cli(
        "plan", "--pack", str(FIXTURES / "tiny.yaml"), "--to", "mlops", "--hours-per-week", "10"
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Best path to MLOps Engineer (starting out, at 10 h a week):"
    assert lines[1] == "  -> Ops Engineer  [40 h, weeks 1–4]  Docker, Git"
    assert lines[2] == (
        "  -> MLOps Engineer  [90 h, weeks 5–30; people usually spend 6 months in Ops Engineer"
        " first]  Kubernetes, Python"
    )
    # 130 h at 10 h a week is 13 weeks of study; the 6 months in Ops Engineer make it 30 in all,
    # and the line says both rather than "130 hours, about 30 weeks at 10 h a week".
    assert lines[3].startswith(
        "Total: 130 hours to learn, about 13 weeks of study at 10 h a week; about 30 weeks in all,"
        " with the time people usually spend in each role before moving on;"
    )


def test_suggest_and_plan_name_their_two_figures_apart() -> None:
    # The same DevOps engineer: a 72 % match for MLOps Engineer, of which they have 56 %.
    code, out, _ = cli("suggest", "--from", "devops-engineer")
    assert code == 0 and out.startswith("Match: how much of each role you already have")
    assert " 72% match  MLOps Engineer (mlops-engineer): you have 5 of 13 essential skills" in out
    code, out, _ = cli("plan", "--from", "devops-engineer", "--to", "mlops-engineer")
    assert code == 0 and "you already have 56% of what MLOps Engineer needs" in out
    assert "fit for" not in out


def test_a_route_with_nothing_to_study_says_so_and_counts_the_time_in_roles() -> None:
    # Every skill held, IT support to DevOps through systems administrator: no study, but the
    # usual 12 months as a systems administrator (52 weeks). It read "0 hours to learn, no
    # time at all of study at 8 h a week; about 52 weeks in all".
    from pathfinder.io.packs import load_pack
    from pathfinder.paths import builtin_pack

    every = ",".join(s.id for s in load_pack(builtin_pack()).skills)
    code, out, _ = cli("plan", "--from", "it-support-specialist", "--to", "devops-engineer",
                       "--have", every)  # fmt: skip
    assert code == 0
    assert (
        "Total: nothing to learn; about 52 weeks in all, with the time people usually spend in "
        "each role before moving on; you already have 100% of what DevOps Engineer needs"
    ) in out
