"""Triage: from the answers to a topic and an urgency (DESIGN.md §3).

The rules are one table, read top to bottom; the first row whose conditions all hold
wins. ``None`` in a condition means "any".
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.taxonomy import AgeBand, Audience, Topic, Urgency


@dataclass(frozen=True, slots=True)
class Answers:
    """What the user chose. ``age_band`` is ``None`` where it was not asked."""

    audience: Audience
    topic: Topic
    age_band: AgeBand | None = None
    in_danger: bool = False


@dataclass(frozen=True, slots=True)
class TriageResult:
    """The outcome of triage: the topic to log and how urgent help is."""

    topic: Topic
    urgency: Urgency
    rule: str


@dataclass(frozen=True, slots=True)
class Rule:
    """One row of :data:`RULES`."""

    name: str
    urgency: Urgency
    in_danger: bool | None = None
    topic: Topic | None = None
    audience: Audience | None = None

    def matches(self, answers: Answers) -> bool:
        return (
            (self.in_danger is None or self.in_danger == answers.in_danger)
            and (self.topic is None or self.topic == answers.topic)
            and (self.audience is None or self.audience == answers.audience)
        )


RULES: tuple[Rule, ...] = (
    Rule("danger_now", Urgency.EMERGENCY, in_danger=True),
    Rule("threat_or_debt", Urgency.URGENT, topic=Topic.DEBT_OR_THREAT),
    Rule("violence", Urgency.URGENT, topic=Topic.VIOLENCE_VICTIM),
    Rule("weapons", Urgency.URGENT, topic=Topic.WEAPONS),
    Rule("leaving_a_network", Urgency.SUPPORT, topic=Topic.WANTS_OUT),
    Rule("pressure_to_do_jobs", Urgency.SUPPORT, topic=Topic.RECRUITMENT_PRESSURE),
    Rule("online_contact", Urgency.SUPPORT, topic=Topic.ONLINE_CONTACT),
    Rule("parent_worried", Urgency.SUPPORT, topic=Topic.FAMILY_WORRY),
    Rule("witness_or_tip", Urgency.SUPPORT, topic=Topic.WITNESS_OR_TIP),
    Rule("mental_health", Urgency.SUPPORT, topic=Topic.MENTAL_HEALTH),
    Rule("anything_else", Urgency.INFORMATION),
)


def triage(answers: Answers) -> TriageResult:
    """Apply :data:`RULES` to ``answers``. The last rule matches everything."""
    for rule in RULES:
        if rule.matches(answers):
            return TriageResult(topic=answers.topic, urgency=rule.urgency, rule=rule.name)
    raise AssertionError("RULES must end with a catch-all rule")  # pragma: no cover
