"""Triage rules: one test per rule of the table."""

from __future__ import annotations

import pytest

from bot.core.taxonomy import AgeBand, Audience, Topic, Urgency
from bot.core.triage import RULES, Answers, triage

CASES = [
    (
        Answers(Audience.YOUNG_PERSON, Topic.OTHER, in_danger=True),
        "danger_now",
        Urgency.EMERGENCY,
    ),
    (
        Answers(Audience.YOUNG_PERSON, Topic.DEBT_OR_THREAT, AgeBand.AGE_13_15),
        "threat_or_debt",
        Urgency.URGENT,
    ),
    (Answers(Audience.FRIEND, Topic.VIOLENCE_VICTIM), "violence", Urgency.URGENT),
    (Answers(Audience.PROFESSIONAL, Topic.WEAPONS), "weapons", Urgency.URGENT),
    (Answers(Audience.YOUNG_PERSON, Topic.WANTS_OUT), "leaving_a_network", Urgency.SUPPORT),
    (
        Answers(Audience.YOUNG_PERSON, Topic.RECRUITMENT_PRESSURE),
        "pressure_to_do_jobs",
        Urgency.SUPPORT,
    ),
    (Answers(Audience.PARENT, Topic.ONLINE_CONTACT), "online_contact", Urgency.SUPPORT),
    (Answers(Audience.PARENT, Topic.FAMILY_WORRY), "parent_worried", Urgency.SUPPORT),
    (Answers(Audience.FRIEND, Topic.WITNESS_OR_TIP), "witness_or_tip", Urgency.SUPPORT),
    (Answers(Audience.YOUNG_PERSON, Topic.MENTAL_HEALTH), "mental_health", Urgency.SUPPORT),
    (Answers(Audience.PARENT, Topic.OTHER), "anything_else", Urgency.INFORMATION),
    # flags raised by follow-up answers (bot/core/followups.py) or the checklist
    (
        Answers(Audience.YOUNG_PERSON, Topic.RECRUITMENT_PRESSURE, flags=frozenset({"threatened"})),
        "threatened",
        Urgency.URGENT,
    ),
    (
        Answers(Audience.FRIEND, Topic.OTHER, flags=frozenset({"unsure_safe"})),
        "unsure_if_safe",
        Urgency.URGENT,
    ),
    (
        Answers(Audience.YOUNG_PERSON, Topic.MENTAL_HEALTH, flags=frozenset({"unsure_self_harm"})),
        "unsure_about_self_harm",
        Urgency.URGENT,
    ),
    (
        Answers(Audience.YOUNG_PERSON, Topic.WEAPONS, flags=frozenset({"weapon_near"})),
        "weapon_near",
        Urgency.URGENT,
    ),
    (Answers(Audience.YOUNG_PERSON, Topic.DRUGS), "drugs", Urgency.SUPPORT),
    (
        Answers(Audience.PARENT, Topic.FAMILY_WORRY, flags=frozenset({"gifts"})),
        "parent_worried",
        Urgency.SUPPORT,
    ),
]


@pytest.mark.parametrize(("answers", "rule", "urgency"), CASES)
def test_rule(answers: Answers, rule: str, urgency: Urgency) -> None:
    result = triage(answers)
    assert (result.rule, result.urgency, result.topic) == (rule, urgency, answers.topic)


def test_every_rule_is_tested_and_the_last_catches_all() -> None:
    assert RULES[-1].topic is None
    assert RULES[-1].in_danger is None
    assert RULES[-1].flag is None
    assert len({rule.name for rule in RULES}) == len(RULES)
    assert {rule.name for rule in RULES} == {rule for _, rule, _ in CASES}


def test_danger_wins_over_every_flag_and_topic() -> None:
    answers = Answers(
        Audience.PARENT, Topic.FAMILY_WORRY, in_danger=True, flags=frozenset({"threatened"})
    )
    assert triage(answers).urgency == Urgency.EMERGENCY
