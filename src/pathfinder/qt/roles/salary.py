"""How a role's salary reads: its range in the learner's locale and who says so."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from pathfinder.core.catalog import Catalog, Role, Salary
from pathfinder.core.provenance import said_by


def format_salary(salary: Salary, locale: QLocale | None = None) -> str:
    """'USD 80,000 – 200,000' with the locale's digits and grouping (always grouped).

    An open-ended range ends in '+': 'USD 80,000 – 200,000+' ("over 200,000").
    """
    loc = QLocale(locale) if locale is not None else QLocale()
    # The C locale omits group separators, and 80000 is much harder to read than 80,000.
    loc.setNumberOptions(loc.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    low, high = loc.toString(round(salary.low)), loc.toString(round(salary.high))
    plus = "+" if salary.or_more else ""
    if salary.low == salary.high:
        return f"{salary.currency} {low}{plus}"
    return f"{salary.currency} {low} – {high}{plus}"


def salary_said_by(catalog: Catalog, role: Role) -> str:
    """Where the salary comes from: its own sources or estimate mark, else the role's."""
    salary = role.salary
    if salary is None:
        return ""
    if salary.provenance_given:
        return said_by(catalog, salary.sources, salary.estimate)
    return said_by(catalog, role.sources, role.estimate)
