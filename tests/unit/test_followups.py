"""Follow-up questions and advice: 1–3 plain questions per topic, answers that matter."""

from __future__ import annotations

import pytest
from aiogram.utils.i18n import I18n

from bot.catalogs import DOMAIN
from bot.core.advice import FLAG_ADVICE, TOPIC_ADVICE, advice_for
from bot.core.checklist import SIGNS, assess
from bot.core.conversation import TOPICS_BY_AUDIENCE
from bot.core.followups import (
    CHECKLIST_TOPICS,
    FOLLOW_UPS,
    IN_DANGER,
    QUESTIONS,
    questions_for,
    uses_checklist,
)
from bot.core.taxonomy import Audience, Topic
from bot.core.triage import RULES
from handlers.advice_labels import advice_text
from handlers.callbacks import Reply, SignToggle
from handlers.question_labels import answer_label, question_text, sign_label
from tests.helpers import ROOT

OFFERED = [(a, t) for a, topics in TOPICS_BY_AUDIENCE.items() for t in topics]


@pytest.mark.parametrize(("audience", "topic"), OFFERED, ids=str)
def test_every_offered_topic_has_one_to_three_questions_or_the_checklist(
    audience: Audience, topic: Topic
) -> None:
    if uses_checklist(audience, topic):
        assert questions_for(audience, topic) == ()
    else:
        assert 1 <= len(questions_for(audience, topic)) <= 3


def test_only_parents_get_the_checklist_and_no_table_row_is_dead() -> None:
    assert {(Audience.PARENT, Topic.FAMILY_WORRY)} == CHECKLIST_TOPICS
    assert set(FOLLOW_UPS) == set(OFFERED) - CHECKLIST_TOPICS
    used = {qid for qids in FOLLOW_UPS.values() for qid in qids}
    assert used == set(QUESTIONS)


def test_every_flag_does_something() -> None:
    """A flag either shows the emergency card, changes urgency, or brings advice."""
    triage_flags = {rule.flag for rule in RULES if rule.flag}
    raised = {flag for q in QUESTIONS.values() for flag in q.flags.values()}
    assert raised - {IN_DANGER} <= triage_flags | set(FLAG_ADVICE)
    for q in QUESTIONS.values():
        assert set(q.flags) <= set(q.answers), q.id


def test_a_safety_question_never_ends_without_the_card() -> None:
    """One "no" never ends a risk check without the safety card (docs/conversation.md,
    "Follow-up questions and triage")."""
    for qid in ("safe_now", "friend_safe_now", "child_safe_now", "youth_safe_now"):
        assert QUESTIONS[qid].flag_for("no") == IN_DANGER
        assert QUESTIONS[qid].flag_for("unsure") == "unsure_safe"
    assert QUESTIONS["self_harm"].flag_for("yes") == IN_DANGER
    assert QUESTIONS["harm_planned"].flag_for("yes") == IN_DANGER


def test_advice_comes_topic_first_then_flags_without_repeats() -> None:
    advice = advice_for(
        Audience.YOUNG_PERSON, Topic.RECRUITMENT_PRESSURE, ["threatened", "gifts", "bogus"]
    )
    assert advice == (
        "never_trust_jobs",
        "no_swish_for_others",
        "threats_are_crimes",
        "gifts_become_debt",
    )
    assert advice_for(Audience.PARENT, Topic.WANTS_OUT, []) == ("can_get_out",)
    assert advice_for(Audience.PARENT, Topic.OTHER, []) == ()


@pytest.fixture(scope="module", params=["sv", "en"])
def in_language(request: pytest.FixtureRequest):
    i18n = I18n(path=ROOT / "locales", default_locale="sv", domain=DOMAIN)
    with i18n.context(), i18n.use_locale(request.param):
        yield request.param


def test_every_id_has_a_text(in_language: str) -> None:
    for qid, question in QUESTIONS.items():
        assert question_text(qid).strip()
        for answer in question.answers:
            assert answer_label(answer).strip()
    for sign in SIGNS:
        assert sign_label(sign.id).strip()
    advice_ids = set(FLAG_ADVICE.values()) | {a for ids in TOPIC_ADVICE.values() for a in ids}
    advice_ids |= {
        a for n in range(len(SIGNS) + 1) for a in assess([s.id for s in SIGNS[:n]]).advice
    }
    advice_ids |= set(assess(["pressured"]).advice)
    for advice_id in advice_ids:
        assert advice_text(advice_id).strip()
    if in_language == "sv":  # translated, not the English msgid
        assert question_text("safe_now") != "Are you safe right now?"


def test_questions_are_short_and_callback_data_fits() -> None:
    """A 12-year-old reads them on a phone; Bot API callback_data is at most 64 bytes."""
    i18n = I18n(path=ROOT / "locales", default_locale="en", domain=DOMAIN)
    with i18n.context(), i18n.use_locale("en"):
        for qid, question in QUESTIONS.items():
            assert len(question_text(qid)) <= 100, qid
            for answer in question.answers:
                assert len(Reply(question=qid, answer=answer).pack().encode()) <= 64
    for sign in SIGNS:
        assert len(SignToggle(sign=sign.id).pack().encode()) <= 64
