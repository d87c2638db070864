"""The learner's plan report as plain data: what a counsellor hands over, before any layout.

Everything a page shows is resolved here (names, hours, estimated dates, sources; the
sentences that say them are in report_words), so the Markdown/HTML writers and the PDF
renderer only arrange it.
No files, no clock: the report date is passed in and every estimated date counts from it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from pathfinder.core.catalog import Catalog
from pathfinder.core.learner import Learner
from pathfinder.core.planner import Plan, check_ids
from pathfinder.core.profile import Profile
from pathfinder.core.provenance import said_by
from pathfinder.core.report_figures import clip, on_day, short_date, web_url
from pathfinder.core.timeline import DEFAULT_MAX_STEPS

# What a report prints of the profile's free text. Profiles may be up to 64 MB, and laying out
# one 10 MB note took Qt minutes: a handout shows the start, the profile keeps the rest.
NOTE_CHARS = 2000
MAX_NOTES = 50  # the latest ones
NAME_CHARS = 100
ID_CHARS = 60
MAX_MISSING_IDS = 30
SHOWN_AS_ZERO = 0.005  # a match below this prints as "0%": such roles are not suggested


@dataclass(frozen=True)
class Ref:
    """A role or skill: its id and the name shown for it."""

    id: str
    name: str


@dataclass(frozen=True)
class Link:
    title: str
    url: str  # always http or https


@dataclass(frozen=True)
class PackInfo:
    id: str
    name: str
    version: str
    license: str | None
    description: str | None


@dataclass(frozen=True)
class StepRow:
    number: int
    role: Ref
    skills: tuple[str, ...]  # names of the skills first needed at this step, in learning order
    numbers: tuple[int, ...]  # their numbers in the learning plan
    hours: float
    total_hours: float  # cumulative, from the start of the plan
    finish: date | None  # None: more than HORIZON_YEARS away
    months: float | None  # usual months in the role before this move; None for the first
    said_by: str = ""  # where the move comes from: "from: <source title>", "our estimate" or ""


@dataclass(frozen=True)
class GapRow:
    number: int  # place in the learning order, from 1
    skill: Ref  # id and name of the skill
    hours: float
    total_hours: float
    finish: date | None  # None: more than HORIZON_YEARS away
    needed_for: tuple[str, ...]  # role names
    after: tuple[tuple[int, str], ...]  # (number, name) of gaps to learn first
    learning: bool  # the learner marked it as being learnt already
    description: str | None
    resources: tuple[Link, ...]
    said_by: str = ""  # where the skill comes from: "from: <source title>", "our estimate" or ""


@dataclass(frozen=True)
class SuggestionRow:
    role: Ref
    fit: float
    hours_left: float
    why: str


@dataclass(frozen=True)
class SourceRow:
    id: str
    title: str
    publisher: str | None
    year: int | None
    url: str | None  # http(s) only


@dataclass(frozen=True)
class NoteRow:
    day: str  # the note's date as short_date writes it (or the stored text if not a date)
    text: str  # at most NOTE_CHARS of the note, then how much more the profile holds


@dataclass(frozen=True)
class Report:
    learner: str
    day: date
    pack: PackInfo
    hours_per_week: float
    current: Ref | None
    target: Ref | None
    have: tuple[Ref, ...]  # skills marked "have" that the pack knows
    learning: tuple[Ref, ...]  # skills marked "learning" that the pack knows
    interests: tuple[str, ...]
    path: tuple[Ref, ...]
    fit: float | None  # for the target, when there is a plan
    total_hours: float
    finish: date | None  # also None when more than HORIZON_YEARS away: see far_off
    steps: tuple[StepRow, ...]
    gaps: tuple[GapRow, ...]
    nice_to_have: tuple[str, ...]
    no_path: str | None  # why there is no plan to the chosen target
    suggestions: tuple[SuggestionRow, ...]  # shown when there is no plan
    notes: tuple[NoteRow, ...]  # the latest MAX_NOTES
    notes_left_out: int  # earlier notes not printed
    sources: tuple[SourceRow, ...]
    sources_cited: bool  # True: only the sources the path cites; False: every pack source
    missing_skills: tuple[str, ...]  # profile skill ids this pack does not have
    missing_roles: tuple[str, ...]  # profile role ids this pack does not have
    max_steps: int = DEFAULT_MAX_STEPS

    @property
    def has_plan(self) -> bool:
        return bool(self.path)

    @property
    def far_off(self) -> bool:
        """The plan's end is too far away for a date."""
        return self.has_plan and self.finish is None

    plan_weeks: float = 0.0  # the plan's time to arrive (core/timeline.py), the finish date's
    from_role: tuple[Ref, ...] = ()  # the current role's skills counted as the learner's
    not_held: tuple[str, ...] = ()  # the current role's skills the learner says they lack
    # The profile the report was made from: the picture of the path draws its learner.
    profile: Profile | None = field(default=None, compare=False, repr=False)

    @property
    def weeks(self) -> float:
        return self.plan_weeks


def build_report(
    catalog: Catalog,
    profile: Profile,
    today: date,
    *,
    target: str | None = None,
    max_steps: int = DEFAULT_MAX_STEPS,
    suggestion_limit: int = 5,
) -> Report:
    """The report for `profile` on `catalog`, dated `today`.

    `target` overrides the profile's target role and must be a role of the pack (else
    UnknownIdError). Profile skills and roles the pack lacks are left out of the plan and
    listed in `missing_skills` / `missing_roles`.
    """
    if target is not None:
        check_ids(catalog, roles=[target])
        profile = profile.model_copy(update={"target_role": target})
    learner = Learner(catalog, profile, max_steps=max_steps)
    return report_for(learner, today, suggestion_limit=suggestion_limit)


def report_for(learner: Learner, today: date, *, suggestion_limit: int = 5) -> Report:
    """The report of `learner` as the window shows them, dated `today`."""
    catalog, profile = learner.catalog, learner.profile
    roles, skills = catalog.role_by_id, catalog.skill_by_id
    have_ids = sorted(learner.have)
    learning_ids = sorted(learner.learning)
    missing_skills, missing_roles = learner.missing
    current, goal = learner.current_role, learner.target_role
    max_steps = learner.max_steps
    result: Plan | None = learner.plan
    no_path = learner.plan_error.reason if learner.plan_error is not None else None

    def ref(ident: str) -> Ref:
        found = roles.get(ident) or skills.get(ident)
        return Ref(ident, found.name if found else ident)

    hours = profile.hours_per_week
    steps, gaps = _rows(catalog, result, today, hours, set(learning_ids)) if result else ((), ())
    suggestions: tuple[SuggestionRow, ...] = ()
    if result is None:
        # The same list as `suggest --from`: the current role's skills count as held and roles
        # below its level are left out. A role whose match shows as 0 % is no place to aim.
        ranked = learner.best_fits(None, suggestion_limit, below=False)
        suggestions = tuple(
            SuggestionRow(ref(s.role), s.fit, s.hours_left, s.why)
            for s in ranked
            if s.fit >= SHOWN_AS_ZERO
        )
    sources, cited = _sources(catalog, result)
    shown_notes = profile.notes[-MAX_NOTES:]
    return Report(
        learner=clip(profile.name, NAME_CHARS, count=False),
        day=today,
        pack=PackInfo(
            catalog.id, catalog.name, catalog.version, catalog.license, catalog.description
        ),
        hours_per_week=hours,
        current=ref(current) if current else None,
        target=ref(goal) if goal else None,
        have=tuple(ref(s) for s in have_ids),
        learning=tuple(ref(s) for s in learning_ids),
        interests=tuple(profile.interests),
        path=tuple(ref(r) for r in result.path) if result else (),
        fit=result.fit if result else None,
        total_hours=result.effort_hours if result else 0.0,
        finish=on_day(today, result.weeks) if result else None,
        steps=steps,
        gaps=gaps,
        nice_to_have=tuple(ref(s).name for s in result.nice_to_have) if result else (),
        no_path=no_path,
        suggestions=suggestions,
        notes=tuple(NoteRow(_note_day(n.at), clip(n.text, NOTE_CHARS)) for n in shown_notes),
        notes_left_out=len(profile.notes) - len(shown_notes),
        sources=sources,
        sources_cited=cited,
        missing_skills=missing_skills,
        missing_roles=missing_roles,
        max_steps=max_steps,
        plan_weeks=result.weeks if result else 0.0,
        from_role=tuple(ref(s) for s in result.from_role) if result else (),
        not_held=tuple(profile.not_held),
        profile=profile,
    )


def plan_rows(
    catalog: Catalog, result: Plan, start: date, hours_per_week: float, learning: set[str]
) -> tuple[tuple[StepRow, ...], tuple[GapRow, ...]]:
    """The plan's steps and skills with hours and dates, as the report prints them (the
    window's route view shows the same, so the screen and the printout agree)."""
    return _rows(catalog, result, start, hours_per_week, learning)


def _rows(
    catalog: Catalog, result: Plan, start: date, hours_per_week: float, learning: set[str]
) -> tuple[tuple[StepRow, ...], tuple[GapRow, ...]]:
    roles, skills = catalog.role_by_id, catalog.skill_by_id
    number = {g.skill: n for n, g in enumerate(result.gaps, 1)}
    # Dates follow the plan's time model: a move takes the longer of its study and the usual
    # months in the role it leaves, so a skill ends when its step began plus its study so far.
    step_of = {s: n for n, step in enumerate(result.steps) for s in step.new_skills}
    began = [math.fsum(s.weeks for s in result.steps[:n]) for n in range(len(result.steps))]
    within = [0.0] * len(result.steps)
    gaps: list[GapRow] = []
    total = 0.0
    for n, gap in enumerate(result.gaps, 1):
        skill = skills[gap.skill]
        total += gap.effort_hours
        at = step_of.get(gap.skill, 0)
        within[at] += gap.effort_hours
        weeks = (began[at] if began else 0.0) + within[at] / hours_per_week
        gaps.append(
            GapRow(
                number=n,
                skill=Ref(skill.id, skill.name),
                hours=gap.effort_hours,
                total_hours=total,
                finish=on_day(start, weeks),
                needed_for=tuple(roles[r].name for r in gap.needed_for),
                after=tuple((number[s], skills[s].name) for s in gap.after if s in number),
                learning=gap.skill in learning,
                description=skill.description,
                resources=tuple(
                    Link(r.title, url) for r in skill.resources if (url := web_url(r.url))
                ),
                said_by=said_by(catalog, skill.sources, skill.estimate),
            )
        )
    steps: list[StepRow] = []
    reached = 0.0
    for n, step in enumerate(result.steps, 1):
        reached += step.effort_hours
        ended = began[n - 1] + step.weeks
        steps.append(
            StepRow(
                number=n,
                role=Ref(step.role, roles[step.role].name),
                skills=tuple(skills[s].name for s in step.new_skills),
                numbers=tuple(number[s] for s in step.new_skills),
                hours=step.effort_hours,
                total_hours=reached,
                finish=on_day(start, ended),
                months=step.months,
                said_by=_move_said_by(catalog, result.path, step.role),
            )
        )
    return tuple(steps), tuple(gaps)


def _move_said_by(catalog: Catalog, path: tuple[str, ...], role: str) -> str:
    """Where the move into `role` along `path` comes from ("" for the role a path starts at)."""
    index = path.index(role)
    if index == 0:
        return ""
    move = next((t for t in catalog.moves_into.get(role, ()) if t.source == path[index - 1]), None)
    return said_by(catalog, move.sources, move.estimate) if move else ""


def _sources(catalog: Catalog, result: Plan | None) -> tuple[tuple[SourceRow, ...], bool]:
    """Sources cited by the path's roles, moves and gap skills; every pack source if none are."""
    cited: set[str] = set()
    if result is not None:
        for r in result.path:
            cited.update(catalog.role_by_id[r].sources)
        moves = set(pairwise(result.path))
        for t in catalog.transitions:
            if (t.source, t.target) in moves:
                cited.update(t.sources)
        for gap in result.gaps:
            cited.update(catalog.skill_by_id[gap.skill].sources)
    chosen = [s for s in catalog.sources if s.id in cited] or list(catalog.sources)
    rows = tuple(SourceRow(s.id, s.title, s.publisher, s.year, web_url(s.url)) for s in chosen)
    return rows, bool(cited & {s.id for s in catalog.sources})


def _note_day(at: str) -> str:
    text = at.strip()
    head = text[:10]
    if len(text) > 40:  # not a timestamp: keep the cell narrow
        text = clip(text, 40, count=False)
    try:
        day = date.fromisoformat(head)
    except ValueError:
        return text
    return short_date(day)  # the report's one way of writing a date
