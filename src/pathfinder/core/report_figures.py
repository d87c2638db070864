"""How a plan report writes its dates, links and clipped text: one way for every format."""

from __future__ import annotations

from datetime import date

from pathfinder.core import figures, timeline, words
from pathfinder.core.links import is_web_link
from pathfinder.core.words import PLURAL

# The report's dates, hours and percentages are the figures module's, in the learner's locale.
long_date = figures.long_date
short_date = figures.short_date
hours_text = figures.hours_text
percent_text = figures.percent_text


def web_url(url: str | None) -> str | None:
    """The url if it is a web link by the packs' one rule, else None: nothing else ever
    becomes a link."""
    if not url:
        return None
    url = url.strip()
    return url if is_web_link(url) else None


# Estimates further off than this are not worth a calendar date (and a pack's 1e50 hours or
# a pace of 1e-300 hours a week would run past the year 9999, where `date` ends).
HORIZON_YEARS = figures.HORIZON_YEARS


def finish_date(start: date, hours: float, hours_per_week: float) -> date | None:
    """The day `hours` of learning end at `hours_per_week`, counting from `start`; None when
    that is more than HORIZON_YEARS away or past the end of the calendar (the one time model:
    core/timeline.py)."""
    return timeline.finish_date(start, timeline.study_weeks(hours, hours_per_week))


def on_day(start: date, weeks: float) -> date | None:
    """The day `weeks` of the plan end, by the one time model; None past HORIZON_YEARS."""
    return timeline.finish_date(start, weeks)


def finish_text(day: date | None) -> str:
    """The estimated finish for running text: '18 May 2028' or 'more than 100 years away'.
    A report writes every date one way, short_date: it fits the tables' narrow cells too."""
    if day is not None:
        return short_date(day)
    return words.translate("Report", "more than %n year(s) away", None, PLURAL, HORIZON_YEARS)


def finish_cell(day: date | None) -> str:
    """The same for a narrow table cell: '18 May 2028' or 'over 100 years'."""
    return short_date(day) if day is not None else figures.far_off_cell()


def clip(text: str, limit: int, *, count: bool = True) -> str:
    """At most `limit` characters of `text`, then (with `count`) how many more there are: a
    profile may hold megabytes in one field, and laying that out would take minutes for pages
    nobody reads. The rest stays in the profile."""
    if len(text) <= limit:
        return text
    shown = text[:limit].rstrip()
    if not count:  # a name or an id: a count would read as part of it
        return shown + "…"
    more = len(text) - len(shown)
    return words.translate(
        "Report", "{text}… ({count} more character(s) in the profile)", None, PLURAL, more
    ).format(text=shown, count=figures.number(more))
