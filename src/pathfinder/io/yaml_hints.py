"""What to do about the YAML mistakes that hand-editing a pack makes most (io/located.py)."""

from __future__ import annotations

from pathfinder.core import words


def _hints() -> dict[str, str]:
    """libyaml's words for the mistakes hand-editing makes most, and what to do about them."""
    tabs = words.translate("Located", "indent with spaces; YAML does not allow tabs there")
    return {
        "mapping values are not allowed": words.translate(
            "Located", "check the indentation, or put a value with ': ' in quotes"
        ),
        "tab character": tabs,
        "found character '\\t'": tabs,
        "did not find expected ',' or ']'": words.translate(
            "Located", "a list opened with '[' is not closed"
        ),
        "did not find expected ',' or '}'": words.translate(
            "Located", "an entry opened with '{' is not closed"
        ),
        "could not find expected ':'": words.translate(
            "Located", "a key needs ':' after it (or a quote is not closed)"
        ),
        "found unexpected end of stream": words.translate("Located", "a quote is not closed"),
        "did not find expected '-' indicator": words.translate(
            "Located", "check the indentation of this list entry"
        ),
        "did not find expected key": words.translate(
            "Located", "check the indentation of this line"
        ),
    }


def with_hint(problem: str) -> str:
    """`problem` (libyaml's words) with what to do about it, when it is a common mistake."""
    for said, hint in _hints().items():
        if said in problem:
            return words.translate("Located", "{problem} ({hint})").format(
                problem=problem, hint=hint
            )
    return problem
