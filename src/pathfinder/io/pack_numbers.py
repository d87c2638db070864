"""What to tell a pack author whose number YAML read some other way than they meant.

PyYAML follows YAML 1.1: `1e3` (no dot, no sign in the exponent) is text, not a number, and
`1:30` would be a base-60 integer (90). Hand-written packs meet both; the messages say what to
write instead. A number of hundreds of digits is called too large rather than echoed whole.
"""

from __future__ import annotations

import re

from pathfinder.core import words
from pathfinder.core.catalog import MAX_EFFORT_HOURS, MAX_MONTHS, MAX_SALARY

# The largest value each bounded number field takes, for "too large" messages that name it.
MAXIMA: dict[str, int] = {
    "effort_hours": MAX_EFFORT_HOURS,
    "months": MAX_MONTHS,
    "low": MAX_SALARY,
    "high": MAX_SALARY,
    "level": 5,
}
# More digits than this are not shown: no bounded field comes near, and 300 digits in a message
# hide what it says.
MAX_SHOWN_DIGITS = 15

_EXPONENT = re.compile(r"^[-+]?(\d+\.?\d*|\.\d+)[eE][-+]?\d+$")
# YAML 1.1's base-60 forms, e.g. 1:30 or 1:30:00.5 (io/located.py reads them as text).
SEXAGESIMAL = re.compile(r"^[-+]?\d[\d_]*(:[0-5]?\d)+(\.[\d_]*)?$")


def bound_text(value: object) -> str:
    """100,000 rather than 100000: a bound reads at a glance."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else str(value)


def too_large(field: str, got: object) -> str | None:
    """The message for a whole number with more digits than can be meant; None otherwise."""
    if not isinstance(got, int) or isinstance(got, bool):
        return None
    try:
        digits = len(str(abs(got)))
    except ValueError:  # past Python's int-to-text limit (4300 digits)
        digits = 4300
    if digits <= MAX_SHOWN_DIGITS:
        return None
    if field in MAXIMA:
        return words.translate(
            "Packs",
            "{field} is too large (a number of {digits} digits); it must be at most {bound}",
        ).format(field=field, digits=bound_text(digits), bound=bound_text(MAXIMA[field]))
    return words.translate("Packs", "{field} is too large (a number of {digits} digits)").format(
        field=field, digits=bound_text(digits)
    )


def number_hint(text: str) -> str:
    """A hint for text that the author meant as a number ('' when it does not look like one)."""
    text = text.strip()
    if _EXPONENT.match(text):
        mantissa, _, exponent = text.lower().partition("e")
        if "." not in mantissa:
            mantissa += ".0"
        if exponent[:1] not in "+-":
            exponent = "+" + exponent
        written = f"{mantissa}e{exponent}"
        plain = _plain(float(text))
        if plain:
            return words.translate(
                "Packs", " (YAML reads {text} as text: write {plain} or {written})"
            ).format(text=text, plain=plain, written=written)
        return words.translate("Packs", " (YAML reads {text} as text: write {written})").format(
            text=text, written=written
        )
    if SEXAGESIMAL.match(text):
        sign = -1 if text.startswith("-") else 1
        parts = text.lstrip("+-").replace("_", "").split(":")
        value = sign * sum(float(p) / 60**i for i, p in enumerate(parts))
        return words.translate(
            "Packs",
            " (a pack does not read {text} as a base-60 number: write a plain number, "
            "such as {value})",
        ).format(text=text, value=_plain(value) or value)
    return ""


def _plain(value: float) -> str | None:
    """`value` written without an exponent, or None when that would take many digits."""
    if value.is_integer() and abs(value) < 10**MAX_SHOWN_DIGITS:
        return str(int(value))
    shown = repr(value)
    return None if "e" in shown else shown
