"""The emergency card's services and the one referral row of a conversation."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from bot.core.directory import load_directory
from bot.core.emergency import EMERGENCY_SERVICE_IDS, emergency_referral, emergency_services
from bot.core.recommend import merge_referrals
from bot.core.referral import Referral

DIRECTORY = load_directory(
    Path(__file__).resolve().parents[2] / "data" / "resources.json", today=date(2026, 11, 29)
)
NOW = datetime(2026, 11, 25, 14, 37, 12, tzinfo=UTC)


def test_112_first_then_bris_and_mind() -> None:
    services = emergency_services(DIRECTORY, date(2026, 11, 25))
    assert [s.id for s in services] == ["sos-112", "bris-116111", "mind-90101"]
    assert EMERGENCY_SERVICE_IDS[0] == "sos-112"
    assert all(s.is_24_7 for s in services)


def test_unverified_or_stale_lines_are_left_out() -> None:
    assert emergency_services(DIRECTORY, date(2030, 1, 1)) == ()  # every entry stale


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
