"""Numbers in a pack: bounded, so every sum stays finite, and YAML 1.1's surprises explained."""

from __future__ import annotations

import pytest

from pathfinder.core.planner import plan
from pathfinder.core.suggest import suggest
from pathfinder.io.packs import parse_pack
from tests.io.test_pack_errors import GOOD_HEAD, ONE_ROLE, messages


def _skill(hours: str) -> str:
    return GOOD_HEAD + f"skills:\n  - {{id: git, name: Git, effort_hours: {hours}}}\n" + ONE_ROLE


def _move(months: str) -> str:
    roles = "roles:\n  - {id: a, name: A, level: 1}\n  - {id: b, name: B, level: 2}\n"
    skills = "skills:\n  - {id: git, name: Git, effort_hours: 1}\n"
    return GOOD_HEAD + skills + roles + f"transitions:\n  - {{from: a, to: b, months: {months}}}\n"


def test_effort_hours_has_an_upper_bound() -> None:
    # Two skills of 1.0e+308 hours passed and then overflowed every sum the planner makes.
    assert messages(_skill("1.0e+308")) == [
        "pack.yaml:6:40: effort_hours must be at most 100,000, not 1e+308"
    ]
    assert messages(_skill("100001")) == [
        "pack.yaml:6:40: effort_hours must be at most 100,000, not 100001"
    ]
    assert parse_pack(_skill("100000")).skills[0].effort_hours == 100_000


def test_the_largest_efforts_still_plan_and_suggest() -> None:
    text = (
        GOOD_HEAD + "skills:\n"
        "  - {id: a, name: A, effort_hours: 100000}\n"
        "  - {id: b, name: B, effort_hours: 100000, requires: [a]}\n"
        "roles:\n  - {id: dev, name: Dev, level: 1, essential: [a, b]}\n"
    )
    pack = parse_pack(text)
    assert plan(pack, [], "dev").effort_hours == 200_000
    assert suggest(pack, [], [])[0].hours_left == 200_000


def test_months_has_an_upper_bound() -> None:
    assert messages(_move("601")) == ["pack.yaml:11:30: months must be at most 600, not 601"]
    assert parse_pack(_move("600")).transitions[0].months == 600


def test_salary_has_an_upper_bound() -> None:
    # The window prints salaries as 64-bit integers: 1e20 crashed the role panel.
    text = GOOD_HEAD + "skills:\n  - {id: git, name: Git, effort_hours: 1}\nroles:\n"
    text += "  - {id: dev, name: Dev, level: 1, salary: {currency: USD, low: 1, high: 1.0e+20}}\n"
    assert messages(text) == [
        "pack.yaml:8:74: high must be at most 1,000,000,000,000, not 1e+20",
    ]


@pytest.mark.parametrize("sign", ["", "-"])
def test_a_number_of_hundreds_of_digits_is_too_large_not_echoed(sign: str) -> None:
    [only] = messages(_skill(sign + "1" + "0" * 310))
    assert only == (
        "pack.yaml:6:40: effort_hours is too large (a number of 311 digits); "
        "it must be at most 100,000"
    )


def test_a_number_past_pythons_digit_limit_is_too_large_to_read() -> None:
    [only] = messages(_skill("1" + "0" * 5000))
    assert only == "pack.yaml:6:40: a number of 5,001 digits is too large to read"


def test_a_huge_level_is_too_large() -> None:
    text = GOOD_HEAD + "skills:\n  - {id: git, name: Git, effort_hours: 1}\nroles:\n"
    text += "  - {id: dev, name: Dev, level: " + "9" * 40 + "}\n"
    assert messages(text) == [
        "pack.yaml:8:33: level is too large (a number of 40 digits); it must be at most 5"
    ]


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("1e3", "write 1000 or 1.0e+3"),
        ("2.5e3", "write 2500 or 2.5e+3"),
        ("1E-3", "write 0.001 or 1.0e-3"),
    ],
)
def test_an_exponent_yaml_reads_as_text_gets_a_hint(written: str, hint: str) -> None:
    assert messages(_skill(written)) == [
        f'pack.yaml:6:40: effort_hours must be a number, not "{written}" '
        f"(YAML reads {written} as text: {hint})"
    ]
    assert parse_pack(_skill(hint.split(" or ")[1])).skills[0].effort_hours > 0


def test_base_60_numbers_are_refused_not_read_as_90() -> None:
    assert messages(_skill("1:30")) == [
        'pack.yaml:6:40: effort_hours must be a number, not "1:30" (a pack does not read 1:30 '
        "as a base-60 number: write a plain number, such as 1.5)"
    ]
    assert messages(_move("1:30:00")) == [
        'pack.yaml:11:30: months must be a number, not "1:30:00" (a pack does not read '
        "1:30:00 as a base-60 number: write a plain number, such as 1.5)"
    ]


def test_base_60_looking_text_stays_text() -> None:
    # YAML 1.1 made `name: 1:30` the number 90; a pack keeps what the author wrote, as YAML 1.2.
    assert parse_pack(_skill("1").replace("name: Git", "name: 1:30")).skills[0].name == "1:30"
