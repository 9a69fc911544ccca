"""Triage: from the answers to a topic and an urgency (docs/conversation.md, "Follow-up
questions and triage").

The rules are one table, read top to bottom; the first row whose conditions all hold
wins. ``None`` in a condition means "any". ``flag`` is raised by a follow-up answer
(:mod:`bot.core.followups`) or by the parent checklist (:mod:`bot.core.checklist`).
Urgency ``emergency`` or ``urgent`` puts 112 first among the services (ranking).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.core.taxonomy import AgeBand, Audience, Topic, Urgency


@dataclass(frozen=True, slots=True)
class Answers:
    """What the user chose. ``age_band`` is ``None`` where it was not asked.

    ``in_danger``: the user said someone is in danger now (a follow-up answer).
    ``flags``: the other flags raised by follow-up answers (:mod:`bot.core.followups`).
    ``signs``: warning signs ticked in the parent checklist (:mod:`bot.core.checklist`).
    """

    audience: Audience
    topic: Topic
    age_band: AgeBand | None = None
    in_danger: bool = False
    flags: frozenset[str] = field(default_factory=frozenset)
    signs: tuple[str, ...] = ()


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
    flag: str | None = None
    topic: Topic | None = None
    audience: Audience | None = None

    def matches(self, answers: Answers) -> bool:
        return (
            (self.in_danger is None or self.in_danger == answers.in_danger)
            and (self.flag is None or self.flag in answers.flags)
            and (self.topic is None or self.topic == answers.topic)
            and (self.audience is None or self.audience == answers.audience)
        )


U = Urgency
RULES: tuple[Rule, ...] = (
    Rule("danger_now", U.EMERGENCY, in_danger=True),
    Rule("threatened", U.URGENT, flag="threatened"),
    Rule("unsure_if_safe", U.URGENT, flag="unsure_safe"),
    Rule("unsure_about_self_harm", U.URGENT, flag="unsure_self_harm"),
    Rule("weapon_near", U.URGENT, flag="weapon_near"),
    Rule("threat_or_debt", U.URGENT, topic=Topic.DEBT_OR_THREAT),
    Rule("violence", U.URGENT, topic=Topic.VIOLENCE_VICTIM),
    Rule("weapons", U.URGENT, topic=Topic.WEAPONS),
    Rule("leaving_a_network", U.SUPPORT, topic=Topic.WANTS_OUT),
    Rule("pressure_to_do_jobs", U.SUPPORT, topic=Topic.RECRUITMENT_PRESSURE),
    Rule("online_contact", U.SUPPORT, topic=Topic.ONLINE_CONTACT),
    Rule("parent_worried", U.SUPPORT, topic=Topic.FAMILY_WORRY),
    Rule("witness_or_tip", U.SUPPORT, topic=Topic.WITNESS_OR_TIP),
    Rule("mental_health", U.SUPPORT, topic=Topic.MENTAL_HEALTH),
    Rule("drugs", U.SUPPORT, topic=Topic.DRUGS),
    Rule("anything_else", U.INFORMATION),
)


def triage(answers: Answers) -> TriageResult:
    """Apply :data:`RULES` to ``answers``. The last rule matches everything."""
    for rule in RULES:
        if rule.matches(answers):
            return TriageResult(topic=answers.topic, urgency=rule.urgency, rule=rule.name)
    raise AssertionError("RULES must end with a catch-all rule")  # pragma: no cover
