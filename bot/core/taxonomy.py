"""Stable ids shared by triage, the resource directory and the referral log.

The topic ids follow Child Helpline International's case categories (the CHI data
framework), extended for crime prevention. The ids are stored in the referral log and in
the resource directory (as HSDS ``taxonomy_term`` codes), so they never change; their
labels live in the gettext catalogues.
"""

from __future__ import annotations

from enum import StrEnum


class Audience(StrEnum):
    """Who is asking (docs/conversation.md, "The steps": "who are you?")."""

    YOUNG_PERSON = "young_person"
    FRIEND = "friend"
    PARENT = "parent"
    PROFESSIONAL = "professional"


class AgeBand(StrEnum):
    """Coarse age of a young person; never an exact age."""

    UNDER_13 = "under_13"
    AGE_13_15 = "13_15"
    AGE_16_17 = "16_17"
    AGE_18_20 = "18_20"
    AGE_21_PLUS = "21_plus"
    UNKNOWN = "unknown"

    def bounds(self) -> tuple[int | None, int | None]:
        """Inclusive (min, max) age in years; ``None`` where open or unknown."""
        return _AGE_BOUNDS[self]


_AGE_BOUNDS: dict[AgeBand, tuple[int | None, int | None]] = {
    AgeBand.UNDER_13: (None, 12),
    AgeBand.AGE_13_15: (13, 15),
    AgeBand.AGE_16_17: (16, 17),
    AgeBand.AGE_18_20: (18, 20),
    AgeBand.AGE_21_PLUS: (21, None),
    AgeBand.UNKNOWN: (None, None),
}


class Topic(StrEnum):
    """What the conversation is about (docs/conversation.md, "The steps": the topic menu)."""

    RECRUITMENT_PRESSURE = "recruitment_pressure"
    DEBT_OR_THREAT = "debt_or_threat"
    WANTS_OUT = "wants_out"
    VIOLENCE_VICTIM = "violence_victim"
    WITNESS_OR_TIP = "witness_or_tip"
    WEAPONS = "weapons"
    DRUGS = "drugs"
    ONLINE_CONTACT = "online_contact"
    FAMILY_WORRY = "family_worry"
    MENTAL_HEALTH = "mental_health"
    SCHOOL_OR_LEISURE = "school_or_leisure"
    OTHER = "other"


class Urgency(StrEnum):
    """How soon help is needed, most urgent first (docs/conversation.md, "Follow-up questions
    and triage")."""

    EMERGENCY = "emergency"
    URGENT = "urgent"
    SUPPORT = "support"
    INFORMATION = "information"

    @property
    def rank(self) -> int:
        """0 for ``emergency`` … 3 for ``information``; lower is more urgent."""
        return list(Urgency).index(self)
