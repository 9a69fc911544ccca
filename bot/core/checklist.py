"""The parent's warning-sign checklist and its graded advice (docs/conversation.md,
"The parent checklist").

The signs are those listed by Polisen and Gängsnacket, plus two from municipalities
(shared/reference/sweden-resources-and-law.md §3). The parent ticks any number of them;
:func:`assess` grades by how many and which kind were ticked and returns advice ids
(texts in ``handlers/checklist_labels.py``). It never says what the child is doing:
signs can have other explanations, so every grade ends in "talk, get support, ask".

Grades:

- ``none``: no sign ticked → trust your feeling, talk, parent support;
- ``few``: one or two ordinary signs → talk and get support; social services can advise;
- ``several``: three or more signs, or one *serious* sign (money moving through the
  child's phone or bank, a second phone, pressure that may be extortion) → contact
  social services now (report of concern) and tip the police; "better once too often".

A ticked ``pressured`` sign raises the ``threatened`` flag (urgent triage: 112 first)
and adds "do not pay" advice; reference §3: "do not pay; contact the Police and social
services".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True, slots=True)
class Sign:
    """One warning sign: ``kind`` groups similar signs; ``serious`` signs alone mean "act now"."""

    id: str
    kind: Literal["behaviour", "company", "money", "phones", "pressure"]
    serious: bool = False


SIGNS: tuple[Sign, ...] = (
    Sign("secretive", "behaviour"),  # lies, hides things, changed attitude (H)
    Sign("older_friends", "company"),  # new, older friends (H)
    Sign("expensive_things", "money"),  # new clothes, phone, expensive things (H)
    Sign("own_money", "money"),  # stops asking for money, has more money (H)
    Sign("payments", "money", serious=True),  # many or large Swish/bank payments (H)
    Sign("two_phones", "phones", serious=True),  # has two phones (H)
    Sign("new_values", "behaviour"),  # speaks differently, new opinions or values (H)
    Sign("treats", "money"),  # sweets, soda, treated to restaurants (M)
    Sign("pressured", "pressure", serious=True),  # under pressure, skips school, sells things (L–M)
)

SIGN_IDS: frozenset[str] = frozenset(sign.id for sign in SIGNS)
SEVERAL = 3  # this many signs, or one serious sign, grade as "several"

Grade = Literal["none", "few", "several"]


@dataclass(frozen=True, slots=True)
class Assessment:
    """The grade, the advice ids to show (in order) and the flags for triage."""

    grade: Grade
    advice: tuple[str, ...]
    flags: frozenset[str]


def toggle(selected: Iterable[str], sign_id: str) -> tuple[str, ...]:
    """``selected`` with ``sign_id`` added or removed, in checklist order.

    Unknown ids (forged or from an older version) are dropped. Raises :class:`KeyError`
    when ``sign_id`` is not a sign.
    """
    if sign_id not in SIGN_IDS:
        raise KeyError(sign_id)
    chosen = set(selected) & SIGN_IDS
    chosen ^= {sign_id}
    return tuple(sign.id for sign in SIGNS if sign.id in chosen)


def assess(selected: Iterable[str]) -> Assessment:
    """Grade the ticked signs (unknown ids ignored); see the module docstring."""
    chosen = [sign for sign in SIGNS if sign.id in set(selected)]
    serious = any(sign.serious for sign in chosen)
    grade: Grade = (
        "none" if not chosen else "several" if len(chosen) >= SEVERAL or serious else "few"
    )
    advice = [f"signs_{grade}"]
    flags: set[str] = set()
    if any(sign.kind == "money" for sign in chosen):
        advice.append("money_becomes_debt")
    if any(sign.id == "pressured" for sign in chosen):
        advice.append("do_not_pay")
        flags.add("threatened")
    advice.append("not_alone")
    return Assessment(grade, tuple(advice), frozenset(flags))
