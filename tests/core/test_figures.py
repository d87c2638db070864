"""The one way figures are written (core/figures.py), worked by hand."""

from __future__ import annotations

import math
from datetime import date

from pathfinder.core import figures, timeline


def test_weeks_are_rounded_up_the_same_for_study_and_plans() -> None:
    # 20 h at 8 h a week is 2.5 weeks: "about 3 weeks", as the plan says (never "2").
    assert figures.weeks_text(timeline.study_weeks(20, 8)) == "about 3 weeks"
    assert figures.weeks_text(3.0) == "about 3 weeks"
    assert figures.weeks_text(3.01) == "about 4 weeks"
    assert figures.weeks_text(0.2) == "about a week"
    assert figures.weeks_text(0) == "no time at all"
    assert figures.weeks_text(math.inf) == "more than 100 years"
    assert figures.weeks_text(math.nan) == "more than 100 years"
    assert figures.span_text((25, 87)) == "weeks 25–87"
    assert figures.span_text((3, 3)) == "week 3"


def test_hours_percentages_and_dates() -> None:
    assert figures.hours_text(1500) == "1,500 h"
    assert figures.hours_text(12.25) == "12.2 h"  # one decimal from one hour up
    assert figures.hours_text(2.5) == "2.5 h"
    assert figures.hours_text(0.25) == "0.25 h"  # two below, so a quarter is not "0.2"
    assert figures.hours_text(8.0) == "8 h"
    assert figures.hours_text(1e12) == "1e+12 h"
    assert figures.percent_text(0.5555) == "56%"
    assert figures.percent_text(0) == "0%"
    assert figures.long_date(date(2026, 11, 2)) == "2 November 2026"
    assert figures.short_date(date(2026, 11, 22)) == "22 Nov 2026"
    assert figures.month_year(date(2027, 5, 1)) == "May 2027"


class _Comma:
    """A locale that writes 1.234,5 and numbered months, as an installed backend would."""

    def number(self, value: float, decimals: int) -> str:
        text = f"{value:,.{decimals}f}"
        return text.replace(",", " ").replace(".", ",").replace(" ", ".")

    def month_name(self, month: int, short: bool) -> str:
        return f"M{month}"


def test_an_installed_locale_writes_every_figure() -> None:
    figures.install(_Comma())
    try:
        assert figures.hours_text(1500.5) == "1.500,5 h"
        assert figures.percent_text(0.56) == "56%"
        assert figures.span_text((1000, 1200)) == "weeks 1.000–1.200"
        assert figures.short_date(date(2026, 11, 22)) == "22 M11 2026"
    finally:
        figures.install(None)
    assert figures.hours_text(1500.5) == "1,500.5 h"
