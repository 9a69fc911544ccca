"""Follow-up questions after the topic: 1–3 per topic, and what answers mean.

Rules: docs/conversation.md, "Follow-up questions and triage".

Two tables a non-programmer can read:

- :data:`QUESTIONS`: each question's id, its answers and the *flag* an answer raises.
  Flags are read by triage (:mod:`bot.core.triage`: urgency) and pick advice lines
  (:mod:`bot.core.advice`). The flag :data:`IN_DANGER` shows the emergency card at once
  (docs/conversation.md, "Follow-up questions and triage": one "no" never ends a risk
  check without the safety card).
- :data:`FOLLOW_UPS`: which questions each audience is asked for each topic, in order.
  The parent's "worried my child is being drawn into crime" gets the warning-sign
  checklist instead (:mod:`bot.core.checklist`).

Question texts are in ``handlers/question_labels.py``: short, plain, no blame. Questions
about someone else have their own ids (``friend_…``, ``child_…``, ``youth_…``) so that
each text can speak to the person asking.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.core.taxonomy import Audience, Topic

IN_DANGER = "in_danger"
YES_NO = ("yes", "no")
YES_NO_UNSURE = ("yes", "no", "unsure")


@dataclass(frozen=True, slots=True)
class Question:
    """A question with answer ids; ``flags`` maps an answer id to the flag it raises."""

    id: str
    answers: tuple[str, ...] = YES_NO
    flags: Mapping[str, str] = field(default_factory=dict)

    def flag_for(self, answer: str) -> str | None:
        """The flag raised by ``answer``, or ``None``."""
        return self.flags.get(answer)


def _safety(question_id: str) -> Question:
    """ "Is … safe right now?": "no" is danger now, "I don't know" makes it urgent."""
    return Question(question_id, YES_NO_UNSURE, {"no": IN_DANGER, "unsure": "unsure_safe"})


QUESTIONS: dict[str, Question] = {
    q.id: q
    for q in (
        _safety("safe_now"),
        _safety("friend_safe_now"),
        _safety("child_safe_now"),
        _safety("youth_safe_now"),
        Question("offered_things", flags={"yes": "gifts"}),
        Question("threatened", flags={"yes": "threatened"}),
        Question("friend_threatened", flags={"yes": "threatened"}),
        Question("child_threatened", flags={"yes": "threatened"}),
        Question("youth_threatened", flags={"yes": "threatened"}),
        Question("leaving_threatened", flags={"yes": "threatened"}),
        Question("owes", flags={"yes": "debt"}),
        Question("trusted_adult", flags={"no": "no_adult"}),
        Question("told_adult", flags={"no": "not_told"}),
        Question("self_harm", YES_NO_UNSURE, {"yes": IN_DANGER, "unsure": "unsure_self_harm"}),
        Question(
            "friend_self_harm", YES_NO_UNSURE, {"yes": IN_DANGER, "unsure": "unsure_self_harm"}
        ),
        Question("hurt_now", flags={"yes": IN_DANGER}),
        Question("friend_hurt_now", flags={"yes": IN_DANGER}),
        Question("child_hurt_now", flags={"yes": IN_DANGER}),
        Question("weapon_near", flags={"yes": "weapon_near"}),
        Question("online_asked", flags={"yes": "online_asked"}),
        Question("child_online_asked", flags={"yes": "child_online_asked"}),
        Question("harm_planned", YES_NO_UNSURE, {"yes": IN_DANGER, "unsure": "unsure_safe"}),
        Question("asked_to_sell", flags={"yes": "asked_to_sell"}),
        Question("drug_emergency", flags={"yes": IN_DANGER}),
        Question("works_with_children", flags={"yes": "must_report"}),
    )
}

_YP, _FRIEND, _PARENT, _PRO = (
    Audience.YOUNG_PERSON,
    Audience.FRIEND,
    Audience.PARENT,
    Audience.PROFESSIONAL,
)
_T = Topic

FOLLOW_UPS: dict[tuple[Audience, Topic], tuple[str, ...]] = {
    (_YP, _T.RECRUITMENT_PRESSURE): ("safe_now", "offered_things", "threatened"),
    (_YP, _T.DEBT_OR_THREAT): ("safe_now", "owes", "trusted_adult"),
    (_YP, _T.WANTS_OUT): ("safe_now", "leaving_threatened", "trusted_adult"),
    (_YP, _T.ONLINE_CONTACT): ("online_asked", "threatened", "trusted_adult"),
    (_YP, _T.VIOLENCE_VICTIM): ("safe_now", "hurt_now"),
    (_YP, _T.WEAPONS): ("safe_now", "weapon_near"),
    (_YP, _T.DRUGS): ("drug_emergency", "asked_to_sell"),
    (_YP, _T.WITNESS_OR_TIP): ("harm_planned", "trusted_adult"),
    (_YP, _T.MENTAL_HEALTH): ("self_harm", "trusted_adult"),
    (_YP, _T.SCHOOL_OR_LEISURE): ("trusted_adult",),
    (_YP, _T.OTHER): ("safe_now", "trusted_adult"),
    (_FRIEND, _T.RECRUITMENT_PRESSURE): ("friend_safe_now", "friend_threatened", "told_adult"),
    (_FRIEND, _T.DEBT_OR_THREAT): ("friend_safe_now", "told_adult"),
    (_FRIEND, _T.WANTS_OUT): ("friend_threatened", "told_adult"),
    (_FRIEND, _T.VIOLENCE_VICTIM): ("friend_safe_now", "friend_hurt_now"),
    (_FRIEND, _T.WITNESS_OR_TIP): ("harm_planned", "told_adult"),
    (_FRIEND, _T.MENTAL_HEALTH): ("friend_self_harm", "told_adult"),
    (_FRIEND, _T.OTHER): ("friend_safe_now", "told_adult"),
    (_PARENT, _T.DEBT_OR_THREAT): ("child_safe_now", "child_threatened"),
    (_PARENT, _T.ONLINE_CONTACT): ("child_online_asked", "child_threatened"),
    (_PARENT, _T.WANTS_OUT): ("child_safe_now", "child_threatened"),
    (_PARENT, _T.VIOLENCE_VICTIM): ("child_safe_now", "child_hurt_now"),
    (_PARENT, _T.OTHER): ("child_safe_now",),
    (_PRO, _T.RECRUITMENT_PRESSURE): ("youth_safe_now", "youth_threatened", "works_with_children"),
    (_PRO, _T.FAMILY_WORRY): ("youth_safe_now", "works_with_children"),
    (_PRO, _T.WANTS_OUT): ("youth_threatened", "works_with_children"),
    (_PRO, _T.VIOLENCE_VICTIM): ("youth_safe_now", "works_with_children"),
    (_PRO, _T.WITNESS_OR_TIP): ("harm_planned", "works_with_children"),
    (_PRO, _T.OTHER): ("youth_safe_now", "works_with_children"),
}

# (audience, topic) pairs answered with the warning-sign checklist instead of questions.
CHECKLIST_TOPICS: frozenset[tuple[Audience, Topic]] = frozenset({(_PARENT, _T.FAMILY_WORRY)})


def questions_for(audience: Audience, topic: Topic) -> tuple[Question, ...]:
    """The follow-up questions for this audience and topic, in order (empty for the checklist)."""
    return tuple(QUESTIONS[qid] for qid in FOLLOW_UPS.get((audience, topic), ()))


def uses_checklist(audience: Audience, topic: Topic) -> bool:
    """True when this audience and topic get the warning-sign checklist."""
    return (audience, topic) in CHECKLIST_TOPICS
