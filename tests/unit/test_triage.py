"""Triage rules: one test per rule of the table."""

from __future__ import annotations

import pytest

from bot.core.taxonomy import AgeBand, Audience, Topic, Urgency
from bot.core.triage import RULES, Answers, triage


@pytest.mark.parametrize(
    ("answers", "rule", "urgency"),
    [
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
    ],
)
def test_rule(answers: Answers, rule: str, urgency: Urgency) -> None:
    result = triage(answers)
    assert (result.rule, result.urgency, result.topic) == (rule, urgency, answers.topic)


def test_every_rule_is_tested_and_the_last_catches_all() -> None:
    assert RULES[-1].topic is None
    assert RULES[-1].in_danger is None
    assert len({rule.name for rule in RULES}) == len(RULES)
