"""The sentences of the plan report, the same in every format (Markdown, HTML, PDF)."""

from __future__ import annotations

from collections.abc import Iterable

from pathfinder.core import figures, words
from pathfinder.core.report import ID_CHARS, MAX_MISSING_IDS, GapRow, Report, SourceRow, StepRow
from pathfinder.core.report_figures import clip, finish_text, hours_text, percent_text
from pathfinder.core.words import PLURAL

# A step with more new skills than this shows a few names and points at the learning plan,
# which lists them all just below, instead of repeating the whole list in one table cell.
STEP_SKILLS_NAMED = 6
STEP_SKILLS_SHORT = 4


def estimates_note(report: Report) -> str:
    return words.translate(
        "Report",
        "Hours are the pack's estimates of typical learning time; dates assume {pace} a week "
        "from the date of this plan. Both are a guide for planning, not a promise.",
    ).format(pace=pace_text(report))


def pace_text(report: Report) -> str:
    return words.translate("Report", "{hours} hours").format(
        hours=figures.hours_number(report.hours_per_week)
    )


def weeks_text(report: Report) -> str:
    """The plan's time by the one rule of figures.weeks_text."""
    if report.far_off:
        return figures.far_off_text()
    return figures.weeks_text(report.weeks)


def number_ranges(numbers: Iterable[int]) -> str:
    """'#1–3, #5, #7–9': learning-plan numbers, runs written as ranges."""
    runs: list[list[int]] = []
    for n in sorted(numbers):
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ", ".join(f"#{a}" if a == b else f"#{a}–{b}" for a, b in runs)


def step_skills_text(step: StepRow) -> str:
    """A step's new skills for the steps table: every name when there are few; else the first
    few and the learning-plan numbers of the rest, which that plan lists in full below."""
    if not step.skills:
        return words.translate("Report", "nothing new to learn")
    if len(step.skills) <= STEP_SKILLS_NAMED:
        return joined(step.skills)
    rest = step.numbers[STEP_SKILLS_SHORT:]
    first = joined(step.skills[:STEP_SKILLS_SHORT])
    # The serial comma keeps "Mentoring and hiring, and 7 more" from reading as one name.
    more = len(rest)
    return words.translate(
        "Report", "{skills}, and %n more ({numbers} in the learning plan)", None, PLURAL, more
    ).format(skills=first, numbers=number_ranges(rest))


def joined(items: Iterable[str], empty: str = "") -> str:
    out = ", ".join(items)
    return out or empty


def title(report: Report) -> str:
    if report.learner:
        return words.translate("Report", "Learning plan for {learner}").format(
            learner=report.learner
        )
    return words.translate("Report", "Learning plan")


def pack_line(report: Report) -> str:
    return words.translate("Report", "{pack}, version {version}").format(
        pack=report.pack.name, version=report.pack.version
    )


def facts(report: Report) -> list[tuple[str, str]]:
    """The title block's label/value pairs, as plain text."""
    current = (
        report.current.name
        if report.current
        else words.translate("Report", "Not set (starting out)")
    )
    target = report.target.name if report.target else words.translate("Report", "Not chosen yet")
    rows = [
        (words.translate("Report", "Current role"), current),
        (words.translate("Report", "Target role"), target),
    ]
    if report.has_plan and report.fit is not None:
        rows += [
            (
                words.translate("Report", "You already have"),
                words.translate("Report", "{percent} of what the target needs").format(
                    percent=percent_text(report.fit)
                ),
            ),
            (
                words.translate("Report", "Learning to do"),
                words.translate("Report", "{hours}, {weeks}").format(
                    hours=hours_text(report.total_hours), weeks=weeks_text(report)
                ),
            ),
            (
                words.translate("Report", "Pace"),
                words.translate("Report", "{pace} a week").format(pace=pace_text(report)),
            ),
        ]
        rows.append((words.translate("Report", "Estimated finish"), finish_text(report.finish)))
    if report.have:
        rows.append(
            (words.translate("Report", "Skills you have"), joined(s.name for s in report.have))
        )
    if report.learning:
        rows.append(
            (words.translate("Report", "Learning now"), joined(s.name for s in report.learning))
        )
    return rows


def from_role_text(report: Report) -> str:
    """The learning plan's line on the skills counted from the current role; '' for none."""
    if not report.from_role or report.current is None:
        return ""
    return words.translate(
        "Report", "Counted as yours because {role} needs them, so not in this plan: {skills}."
    ).format(role=report.current.name, skills=joined(s.name for s in report.from_role))


def no_plan_text(report: Report) -> str:
    if report.suggestions:
        then = words.translate("Report", "These roles fit the skills you have best:")
    elif report.current is not None:
        then = words.translate(
            "Report", "No other role at your current role's level or above matches your skills yet."
        )
    else:
        then = words.translate(
            "Report",
            "No role matches your skills yet: mark the skills you have to see where to aim.",
        )
    if report.target is None:
        return words.translate("Report", "No target role is chosen yet. {then}").format(then=then)
    reason = report.no_path or words.translate("Report", "no path was found")
    moves = report.max_steps
    return words.translate(
        "Report",
        "There is no path to {target} within %n move(s): {reason}. {then}",
        None,
        PLURAL,
        moves
    ).format(target=report.target.name, reason=reason, then=then)  # fmt: skip


def gap_details(report: Report, gap: GapRow) -> list[tuple[str, str]]:
    # With one step every skill is for the target: saying so 20 times is noise.
    rows = (
        [(words.translate("Report", "For"), joined(gap.needed_for))]
        if len(report.steps) > 1
        else []
    )
    if gap.after:
        after = joined(
            words.translate("Report", "{skill} (#{number})").format(skill=name, number=n)
            for n, name in gap.after
        )
        rows.append((words.translate("Report", "After"), after))
    return rows


def moves_said(report: Report) -> list[str]:
    """Where each move of the path comes from: 'Move 1 to MLOps Engineer: our estimate'."""
    return [
        words.translate("Report", "Move {number} to {role}: {said_by}").format(
            number=s.number, role=s.role.name, said_by=s.said_by
        )
        for s in report.steps
        if s.said_by
    ]


def missing_text(report: Report) -> str:
    """The profile's ids this pack lacks, the first MAX_MISSING_IDS of them."""
    ids = [*report.missing_roles, *report.missing_skills]
    shown = joined(clip(i, ID_CHARS, count=False) for i in ids[:MAX_MISSING_IDS])
    more = len(ids) - MAX_MISSING_IDS
    if more <= 0:
        return shown
    return words.translate("Report", "{ids} and {count} more").format(
        ids=shown, count=figures.number(more)
    )


def notes_left_out_text(report: Report) -> str | None:
    if not report.notes_left_out:
        return None
    count = report.notes_left_out
    if count == 1:  # "is": English's plural rule cannot change the verb
        text = words.translate(
            "Report", "Only the latest {shown} notes are printed; 1 earlier note is in the profile."
        )
    else:
        text = words.translate(
            "Report",
            "Only the latest {shown} notes are printed; {count} earlier notes are in the profile.",
            None,
            PLURAL,
            count
        )  # fmt: skip
    return text.format(shown=len(report.notes), count=figures.number(count))


def sources_intro(report: Report) -> str:
    if report.sources_cited:
        return words.translate(
            "Report", "Sources the pack cites for the roles, moves and skills of this path:"
        )
    return words.translate("Report", "Sources of this pack:")


def source_text(source: SourceRow) -> str:
    extra = ", ".join(p for p in (source.publisher, str(source.year) if source.year else None) if p)
    if not extra:
        return source.title
    return words.translate("Report", "{title} ({publisher_and_year})").format(
        title=source.title, publisher_and_year=extra
    )
