"""The plan report as data: steps, estimated dates, gaps in plan order, and the no-plan cases."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.core.catalog import Catalog
from pathfinder.core.planner import UnknownIdError, plan
from pathfinder.core.profile import Note, Profile
from pathfinder.core.report import MAX_NOTES, build_report
from pathfinder.core.report_figures import finish_date, long_date, web_url
from pathfinder.core.report_words import (
    facts,
    from_role_text,
    no_plan_text,
    number_ranges,
    step_skills_text,
)
from pathfinder.io.packs import parse_pack

MONDAY = date(2026, 1, 5)


def devops_learner(**extra: object) -> Profile:
    data: dict[str, object] = {
        "name": "Ana Lima",
        "current_role": "devops-engineer",
        "target_role": "mlops-engineer",
        "skills": {"python": "have", "git": "have", "docker": "have"},
        "hours_per_week": 8.0,
    }
    data.update(extra)
    return Profile.model_validate(data)


def test_devops_to_mlops_steps_dates_and_gaps(builtin: Catalog) -> None:
    report = build_report(builtin, devops_learner(), MONDAY)
    expected = plan(builtin, ["python", "git", "docker"], "mlops-engineer", "devops-engineer")

    assert report.learner == "Ana Lima" and report.day == MONDAY
    assert report.current is not None and report.current.name == "DevOps Engineer"
    assert report.target is not None and report.target.name == "MLOps Engineer"
    assert [r.id for r in report.path] == ["devops-engineer", "mlops-engineer"]
    assert report.fit == pytest.approx(expected.fit)
    # Her role's twelve essential skills count as hers (Python, Docker, Kubernetes, CI/CD,
    # Prometheus, ...), so what is left is the ML side of MLOps, 11 skills worked out by hand
    # from the pack: the MLOps essentials she lacks (CI/CD for ML 30, SageMaker 40, MLflow 15,
    # model registries 10, pipeline orchestration 30, model serving 30, model monitoring 20,
    # drift detection 20) and their prerequisites (ML lifecycle 12, REST APIs 25,
    # statistics 50) = 282 hours.
    # Her first move leaves the role she works in now, so only study counts:
    # 282 h at 8 h a week = 35.25 weeks = 246.75 days, done on the 247th day.
    assert [(s.number, s.role.id, s.hours) for s in report.steps] == [(1, "mlops-engineer", 282)]
    assert report.steps[0].months is None
    assert report.steps[0].finish == date(2026, 9, 9)
    assert report.total_hours == 282 and report.finish == date(2026, 9, 9)
    assert report.weeks == pytest.approx(35.25)
    role_skills = {"python", "docker", "kubernetes", "ci-cd", "prometheus", "observability"}
    assert not role_skills & {g.skill.id for g in report.gaps}

    # Gaps keep the planner's learning order, numbered from 1, with running dates.
    assert [g.skill.id for g in report.gaps] == [g.skill for g in expected.gaps]
    assert [g.number for g in report.gaps] == list(range(1, 12))
    first, second = report.gaps[0], report.gaps[1]
    assert (first.skill.name, first.hours, first.total_hours) == ("ML lifecycle basics", 12, 12)
    assert first.finish == date(2026, 1, 16)  # 12 h = 10.5 days, the 11th day
    assert (second.skill.name, second.total_hours) == ("Model performance monitoring", 32)
    assert second.finish == date(2026, 2, 2)  # 32 h = 28 days
    assert report.gaps[-1].finish == report.finish
    assert all(a.finish <= b.finish for a, b in zip(report.gaps, report.gaps[1:], strict=False))


def test_prerequisites_point_back_to_earlier_numbers(builtin: Catalog) -> None:
    report = build_report(builtin, devops_learner(), MONDAY)
    by_name = {g.skill.name: g for g in report.gaps}
    registry = by_name["Model registries and release workflows"]
    assert registry.after == ((by_name["ML lifecycle basics"].number, "ML lifecycle basics"),)
    for gap in report.gaps:
        assert all(number < gap.number for number, _ in gap.after)
    mlflow = by_name["MLflow"]
    assert [(r.title, r.url) for r in mlflow.resources] == [
        ("MLflow documentation", "https://mlflow.org/docs/latest/index.html")
    ]


def test_multi_step_path_has_cumulative_step_dates(tiny: Catalog) -> None:
    # Bo has no current role, so he starts at an entry role of MLOps's field: the lowest-level
    # roles of the Ops family and of the families with a move into it (Software, ML).
    # Worked by hand at 10 h a week (a month is 52/12 weeks):
    #   ops first: Docker 30 + Git 10 = 40 h, 4 weeks; then ops -> mlops needs Kubernetes 50
    #     + Python 40 = 90 h (9 weeks) but people spend 6 months (26 weeks) in ops first:
    #     26 weeks. 30 weeks in all.
    #   developer -> ops -> mlops: 5 + 13 (3 months) + 26 = 44 weeks.
    #   ml first: 130 h = 13 weeks, then ml -> mlops 4 months = 17.33 weeks: 30.33 weeks.
    profile = Profile(name="Bo", target_role="mlops", hours_per_week=10)
    report = build_report(tiny, profile, MONDAY)
    assert [(s.role.id, s.hours, s.total_hours, s.months) for s in report.steps] == [
        ("ops", 40, 40, None),
        ("mlops", 90, 130, 6),
    ]
    assert [s.finish for s in report.steps] == [
        date(2026, 2, 2),  # 4 weeks
        date(2026, 8, 3),  # 4 + 26 weeks = 210 days
    ]
    assert report.finish == date(2026, 8, 3) and report.weeks == pytest.approx(30)
    assert report.steps[0].skills == ("Docker", "Git")
    git = next(g for g in report.gaps if g.skill.id == "git")
    assert git.needed_for == ("Ops Engineer", "MLOps Engineer")
    # tiny's only cited source is on the ops -> mlops move, which this path takes.
    assert [s.id for s in report.sources] == ["notes"] and report.sources_cited


def test_profile_extras_learning_notes_and_ids_the_pack_lacks(builtin: Catalog) -> None:
    profile = devops_learner(
        skills={"python": "have", "git": "have", "docker": "have", "kubernetes": "learning"}
        | {"cobol": "have", "basket-weaving": "learning"},
        notes=[
            Note(at="2026-11-20T10:00:00Z", text="Talked about MLOps"),
            Note(at="soon", text="x"),
        ],
    )
    profile.current_role = "lighthouse-keeper"
    report = build_report(builtin, profile, MONDAY)
    assert report.missing_skills == ("basket-weaving", "cobol")
    assert report.missing_roles == ("lighthouse-keeper",)
    # The unknown current role is ignored: the path starts where a newcomer to MLOps starts.
    assert report.current is None and report.path[0].name == "Junior MLOps Engineer"
    assert [s.id for s in report.learning] == ["kubernetes"]
    kubernetes = next(g for g in report.gaps if g.skill.id == "kubernetes")
    assert kubernetes.learning
    assert not any(g.learning for g in report.gaps if g is not kubernetes)
    assert [(n.day, n.text) for n in report.notes] == [
        ("20 Nov 2026", "Talked about MLOps"),  # one date format in the report
        ("soon", "x"),
    ]


def test_explicit_target_overrides_and_must_exist(builtin: Catalog) -> None:
    report = build_report(builtin, devops_learner(), MONDAY, target="ml-platform-engineer")
    assert report.target is not None and report.target.id == "ml-platform-engineer"
    assert report.path[-1].id == "ml-platform-engineer"
    with pytest.raises(UnknownIdError, match="did you mean 'mlops-engineer'"):
        build_report(builtin, devops_learner(), MONDAY, target="mlops-enginer")


def test_without_a_target_the_report_suggests_roles(builtin: Catalog) -> None:
    profile = Profile(name="Bo", skills={"python": "have", "git": "have"})
    report = build_report(builtin, profile, MONDAY)
    assert not report.has_plan and report.target is None and report.no_path is None
    assert report.steps == () and report.gaps == () and report.finish is None
    assert len(report.suggestions) == 5
    assert report.suggestions[0].fit >= report.suggestions[-1].fit
    assert all(s.why for s in report.suggestions)
    assert not report.sources_cited and len(report.sources) == len(builtin.sources)


def test_without_a_path_the_report_says_why_and_suggests(tiny: Catalog) -> None:
    profile = Profile(name="Cy", target_role="island", current_role="analyst")
    report = build_report(tiny, profile, MONDAY)
    assert not report.has_plan and report.target is not None
    assert report.no_path == "no transitions lead to Island (island) in this pack"
    assert report.suggestions and "analyst" not in [s.role.id for s in report.suggestions]


def test_where_to_aim_counts_the_current_role_as_suggest_from_does(builtin: Catalog) -> None:
    # An IT support specialist aiming too far for one move: the list is `suggest --from`'s
    # (their role's skills count; nothing below their level; no 0 % role).
    profile = Profile(
        name="Ed", current_role="it-support-specialist", target_role="ml-infrastructure-lead"
    )
    report = build_report(builtin, profile, MONDAY, max_steps=1)
    assert not report.has_plan
    assert no_plan_text(report).startswith(
        "There is no path to ML Infrastructure Lead within 1 move:"
    )
    rows = [(s.role.name, f"{s.fit:.0%}") for s in report.suggestions]
    assert rows[0] == ("Systems Administrator", "53%")
    assert "IT Support Specialist" not in [name for name, _ in rows]
    assert all(fit != "0%" for _, fit in rows)
    assert all(builtin.role_by_id[s.role.id].level >= 1 for s in report.suggestions)


def test_where_to_aim_from_the_top_role_lists_nothing_below_it(builtin: Catalog) -> None:
    profile = Profile(
        name="Lee", current_role="ml-infrastructure-lead", target_role="junior-data-analyst"
    )
    report = build_report(builtin, profile, MONDAY)
    assert not report.has_plan and report.suggestions == ()
    assert no_plan_text(report).endswith(
        "No other role at your current role's level or above matches your skills yet."
    )


def test_unknown_target_in_profile_is_listed_not_fatal(tiny: Catalog) -> None:
    report = build_report(tiny, Profile(name="Di", target_role="astronaut"), MONDAY)
    assert report.target is None and report.missing_roles == ("astronaut",)
    # No skills and no role: every role would show 0 %, so none is offered, and it says why.
    assert report.suggestions == ()
    assert "No role matches your skills yet" in no_plan_text(report)


def test_dates_and_links_helpers() -> None:
    assert finish_date(MONDAY, 16, 8) == date(2026, 1, 19)  # exactly two weeks
    assert finish_date(MONDAY, 0, 8) == MONDAY
    assert long_date(date(2026, 11, 2)) == "2 November 2026"
    assert web_url("https://example.org/a") == "https://example.org/a"
    assert web_url("HTTP://example.org") == "HTTP://example.org"
    for bad in ("javascript:alert(1)", "file:///etc/passwd", "ftp://x", "https://", "", None):
        assert web_url(bad) is None


def test_finish_dates_past_the_horizon_are_not_dates() -> None:
    # Each of these used to raise OverflowError ("int too large" / "date value out of range").
    assert finish_date(MONDAY, 1e50, 8) is None
    assert finish_date(MONDAY, 600, 1e-300) is None
    assert finish_date(MONDAY, 600, 0.0001) is None
    assert finish_date(MONDAY, float("inf"), 8) is None
    assert finish_date(date(9999, 12, 30), 20, 8) is None  # past the calendar's end
    # 100 years is still a date; just past it is not.
    assert finish_date(MONDAY, 36_525 / 7 * 8, 8) == date(2126, 1, 6)  # 2100 has no 29 Feb
    assert finish_date(MONDAY, 36_526 / 7 * 8, 8) is None


HUGE_PACK = """
pathfinder: 1
id: huge
name: Huge
version: "1"
skills:
  - {id: forever, name: Forever, effort_hours: 100000}
roles:
  - {id: start, name: Start, level: 1}
  - {id: goal, name: Goal, level: 2, essential: [forever]}
transitions:
  - {from: start, to: goal}
"""


def test_a_finish_past_the_horizon_reads_more_than_100_years(builtin: Catalog) -> None:
    huge = parse_pack(HUGE_PACK, "huge.yaml")
    # The most hours a pack allows, at the least pace a profile holds (half an hour a week).
    report = build_report(
        huge,
        Profile(name="Ed", current_role="start", target_role="goal", hours_per_week=0.5),
        MONDAY,
    )
    assert report.far_off and report.finish is None
    assert report.steps[0].finish is None and report.gaps[0].finish is None
    shown = dict(facts(report))
    assert shown["Learning to do"] == "100,000 h, more than 100 years"
    assert shown["Estimated finish"] == "more than 100 years away"

    assert shown["Pace"] == "0.5 hours a week"
    # The built-in pack at that pace is slow but still has a date.
    slow = build_report(builtin, devops_learner(hours_per_week=0.5), MONDAY)
    assert not slow.far_off and slow.finish is not None


def test_a_huge_note_is_cut_and_says_how_much_is_left(builtin: Catalog) -> None:
    big = "x" * 10_000_000
    notes = [Note(at="2026-11-22T10:00:00Z", text="short"), Note(at="2026-11-23", text=big)]
    report = build_report(builtin, devops_learner(notes=notes, name="A" * 5000), MONDAY)
    assert report.notes[0].text == "short"
    assert report.notes[1].text == "x" * 2000 + "… (9,998,000 more characters in the profile)"
    assert report.learner == "A" * 100 + "…"

    many = [Note(at=f"2026-01-{1 + n % 28:02d}", text=f"note {n}") for n in range(MAX_NOTES + 7)]
    report = build_report(builtin, devops_learner(notes=many), MONDAY)
    assert report.notes_left_out == 7 and len(report.notes) == MAX_NOTES
    assert report.notes[0].text == "note 7" and report.notes[-1].text == f"note {MAX_NOTES + 6}"


def test_a_step_with_many_skills_points_at_the_learning_plan(builtin: Catalog) -> None:
    report = build_report(builtin, devops_learner(), MONDAY)
    (step,) = report.steps
    assert step.numbers == tuple(range(1, 12))
    assert step_skills_text(step) == (
        "ML lifecycle basics, Model performance monitoring, REST APIs, Statistics, and 7 more"
        " (#5–11 in the learning plan)"
    )
    assert number_ranges([8, 1, 2, 3, 5, 7]) == "#1–3, #5, #7–8"


def test_a_step_with_few_skills_names_them_all(tiny: Catalog) -> None:
    report = build_report(tiny, Profile(name="Bo", target_role="mlops"), MONDAY)
    assert [step_skills_text(s) for s in report.steps] == ["Docker, Git", "Kubernetes, Python"]


def test_the_report_says_which_skills_come_from_the_role(tiny: Catalog) -> None:
    # An analyst (SQL) ticks nothing: SQL counts from the role and the handout says so.
    profile = Profile(name="Cy", current_role="analyst", target_role="ml")
    report = build_report(tiny, profile, MONDAY)
    assert [s.name for s in report.from_role] == ["SQL"]
    assert from_role_text(report) == (
        "Counted as yours because Analyst needs them, so not in this plan: SQL."
    )
    # The direct move to ML Engineer needs PyTorch 60 + Python 40 + Git 10 = 110 h, no SQL.
    assert "sql" not in [g.skill.id for g in report.gaps] and report.total_hours == 110
    marked = build_report(tiny, profile.model_copy(update={"not_held": ["sql"]}), MONDAY)
    assert marked.from_role == () and from_role_text(marked) == ""
    assert "sql" in [g.skill.id for g in marked.gaps] and marked.total_hours == 130
