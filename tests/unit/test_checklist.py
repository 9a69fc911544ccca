"""The parent's warning-sign checklist: toggles and graded advice, never a verdict."""

from __future__ import annotations

import pytest

from bot.core.checklist import SIGN_IDS, SIGNS, assess, toggle


def test_the_signs_are_the_reference_list() -> None:
    """sweden-resources-and-law.md §3: seven from Polisen/Gängsnacket, two from municipalities."""
    assert [s.id for s in SIGNS] == [
        "secretive",
        "older_friends",
        "expensive_things",
        "own_money",
        "payments",
        "two_phones",
        "new_values",
        "treats",
        "pressured",
    ]


def test_toggle_adds_removes_and_keeps_checklist_order() -> None:
    ticked = toggle([], "two_phones")
    ticked = toggle(ticked, "secretive")
    assert ticked == ("secretive", "two_phones")
    assert toggle(ticked, "two_phones") == ("secretive",)
    assert toggle(["forged", "secretive"], "older_friends") == ("secretive", "older_friends")
    with pytest.raises(KeyError):
        toggle([], "not_a_sign")


@pytest.mark.parametrize(
    ("ticked", "grade"),
    [
        ([], "none"),
        (["secretive"], "few"),
        (["secretive", "new_values"], "few"),
        (["secretive", "new_values", "older_friends"], "several"),  # three of any kind
        (["two_phones"], "several"),  # one serious sign
        (["payments"], "several"),
        (["pressured"], "several"),
        (["bogus", "secretive"], "few"),  # unknown ids ignored
    ],
)
def test_grade_by_number_and_kind(ticked: list[str], grade: str) -> None:
    assessment = assess(ticked)
    assert assessment.grade == grade
    assert assessment.advice[0] == f"signs_{grade}"
    assert assessment.advice[-1] == "not_alone"  # every grade ends in support


def test_money_signs_explain_the_debt_trap() -> None:
    assert "money_becomes_debt" in assess(["treats"]).advice
    assert "money_becomes_debt" not in assess(["secretive"]).advice


def test_pressure_may_be_extortion_do_not_pay_and_urgent() -> None:
    assessment = assess(["pressured"])
    assert "do_not_pay" in assessment.advice
    assert assessment.flags == {"threatened"}
    assert assess(sorted(SIGN_IDS - {"pressured"})).flags == frozenset()
