"""The emergency card's services and the one referral row of a conversation."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.core.directory import load_directory
from bot.core.emergency import (
    ADULT_READER,
    EMERGENCY_SERVICE_IDS,
    YOUNG_READER,
    emergency_referral,
    emergency_service_ids,
    emergency_services,
)
from bot.core.recommend import merge_referrals
from bot.core.referral import Referral
from bot.core.taxonomy import AgeBand, Audience

DIRECTORY = load_directory(
    Path(__file__).resolve().parents[2] / "data" / "resources.json", today=date(2026, 11, 29)
)
NOW = datetime(2026, 11, 25, 14, 37, 12, tzinfo=UTC)


def test_112_first_then_bris_and_mind() -> None:
    services = emergency_services(DIRECTORY, date(2026, 11, 25))
    assert [s.id for s in services] == ["sos-112", "bris-116111", "mind-90101"]
    assert EMERGENCY_SERVICE_IDS[0] == "sos-112"
    assert all(s.is_24_7 for s in services)


YOUNG = ["sos-112", "bris-116111", "mind-90101"]
ADULT = ["sos-112", "polisen-11414", "mind-90101"]


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        ({}, YOUNG),  # danger typed before choosing: most likely a young reader
        ({"audience": "young_person"}, YOUNG),
        ({"audience": "young_person", "age": "under_13"}, YOUNG),
        ({"audience": "young_person", "age": "13_15"}, YOUNG),
        ({"audience": "young_person", "age": "16_17"}, YOUNG),
        ({"audience": "young_person", "age": "unknown"}, YOUNG),
        ({"audience": "young_person", "age": "18_20"}, ADULT),
        ({"audience": "young_person", "age": "21_plus"}, ADULT),
        ({"audience": "friend"}, YOUNG),
        ({"audience": "parent"}, ADULT),
        ({"audience": "parent", "age": None}, ADULT),
        ({"audience": "professional"}, ADULT),
        ({"audience": "<script>", "age": "21_plus"}, YOUNG),  # forged: not a known reader
        ({"audience": 7, "age": ["18_20"]}, YOUNG),
        ({"audience": "friend", "age": "21_plus"}, YOUNG),  # only a young person gives an age
    ],
)
def test_the_card_fits_the_reader(context: dict[str, object], expected: list[str]) -> None:
    assert list(emergency_service_ids(context)) == expected
    services = emergency_services(DIRECTORY, date(2026, 11, 25), context)
    assert [s.id for s in services] == expected
    assert all(s.is_24_7 for s in services)
    assert services[0].phones[0].number == "112"


def test_adults_never_see_bris_and_unverified_adult_lines_stay_hidden() -> None:
    for audience in (Audience.PARENT, Audience.PROFESSIONAL):
        services = emergency_services(DIRECTORY, NOW.date(), {"audience": audience.value})
        ids = {s.id for s in services}
        assert "bris-116111" not in ids
        assert not {"bris-vuxentelefon", "mind-foraldralinjen"} & ids  # unverified
        assert [p.number for s in services for p in s.phones] == ["112", "114 14", "90101"]


def test_each_card_line_serves_its_reader_in_the_directory() -> None:
    """The table agrees with data/resources.json: every line is verified, reached by phone
    around the clock, lists the reader's audiences and takes the reader's ages."""
    services = {s.id: s for s in DIRECTORY.shown(NOW.date())}
    young = (Audience.YOUNG_PERSON, Audience.FRIEND)
    adult = (Audience.PARENT, Audience.PROFESSIONAL)
    for ids, audiences, ages in (
        (YOUNG_READER, young, (AgeBand.UNDER_13, AgeBand.AGE_13_15, AgeBand.AGE_16_17)),
        (ADULT_READER, adult, (AgeBand.AGE_18_20, AgeBand.AGE_21_PLUS)),
    ):
        assert ids[0] == "sos-112"
        for sid in ids:
            service = services[sid]
            assert service.is_24_7, sid
            assert service.phones, sid
            assert set(audiences) <= set(service.audiences), sid
            for band in ages:
                low, high = band.bounds()
                assert service.maximum_age is None or (
                    high is not None and high <= service.maximum_age
                ), (sid, band)
                assert service.minimum_age is None or (
                    low is not None and low >= service.minimum_age
                ), (sid, band)
    assert services["bris-116111"].maximum_age == 17  # why adults get ADULT_READER


def test_unverified_or_stale_lines_are_left_out() -> None:
    assert emergency_services(DIRECTORY, date(2030, 1, 1)) == ()  # every entry stale
    assert emergency_services(DIRECTORY, date(2030, 1, 1), {"audience": "parent"}) == ()


def test_emergency_referral_without_context_is_unknown_and_other() -> None:
    services = emergency_services(DIRECTORY, NOW.date())
    row = emergency_referral({}, services, referral_id="r1", locale="fa", now=NOW)
    assert (row.audience, row.age_band, row.topic, row.urgency) == (
        "unknown",
        None,
        "other",
        "emergency",
    )
    assert row.services_shown == ("sos-112", "bris-116111", "mind-90101")
    assert row.hour == datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
    assert row.campaign is None


def test_emergency_referral_takes_the_context_ids_only_when_valid() -> None:
    context = {"audience": "parent", "age": "13_15", "topic": "family_worry", "campaign": "p1"}
    row = emergency_referral(context, (), referral_id="r2", locale="sv", now=NOW)
    assert (row.audience, row.age_band, row.topic, row.campaign) == (
        "parent",
        "13_15",
        "family_worry",
        "p1",
    )
    forged = {"audience": "<script>", "topic": 7, "age": "99"}
    row = emergency_referral(forged, (), referral_id="r3", locale="sv", now=NOW)
    assert (row.audience, row.age_band, row.topic) == ("unknown", None, "other")


def test_a_parents_referral_lists_the_adult_lines() -> None:
    context = {"audience": "parent", "topic": "debt_or_threat"}
    services = emergency_services(DIRECTORY, NOW.date(), context)
    row = emergency_referral(context, services, referral_id="r4", locale="sv", now=NOW)
    assert (row.audience, row.urgency) == ("parent", "emergency")
    assert row.services_shown == ("sos-112", "polisen-11414", "mind-90101")


CARD = Referral(
    id="r",
    hour=datetime(2026, 11, 25, 14, 0, tzinfo=UTC),
    audience="unknown",
    age_band=None,
    topic="other",
    urgency="emergency",
    locale="sv",
    services_shown=("sos-112", "bris-116111", "mind-90101"),
)
CARDS = replace(
    CARD,
    hour=datetime(2026, 11, 25, 15, 0, tzinfo=UTC),
    audience="young_person",
    age_band="13_15",
    topic="recruitment_pressure",
    urgency="support",
    locale="en",
    services_shown=("bris-116111", "polisen-11414"),
)


def test_emergency_card_then_resource_cards_make_one_row() -> None:
    merged = merge_referrals(CARD, CARDS)
    assert merged.hour == CARD.hour  # the first hour
    assert (merged.audience, merged.age_band, merged.topic) == (
        "young_person",
        "13_15",
        "recruitment_pressure",
    )
    assert merged.urgency == "emergency"  # the most urgent
    assert merged.services_shown == ("sos-112", "bris-116111", "mind-90101", "polisen-11414")
    assert merge_referrals(merged, CARDS) == merged  # a repeated update changes nothing


def test_resource_cards_then_emergency_card_keep_the_answers() -> None:
    later_card = replace(CARD, audience="unknown", topic="other")
    merged = merge_referrals(replace(CARDS, outcome="yes"), later_card)
    assert (merged.audience, merged.topic, merged.outcome) == (
        "young_person",
        "recruitment_pressure",
        "yes",
    )
    assert merged.urgency == "emergency"
