"""The emergency card: 112 first, then the 24/7 lines (DESIGN.md §2), and its referral.

The card is shown for the "I'm in danger now" button, for danger words in any free
text (:mod:`bot.core.danger`) and for a follow-up answer that means danger now. Showing
it is a referral (DESIGN.md §5): the bot recommends help. A conversation (from /start,
/menu or "Start over" to the next) has one referral row; the emergency card and the
resource cards both go into it (``bot.core.recommend.merge_referrals``), so statistics
count people's conversations, not screens. Before the user has said who they are and
what it is about, the row says ``unknown`` and ``other``; later answers fill it in.
What the user typed is never part of it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from bot.core.directory import Directory, Service
from bot.core.referral import Referral, coarse_hour
from bot.core.taxonomy import AgeBand, Audience, Topic, Urgency

# 112 first, then Bris 116 111 (children, 24/7) and Mind 90101 (suicide line, 24/7).
EMERGENCY_SERVICE_IDS: tuple[str, ...] = ("sos-112", "bris-116111", "mind-90101")
UNKNOWN_AUDIENCE = "unknown"


def emergency_services(directory: Directory, today: date) -> tuple[Service, ...]:
    """The card's services that are shown to users on ``today``, in card order."""
    shown = {service.id: service for service in directory.shown(today)}
    return tuple(shown[sid] for sid in EMERGENCY_SERVICE_IDS if sid in shown)


def _known(value: object, kind: type[Audience] | type[Topic] | type[AgeBand]) -> str | None:
    return value if isinstance(value, str) and value in {item.value for item in kind} else None


def emergency_referral(
    context: Mapping[str, object],
    services: tuple[Service, ...],
    *,
    referral_id: str,
    locale: str,
    now: datetime,
) -> Referral:
    """The referral row for one emergency card.

    ``context`` is the conversation so far (ids only): ``audience``, ``age``, ``topic``
    and ``campaign`` are used when present and valid. ``now`` is aware; the row keeps
    the hour only. Urgency is always ``emergency``.
    """
    campaign = context.get("campaign")
    return Referral(
        id=referral_id,
        hour=coarse_hour(now),
        audience=_known(context.get("audience"), Audience) or UNKNOWN_AUDIENCE,
        age_band=_known(context.get("age"), AgeBand),
        topic=_known(context.get("topic"), Topic) or Topic.OTHER.value,
        urgency=Urgency.EMERGENCY.value,
        locale=locale,
        services_shown=tuple(service.id for service in services),
        campaign=campaign if isinstance(campaign, str) else None,
    )
