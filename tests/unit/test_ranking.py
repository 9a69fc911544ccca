"""Ranking (docs/resources.md, "Ranking (bot/core/ranking.py)"): emergency first, open before
closed, language, age, local, 24/7."""

from __future__ import annotations

import itertools
import random
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.core.directory import Service, load_directory, parse_directory
from bot.core.ranking import RankedService, age_fit, rank_services
from bot.core.taxonomy import AgeBand, Audience, Topic, Urgency

STHLM = ZoneInfo("Europe/Stockholm")
DAY = datetime(2026, 11, 24, 10, 0, tzinfo=STHLM)  # Tuesday morning
NIGHT = datetime(2026, 11, 24, 23, 0, tzinfo=STHLM)
ALL_AUDIENCES = [a.value for a in Audience]
ALL_TOPICS = [t.value for t in Topic]
OFFICE = {
    "rules": [{"days": ["mo", "tu", "we", "th", "fr"], "opens_at": "09:00", "closes_at": "17:00"}]
}


def entry(service_id: str, **fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": service_id,
        "organization_id": "org",
        "name": {"sv": service_id, "en": service_id},
        "description": {"sv": "–", "en": "–"},
        "status": "active",
        "audiences": ALL_AUDIENCES,
        "topics": ALL_TOPICS,
        "phones": [{"number": "020-00 00 00", "languages": ["sv"]}],
        "languages": ["sv"],
        "schedule": {"always_open": True},
        "service_area": {"scope": "national", "name": "Sverige"},
        "urgency": "support",
        "assured_date": "2026-11-01",
        "source_url": "https://example.org",
        "confidence": "high",
        "verified": True,
    }
    data.update(fields)
    return data


SERVICES: tuple[Service, ...] = parse_directory(
    {
        "organizations": [{"id": "org", "name": "Org"}],
        "services": [
            entry("e112", urgency="emergency", topics=["violence_victim", "weapons"]),
            entry(
                "youth-line", urgency="urgent", audiences=["young_person", "friend"], maximum_age=17
            ),
            entry("parent-line", audiences=["parent"], topics=["family_worry"], schedule=OFFICE),
            entry(
                "local-social",
                topics=["family_worry", "recruitment_pressure", "wants_out"],
                schedule={
                    "rules": [
                        {
                            "days": ["mo", "tu", "we", "th", "fr"],
                            "opens_at": "08:00",
                            "closes_at": "16:00",
                        }
                    ]
                },
                service_area={"scope": "municipality", "name": "Huddinge"},
            ),
            entry(
                "district-youth",
                audiences=["young_person"],
                topics=["school_or_leisure", "recruitment_pressure"],
                schedule={},
                minimum_age=13,
                maximum_age=16,
                service_area={"scope": "district", "name": "Skogås"},
                phones=[],
                url="https://example.org/skogas",
            ),
            entry(
                "arabic-line",
                topics=["mental_health"],
                languages=["ar"],
                schedule={
                    "rules": [
                        {
                            "days": ["mo", "tu", "we", "th", "fr", "sa", "su"],
                            "opens_at": "08:00",
                            "closes_at": "22:00",
                        }
                    ]
                },
                service_area={"scope": "region", "name": "Stockholm"},
            ),
            entry("adult-line", topics=["mental_health"], minimum_age=18),
            entry("exit", topics=["wants_out"], schedule=OFFICE),
            entry("interpreted", topics=["violence_victim"], interpretation=True, urgency="urgent"),
            entry(
                "hidden",
                verified=False,
                topics=ALL_TOPICS,
                service_area={"scope": "district", "name": "X"},
            ),
        ],
    }
).services


def ids(ranked: list[RankedService]) -> list[str]:
    return [item.service.id for item in ranked]


def rank(
    audience: str,
    band: str | None,
    topic: str,
    urgency: str,
    *,
    now: datetime = DAY,
    locale: str = "sv",
    services: tuple[Service, ...] | list[Service] = SERVICES,
    limit: int = 5,
) -> list[RankedService]:
    return rank_services(
        services,
        audience=Audience(audience),
        age_band=None if band is None else AgeBand(band),
        topic=Topic(topic),
        urgency=Urgency(urgency),
        locale=locale,
        now=now,
        limit=limit,
    )


@pytest.mark.parametrize(
    ("audience", "band", "topic", "urgency", "now", "locale", "expected"),
    [
        # urgent → 112 first, whatever the topic
        ("young_person", "13_15", "debt_or_threat", "emergency", DAY, "sv", ["e112", "youth-line"]),
        ("young_person", "18_20", "mental_health", "urgent", NIGHT, "sv", ["e112", "adult-line"]),
        # local before national when both are open
        ("parent", None, "family_worry", "support", DAY, "sv", ["local-social", "parent-line"]),
        (
            "young_person",
            "13_15",
            "recruitment_pressure",
            "support",
            DAY,
            "sv",
            ["local-social", "youth-line"],
        ),
        # open before closed: at night the 24/7 line comes first
        (
            "young_person",
            "13_15",
            "recruitment_pressure",
            "support",
            NIGHT,
            "sv",
            ["youth-line", "district-youth"],
        ),
        # the user's language first, then an interpreter
        (
            "young_person",
            "13_15",
            "mental_health",
            "support",
            DAY,
            "ar",
            ["arabic-line", "youth-line"],
        ),
        ("parent", "unknown", "violence_victim", "support", DAY, "ar", ["interpreted", "e112"]),
        # local first, then national ones tied on everything else, by id
        (
            "friend",
            "16_17",
            "wants_out",
            "information",
            DAY,
            "sv",
            ["local-social", "exit", "youth-line"],
        ),
    ],
)
def test_expected_first_ids(audience, band, topic, urgency, now, locale, expected) -> None:
    assert (
        ids(rank(audience, band, topic, urgency, now=now, locale=locale))[: len(expected)]
        == expected
    )


def test_closed_office_lines_follow_the_24_7_fallback_at_night() -> None:
    # The fallback is a 24/7 line other than 112 (which every set of cards names anyway),
    # the broadest one first; here the only lines open at night for a parent are narrow.
    ranked = rank("parent", None, "family_worry", "support", now=NIGHT)
    assert ids(ranked) == ["local-social", "parent-line", "interpreted"]
    assert [r.status.state for r in ranked] == ["closed", "closed", "always_open"]
    assert ranked[0].status.opens_at == datetime(2026, 11, 25, 8, 0, tzinfo=STHLM)
    assert "fallback_24_7" in ranked[-1].reasons


def test_age_band_outside_the_range_excludes_the_service() -> None:
    assert "youth-line" not in ids(rank("young_person", "18_20", "wants_out", "support"))
    assert "adult-line" not in ids(rank("young_person", "16_17", "mental_health", "support"))
    assert "district-youth" not in ids(
        rank("young_person", "under_13", "school_or_leisure", "support")
    )


@pytest.mark.parametrize(
    ("band", "fit"),
    [
        ("13_15", 0),
        ("16_17", 1),
        ("under_13", None),
        ("unknown", 1),
        (None, 1),
        ("18_20", None),
        ("21_plus", None),
    ],
)
def test_age_fit(band: str | None, fit: int | None) -> None:
    district = next(s for s in SERVICES if s.id == "district-youth")  # 13–16
    assert age_fit(district, None if band is None else AgeBand(band)) == fit


def test_unverified_services_are_dropped() -> None:
    for topic in Topic:
        assert "hidden" not in ids(rank("young_person", "13_15", topic.value, "support"))


def test_order_is_deterministic() -> None:
    shuffled = list(SERVICES)
    random.Random(7).shuffle(shuffled)
    for topic in Topic:
        args = ("friend", "13_15", topic.value, "support")
        assert ids(rank(*args, services=shuffled)) == ids(rank(*args))


def test_limit_keeps_a_24_7_line() -> None:
    ranked = rank("parent", None, "family_worry", "support", now=NIGHT, limit=1)
    assert ids(ranked) == ["interpreted"]
    with pytest.raises(ValueError, match="limit"):
        rank("parent", None, "family_worry", "support", limit=0)


def test_reasons_explain_the_place() -> None:
    first = rank("young_person", "13_15", "weapons", "emergency")[0]
    assert first.reasons == (
        "emergency_first",
        "always_open",
        "speaks_language",
        "audience_fit",
        "age_fit",
        "topic_match",
    )
    local = rank("parent", None, "family_worry", "support")[0]
    assert local.reasons == (
        "open_now",
        "speaks_language",
        "audience_fit",
        "age_fit",
        "topic_match",
        "local",
    )


# --- Properties over every combination, synthetic and shipped data ------------------------

COMBINATIONS = list(itertools.product(Audience, [*AgeBand, None], Topic, Urgency, (DAY, NIGHT)))
SHIPPED = load_directory(
    Path(__file__).resolve().parents[2] / "data" / "resources.json", today=date(2026, 11, 29)
)


def _open_rank(item: RankedService) -> int:
    """0: a person answers now; 1: a website, or hours unknown; 2: closed."""
    if item.status.is_open:
        return 0 if item.service.phones or item.service.chat_url else 1
    return 1 if not item.service.schedule.hours_known else 2


@pytest.mark.parametrize(
    "services", [SERVICES, SHIPPED.shown(date(2026, 11, 29))], ids=["synthetic", "shipped"]
)
def test_every_combination_has_24_7_and_open_before_closed(services: tuple[Service, ...]) -> None:
    for audience, band, topic, urgency, now in COMBINATIONS:
        ranked = rank_services(
            services,
            audience=audience,
            age_band=band,
            topic=topic,
            urgency=urgency,
            locale="sv",
            now=now,
        )
        assert 1 <= len(ranked) <= (7 if urgency in (Urgency.EMERGENCY, Urgency.URGENT) else 6)
        assert any(item.service.is_24_7 for item in ranked), (audience, band, topic, urgency, now)
        ordinary = [
            i
            for i in ranked
            if "emergency_first" not in i.reasons and "fallback_24_7" not in i.reasons
        ]
        assert [_open_rank(i) for i in ordinary] == sorted(_open_rank(i) for i in ordinary)
        if urgency in (Urgency.EMERGENCY, Urgency.URGENT):
            assert ranked[0].service.urgency == Urgency.EMERGENCY


def test_shipped_emergency_puts_112_first_then_open_lines() -> None:
    ranked = rank_services(
        SHIPPED.shown(date(2026, 11, 29)),
        audience=Audience.YOUNG_PERSON,
        age_band=AgeBand.AGE_13_15,
        topic=Topic.DEBT_OR_THREAT,
        urgency=Urgency.EMERGENCY,
        locale="sv",
        now=NIGHT,
    )
    assert ids(ranked)[0] == "sos-112"
    assert all(item.status.is_open for item in ranked[:2])


def test_shipped_parent_gets_parent_material() -> None:
    ranked = rank_services(
        SHIPPED.shown(date(2026, 11, 29)),
        audience=Audience.PARENT,
        age_band=AgeBand.AGE_13_15,
        topic=Topic.FAMILY_WORRY,
        urgency=Urgency.INFORMATION,
        locale="sv",
        now=DAY,
    )
    assert "gangsnacket" in ids(ranked)
    assert all(Topic.FAMILY_WORRY in item.service.topics or item.service.is_24_7 for item in ranked)


# --- Who answers now, languages nobody reads, 112 on top (issue 3) ----------------------


def _few(*entries: dict[str, Any]) -> tuple[Service, ...]:
    return parse_directory(
        {"organizations": [{"id": "org", "name": "Org"}], "services": list(entries)}
    ).services


def test_a_person_who_answers_now_comes_before_a_website() -> None:
    services = _few(
        entry("a-web", phones=[], url="https://example.org/form"),
        entry("b-office", schedule=OFFICE),
        entry("c-unknown-hours", schedule={}),
        entry("d-line"),
    )
    ranked = rank("parent", None, "family_worry", "support", services=services, now=NIGHT)
    assert ids(ranked) == ["d-line", "a-web", "c-unknown-hours", "b-office"]
    assert "website" in ranked[1].reasons
    day = rank("parent", None, "family_worry", "support", services=services, now=DAY)
    assert ids(day) == ["b-office", "d-line", "a-web", "c-unknown-hours"]


def test_a_line_in_a_language_the_user_did_not_choose_is_left_out() -> None:
    services = _few(
        entry("arabic", languages=["ar"]), entry("swedish"), entry("english", languages=["en"])
    )
    assert ids(rank("parent", None, "other", "support", services=services, locale="sv")) == [
        "swedish"
    ]
    assert ids(rank("parent", None, "other", "support", services=services, locale="ar")) == [
        "arabic",
        "swedish",
    ]
    assert ids(rank("parent", None, "other", "support", services=services, locale="en")) == [
        "english",
        "swedish",
    ]


def test_112_comes_on_top_of_the_limit() -> None:
    ranked = rank("young_person", "13_15", "violence_victim", "urgent", limit=1)
    assert ids(ranked) == ["e112", "interpreted"]  # 112, then the one best service
