"""Rank the directory's services for one person at one instant.

Rules: docs/resources.md, "Ranking (bot/core/ranking.py)"; docs/conversation.md, "Which
services".

Who is eligible: active and verified services whose ``audiences`` include the person's
audience, whose age range overlaps the age band, that speak the user's language or
Swedish or offer an interpreter (the Arabic 1177 line is useless to a Finnish speaker),
and whose ``topics`` include the topic (an unrelated line is noise on a small phone screen). With urgency ``emergency`` or
``urgent`` the emergency service (112, ``urgency == "emergency"``) is eligible for any topic.

Order (a sort key, ties broken by id, so the result is deterministic):
1. emergency service first when the urgency is ``emergency`` or ``urgent`` (on top of
   the ``limit``, so that it never pushes a related service off the screen);
2. a person answers now (open now, with a phone or chat), then hours unknown or a
   website (always there, but nobody answers), then closed;
3. the user's language, then an interpreter, then Swedish;
4. age fit: the band lies inside the service's range, then a partial overlap;
5. local before national: district, municipality, region, national.

Then at least one 24/7 contact (:attr:`Service.is_24_7`) is guaranteed: if none made the
cut, one is put in the last place, topic aside (and audience, age and language aside, if
no 24/7 contact serves this person): the broadest line (most topics) other than 112,
which the cards name anyway, best key first.

Audience fit and topic match decide eligibility, not the order (docs/resources.md, "Ranking
(bot/core/ranking.py)"), so that an open but unrelated line (the suicide line for "wants
out") never pushes a related one off the screen.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from bot.core.directory import Service
from bot.core.schedule import OpeningStatus, opening_status
from bot.core.taxonomy import AgeBand, Audience, Topic, Urgency

_SCOPES = ("district", "municipality", "region", "national")
COUNTRY_LANGUAGE = "sv"  # a service in neither this nor the user's language is not shown
CARDS = 6  # services per answer: every audience and topic fits (tests/unit/test_triage_table.py)
_URGENT = (Urgency.EMERGENCY, Urgency.URGENT)


@dataclass(frozen=True, slots=True)
class RankedService:
    """A service to show, its opening status at ``now`` and why it ranks where it does.

    ``reasons`` are stable codes for renderers and tests: ``emergency_first``,
    ``always_open``, ``open_now``, ``website``, ``hours_unknown``, ``closed``, ``speaks_language``,
    ``interpreter``, ``audience_fit``, ``age_fit``, ``age_partial``, ``topic_match``,
    ``local``, ``fallback_24_7``.
    """

    service: Service
    status: OpeningStatus
    reasons: tuple[str, ...]


def age_fit(service: Service, band: AgeBand | None) -> int | None:
    """0 if ``band`` lies inside the service's age range, 1 if it overlaps, None if disjoint.

    Uses :meth:`AgeBand.bounds` (inclusive) against HSDS ``minimum_age``/``maximum_age``;
    an unknown band (or None) overlaps every range.
    """
    low, high = (band or AgeBand.UNKNOWN).bounds()
    smin, smax = service.minimum_age, service.maximum_age
    if (high is not None and smin is not None and high < smin) or (
        low is not None and smax is not None and low > smax
    ):
        return None
    inside_low = smin is None or (low is not None and low >= smin)
    inside_high = smax is None or (high is not None and high <= smax)
    return 0 if inside_low and inside_high else 1


def _language(service: Service, locale: str) -> int:
    """0: speaks the user's language; 1: offers an interpreter; 2: Swedish only; 3: neither."""
    code = locale.replace("_", "-").split("-")[0].lower()
    if code in service.languages:
        return 0
    if service.interpretation:
        return 1
    return 2 if COUNTRY_LANGUAGE in service.languages else 3


def _reach(service: Service, status: OpeningStatus) -> int:
    """0: a person answers now; 1: hours unknown, or a website; 2: closed."""
    if status.is_open:
        return 0 if service.phones or service.chat_url else 1
    return 1 if not service.schedule.hours_known else 2


@dataclass(frozen=True, slots=True)
class _Context:
    audience: Audience
    age_band: AgeBand | None
    topic: Topic
    urgency: Urgency
    locale: str
    now: datetime


@dataclass(frozen=True, slots=True)
class _Scored:
    service: Service
    status: OpeningStatus
    key: tuple[int, int, int, int, int, str]


def _score(service: Service, ctx: _Context) -> _Scored:
    status = opening_status(service.schedule, ctx.now)
    emergency = ctx.urgency in _URGENT and service.urgency == Urgency.EMERGENCY
    age = age_fit(service, ctx.age_band)
    key = (
        0 if emergency else 1,
        _reach(service, status),
        _language(service, ctx.locale),
        2 if age is None else age,
        _SCOPES.index(service.service_area.scope),
        service.id,
    )
    return _Scored(service, status, key)


def _reasons(item: _Scored, ctx: _Context, *, fallback: bool) -> tuple[str, ...]:
    emergency, reach, language, age, scope, _ = item.key
    service, state = item.service, item.status.state
    reasons = ["emergency_first"] if emergency == 0 else []
    if item.status.is_open and reach == 1:
        reasons.append("website")
    elif state == "always_open":
        reasons.append(state)
    else:
        reasons.append(("open_now", "hours_unknown", "closed")[reach])
    reasons += [("speaks_language", "interpreter", "", "")[language]]
    reasons += ["audience_fit"] if ctx.audience in service.audiences else []
    reasons += [("age_fit", "age_partial", "")[age]]
    reasons += ["topic_match"] if ctx.topic in service.topics else []
    reasons += ["local"] if scope < _SCOPES.index("region") else []
    reasons += ["fallback_24_7"] if fallback else []
    return tuple(r for r in reasons if r)


def _fallback_key(item: _Scored) -> tuple[bool, int, tuple[int, int, int, int, int, str]]:
    return (item.service.urgency == Urgency.EMERGENCY, -len(item.service.topics), item.key)


def rank_services(
    services: Iterable[Service],
    *,
    audience: Audience,
    age_band: AgeBand | None,
    topic: Topic,
    urgency: Urgency,
    locale: str,
    now: datetime,
    limit: int = CARDS,
) -> list[RankedService]:
    """The best ``limit`` services for this person at ``now``, best first (and 112 before
    them when the urgency is urgent or emergency).

    ``services`` is usually ``Directory.shown(today)``; unverified or inactive ones are
    dropped here too. ``age_band`` None means unknown. ``locale`` is a language tag ("sv",
    "fa", "en-GB"); ``now`` is timezone-aware (any zone). Eligibility, order and the 24/7
    guarantee are in the module docstring (and docs/resources.md, "Ranking
    (bot/core/ranking.py)"). The list is empty only when ``services`` has neither an
    eligible service nor any 24/7 contact. Raises :class:`ValueError` for ``limit < 1`` or
    a naive ``now``.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    ctx = _Context(audience, age_band, topic, urgency, locale, now)
    # Opening hours are looked up only for the services that can be shown: eligibility
    # does not depend on them (module docstring).
    pool = [s for s in services if s.verified and s.status == "active"]
    eligible = [
        s
        for s in pool
        if audience in s.audiences and _language(s, locale) < 3 and age_fit(s, age_band) is not None
    ]
    urgent = urgency in _URGENT
    relevant = sorted(
        (
            _score(s, ctx)
            for s in eligible
            if topic in s.topics or (urgent and s.urgency == Urgency.EMERGENCY)
        ),
        key=lambda i: i.key,
    )
    first = [i for i in relevant if i.key[0] == 0]  # 112 when urgent, on top of the limit
    chosen = first + [i for i in relevant if i.key[0] != 0][:limit]
    ranked = [RankedService(i.service, i.status, _reasons(i, ctx, fallback=False)) for i in chosen]
    if not any(i.service.is_24_7 for i in chosen):
        backups = [_score(s, ctx) for s in eligible if s.is_24_7] or [
            _score(s, ctx) for s in pool if s.is_24_7
        ]
        if backups:
            best = min(backups, key=_fallback_key)
            extra = RankedService(best.service, best.status, _reasons(best, ctx, fallback=True))
            ranked = [*ranked[: len(first) + limit - 1], extra]
    return ranked
