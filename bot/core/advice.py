"""Short advice lines shown above the resource cards, chosen by id.

Where they appear: docs/conversation.md, "The steps" and "Follow-up questions and triage".

The advice comes from shared/reference/sweden-resources-and-law.md §3 ("For young
people", "Recommended actions for parents") and §5.6 (duty to report). This module only
picks ids, in the order they are shown; the texts are in ``handlers/advice_labels.py``.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.core.taxonomy import Audience, Topic

# Advice for everyone who picks this topic (audience None) or for one audience.
TOPIC_ADVICE: dict[tuple[Audience | None, Topic], tuple[str, ...]] = {
    (Audience.YOUNG_PERSON, Topic.RECRUITMENT_PRESSURE): (
        "never_trust_jobs",
        "no_swish_for_others",
    ),
    (Audience.YOUNG_PERSON, Topic.DRUGS): ("never_trust_jobs",),
    (None, Topic.WANTS_OUT): ("can_get_out",),
}

# Advice for a flag raised by a follow-up answer (bot/core/followups.py), in this order.
FLAG_ADVICE: dict[str, str] = {
    "unsure_safe": "unsure_call_112",
    "unsure_self_harm": "strong_thoughts",
    "threatened": "threats_are_crimes",
    "debt": "debt_is_a_trap",
    "gifts": "gifts_become_debt",
    "asked_to_sell": "you_can_say_no",
    "weapon_near": "do_not_touch_weapon",
    "online_asked": "block_and_save",
    "child_online_asked": "save_and_report",
    "must_report": "duty_to_report",
    "no_adult": "not_alone_young",
    "not_told": "telling_is_not_snitching",
}


def advice_for(audience: Audience, topic: Topic, flags: Iterable[str]) -> tuple[str, ...]:
    """Advice ids for this audience, topic and raised flags, without repeats.

    Topic advice first, then flag advice in :data:`FLAG_ADVICE` order. Unknown flags
    are ignored.
    """
    raised = set(flags)
    ids = [
        *TOPIC_ADVICE.get((None, topic), ()),
        *TOPIC_ADVICE.get((audience, topic), ()),
        *(advice for flag, advice in FLAG_ADVICE.items() if flag in raised),
    ]
    return tuple(dict.fromkeys(ids))
