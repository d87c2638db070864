"""The plan report as Markdown and HTML text, saving it, and the `report` / `plan --profile`
commands for the text formats when Qt cannot start (`plan` never loads it; the picture that
`report` draws with Qt is tested in tests/qt/test_report_export.py)."""

from __future__ import annotations

import base64
import io
import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from pathfinder.cli import run
from pathfinder.core.catalog import Catalog
from pathfinder.core.profile import Note, Profile
from pathfinder.core.report import Report, build_report
from pathfinder.io.packs import parse_pack
from pathfinder.io.report import save_report
from pathfinder.io.report_html import h, h_link, report_html
from pathfinder.io.report_markdown import md, md_link, report_markdown

FIXTURES = Path(__file__).parents[1] / "fixtures"
DAY = date(2026, 1, 5)

EVIL_PACK = """
pathfinder: 1
id: evil
name: "Pack <b>bold</b> & co"
version: "1 <i>"
license: "CC <script>alert(1)</script>"
sources:
  - {id: s1, title: "Guide <u>x</u>", url: "https://example.org/?a=1&b=%3C2%3E"}
skills:
  - {id: basics, name: "*Basics* | [x](javascript:alert(1))", effort_hours: 10,
     resources: [{title: "Read <this>", url: "https://example.org/read?x=1&y=2"}]}
  - {id: tags, name: "<img src=x>", effort_hours: 5, requires: [basics], sources: [s1]}
roles:
  - {id: start, name: "Start & go", level: 1, essential: []}
  - {id: goal, name: "<img src=x>", level: 2, essential: [tags]}
transitions:
  - {from: start, to: goal, months: 2}
"""


@pytest.fixture(scope="module")
def evil() -> Catalog:
    return parse_pack(EVIL_PACK, "evil.yaml")


def evil_report(evil: Catalog) -> Report:
    profile = Profile(
        name="Ana <script>",
        current_role="start",
        target_role="goal",
        notes=[Note(at="2026-01-02T09:00:00Z", text="# not a heading\n1. not a list <b>")],
    )
    return build_report(evil, profile, DAY)


def devops_report(builtin: Catalog) -> Report:
    profile = Profile(
        name="Ana Lima",
        current_role="devops-engineer",
        target_role="mlops-engineer",
        skills={"python": "have", "git": "have", "docker": "have"},
    )
    return build_report(builtin, profile, DAY)


def positions(text: str, needles: list[str]) -> list[int]:
    return [text.index(n) for n in needles]


# ----- text --------------------------------------------------------------------------------


def test_markdown_lists_every_gap_in_plan_order(builtin: Catalog) -> None:
    report = devops_report(builtin)
    text = report_markdown(report)
    plan_part = text[text.index("## Learning plan") :]
    lines = [f"{g.number}. **{md(g.skill.name)}**" for g in report.gaps]
    found = positions(plan_part, lines)
    # Her DevOps role's skills count as hers: 11 ML skills are left (282 h in all).
    assert found == sorted(found) and len(found) == 11
    assert "1. **ML lifecycle basics** — 12 h, done by 16 Jan 2026" in plan_part
    assert "# Learning plan for Ana Lima" in text
    assert "| **Target role** | MLOps Engineer |" in text
    assert "[MLflow documentation](<https://mlflow.org/docs/latest/index.html>)" in text
    assert "Prometheus" not in plan_part.split("## ")[1].split("Learn these skills")[1]
    # Her role's skills are named as counted, not to learn.
    assert "Counted as yours because DevOps Engineer needs them, so not in this plan: " in text
    assert "| 1 | MLOps Engineer |" in text  # the steps table


def test_html_lists_every_gap_in_plan_order(builtin: Catalog) -> None:
    report = devops_report(builtin)
    text = report_html(report)
    plan_part = text[text.index("<h2>Learning plan</h2>") :]
    names = [f'<span class="skill">{g.skill.name}</span>' for g in report.gaps]
    found = positions(plan_part, names)
    assert found == sorted(found) and len(found) == 11
    assert text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>")
    assert "<h1>Ana Lima</h1>" in text and "MLOps Engineer" in text
    assert '<a href="https://mlflow.org/docs/latest/index.html">' in text
    assert "Hours are the pack" in text and "8 hours a week" in text


def test_html_escapes_every_pack_and_profile_string(evil: Catalog) -> None:
    text = report_html(evil_report(evil), flavour="qt")
    body = text[text.index("<body>") :]
    assert "&lt;img src=x&gt;" in body
    assert "<img src=x>" not in body and "<script>" not in body and "<b>bold" not in body
    assert "Ana &lt;script&gt;" in body
    assert "Pack &lt;b&gt;bold&lt;/b&gt; &amp; co" in body
    assert "CC &lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "*Basics* | [x](javascript:alert(1))" in body  # shown as typed, never a link
    assert "javascript:" not in re.sub(r">[^<]*<", "><", body)  # not in any tag or attribute
    assert '<a href="https://example.org/read?x=1&amp;y=2">Read &lt;this&gt;</a>' in body
    assert "&lt;b&gt;" in body.split("<h2>Notes</h2>")[1]


def test_markdown_escapes_what_would_change_the_layout(evil: Catalog) -> None:
    text = report_markdown(evil_report(evil))
    assert "# Learning plan for Ana \\<script\\>" in text
    assert "\\<img src=x\\>" in text and "<img src=x>" not in text
    assert "\\*Basics\\* \\| \\[x\\](javascript:alert(1))" in text
    assert "](javascript" not in text.replace("\\](javascript", "")
    assert "[Read \\<this\\>](<https://example.org/read?x=1&y=2>)" in text
    notes = text[text.index("## Notes") :]
    assert "\\# not a heading \\\n  1\\. not a list \\<b\\>" in notes
    assert md("- item") == "\\- item" and md("2026.11") == "2026.11"


def test_only_web_links_become_links() -> None:
    assert h_link("x", "javascript:alert(1)") == "x"
    assert (
        h_link("a&b", "https://e.org/?q=1&r=2")
        == '<a href="https://e.org/?q=1&amp;r=2">a&amp;b</a>'
    )
    assert md_link("x", "file:///etc/passwd") == "x"
    # A link the window would not open (a space, no host) is no link in a report either.
    assert md_link("x", "http://e.org/a b") == "x"
    assert md_link("x", "https:///etc") == "x"


def test_no_target_report_shows_suggestions(builtin: Catalog) -> None:
    report = build_report(builtin, Profile(name="Bo", skills={"python": "have"}), DAY)
    for text in (report_markdown(report), report_html(report)):
        assert "No target role is chosen yet" in text
        # Python (80 h) is 80 of the role's 120 hours of essential learning, and the role
        # uses Python, Bo's one skill: the match is the square root of 2/3 x 1, 82%.
        assert "Junior Software Developer" in text and "82%" in text
        assert "you have 1 of 3 essential skills" in text
        assert "Learning plan" not in text.replace("Learning plan for", "").replace(
            "LEARNING PLAN", ""
        )


def test_no_path_report_gives_the_reason(tiny: Catalog) -> None:
    # From a current role (a newcomer with no way in gets the target's own skills instead).
    profile = Profile(name="Cy", current_role="analyst", target_role="island")
    report = build_report(tiny, profile, DAY)
    for text in (report_markdown(report), report_html(report)):
        assert "no transitions lead to Island (island) in this pack" in text
        assert "There is no path to Island" in text


# ----- files -------------------------------------------------------------------------------


def test_save_report_markdown_with_picture_beside_it(builtin: Catalog, tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\nfake"
    out = tmp_path / "plan.md"
    written = save_report(devops_report(builtin), out, png)
    assert written == [out, tmp_path / "plan_files" / "path.png"]
    assert (tmp_path / "plan_files" / "path.png").read_bytes() == png
    assert "![Your path on the career map](<plan_files/path.png>)" in out.read_text("utf-8")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_save_report_html_is_one_file_with_a_data_uri(builtin: Catalog, tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\nfake"
    out = tmp_path / "plan.html"
    assert save_report(devops_report(builtin), out, png) == [out]
    text = out.read_text("utf-8")
    assert f'src="data:image/png;base64,{base64.b64encode(png).decode()}"' in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.html"]


def test_save_report_refuses_other_suffixes(builtin: Catalog, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.pdf, \.md or \.html"):
        save_report(devops_report(builtin), tmp_path / "plan.docx")
    assert list(tmp_path.iterdir()) == []


# ----- the command line --------------------------------------------------------------------


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


def write_profile(folder: Path, **fields: object) -> Path:
    data: dict[str, object] = {
        "pathfinder_profile": 1,
        "name": "Ana Lima",
        "current_role": "devops-engineer",
        "target_role": "mlops-engineer",
        "skills": {"python": "have", "git": "have", "docker": "have", "cobol": "have"},
        "hours_per_week": 8,
    }
    data.update(fields)
    path = folder / "ana.json"
    path.write_text(json.dumps(data), "utf-8")
    return path


NO_QT = "pathfinder: no picture of the path: Qt could not start ("


@pytest.fixture
def no_qt(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on a machine without Qt's display libraries: importing the Qt side fails."""
    monkeypatch.setitem(sys.modules, "pathfinder.qt.plan.report_export", None)


@pytest.mark.parametrize("name", ["plan.md", "plan.html"])
def test_report_command_writes_text_formats_without_qt(
    tmp_path: Path, name: str, no_qt: None
) -> None:
    profile = write_profile(tmp_path)
    out = tmp_path / name
    code, stdout, err = cli("report", "--profile", str(profile), "--out", str(out))
    assert code == 0 and stdout.strip() == f"wrote {out}"
    assert err.startswith(NO_QT) and err.count("\n") == 1 and "Traceback" not in err
    text = out.read_text("utf-8")
    assert "Ana Lima" in text and "MLOps Engineer" in text and "DevOps Engineer" in text
    for skill in ("CI/CD", "Kubernetes", "Data and concept drift detection"):
        assert skill in text
    assert "cobol" in text  # the profile's unknown skill is listed, not planned
    assert "data:image/png" not in text and "path.png" not in text
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["ana.json", name])


def test_report_command_pdf_without_qt_says_why(tmp_path: Path, no_qt: None) -> None:
    profile = write_profile(tmp_path)
    out = tmp_path / "plan.pdf"
    code, stdout, err = cli("report", "--profile", str(profile), "--out", str(out))
    assert (code, stdout) == (2, "") and not out.exists()
    assert err.startswith(f"pathfinder: {out}: a PDF needs Qt, which could not start (")
    assert err.rstrip().endswith("write .md or .html instead") and err.count("\n") == 1


def test_report_command_target_and_date_options(tmp_path: Path) -> None:
    profile = write_profile(tmp_path)
    out = tmp_path / "plan.md"
    code, _, _ = cli(
        "report", "--profile", str(profile), "--out", str(out), "--to", "ml-engineer",
        "--date", "2026-01-05",
    )  # fmt: skip
    text = out.read_text("utf-8")
    assert code == 0 and "| **Target role** | Machine Learning Engineer |" in text
    assert "Prepared on 5 Jan 2026" in text  # the one date format of a report


def test_plan_never_loads_qt_and_report_survives_without_it(tmp_path: Path) -> None:
    profile = write_profile(tmp_path)
    script = (
        "import sys\n"
        "from pathfinder.cli import run\n"
        f"code = run(['plan', '--profile', {str(profile)!r}])\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'pathfinder.qt')))\n"
        "print(code, loaded)\n"
        "sys.modules['PySide6'] = None  # as if Qt's libraries were missing\n"
        f"code = run(['report', '--profile', {str(profile)!r}, '--out', {str(tmp_path)!r} + "
        "'/p.md'])\n"
        "print(code)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert "0 []" in lines and lines[-2:] == [f"wrote {tmp_path / 'p.md'}", "0"]
    assert done.stderr.startswith(NO_QT) and "Traceback" not in done.stderr
    assert "MLOps Engineer" in (tmp_path / "p.md").read_text("utf-8")


def test_report_command_bad_input_exits_2_without_traceback(tmp_path: Path) -> None:
    out = tmp_path / "plan.md"
    code, _, err = cli("report", "--profile", str(tmp_path / "nobody.json"), "--out", str(out))
    assert code == 2 and err.strip() == f"{tmp_path / 'nobody.json'}: no such file"
    broken = tmp_path / "broken.json"
    broken.write_text('{"name": "x",', "utf-8")
    code, _, err = cli("report", "--profile", str(broken), "--out", str(out))
    assert code == 2 and err.startswith(f"{broken}:1:") and "Traceback" not in err
    profile = write_profile(tmp_path)
    code, _, err = cli("report", "--profile", str(profile), "--out", str(tmp_path / "p.txt"))
    assert code == 2 and ".pdf, .md or .html" in err
    code, _, err = cli("report", "--profile", str(profile), "--out", str(out), "--to", "mlops-x")
    assert code == 2 and "unknown role 'mlops-x'" in err
    code, _, err = cli("report", "--profile", str(profile), "--out", str(tmp_path / "no/p.md"))
    assert code == 2 and "cannot write the plan" in err
    assert not out.exists()


def test_plan_with_profile_matches_the_explicit_options(tmp_path: Path) -> None:
    profile = write_profile(tmp_path, skills={"python": "have", "git": "have", "docker": "have"})
    explicit = cli(
        "plan", "--have", "python,git,docker", "--from", "devops-engineer",
        "--to", "mlops-engineer", "--json",
    )  # fmt: skip
    from_profile = cli("plan", "--profile", str(profile), "--json")
    assert explicit[0] == from_profile[0] == 0
    assert json.loads(from_profile[1]) == json.loads(explicit[1])


def test_plan_with_profile_ignores_learning_and_unknown_ids(tmp_path: Path) -> None:
    skills = {"python": "have", "git": "have", "docker": "have"}
    profile = write_profile(
        tmp_path,
        skills=skills | {"kubernetes": "learning", "cobol": "have"},
        current_role="lighthouse-keeper",
    )
    code, out, _ = cli("plan", "--profile", str(profile), "--to", "ml-platform-engineer", "--json")
    expected = cli("plan", "--have", "python,git,docker", "--to", "ml-platform-engineer", "--json")
    assert code == 0 and json.loads(out) == json.loads(expected[1])
    assert "kubernetes" in [g["skill"] for g in json.loads(out)["gaps"]]


def test_plan_with_profile_errors(tmp_path: Path) -> None:
    code, _, err = cli("plan", "--profile", str(tmp_path / "nobody.json"))
    assert code == 2 and err.strip() == f"{tmp_path / 'nobody.json'}: no such file"
    profile = write_profile(tmp_path, target_role="astronaut")
    code, _, err = cli("plan", "--profile", str(profile))
    assert code == 2 and "target role 'astronaut' is not in this pack" in err
    profile = write_profile(tmp_path, target_role=None)
    code, _, err = cli("plan", "--profile", str(profile))
    assert code == 2 and "--to ROLE" in err
    tiny = str(FIXTURES / "tiny.yaml")
    profile = write_profile(tmp_path, target_role="island", current_role="analyst", skills={})
    code, out, _ = cli("plan", "--pack", tiny, "--profile", str(profile), "--json")
    assert code == 3 and json.loads(out)["code"] == "no-path"


def test_blank_target_role_is_refused_by_plan_and_report_alike(tmp_path: Path) -> None:
    profile = write_profile(tmp_path, target_role="")
    out = tmp_path / "plan.md"
    plan_code, _, plan_err = cli("plan", "--profile", str(profile))
    report_code, _, report_err = cli("report", "--profile", str(profile), "--out", str(out))
    assert plan_code == report_code == 2 and plan_err == report_err
    assert plan_err.startswith("pathfinder: the profile's target role is empty; give one with --to")
    assert not out.exists()
    # --to still works with such a profile, in both.
    assert cli("plan", "--profile", str(profile), "--to", "mlops-engineer")[0] == 0
    code, _, _ = cli(
        "report", "--profile", str(profile), "--out", str(out), "--to", "mlops-engineer"
    )
    assert code == 0 and "MLOps Engineer" in out.read_text("utf-8")


# ----- what a report prints of big or odd input ----------------------------------------------


def test_steps_table_shortens_a_long_list_of_skills(builtin: Catalog) -> None:
    report = devops_report(builtin)
    first = ", ".join(g.skill.name for g in report.gaps[:4])
    short = f"{first}, and 7 more (#5–11 in the learning plan)"
    markdown, html_text = report_markdown(report), report_html(report)
    # 282 h at 8 h a week from 5 January 2026: 246.75 days, done on the 247th.
    assert f"| 1 | MLOps Engineer | {md(short)} | 282 h | 9 Sep 2026 |" in markdown
    assert f'<td class="" width="43%">{short}</td>' in html_text
    # Each skill is named once, in the learning plan, not again in the steps table.
    for text in (markdown, html_text):
        assert text.count("Data and concept drift detection") == 1


def test_html_keeps_dates_and_hours_on_one_line(builtin: Catalog) -> None:
    text = report_html(devops_report(builtin), flavour="qt")
    assert ">16&nbsp;Jan&nbsp;2026</td>" in text and ">282&nbsp;h</td>" in text
    assert "overflow-wrap: anywhere" in report_html(devops_report(builtin))


FAR_PACK = (Path(__file__).resolve().parents[1] / "fixtures" / "far.yaml").read_text(
    encoding="utf-8"
)  # 5,000 hours at half an hour a week: 10,000 weeks, near two centuries


def test_far_off_finish_in_text_formats() -> None:
    profile = Profile(
        name="Ana", current_role="start", target_role="goal",
        hours_per_week=0.5,  # the least a profile holds
    )  # fmt: skip
    report = build_report(parse_pack(FAR_PACK, "far.yaml"), profile, DAY)
    markdown, html_text = report_markdown(report), report_html(report)
    assert "| **Estimated finish** | more than 100 years away |" in markdown
    assert "done by over 100 years" in markdown and "| over 100 years |" in markdown
    assert "<td>more than 100 years away</td>" in html_text
    assert ">over 100 years</td>" in html_text


def test_huge_note_is_cut_in_text_formats(tmp_path: Path, no_qt: None) -> None:
    note = {"at": "2026-01-05T10:00:00Z", "text": "y" * 10_000_000}
    notes = [{"at": f"2026-01-0{n % 9 + 1}", "text": f"note {n}"} for n in range(60)]
    profile = write_profile(tmp_path, notes=[*notes, note])
    for name in ("plan.md", "plan.html"):
        out = tmp_path / name
        assert cli("report", "--profile", str(profile), "--out", str(out))[0] == 0
        text = out.read_text("utf-8")
        assert len(text) < 100_000
        assert "y" * 2000 + "… (9,998,000 more characters in the profile)" in text
        assert "Only the latest 50 notes are printed; 11 earlier notes are in the profile." in text
        assert "note 10" not in text and "note 11" in text


def test_an_export_writes_through_a_symlink_keeps_private_bits_and_refuses_a_pipe(
    tmp_path: Path,
) -> None:
    import os
    import stat

    from pathfinder.io.report import atomic_write_text

    real = tmp_path / "shared" / "plan.md"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    real.chmod(0o600)
    link = tmp_path / "plan.md"
    link.symlink_to(real)
    atomic_write_text(link, "new")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(real.stat().st_mode) == 0o600
    pipe = tmp_path / "pipe.md"
    os.mkfifo(pipe)
    with pytest.raises(OSError, match="not a regular file"):
        atomic_write_text(pipe, "x")
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert not list(tmp_path.glob(".*.tmp"))


def test_the_report_says_where_each_move_and_skill_comes_from(builtin: Catalog) -> None:
    report = devops_report(builtin)
    myticas = "from: MLOps vs Machine Learning Engineer: Who Should You Hire in 2026?"
    markdown, html_text = report_markdown(report), report_html(report)
    # The move DevOps -> MLOps is the Myticas article's; each skill says its source or ours.
    assert f"- Move 1 to MLOps Engineer: {md(myticas)}" in markdown
    assert f"Move 1 to MLOps Engineer: {h(myticas)}" in html_text
    by_name = {g.skill.name: g for g in report.gaps}
    assert by_name["AWS SageMaker"].said_by == myticas
    assert by_name["Statistics"].said_by == myticas
    # A systems administrator's route passes Terraform, which no article names: ours.
    sysadmin = Profile(
        name="Sam", current_role="systems-administrator", target_role="mlops-engineer"
    )
    gaps = {g.skill.name: g for g in build_report(builtin, sysadmin, DAY).gaps}
    assert gaps["Terraform"].said_by == "our estimate"
    plan_part = markdown[markdown.index("## Learning plan") :]
    assert plan_part.count("   - our estimate") == sum(
        g.said_by == "our estimate" for g in report.gaps
    )
    assert all(g.said_by for g in report.gaps)  # the built-in pack leaves none unsaid
