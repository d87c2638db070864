"""The plan on paper: PDF export (read back with pypdf), printing, the path picture, and the
`report --out plan.pdf` command."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QColor, QImage, QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog

from pathfinder.cli import run
from pathfinder.core.catalog import Catalog
from pathfinder.core.profile import Note, Profile
from pathfinder.core.report import build_report
from pathfinder.io.packs import parse_pack
from pathfinder.qt.plan.report_export import (
    export_plan,
    export_report,
    print_plan,
    report_for_session,
)
from pathfinder.qt.plan.report_pages import CSS_DPI, FOOTER_MM, a4_layout, report_document
from pathfinder.qt.plan.report_picture import path_picture
from pathfinder.qt.state.commands import set_current_role, set_skill_state, set_target_role
from pathfinder.qt.state.session import Session, SkillState
from pathfinder.qt.widgets.theme import dark_palette

DAY = date(2026, 1, 5)


def pdf_text(path: Path) -> str:
    reader = PdfReader(str(path))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def devops_session(session: Session) -> Session:
    for skill in ("python", "git", "docker"):
        set_skill_state(session, skill, SkillState.HAVE)
    set_current_role(session, "devops-engineer")
    set_target_role(session, "mlops-engineer")
    return session


def test_pdf_export_holds_name_target_and_every_gap(session: Session, tmp_path: Path) -> None:
    devops_session(session)
    out = tmp_path / "plan.pdf"
    assert export_plan(session, out, name="Ana Lima", today=DAY) == [out]
    reader = PdfReader(str(out))
    assert 2 <= len(reader.pages) <= 6
    box = reader.pages[0].mediabox  # A4 in points
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    text = pdf_text(out)
    assert "Ana Lima" in text and "MLOps Engineer" in text and "DevOps Engineer" in text
    # The DevOps role's skills count as held: the 11 ML skills of MLOps are left to learn.
    assert session.plan is not None and len(session.plan.gaps) == 11
    catalog = session.catalog
    for gap in session.plan.gaps:
        assert catalog.skill_by_id[gap.skill].name in text
    assert "Page 1 of" in text and "5 Jan 2026" in text
    assert [p.name for p in tmp_path.glob("*plan.pdf*")] == ["plan.pdf"]  # no temporary left


def test_pdf_links_are_clickable_web_links_only(session: Session, tmp_path: Path) -> None:
    devops_session(session)
    out = tmp_path / "plan.pdf"
    export_plan(session, out, name="Ana", today=DAY)
    uris = []
    for page in PdfReader(str(out)).pages:
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A")
            if action is not None:
                uris.append(str(action.get_object()["/URI"]))
    assert "https://mlflow.org/docs/latest/index.html" in uris
    assert all(u.startswith(("http://", "https://")) for u in uris)


def test_html_export_embeds_the_picture(session: Session, tmp_path: Path) -> None:
    devops_session(session)
    out = tmp_path / "plan.html"
    assert export_plan(session, out, name="Ana", today=DAY) == [out]
    text = out.read_text("utf-8")
    assert re.search(r'<img class="path" src="data:image/png;base64,[A-Za-z0-9+/=]{1000,}"', text)
    md_out = tmp_path / "plan.md"
    written = export_plan(session, md_out, name="Ana", today=DAY)
    assert written == [md_out, tmp_path / "plan_files" / "path.png"]
    assert QImage(str(written[1])).width() > 1000


def test_pdf_shows_markup_in_names_as_typed(tmp_path: Path, qtbot: object) -> None:
    catalog = parse_pack(
        """
pathfinder: 1
id: odd
name: "Odd <b>pack</b>"
version: "1"
skills:
  - {id: tags, name: "<i>Tags</i> & more", effort_hours: 5}
roles:
  - {id: start, name: "Start", level: 1}
  - {id: goal, name: "<img src=x>", level: 2, essential: [tags]}
transitions:
  - {from: start, to: goal}
""",
        "odd.yaml",
    )
    profile = Profile(name="Ana <script>", current_role="start", target_role="goal")
    out = tmp_path / "odd.pdf"
    export_report(catalog, build_report(catalog, profile, DAY), out)
    text = pdf_text(out)
    for typed in ("<img src=x>", "<i>Tags</i> & more", "Ana <script>", "Odd <b>pack</b>"):
        assert typed in text


def test_export_refuses_unknown_suffix(session: Session, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"choose \.pdf, \.md or \.html"):
        export_plan(session, tmp_path / "plan.odt")


def test_picture_shows_the_path_in_print_colours(builtin: Catalog, qtbot: object) -> None:
    profile = Profile(
        name="Ana",
        current_role="devops-engineer",
        target_role="mlops-engineer",
        skills={"python": "have", "git": "have", "docker": "have"},
    )
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    app.setPalette(dark_palette())  # the screen is dark; paper is not
    try:
        image = path_picture(builtin, build_report(builtin, profile, DAY))
    finally:
        app.setPalette(before)
    assert image is not None and image.width() > 1500 and image.height() > 800
    corners = [(2, 2), (image.width() - 3, 2), (2, image.height() - 3)]
    assert all(image.pixelColor(x, y).lightnessF() > 0.95 for x, y in corners)
    accent = QColor("#1f4e9a")

    def near(c: QColor) -> bool:
        return abs(c.red() - accent.red()) + abs(c.green() - accent.green()) < 40

    # The path's outline is drawn in the print accent somewhere in the picture.
    step = 4
    assert any(
        near(image.pixelColor(x, y))
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    )
    no_target = build_report(builtin, Profile(name="Bo"), DAY)
    assert path_picture(builtin, no_target) is None


def test_no_target_pdf_lists_suggestions(session: Session, tmp_path: Path) -> None:
    set_skill_state(session, "python", SkillState.HAVE)
    out = tmp_path / "plan.pdf"
    export_plan(session, out, name="Bo", today=DAY)
    text = pdf_text(out)
    assert "No target role is chosen yet" in text and "Junior Software Developer" in text


def test_the_report_is_of_the_open_profile_as_the_window_shows_it(session: Session) -> None:
    stored = Profile(
        name="Ana Lima",
        skills={"python": "learning", "cobol": "have"},
        current_role="devops-engineer",
        target_role="astronaut",
        notes=[Note(at="2026-01-02T10:00:00Z", text="First talk")],
    )
    session.load_profile(stored)
    devops_session(session)
    set_skill_state(session, "kubernetes", SkillState.LEARNING)
    report = report_for_session(session, today=DAY)
    # The window's ticks are the profile's: nothing to merge, ids the pack lacks are kept.
    assert stored.skills == {
        "cobol": "have",
        "python": "have",
        "git": "have",
        "docker": "have",
        "kubernetes": "learning",
    }
    assert stored.target_role == "mlops-engineer" and stored.current_role == "devops-engineer"
    assert report.learner == "Ana Lima" and report.notes[0].text == "First talk"
    assert report.missing_skills == ("cobol",) and report.target is not None
    assert report.target.name == "MLOps Engineer"
    assert [s.name for s in report.learning] == ["Kubernetes"]
    assert report_for_session(session, name="Bo", today=DAY).learner == "Bo"


def test_print_plan_prints_after_the_dialog(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    devops_session(session)
    answers = [QDialog.DialogCode.Rejected, QDialog.DialogCode.Accepted]
    titles: list[str] = []

    def fake_exec(dialog: QPrintDialog) -> QDialog.DialogCode:
        titles.append(dialog.windowTitle())
        return answers.pop(0)

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    assert print_plan(None, session, name="Ana Lima", today=DAY, printer=printer) is False
    assert not out.exists()
    assert print_plan(None, session, name="Ana Lima", today=DAY, printer=printer) is True
    assert titles == ["Print learning plan"] * 2
    text = pdf_text(out)
    assert "Ana Lima" in text and "Data and concept drift detection" in text


# ----- the command line --------------------------------------------------------------------


def test_report_command_writes_a_pdf(tmp_path: Path) -> None:
    profile = tmp_path / "ana.json"
    profile.write_text(
        json.dumps(
            {
                "pathfinder_profile": 1,
                "name": "Ana Lima",
                "current_role": "devops-engineer",
                "target_role": "mlops-engineer",
                "skills": {"python": "have", "git": "have", "docker": "have"},
            }
        ),
        "utf-8",
    )
    out_file = tmp_path / "plan.pdf"
    out, err = io.StringIO(), io.StringIO()
    code = run(["report", "--profile", str(profile), "--out", str(out_file)], out, err)
    assert (code, err.getvalue()) == (0, "")
    text = pdf_text(out_file)
    assert "Ana Lima" in text and "MLOps Engineer" in text and "Model serving" in text
    bad = run(["report", "--profile", str(tmp_path / "x.json"), "--out", str(out_file)], out, err)
    assert bad == 2 and "x.json: no such file" in err.getvalue()


def write_profile(folder: Path, **fields: object) -> Path:
    data: dict[str, object] = {
        "pathfinder_profile": 1,
        "name": "Ada",
        "current_role": "devops-engineer",
        "target_role": "mlops-engineer",
        "skills": {"python": "have", "docker": "have", "kubernetes": "learning"},
        "hours_per_week": 8,
        "notes": [{"at": "2026-11-22T10:00:00Z", "text": "Wants to move within a year"}],
    }
    data.update(fields)
    path = folder / "ada.json"
    path.write_text(json.dumps(data), "utf-8")
    return path


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


def test_report_command_text_formats_carry_the_picture(
    builtin: Catalog, tmp_path: Path, qtbot: object
) -> None:
    profile = write_profile(tmp_path)
    html_out, md_out = tmp_path / "plan.html", tmp_path / "plan.md"
    code, out, err = cli("report", "--profile", str(profile), "--out", str(html_out),
                         "--date", "2026-01-05")  # fmt: skip
    assert (code, err, out.strip()) == (0, "", f"wrote {html_out}")
    text = html_out.read_text("utf-8")
    assert text.count("data:image/png;base64,") == 1
    # The very file the window's File > Export plan writes for the same plan.
    report = build_report(builtin, Profile.model_validate(json.loads(profile.read_text())), DAY)
    window = tmp_path / "window.html"
    export_report(builtin, report, window)
    assert text == window.read_text("utf-8")

    code, out, err = cli("report", "--profile", str(profile), "--out", str(md_out))
    picture = tmp_path / "plan_files" / "path.png"
    assert (code, err) == (0, "") and out.split() == ["wrote", str(md_out), "wrote", str(picture)]
    assert "![Your path on the career map](<plan_files/path.png>)" in md_out.read_text("utf-8")
    assert QImage(str(picture)).width() > 1000


def test_pdf_of_a_profile_with_a_10_mb_note_is_quick(tmp_path: Path, qtbot: object) -> None:
    note = {"at": "2026-11-23T10:00:00Z", "text": "x" * 10_000_000}
    profile = write_profile(tmp_path, notes=[note])
    out = tmp_path / "big.pdf"
    start = time.monotonic()
    code, _, err = cli("report", "--profile", str(profile), "--out", str(out))
    elapsed = time.monotonic() - start
    assert (code, err) == (0, "")
    assert elapsed < 30, f"{elapsed:.1f} s"  # about 1.5 s here; it used to take minutes
    text = pdf_text(out)
    assert "(9,998,000 more characters in the profile)" in text
    assert len(PdfReader(str(out)).pages) <= 6


def a4_page() -> QSizeF:
    paint = a4_layout().paintRect(QPageLayout.Unit.Millimeter)
    to_css = CSS_DPI / 25.4
    return QSizeF(paint.width() * to_css, (paint.height() - FOOTER_MM) * to_css)


def test_dates_in_the_tables_stay_on_one_line(builtin: Catalog, qtbot: object) -> None:
    profile = Profile(
        name="Ada", current_role="devops-engineer", target_role="mlops-engineer",
        skills={"python": "have", "docker": "have", "kubernetes": "learning"},
    )  # fmt: skip
    report = build_report(builtin, profile, date(2026, 11, 22))
    doc = report_document(report, path_picture(builtin, report), a4_page())
    dates = []
    block = doc.begin()
    while block.isValid():
        if re.fullmatch(r"\d{1,2}[ \xa0]\w{3}[ \xa0]\d{4}", block.text()):
            dates.append((block.text(), block.layout().lineCount()))
        block = block.next()
    assert len(dates) >= len(report.gaps) + len(report.steps)  # and "Estimated finish"
    assert [text for text, lines in dates if lines != 1] == []


def test_steps_follow_the_picture_on_page_one(tmp_path: Path, qtbot: object) -> None:
    for current, target in (
        ("devops-engineer", "mlops-engineer"),
        ("it-support-specialist", "ml-infrastructure-lead"),
    ):
        profile = write_profile(tmp_path, current_role=current, target_role=target)
        out = tmp_path / "plan.pdf"
        assert cli("report", "--profile", str(profile), "--out", str(out))[0] == 0
        first = " ".join(PdfReader(str(out)).pages[0].extract_text().split())
        assert "Your path" in first and "Steps" in first and "Done by" in first, current


FAR_PACK = (Path(__file__).resolve().parents[1] / "fixtures" / "far.yaml").read_text(
    encoding="utf-8"
)  # 5,000 hours at half an hour a week: 10,000 weeks, near two centuries


def test_far_off_finish_in_the_pdf(tmp_path: Path, qtbot: object) -> None:
    pack = tmp_path / "far.yaml"
    pack.write_text(FAR_PACK, encoding="utf-8")
    profile = write_profile(
        tmp_path, current_role="start", target_role="goal", skills={}, hours_per_week=0.5
    )  # the least a profile holds
    out = tmp_path / "slow.pdf"
    code, _, err = cli("report", "--pack", str(pack), "--profile", str(profile), "--out", str(out))
    assert (code, err) == (0, "")
    text = pdf_text(out)
    assert "Estimated finish more than 100 years away" in text
    assert "over 100 years" in text and "Traceback" not in text
    profile = write_profile(tmp_path, hours_per_week=1e-300)  # below it: refused, located
    code, _, err = cli("report", "--profile", str(profile), "--out", str(out))
    assert code == 2 and "hours_per_week: must be at least 0.5, not 1e-300" in err


def test_a_long_name_does_not_run_over_the_page_number(tmp_path: Path, qtbot: object) -> None:
    profile = write_profile(tmp_path, name="Ada " + "Lovelace-" * 40)
    out = tmp_path / "plan.pdf"
    assert cli("report", "--profile", str(profile), "--out", str(out))[0] == 0
    text = " ".join(PdfReader(str(out)).pages[0].extract_text().split())
    footer = text[text.rindex("Ada Lovelace-") :]
    assert re.fullmatch(
        r"Ada Lovelace-[a-zA-Z…-]+… · learning plan · \d+ \w+ \d{4} Page 1 of \d", footer
    )


def test_the_picture_draws_the_reports_own_route_at_the_learners_pace(qtbot) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    import pathfinder
    from pathfinder.core.profile import Profile
    from pathfinder.core.report import build_report
    from pathfinder.qt.plan.report_picture import picture_session

    catalog = pathfinder.load_pack(pathfinder.builtin_pack())
    # A systems administrator with Python, heading for MLOps at 6 hours a week: at this pace
    # the soonest route is not the one at the default 8 hours (a new user found the picture
    # drawing the 8-hour route beside steps of the 6-hour one).
    sam = Profile(
        name="Sam",
        current_role="systems-administrator",
        target_role="mlops-engineer",
        skills={"python": "have"},
        hours_per_week=6,
    )
    at_eight = build_report(catalog, sam.model_copy(update={"hours_per_week": 8}), date(2026, 1, 5))
    report = build_report(catalog, sam, date(2026, 1, 5))
    assert [r.id for r in report.path] != [r.id for r in at_eight.path]  # the case that matters
    drawn = picture_session(catalog, report).plan
    assert drawn is not None and list(drawn.path) == [r.id for r in report.path]
    # A role skill marked not held changes the route the same way in both.
    marked = sam.model_copy(update={"not_held": ["linux"]})
    report = build_report(catalog, marked, date(2026, 1, 5))
    drawn = picture_session(catalog, report).plan
    assert drawn is not None and list(drawn.path) == [r.id for r in report.path]
    assert {g.skill for g in drawn.gaps} == {g.skill.id for g in report.gaps}


def test_suggestion_headers_stay_on_one_line(builtin: Catalog, qtbot: object) -> None:
    # "Match" wrapped as "Matc / h" in an 8 % column of the A4 page.
    profile = Profile(name="Ed", skills={"python": "have", "sql": "have"})
    report = build_report(builtin, profile, date(2026, 11, 22))
    assert report.suggestions
    doc = report_document(report, None, a4_page())
    heads = {}
    block = doc.begin()
    while block.isValid():
        if block.text() in ("Role", "Match", "Hours left", "Why"):
            heads[block.text()] = block.layout().lineCount()
        block = block.next()
    assert heads == {"Role": 1, "Match": 1, "Hours left": 1, "Why": 1}


# Run in a process of its own: the suite's QApplication already has the window's translators,
# and the bug was that the command line's fresh one had none.
_PICTURE_WORDS = """
import io, sys
from pathfinder.qt.graph import markers
drawn = []
written = markers.marker_text
def spy(skills, hours):
    drawn.append(written(skills, hours))
    return drawn[-1]
markers.marker_text = spy
from pathfinder.cli import run
code = run(sys.argv[1:], io.StringIO(), sys.stderr)
print(code, drawn)
"""


def test_report_command_picture_says_skills_not_skill_s(tmp_path: Path) -> None:
    profile = write_profile(tmp_path)
    out_file = tmp_path / "plan.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", "LANGUAGE": ""}
    done = subprocess.run(
        [sys.executable, "-c", _PICTURE_WORDS, "report", "--profile", str(profile),
         "--out", str(out_file)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    code, drawn = done.stdout.strip().split(" ", 1)
    assert code == "0" and "skills ·" in drawn, done.stdout
    assert "(s)" not in drawn


def test_the_learning_plan_s_intro_line_stays_with_its_table(tmp_path: Path, qtbot: object) -> None:
    # A data analyst to data scientist: page 1 ended with "Learn these skills in this order:"
    # and the list began on page 2.
    profile = write_profile(
        tmp_path,
        name="Ada Lovelace",
        current_role="data-analyst",
        target_role="data-scientist",
        skills={"python": "have", "sql": "have", "git": "have"},
        notes=[],
    )
    out = tmp_path / "plan.pdf"
    assert cli("report", "--profile", str(profile), "--out", str(out))[0] == 0
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(str(out)).pages]
    [page] = [p for p in pages if "Learn these skills in this order:" in p]
    after = page.split("Learn these skills in this order:")[1]
    assert "Machine learning fundamentals" in after  # the first skill of the list, same page
