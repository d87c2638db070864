"""One way to write hours, weeks, dates and percentages, in the learner's language and locale.

The window, the command line and the report all write their figures here, so 20 hours at
8 hours a week reads "about 3 weeks" everywhere (core/timeline.py owns the time model: weeks
are rounded up, docs/how-pathfinder-chooses.md). Core is pure, so the locale is a backend
installed from outside, like the translator of core/words.py: English until the window or the
command line installs one built on Qt's QLocale (qt/widgets/locale_backend.py), which writes
"1.234,5" in German and the month names of the learner's language.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Final, Protocol

from pathfinder.core import timeline, words
from pathfinder.core.words import PLURAL

# Weeks and dates further off than this are not worth a figure (a pack's 1e50 hours).
HORIZON_YEARS: Final = 100
# Past this an hours figure is noise in full ("1,000,000,000,000 h"): three digits and a power.
HUGE_HOURS: Final = 1e9

_MONTHS: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class Locale(Protocol):
    """How a language writes numbers and months."""

    def number(self, value: float, decimals: int) -> str:
        """`value` with exactly `decimals` decimals and the locale's group separators."""
        ...

    def month_name(self, month: int, short: bool) -> str:
        """The name of month 1..12 ('November', or 'Nov' when short)."""
        ...


class English:
    """The locale until another is installed: 1,234.5 and English month names."""

    def number(self, value: float, decimals: int) -> str:
        return f"{value:,.{decimals}f}"

    def month_name(self, month: int, short: bool) -> str:
        name = _MONTHS[month - 1]
        return name[:3] if short else name


_locale: Locale = English()


def install(locale: Locale | None) -> None:
    """Write every later figure with `locale` (None goes back to English)."""
    global _locale
    _locale = locale if locale is not None else English()


def number(value: float, decimals: int = 0) -> str:
    """A plain number in the learner's locale: '1,234' or '1.234'."""
    return _locale.number(value, decimals)


def hours_number(value: float) -> str:
    """Hours without the unit: whole hours as they are, else one decimal (two below one
    hour, so a quarter of an hour is not '0.2'); trailing zeros dropped."""
    if not math.isfinite(value) or abs(value) >= HUGE_HOURS:
        return f"{value:.3g}"
    most = 1 if abs(value) >= 1 else 2
    decimals = next(d for d in range(most + 1) if round(value, d) == round(value, most))
    return _locale.number(round(value, decimals), decimals)


def hours_text(value: float) -> str:
    """'120 h', '1,500 h', '2.5 h'."""
    return words.translate("Figures", "{hours} h").format(hours=hours_number(value))


def percent_number(fraction: float) -> str:
    """A share as a whole percentage without the sign ('45' for 0.45), for sentences whose
    translation places the sign itself."""
    return _locale.number(round(fraction * 100), 0)


def percent_text(fraction: float) -> str:
    """'45%' (French writes '45 %': the sign's place is the translation's)."""
    return words.translate("Figures", "{percent}%").format(percent=percent_number(fraction))


def weeks_text(weeks: float) -> str:
    """Weeks as people say them, rounded up (timeline.whole_weeks): 'about 3 weeks', 'about a
    week', 'no time at all', or 'more than 100 years' past the horizon."""
    if not weeks <= timeline.MAX_DAYS / 7:  # also inf and nan
        return far_off_text()
    count = timeline.whole_weeks(weeks)
    if count == 0:
        return words.translate("Figures", "no time at all")
    if count == 1:
        return words.translate("Figures", "about a week")
    return words.translate("Figures", "about %n week(s)", None, PLURAL, count)


def far_off_text() -> str:
    """'more than 100 years': time past the horizon, in running text."""
    return words.translate("Figures", "more than %n year(s)", None, PLURAL, HORIZON_YEARS)


def far_off_cell() -> str:
    """'over 100 years': the same in a narrow table cell."""
    return words.translate("Figures", "over %n year(s)", None, PLURAL, HORIZON_YEARS)


def span_text(span: tuple[int, int]) -> str:
    """'weeks 25–87', 'week 3', 'no time at all' (spans from timeline.step_spans)."""
    first, last = span
    if last == 0:
        return words.translate("Figures", "no time at all")
    if first == last:
        return words.translate("Figures", "week {week}").format(week=number(last))
    return words.translate("Figures", "weeks {first}–{last}").format(
        first=number(first), last=number(last)
    )


def long_date(day: date) -> str:
    """'22 November 2026'."""
    return words.translate("Figures", "{day} {month} {year}", "long date").format(
        day=day.day, month=_locale.month_name(day.month, False), year=day.year
    )


def short_date(day: date) -> str:
    """'22 Nov 2026', for table cells and running text alike."""
    return words.translate("Figures", "{day} {month} {year}", "short date").format(
        day=day.day, month=_locale.month_name(day.month, True), year=day.year
    )


def month_year(day: date) -> str:
    """'November 2026': an estimate that a day would make look more exact than it is."""
    return words.translate("Figures", "{month} {year}").format(
        month=_locale.month_name(day.month, False), year=day.year
    )
