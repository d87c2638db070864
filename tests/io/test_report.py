"""The plan report as Markdown and HTML text, saving it, and the `report` / `plan --profile`
commands for the text formats (which must never load Qt)."""

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
from pathfinder.io.report import h_link, md, md_link, report_html, report_markdown, save_report

FIXTURES = Path(__file__).parents[1] / "fixtures"
DAY = date(2026, 1, 5)

EVIL_PACK = """
pathfinder: 1
id: evil
name: "Pack <b>bold</b> & co"
version: "1 <i>"
license: "CC <script>alert(1)</script>"
sources:
  - {id: s1, title: "Guide <u>x</u>", url: "https://example.org/?a=1&b=<2>"}
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
    assert found == sorted(found) and len(found) == 22
    assert "1. **CI/CD** — 25 h, done by 27 Jan 2026" in plan_part
    assert "# Learning plan for Ana Lima" in text
    assert "| **Target role** | MLOps Engineer |" in text
    assert "[Prometheus overview](<https://prometheus.io/docs/introduction/overview/>)" in text
    assert "| 1 | MLOps Engineer |" in text  # the steps table


def test_html_lists_every_gap_in_plan_order(builtin: Catalog) -> None:
    report = devops_report(builtin)
    text = report_html(report)
    plan_part = text[text.index("<h2>Learning plan</h2>") :]
    names = [f'<span class="skill">{g.skill.name}</span>' for g in report.gaps]
    found = positions(plan_part, names)
    assert found == sorted(found) and len(found) == 22
    assert text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>")
    assert "<h1>Ana Lima</h1>" in text and "MLOps Engineer" in text
    assert '<a href="https://prometheus.io/docs/introduction/overview/">' in text
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
    assert md_link("x", "http://e.org/a b") == "[x](<http://e.org/a%20b>)"


def test_no_target_report_shows_suggestions(builtin: Catalog) -> None:
    report = build_report(builtin, Profile(name="Bo", skills={"python": "have"}), DAY)
    for text in (report_markdown(report), report_html(report)):
        assert "No target role is chosen yet" in text
        assert "Junior Software Developer" in text and "67%" in text
        assert "you have 1 of 3 essential skills" in text
        assert "Learning plan" not in text.replace("Learning plan for", "").replace(
            "LEARNING PLAN", ""
        )


def test_no_path_report_gives_the_reason(tiny: Catalog) -> None:
    report = build_report(tiny, Profile(name="Cy", target_role="island"), DAY)
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


@pytest.mark.parametrize("name", ["plan.md", "plan.html"])
def test_report_command_writes_text_formats(tmp_path: Path, name: str) -> None:
    profile = write_profile(tmp_path)
    out = tmp_path / name
    code, stdout, err = cli("report", "--profile", str(profile), "--out", str(out))
    assert (code, err) == (0, "")
    assert stdout.strip() == f"wrote {out}"
    text = out.read_text("utf-8")
    assert "Ana Lima" in text and "MLOps Engineer" in text and "DevOps Engineer" in text
    for skill in ("CI/CD", "Kubernetes", "Data and concept drift detection"):
        assert skill in text
    assert "cobol" in text  # the profile's unknown skill is listed, not planned


def test_report_command_target_and_date_options(tmp_path: Path) -> None:
    profile = write_profile(tmp_path)
    out = tmp_path / "plan.md"
    code, _, _ = cli(
        "report", "--profile", str(profile), "--out", str(out), "--to", "ml-engineer",
        "--date", "2026-01-05",
    )  # fmt: skip
    text = out.read_text("utf-8")
    assert code == 0 and "| **Target role** | Machine Learning Engineer |" in text
    assert "Prepared on 5 January 2026" in text


def test_report_command_never_loads_qt_for_text(tmp_path: Path) -> None:
    profile = write_profile(tmp_path)
    script = (
        "import sys\n"
        "from pathfinder.cli import run\n"
        f"code = run(['report', '--profile', {str(profile)!r}, '--out', {str(tmp_path)!r} + "
        "'/p.html'])\n"
        f"code += run(['report', '--profile', {str(profile)!r}, '--out', {str(tmp_path)!r} + "
        "'/p.md'])\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'pathfinder.qt')))\n"
        "print(code, loaded)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "0 []"


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
    profile = write_profile(tmp_path, target_role="island", current_role=None, skills={})
    code, out, _ = cli("plan", "--pack", tiny, "--profile", str(profile), "--json")
    assert code == 3 and json.loads(out)["code"] == "no-path"
