"""The emergency card: 112 first, then the 24/7 lines, and its referral.

Rules: docs/conversation.md, "The emergency path".

The card is shown for the "I'm in danger now" button, for danger words in any free
text (:mod:`bot.core.danger`) and for a follow-up answer that means danger now. Showing
it is a referral: the bot recommends help (docs/conversation.md, "The emergency path",
"Referral decision"). A conversation (from /start, /menu or "Start over" to the next)
has one referral row; the emergency card and the resource cards both go into it
(``bot.core.recommend.merge_referrals``), so statistics count people's conversations,
not screens. Before the user has said who they are and
what it is about, the row says ``unknown`` and ``other``; later answers fill it in.
What the user typed is never part of it.

Who reads the card decides its lines after 112 (:func:`emergency_service_ids`): Bris is for
children and young people under 18, so parents, professionals and young people who said
they are 18 or older get the adult lines instead; a reader who has not said who they are
(danger typed before choosing) most likely is young and gets Bris.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date, datetime

from bot.core.danger import DangerMatch
from bot.core.directory import Directory, Service
from bot.core.locale import negotiate_locale
from bot.core.referral import Referral, coarse_hour
from bot.core.taxonomy import AgeBand, Audience, Topic, Urgency

# The card's lines per reader, 112 first, then 24/7 lines answered by a person. Source:
# shared/reference/sweden-resources-and-law.md §1 (resource table) and §3 (what to do):
# - 112 (SOS Alarm): everyone, 24/7; "danger now → 112" for young people and for parents;
# - Bris 116 111: "under 18", 24/7 since 15 March 2021 (data/resources.json: maximum_age 17);
# - Mind Självmordslinjen 90101: "anyone with suicidal thoughts, and people close to them",
#   24/7 since 1 June 2020;
# - Polisen 114 14: everyone, 24/7, not an emergency: report a crime, give a tip (§3, to
#   parents: "the Police: tip via 114 14 … In an acute situation call 112").
# Adult lines that data/resources.json marks unverified (the Bris adult line 077-150 50 50,
# Mind Föräldralinjen) are left out until checked; Directory.shown hides them anyway.
YOUNG_READER: tuple[str, ...] = ("sos-112", "bris-116111", "mind-90101")
ADULT_READER: tuple[str, ...] = ("sos-112", "polisen-11414", "mind-90101")
EMERGENCY_SERVICE_IDS: tuple[str, ...] = YOUNG_READER  # the card for a reader not known yet
ADULT_AUDIENCES: frozenset[Audience] = frozenset({Audience.PARENT, Audience.PROFESSIONAL})
ADULT_AGE = 18  # Bris answers under 18 (reference §1)
UNKNOWN_AUDIENCE = "unknown"


def emergency_service_ids(context: Mapping[str, object]) -> tuple[str, ...]:
    """The card's service ids, in card order, for the reader described by ``context``.

    ``context`` is the conversation so far (FSM data, ids only): ``audience`` (an
    ``Audience`` value) and ``age`` (an ``AgeBand`` value). Parents and professionals, and a
    young person whose age band starts at 18 or above, get ``ADULT_READER``; everyone else
    (a young person under 18 or of unknown age, a friend, or a reader who has not said who
    they are, also for missing or malformed values) gets ``YOUNG_READER``. Never raises.
    """
    audience = _known(context.get("audience"), Audience)
    age = _known(context.get("age"), AgeBand)
    if audience is not None and Audience(audience) in ADULT_AUDIENCES:
        return ADULT_READER
    youngest = AgeBand(age).bounds()[0] if age is not None else None
    if audience == Audience.YOUNG_PERSON and youngest is not None and youngest >= ADULT_AGE:
        return ADULT_READER
    return YOUNG_READER


def emergency_services(
    directory: Directory, today: date, context: Mapping[str, object] | None = None
) -> tuple[Service, ...]:
    """The card's services for the reader ``context`` describes (:func:`emergency_service_ids`;
    no context: a reader not known yet) that are shown to users on ``today`` (verified, not
    stale, active: ``Directory.shown``), in card order."""
    shown = {service.id: service for service in directory.shown(today)}
    return tuple(shown[sid] for sid in emergency_service_ids(context or {}) if sid in shown)


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


def card_locale(
    locale: str,
    *,
    locale_chosen: bool,
    language_code: str | None,
    match: DangerMatch,
    available: Collection[str],
) -> str:
    """The language of the emergency card: the user's choice; else Telegram's language if a
    catalogue fits it; else the language of the word list that matched (someone writing
    Arabic from a phone set to Pashto reads the card in Arabic), if there is a catalogue.

    Words in several lists ("kms", "SOS", "112") take the language the rest of the message
    shows ("I want to kms": English; the detector decides, :class:`bot.core.danger.DangerMatch`).
    A neutral match, where nothing else in the message tells ("kms" or "112" alone, or as
    many words of one language as of another), names no language: the card keeps ``locale``,
    the one the conversation already has (the choice, Telegram's language or the default).
    """
    if locale_chosen or negotiate_locale(language_code, available, "") != "":
        return locale
    if match.neutral or match.language not in available:
        return locale
    return match.language
