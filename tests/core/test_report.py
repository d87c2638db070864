"""The plan report as data: steps, estimated dates, gaps in plan order, and the no-plan cases."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.core.catalog import Catalog
from pathfinder.core.planner import UnknownIdError, plan
from pathfinder.core.profile import Note, Profile
from pathfinder.core.report import build_report, finish_date, long_date, web_url

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
    # One move, 600 hours: at 8 hours a week that is 75 weeks = 525 days after the start.
    assert [(s.number, s.role.id, s.hours) for s in report.steps] == [(1, "mlops-engineer", 600)]
    assert report.steps[0].finish == date(2027, 6, 14)
    assert report.total_hours == 600 and report.finish == date(2027, 6, 14)
    assert report.weeks == pytest.approx(75.0)

    # Gaps keep the planner's learning order, numbered from 1, with running dates.
    assert [g.skill.id for g in report.gaps] == [g.skill for g in expected.gaps]
    assert [g.number for g in report.gaps] == list(range(1, len(expected.gaps) + 1))
    first, second = report.gaps[0], report.gaps[1]
    assert (first.skill.name, first.hours, first.total_hours) == ("CI/CD", 25, 25)
    assert first.finish == date(2026, 1, 27)  # 25 h = 21.875 days, the 22nd day
    assert (second.skill.name, second.total_hours) == ("Kubernetes", 85)
    assert second.finish == date(2026, 3, 21)  # 85 h = 74.375 days, the 75th day
    assert report.gaps[-1].finish == report.finish
    assert all(a.finish <= b.finish for a, b in zip(report.gaps, report.gaps[1:], strict=False))


def test_prerequisites_point_back_to_earlier_numbers(builtin: Catalog) -> None:
    report = build_report(builtin, devops_learner(), MONDAY)
    by_name = {g.skill.name: g for g in report.gaps}
    tracking = by_name["Experiment tracking"]
    assert tracking.after == ((by_name["ML lifecycle basics"].number, "ML lifecycle basics"),)
    for gap in report.gaps:
        assert all(number < gap.number for number, _ in gap.after)
    prometheus = by_name["Prometheus"]
    assert [(r.title, r.url) for r in prometheus.resources] == [
        ("Prometheus overview", "https://prometheus.io/docs/introduction/overview/")
    ]


def test_multi_step_path_has_cumulative_step_dates(tiny: Catalog) -> None:
    profile = Profile(name="Bo", target_role="mlops", hours_per_week=10)
    report = build_report(tiny, profile, MONDAY)
    # developer (git 10 + python 40) -> ops (docker 30) -> mlops (kubernetes 50)
    assert [(s.role.id, s.hours, s.total_hours) for s in report.steps] == [
        ("developer", 50, 50),
        ("ops", 30, 80),
        ("mlops", 50, 130),
    ]
    assert [s.finish for s in report.steps] == [
        date(2026, 2, 9),  # 50 h at 10 h a week: exactly 5 weeks
        date(2026, 3, 2),  # 80 h: 8 weeks
        date(2026, 4, 6),  # 130 h: 13 weeks
    ]
    assert report.steps[0].skills == ("Git", "Python")
    git = report.gaps[0]
    assert git.needed_for == ("Developer", "Ops Engineer", "MLOps Engineer")
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
    # The unknown current role is ignored: the path starts at an entry-level role instead.
    assert report.current is None and builtin.role_by_id[report.path[0].id].level == 1
    assert [s.id for s in report.learning] == ["kubernetes"]
    kubernetes = next(g for g in report.gaps if g.skill.id == "kubernetes")
    assert kubernetes.learning
    assert not any(g.learning for g in report.gaps if g is not kubernetes)
    assert [(n.day, n.text) for n in report.notes] == [
        ("2026-11-20", "Talked about MLOps"),
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


def test_unknown_target_in_profile_is_listed_not_fatal(tiny: Catalog) -> None:
    report = build_report(tiny, Profile(name="Di", target_role="astronaut"), MONDAY)
    assert report.target is None and report.missing_roles == ("astronaut",)
    assert report.suggestions


def test_dates_and_links_helpers() -> None:
    assert finish_date(MONDAY, 16, 8) == date(2026, 1, 19)  # exactly two weeks
    assert finish_date(MONDAY, 0, 8) == MONDAY
    assert long_date(date(2026, 11, 2)) == "2 November 2026"
    assert web_url("https://example.org/a") == "https://example.org/a"
    assert web_url("HTTP://example.org") == "HTTP://example.org"
    for bad in ("javascript:alert(1)", "file:///etc/passwd", "ftp://x", "https://", "", None):
        assert web_url(bad) is None
