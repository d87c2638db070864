"""One time model: how hours of study and months in a role become weeks and dates.

Every figure of time the plan panel, Role details, Compare, the report and the CLI show comes
from here, so the same hours give the same weeks everywhere and the totals add up
(docs/how-pathfinder-chooses.md explains the model in plain words); core/figures.py writes
them as words.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import Final

# A year is 52 weeks and 12 months, so a month is 52/12 weeks (about 4.33).
WEEKS_PER_MONTH: Final = 52 / 12
# The pace a learner has until they say otherwise (the profile's default too).
DEFAULT_HOURS_PER_WEEK: Final = 8.0
# The most moves a plan makes unless the learner asks otherwise (window, command line, report).
DEFAULT_MAX_STEPS: Final = 6
# A move without `months` in the pack: people usually spend about a year in a role before
# they move on (docs/pack-format.md, "How the best path is chosen").
DEFAULT_MONTHS: Final = 12.0
# Past this the date is not worth printing (and `date` ends in the year 9999).
MAX_DAYS: Final = 36_525


def study_weeks(hours: float, hours_per_week: float) -> float:
    """Weeks of study for `hours` at `hours_per_week` (0 when there is no pace to divide by)."""
    return hours / hours_per_week if hours_per_week > 0 else 0.0


def months_weeks(months: float) -> float:
    """Weeks in `months` months."""
    return months * WEEKS_PER_MONTH


def move_weeks(
    hours: float, months: float | None, hours_per_week: float, *, experience_gained: bool
) -> float:
    """The time of one move: the longer of the study for what it newly needs and the usual
    time in the role it leaves (its `months`, or DEFAULT_MONTHS when the pack gives none).

    `experience_gained`: the learner already works in the role the move leaves (their first
    move), or there is no role to leave (a newcomer's first job), so only study counts.
    """
    study = study_weeks(hours, hours_per_week)
    if experience_gained:
        return study
    return max(study, months_weeks(DEFAULT_MONTHS if months is None else months))


def whole_weeks(weeks: float) -> int:
    """Weeks as people say them: rounded up, at least one when there is anything to do."""
    if weeks <= 0:
        return 0
    return max(1, math.ceil(weeks - 1e-9))


def roles_add_time(weeks: float, hours: float, hours_per_week: float) -> bool:
    """Whether the usual months in roles make a route of `weeks` longer, in whole weeks, than
    its `hours` of study: then the plan says the two apart (window and command line alike)."""
    return whole_weeks(weeks) > whole_weeks(study_weeks(hours, hours_per_week))


def step_spans(step_weeks: list[float]) -> list[tuple[int, int]]:
    """(first week, last week) of each step, counted from the start of the plan.

    Each end is the whole week the plan has reached by then, so the last end is the plan's own
    total in weeks and the spans add up, where rounding each step's weeks alone would not
    (23.4 + 63.5 weeks read "24" and "64", but 86.9 weeks in all is "87"). A step that takes
    no time is (end, end) of the step before it."""
    spans: list[tuple[int, int]] = []
    total, end = 0.0, 0
    for weeks in step_weeks:
        total += weeks
        now = whole_weeks(total)
        spans.append((min(end + 1, now), now))
        end = now
    return spans


def finish_date(start: date, weeks: float) -> date | None:
    """The day `weeks` from `start` end; None when that is more than a hundred years away."""
    days = weeks * 7
    if not days <= MAX_DAYS:  # also catches inf and nan
        return None
    try:
        # A part-day still needs that day; the epsilon keeps exact whole days from rounding up.
        return start + timedelta(days=math.ceil(days - 1e-9))
    except OverflowError:  # a plan dated in the year 9999
        return None
