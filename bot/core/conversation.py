"""Which questions the conversation asks, and which answers it offers.

The steps and who is asked what: docs/conversation.md, "The steps".

Plain data so that a non-programmer can read and change it. The labels of these ids
are translated in the gettext catalogues (``handlers/labels.py``); a topic's label
depends on who is asking ("I want to get out" / "My child wants to get out").
The follow-up questions after the topic are in :mod:`bot.core.followups`.
"""

from __future__ import annotations

from bot.core.taxonomy import AgeBand, Audience, Topic

AUDIENCES: tuple[Audience, ...] = (
    Audience.YOUNG_PERSON,
    Audience.FRIEND,
    Audience.PARENT,
    Audience.PROFESSIONAL,
)

# Audiences asked for an age band before the topic.
ASKS_AGE: frozenset[Audience] = frozenset({Audience.YOUNG_PERSON})

AGE_BANDS: tuple[AgeBand, ...] = tuple(AgeBand)

# The topic menu of each audience, most asked first. Every ``Topic`` (bot/core/taxonomy.py)
# is offered to someone; "family_worry" (the parent checklist) only to adults.
TOPICS_BY_AUDIENCE: dict[Audience, tuple[Topic, ...]] = {
    Audience.YOUNG_PERSON: (
        Topic.RECRUITMENT_PRESSURE,
        Topic.DEBT_OR_THREAT,
        Topic.WANTS_OUT,
        Topic.ONLINE_CONTACT,
        Topic.VIOLENCE_VICTIM,
        Topic.WEAPONS,
        Topic.DRUGS,
        Topic.WITNESS_OR_TIP,
        Topic.MENTAL_HEALTH,
        Topic.SCHOOL_OR_LEISURE,
        Topic.OTHER,
    ),
    Audience.FRIEND: (
        Topic.RECRUITMENT_PRESSURE,
        Topic.DEBT_OR_THREAT,
        Topic.WANTS_OUT,
        Topic.VIOLENCE_VICTIM,
        Topic.WITNESS_OR_TIP,
        Topic.MENTAL_HEALTH,
        Topic.OTHER,
    ),
    Audience.PARENT: (
        Topic.FAMILY_WORRY,
        Topic.DEBT_OR_THREAT,
        Topic.ONLINE_CONTACT,
        Topic.WANTS_OUT,
        Topic.VIOLENCE_VICTIM,
        Topic.OTHER,
    ),
    Audience.PROFESSIONAL: (
        Topic.RECRUITMENT_PRESSURE,
        Topic.FAMILY_WORRY,
        Topic.WANTS_OUT,
        Topic.VIOLENCE_VICTIM,
        Topic.WITNESS_OR_TIP,
        Topic.OTHER,
    ),
}


def topics_for(audience: Audience) -> tuple[Topic, ...]:
    """The topics offered to ``audience``, in menu order."""
    return TOPICS_BY_AUDIENCE[audience]
