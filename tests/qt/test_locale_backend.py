"""The QLocale side of core/figures.py: what a German or Spanish learner reads."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale

from pathfinder.core import figures
from pathfinder.qt.widgets.locale_backend import QtFigures


def test_german_and_spanish_numbers_and_months() -> None:
    try:
        figures.install(QtFigures(QLocale("de_DE")))
        assert figures.hours_text(1500.5) == "1.500,5 h"
        assert figures.long_date(date(2026, 11, 22)) == "22 November 2026"
        figures.install(QtFigures(QLocale("es_ES")))
        assert figures.hours_number(7.5) == "7,5"
        assert figures.month_year(date(2026, 11, 1)) == "noviembre 2026"
    finally:
        figures.install(None)
