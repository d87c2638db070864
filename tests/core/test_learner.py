"""The learner model (core/learner.py), with figures worked out by hand on the tiny pack.

tiny: git 10 h; python 40 h (needs git); sql 20 h; docker 30 h; kubernetes 50 h (needs
docker); pytorch 60 h (needs python). Ops Engineer needs docker and git; MLOps Engineer needs
kubernetes and python, so with prerequisites kubernetes, docker, python and git: 130 hours.
The only move out of Ops is to MLOps.
"""

from __future__ import annotations

import pytest

from pathfinder.core.catalog import Catalog
from pathfinder.core.learner import Change, Learner
from pathfinder.core.profile import Note, Profile, SkillMark
from pathfinder.core.report import report_for


def ops_learner(tiny: Catalog, **extra: object) -> Learner:
    profile = Profile.model_validate(
        {
            "name": "Ana",
            "skills": {"git": "have"},
            "current_role": "ops",
            "target_role": "mlops",
            "hours_per_week": 10,
            **extra,
        }
    )
    return Learner(tiny, profile)


def test_an_ops_engineer_heading_for_mlops(tiny: Catalog) -> None:
    learner = ops_learner(tiny)
    # Docker comes from the role (git is ticked); the move needs kubernetes and python.
    assert learner.from_role == {"docker"} and learner.held == {"git", "docker"}
    plan = learner.plan
    assert plan is not None and plan.path == ("ops", "mlops")
    assert plan.effort_hours == 90
    assert plan.weeks == 9  # 90 h at 10 h a week; the first move counts study only
    assert {g.skill: g.effort_hours for g in plan.gaps} == {"kubernetes": 50, "python": 40}
    # 40 of MLOps' 130 hours are held (docker 30, git 10).
    assert learner.fit("mlops") == pytest.approx(4 / 13)


def test_a_tick_replans_and_is_written_into_the_profile(tiny: Catalog) -> None:
    learner = ops_learner(tiny)
    seen: list[Change] = []
    learner.listen(seen.append)
    learner.set_marks({"python": SkillMark.HAVE, "sql": SkillMark.LEARNING})
    assert learner.plan is not None and learner.plan.effort_hours == 50  # kubernetes only
    assert learner.plan.weeks == 5
    assert learner.fit("mlops") == pytest.approx(8 / 13)  # 130 - 50 held of 130
    assert learner.profile.to_json()["skills"] == {
        "git": "have",
        "python": "have",
        "sql": "learning",
    }
    assert learner.learning == {"sql"} and learner.mark("docker") is SkillMark.NOT_YET
    assert seen == [Change(skills={"python", "sql"}, plan=True)]
    learner.set_marks({"python": SkillMark.NOT_YET})
    assert "python" not in learner.profile.skills and learner.plan.effort_hours == 90


def test_a_role_skill_marked_not_held_is_learned_again(tiny: Catalog) -> None:
    learner = ops_learner(tiny)
    change = learner.set_not_held({"docker"})
    assert learner.from_role == frozenset() and learner.held == {"git"}
    assert learner.plan is not None and learner.plan.effort_hours == 120  # + docker 30
    assert learner.plan.weeks == 12
    assert learner.fit("mlops") == pytest.approx(1 / 13)
    assert change.skills == {"docker"} and learner.profile.not_held == ["docker"]


def test_pace_is_held_to_the_profile_bounds(tiny: Catalog) -> None:
    learner = ops_learner(tiny)
    assert learner.set_pace(20) == Change(pace=True, plan=True)
    assert learner.plan is not None and learner.plan.weeks == 4.5
    assert learner.set_pace(20) is None  # nothing changed: nothing to tell
    learner.set_pace(1e300)
    assert learner.profile.hours_per_week == 168
    learner.set_pace(5e-324)
    assert learner.profile.hours_per_week == 0.5
    assert learner.set_pace(float("nan")) is None and learner.hours_per_week == 0.5


def test_what_the_pack_lacks_stays_in_the_profile(tiny: Catalog) -> None:
    learner = ops_learner(
        tiny,
        skills={"git": "have", "cobol": "have"},
        current_role="astronaut",
        not_held=["punch-cards"],
    )
    assert learner.current_role is None and learner.have == {"git"}
    learner.set_roles(None, "ml")
    assert learner.profile.current_role == "astronaut"  # kept until a role is picked here
    learner.set_not_held({"sql"})
    assert learner.profile.not_held == ["punch-cards", "sql"]
    learner.set_roles("analyst", "ml")
    assert learner.profile.current_role == "analyst"
    assert learner.profile.skills == {"git": "have", "cobol": "have"}


def test_interests_of_other_packs_stay(builtin: Catalog) -> None:
    profile = Profile(name="Bo", interests=["woodwork", "systems"])
    learner = Learner(builtin, profile)
    learner.set_interests(("systems", "automation"))
    assert profile.interests == ["woodwork", "systems", "automation"]
    learner.set_interests(("automation",))
    assert profile.interests == ["woodwork", "automation"]
    assert learner.suggestions[0].matched_interests == ("automation",)


def test_name_and_notes(tiny: Catalog) -> None:
    learner = ops_learner(tiny)
    assert learner.rename("  Ana Lima ") == Change(name=True)
    assert learner.profile.name == "Ana Lima"
    assert learner.rename("   ") is None and learner.rename("Ana Lima") is None
    note = Note(at="2026-12-03T10:00:00Z", text="First talk")
    assert learner.set_notes([note]) == Change(notes=True)
    assert learner.profile.to_json()["notes"] == [
        {"at": "2026-12-03T10:00:00Z", "text": "First talk"}
    ]
    assert learner.can_add_note("Second") and not learner.can_add_note("   ")


def test_loading_another_learner_shows_everything_of_theirs(tiny: Catalog) -> None:
    learner = ops_learner(tiny)
    other = Profile(name="Bo", skills={"sql": "have"}, current_role="analyst", target_role="ml")
    change = learner.load(other)
    assert change.loaded and change.roles and change.pace and change.plan
    assert change.skills >= {"git", "docker", "sql"}  # the old learner's rows and the new
    assert learner.profile is other and learner.have == {"sql"}
    assert learner.plan is not None and learner.plan.path[0] == "analyst"


def test_each_pack_keeps_its_own_roles(tiny: Catalog, builtin: Catalog) -> None:
    learner = ops_learner(tiny, pack="tiny")
    change = learner.switch_catalog(builtin)
    assert change.pack and (learner.current_role, learner.plan) == (None, None)
    assert learner.profile.packs["tiny"].current_role == "ops"
    assert learner.have == {"git"}  # skills are shared: an id means the same in every pack
    learner.switch_catalog(tiny)
    assert (learner.current_role, learner.target_role) == ("ops", "mlops")


def test_the_report_reads_the_same_learner(tiny: Catalog) -> None:
    from datetime import date

    learner = ops_learner(tiny)
    learner.set_pace(20)
    report = report_for(learner, date(2026, 12, 7))
    assert report.learner == "Ana" and report.hours_per_week == 20
    assert [r.id for r in report.path] == ["ops", "mlops"] and report.total_hours == 90
    assert report.finish == date(2027, 1, 8)  # 4.5 weeks: 31.5 days, so 32 days on
