# ruff: noqa: E501  (the expected messages are kept whole, one per line, to read as the user does)
"""Bad command lines. argparse's own errors print the usage line first; the table shows the
line after it, which says what is wrong (the test checks the usage line is there too)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from tests.hardening.common import CLEAN, TINY, Case, Seen, cli

ONET = Path(__file__).resolve().parents[1] / "importers" / "fixtures" / "onet"
PROFILE = {"pathfinder_profile": 1, "name": "Ada", "target_role": "data-analyst"}


def _run(*args: str, setup: str = "") -> object:
    def feed(folder: Path, _mp: pytest.MonkeyPatch) -> Seen:
        if "pack" in setup:
            (folder / "pack.yaml").write_text(TINY, encoding="utf-8")
        if "profile" in setup:
            (folder / "ada.json").write_text(json.dumps(PROFILE), encoding="utf-8")
        if "folder" in setup:
            (folder / "out.md").mkdir()
        if "file" in setup:
            (folder / "notes").write_text("a file, not a folder", encoding="utf-8")
        if "fifo" in setup:
            if not hasattr(os, "mkfifo"):
                pytest.skip("named pipes are POSIX")
            os.mkfifo(folder / "pipe.yaml")
        seen = cli(folder, *args)
        lines = seen.text.splitlines()
        if lines and lines[0].startswith("usage: pathfinder"):
            lines = [line for line in lines if not line.startswith((" ", "usage:"))]
            # The list of commands grows with Pathfinder; the table need not follow it.
            lines = [re.sub(r"\(choose from [^)]*\)", "(choose from ...)", x) for x in lines]
        return Seen("\n".join(lines), seen.exit)

    return feed


def _strict(pack: str) -> object:
    """`validate --strict`: quality warnings fail the run, with their own exit code."""

    def feed(folder: Path, _mp: pytest.MonkeyPatch) -> Seen:
        (folder / "pack.yaml").write_text(pack, encoding="utf-8")
        return cli(folder, "validate", "--strict", "pack.yaml")

    return feed


def _report(fields: dict[str, object], out: str) -> object:
    """`report` for a profile with `fields` (over the builtin pack's Ada, devops to mlops)."""

    def feed(folder: Path, _mp: pytest.MonkeyPatch) -> Seen:
        data = {**PROFILE, "current_role": "devops-engineer", "target_role": "mlops-engineer"}
        (folder / "ada.json").write_text(json.dumps({**data, **fields}), encoding="utf-8")
        return cli(folder, "report", "--profile", "ada.json", "--out", out, "--date", "2026-11-22")

    return feed


FAR_PACK = (Path(__file__).resolve().parents[1] / "fixtures" / "far.yaml").read_text(
    encoding="utf-8"
)  # 5,000 hours at half an hour a week: 10,000 weeks, near two centuries


def _far_report() -> object:
    """`report` at the least pace a profile holds, toward a role 5,000 hours of study away."""

    def feed(folder: Path, _mp: pytest.MonkeyPatch) -> Seen:
        (folder / "far.yaml").write_text(FAR_PACK, encoding="utf-8")
        data = {**PROFILE, "current_role": "start", "target_role": "goal", "skills": {}}
        (folder / "ada.json").write_text(json.dumps({**data, "hours_per_week": 0.5}), "utf-8")
        seen = cli(folder, "report", "--pack", "far.yaml", "--profile", "ada.json",
                   "--out", "plan.md", "--date", "2026-11-22")  # fmt: skip
        plan = (folder / "plan.md").read_text(encoding="utf-8")
        finish = re.search(r"\| \*\*Estimated finish\*\* \| ([^|]+) \|", plan)
        shown = finish.group(1).strip() if finish else "no finish shown"
        return Seen(f"{seen.text}\nplan.md: Estimated finish: {shown}", seen.exit)

    return feed


CLI_CASES = [
    Case(
        "command line",
        "an unknown flag (`--bogus`)",
        "pathfinder: error: unrecognized arguments: --bogus",
        _run("--bogus"),
        2,
    ),
    Case(
        "command line",
        "an unknown command (`pathfinder frobnicate`)",
        "pathfinder: error: argument COMMAND: invalid choice: 'frobnicate' (choose from ...)",
        _run("frobnicate"),
        2,
    ),
    Case(
        "command line",
        "a flag's value of the wrong kind (`--max-steps x`)",
        "pathfinder plan: error: argument --max-steps: invalid int value: 'x'",
        _run("plan", "--max-steps", "x"),
        2,
    ),
    Case(
        "command line",
        "a negative `--max-steps`",
        "pathfinder: --max-steps must be 0 or more",
        _run("plan", "--to", "data-analyst", "--max-steps", "-1"),
        2,
    ),
    Case(
        "command line",
        "an id the pack does not have (`--to astronaut`)",
        "pathfinder: unknown role 'astronaut'",
        _run("plan", "--to", "astronaut"),
        2,
    ),
    Case(
        "command line",
        "an empty role id (`plan --from ''`; it was a KeyError)",
        "pathfinder: unknown role ''",
        _run("plan", "--pack", "pack.yaml", "--to", "ml", "--from", "", setup="pack"),
        2,
    ),
    Case(
        "command line",
        "`--max-steps 0` where one move is needed",
        "pathfinder: no path: ML Engineer (ml) is 1 move away from Analyst (analyst); "
        "allow at least 1 step",
        _run(
            "plan",
            "--pack",
            "pack.yaml",
            "--from",
            "analyst",
            "--to",
            "ml",
            "--max-steps",
            "0",
            setup="pack",
        ),
        3,
    ),
    Case(
        "command line",
        "a missing pack file (`plan --pack nope.yaml`)",
        "nope.yaml:1:1: no such file",
        _run("plan", "--pack", "nope.yaml", "--to", "x"),
        2,
    ),
    Case(
        "command line",
        "a missing profile file (`report --profile nope.json`)",
        "nope.json: no such file",
        _run("report", "--profile", "nope.json", "--out", "plan.md"),
        2,
    ),
    Case(
        "command line",
        "a folder where a pack is expected (`validate .`)",
        ".:1:1: is a folder, not a pack file",
        _run("validate", "."),
        2,
    ),
    Case(
        "command line",
        "a folder where the output file is expected (`--out out.md`, a folder)",
        "pathfinder: out.md: cannot write the plan: Is a directory",
        _run(
            "report",
            "--profile",
            "ada.json",
            "--out",
            "out.md",
            "--date",
            "2026-11-22",
            setup="profile folder",
        ),
        2,
    ),
    Case(
        "command line",
        "an unwritable output (`--out notes/plan.md`, where `notes` is a file)",
        "pathfinder: notes/plan.md: cannot write the plan: Not a directory",
        _run(
            "report",
            "--profile",
            "ada.json",
            "--out",
            "notes/plan.md",
            "--date",
            "2026-11-22",
            setup="profile file",
        ),
        2,
    ),
    Case(
        "command line",
        "an unwritable import output (`import onet DATA -o missing/pack.yaml`), checked first",
        "pathfinder: missing/pack.yaml: cannot write the pack: No such file or directory",
        _run("import", "onet", str(ONET), "-o", "missing/pack.yaml", "-q"),
        2,
    ),
    Case(
        "command line",
        "an import output that is a named pipe or a device (`-o pipe.yaml`; it was replaced)",
        "pathfinder: pipe.yaml: cannot write the pack: is not a regular file",
        _run("import", "onet", str(ONET), "-o", "pipe.yaml", "-q", setup="fifo"),
        2,
    ),
    Case(
        "command line",
        "an output type Pathfinder does not write (`--out plan.docx`)",
        "pathfinder: plan.docx: the plan is written as .pdf, .md or .html",
        _run("report", "--profile", "ada.json", "--out", "plan.docx", setup="profile"),
        2,
    ),
    Case(
        "command line",
        'a profile whose target role is empty (`"target_role": ""`, `report` or `plan`)',
        "pathfinder: the profile's target role is empty; give one with --to ROLE "
        '(or write "target_role": null when none is chosen yet)',
        _report({"target_role": ""}, "plan.md"),
        2,
    ),
    Case(
        "command line",
        "a 10 MB note in the profile (`report --out plan.pdf`): its first 2,000 characters "
        "are printed, then how many more the profile holds",
        "wrote plan.pdf",
        _report({"notes": [{"at": "2026-11-22", "text": "x" * 10_000_000}]}, "plan.pdf"),
        0,
        seconds=15.0,
    ),
    Case(
        "command line",
        "a skill of 5,000 hours at half an hour a week (`report`): dates read “more than 100 years away”",
        "wrote plan.md\nwrote plan_files/path.png\nplan.md: Estimated finish: more than 100 years away",
        _far_report(),
        0,
        seconds=15.0,
    ),
    Case(
        "command line",
        "a pace below half an hour a week (`plan --hours-per-week 0.01`)",
        "pathfinder: --hours-per-week must be at least 0.5 and at most 168, not 0.01",
        _run("plan", "--to", "ml-engineer", "--hours-per-week", "0.01"),
        2,
    ),
    Case(
        "command line",
        "a date that is not a date (`--date 22/11/2026`)",
        "pathfinder report: error: argument --date: a date looks like 2026-11-22, not '22/11/2026'",
        _run(
            "report",
            "--profile",
            "ada.json",
            "--out",
            "plan.md",
            "--date",
            "22/11/2026",
            setup="profile",
        ),
        2,
    ),
    Case(
        "command line",
        "`validate --strict` on a valid pack with quality warnings (a move down a level that cites nothing)",
        "pack.yaml: ok (4 roles, 6 skills, 5 transitions); 2 warnings\n"
        "pack.yaml:26:5: warning: the move mlops -> developer has no provenance: cite the sources that say it, or mark it 'estimate: true'\n"
        "pack.yaml:26:23: warning: the move mlops -> developer goes down a level (3 to 1)",
        _strict(CLEAN + "  - {from: mlops, to: developer, months: 1}\n"),
        4,
    ),
]
