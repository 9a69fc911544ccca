"""A screen that is one step behind the saved place: which presses come from it.

The conversation state is written before an update's first Bot API call, on purpose
(crash safety: ``storage/fsm.py:FlushBeforeRequest``; docs/robustness.md). A crash
(``kill -9``, power loss) or a failed edit between that write and the edit that shows
the next step leaves the saved place *ahead* of the screen on the person's phone. They
then press a button of that screen again: a button of an earlier step. Such a press
gets the screen of the saved place (handlers/fallback.py, handlers/questions.py), not
"let's start again"; nothing is stored or logged a second time.

A press counts as "an earlier step of this conversation" when the button belongs to a
step before the saved one and its answer is the one saved for that step (the same
audience, age band, topic, language; for a follow-up answer or a checklist sign, a
question or sign of the saved path). So a changed answer on an old screen, a button of
a later step, or any press after ``/forget`` still gets the calm "let's start again".

FSM data keys (ids and flags only): :data:`RESULTS_SHOWN` is set once the resource cards
and "did this help?" were sent, :data:`EMERGENCY_SHOWN` once the emergency card that a
follow-up answer called for was sent. Without them, the state "results" (or a saved
danger answer) says the cards (or the card) were decided but maybe never shown, so they
are shown again, with the same referral id.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.core.checklist import SIGNS
from bot.core.followups import questions_for, uses_checklist
from bot.core.taxonomy import Audience, Topic
from handlers.callbacks import LanguageChoice, Nav, Pick, Reply, SignToggle
from handlers.states import Flow

RESULTS_SHOWN = "results_shown"
EMERGENCY_SHOWN = "emergency_shown"

# Steps in the order a conversation passes them; the questions and the checklist are
# alternatives at the same place.
_ORDER = (
    (Flow.language, 0),
    (Flow.privacy, 1),
    (Flow.audience, 2),
    (Flow.age, 3),
    (Flow.topic, 4),
    (Flow.followup, 5),
    (Flow.checklist, 5),
    (Flow.results, 6),
)
STEP_RANK: dict[str, int] = {str(step.state): rank for step, rank in _ORDER}
_PICK_STEPS = {"aud": ("audience", 2), "age": ("age", 3), "topic": ("topic", 4)}
_SIGN_IDS = frozenset(sign.id for sign in SIGNS)


def _path(saved: Mapping[str, Any]) -> tuple[Audience, Topic] | None:
    try:
        return Audience(str(saved.get("audience"))), Topic(str(saved.get("topic")))
    except ValueError:
        return None


def _after_topic(data: str, saved: Mapping[str, Any]) -> int | None:
    """Rank 5 for a button of the saved path's questions or checklist, else ``None``."""
    path = _path(saved)
    if path is None:
        return None
    checklist = uses_checklist(*path)
    prefix = data.partition(":")[0]
    if prefix == "ans" and not checklist:
        reply = Reply.unpack(data)
        for question in questions_for(*path):
            if question.id == reply.question and reply.answer in question.answers:
                return 5
        return None
    if prefix == "sign" and checklist:
        return 5 if SignToggle.unpack(data).sign in _SIGN_IDS else None
    if prefix == "nav":
        action = Nav.unpack(data).action
        if action == "signs_done" and checklist:
            return 5
        if action == "help" and not checklist and questions_for(*path):
            return 5
    return None


def button_rank(data: str | None, saved: Mapping[str, Any], locale: str) -> int | None:
    """The rank (:data:`STEP_RANK`) of the step whose button ``data`` is, or ``None``.

    ``saved`` is the FSM data and ``locale`` the person's language now. ``None`` when
    the button is not one of this bot's, or its answer is not the one on the saved path
    (module docstring). Never raises: malformed data gives ``None``.
    """
    if not data:
        return None
    prefix = data.partition(":")[0]
    try:
        if prefix == "lang":
            return 0 if LanguageChoice.unpack(data).locale == locale else None
        if prefix == "nav" and Nav.unpack(data).action == "privacy_ok":
            return 1
        if prefix == "pick":
            pick = Pick.unpack(data)
            key, rank = _PICK_STEPS.get(pick.step, ("", -1))
            return rank if key and pick.value and saved.get(key) == pick.value else None
        if prefix in {"ans", "sign", "nav"}:
            return _after_topic(data, saved)
    except (TypeError, ValueError):
        return None
    return None


def is_earlier_step(
    data: str | None, state: str | None, saved: Mapping[str, Any], locale: str
) -> bool:
    """Whether ``data`` is a button of a step before ``state`` on the saved path.

    ``state`` is the saved FSM state name (``Flow:…``; ``None`` means no conversation,
    so nothing is earlier).
    """
    current = STEP_RANK.get(state or "")
    pressed = button_rank(data, saved, locale)
    return current is not None and pressed is not None and pressed < current
