"""One referral row per person, topic and local day: the pure decision
(bot/core/referral_day.py), including the day boundary at local midnight in Stockholm on
the days the clocks change."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest

from bot.core.referral import Referral, coarse_hour
from bot.core.referral_day import (
    DayRows,
    carried_over,
    day_rows,
    place_referral,
)

NOW = datetime(2026, 11, 25, 14, 37, tzinfo=UTC)  # 15:37 in Stockholm, 25 November


def row(rid: str, topic: str = "family_worry", at: datetime = NOW) -> Referral:
    """A referral as a handler builds it, with a fresh id ``rid``."""
    return Referral(
        id=rid,
        hour=coarse_hour(at),
        audience="parent",
        age_band=None,
        topic=topic,
        urgency="support",
        locale="en",
        services_shown=("a",),
    )


def today(day: str = "2026-11-25", **rows: str) -> dict[str, Any]:
    return {"day": day, "rows": rows}


def test_the_first_card_of_the_day_gets_the_fresh_id_and_lists_it() -> None:
    placed = place_referral(row("new"), {"topic": "family_worry"})
    assert placed.row == row("new")
    assert placed.data == {"referral_id": "new", "today": today(family_worry="new")}


def test_a_repeat_of_the_topic_the_same_day_goes_into_the_day_s_row() -> None:
    data = {"topic": "family_worry", "campaign": None, "today": today(family_worry="first")}
    placed = place_referral(row("fresh"), data)
    assert placed.row.id == "first"
    assert placed.data == {"referral_id": "first", "today": today(family_worry="first")}


def test_another_topic_gets_a_row_of_its_own_and_both_are_listed() -> None:
    data = {"topic": "drugs", "today": today(family_worry="first")}
    placed = place_referral(row("fresh", "drugs"), data)
    assert placed.row.id == "fresh"
    assert placed.data["today"] == today(family_worry="first", drugs="fresh")


def test_the_day_s_row_wins_over_the_conversation_s_own_emergency_row() -> None:
    # An emergency card before the topic was chosen wrote "sos" (topic still other); the
    # topic then turns out to be one that already has a row today: no second row.
    data = {"topic": "family_worry", "referral_id": "sos", "today": today(family_worry="first")}
    placed = place_referral(row("fresh"), data)
    assert placed.row.id == "first"
    assert placed.data == {"referral_id": "first", "today": today(family_worry="first")}


def test_the_conversation_s_row_takes_a_topic_that_has_no_row_today() -> None:
    data = {"topic": "family_worry", "referral_id": "sos", "today": today(drugs="d")}
    placed = place_referral(row("fresh"), data)
    assert placed.row.id == "sos"
    assert placed.data["today"] == today(drugs="d", family_worry="sos")


def test_emergency_cards_before_a_topic_share_the_day_s_other_row() -> None:
    # A fresh-clone tester pressed 🆘 five times in new conversations: five rows.
    sos = row("fresh", "other")  # emergency_referral without a topic says "other"
    first = place_referral(sos, {})
    assert first.row.id == "fresh"
    assert first.data == {"referral_id": "fresh", "today": today(other="fresh")}
    again = place_referral(row("fresher", "other"), {**first.data})
    assert again.row.id == "fresh"  # the same conversation
    new_conversation = carried_over(first.data)  # /start keeps today, not referral_id
    assert place_referral(row("freshest", "other"), new_conversation).row.id == "fresh"


def test_an_emergency_card_before_a_topic_goes_into_the_day_s_other_row() -> None:
    placed = place_referral(row("fresh", "other"), {"today": today(other="chosen_other")})
    assert placed.row.id == "chosen_other"  # "something else" chosen earlier that day
    assert placed.data == {"referral_id": "chosen_other", "today": today(other="chosen_other")}


def test_the_emergency_row_takes_the_topic_chosen_next_if_it_has_no_row_today() -> None:
    first = place_referral(row("sos", "other"), {"topic": None})
    cards = place_referral(row("fresh", "drugs"), {**first.data, "topic": "drugs"})
    assert cards.row.id == "sos"  # one row, its topic becomes drugs by the merge
    assert cards.data["today"] == today(drugs="sos")


def test_the_topic_something_else_chosen_is_a_topic() -> None:
    data = {"topic": "other", "today": today(other="o")}
    assert place_referral(row("fresh", "other"), data).row.id == "o"


def test_an_other_row_into_a_row_of_a_known_topic_keeps_it_listed_there() -> None:
    # the merge keeps the known topic (merge_referrals), so the map does too
    data = {"topic": "other", "referral_id": "fw", "today": today(family_worry="fw")}
    placed = place_referral(row("fresh", "other"), data)
    assert placed.row.id == "fw"
    assert placed.data["today"] == today(family_worry="fw")


def test_the_conversation_s_row_moves_to_its_new_topic() -> None:
    data = {"topic": "drugs", "referral_id": "c", "today": today(family_worry="c")}
    placed = place_referral(row("fresh", "drugs"), data)
    assert placed.row.id == "c"
    assert placed.data["today"] == today(drugs="c")


def test_placing_again_changes_nothing() -> None:
    cases: list[tuple[Referral, dict[str, Any]]] = [
        (row("n"), {"topic": "family_worry"}),
        (row("n"), {"topic": "family_worry", "referral_id": "s", "today": today(drugs="d")}),
        (row("n"), {"topic": "family_worry", "referral_id": "s", "today": today(family_worry="f")}),
        (row("n", "other"), {"referral_id": "s"}),
    ]
    for fresh, data in cases:
        once = place_referral(fresh, data)
        twice = place_referral(replace(fresh, id="another"), {**data, **once.data})
        assert (twice.row.id, twice.data) == (once.row.id, once.data)


@pytest.mark.parametrize(
    ("before", "after", "first_day", "next_day"),
    [
        # winter time (UTC+1): local midnight is 23:00 UTC
        (datetime(2026, 11, 25, 22, 59), datetime(2026, 11, 25, 23, 0), "2026-11-25", "2026-11-26"),
        # 29 March 2026, clocks forward at 02:00: midnight before it is still UTC+1 …
        (datetime(2026, 3, 28, 22, 59), datetime(2026, 3, 28, 23, 0), "2026-03-28", "2026-03-29"),
        # … and the next one is UTC+2: 22:00 UTC
        (datetime(2026, 3, 29, 21, 59), datetime(2026, 3, 29, 22, 0), "2026-03-29", "2026-03-30"),
        # 25 October 2026, clocks back at 03:00: midnight before it UTC+2, after it UTC+1
        (datetime(2026, 10, 24, 21, 59), datetime(2026, 10, 24, 22, 0), "2026-10-24", "2026-10-25"),
        (datetime(2026, 10, 25, 22, 59), datetime(2026, 10, 25, 23, 0), "2026-10-25", "2026-10-26"),
    ],
)
def test_a_new_local_day_at_stockholm_midnight_starts_with_no_rows(
    before: datetime, after: datetime, first_day: str, next_day: str
) -> None:
    first = place_referral(row("one", at=before.replace(tzinfo=UTC)), {"topic": "family_worry"})
    assert first.data["today"] == today(first_day, family_worry="one")
    late = place_referral(
        row("two", at=before.replace(tzinfo=UTC)), {**first.data, "topic": "family_worry"}
    )
    assert late.row.id == "one"  # a minute before local midnight: the same day's row
    data = {"topic": "family_worry", "today": first.data["today"]}
    placed = place_referral(row("three", at=after.replace(tzinfo=UTC)), data)
    assert placed.row.id == "three"  # local midnight: a new day, a new row
    assert placed.data["today"] == today(next_day, family_worry="three")


@pytest.mark.parametrize(
    "value",
    [
        None,
        "2026-11-25",
        [],
        {"day": "2026-11-24", "rows": {"family_worry": "old"}},  # yesterday's
        {"day": "2026-11-25"},
        {"day": "2026-11-25", "rows": ["family_worry"]},
    ],
)
def test_a_missing_stale_or_malformed_map_has_no_rows(value: object) -> None:
    assert day_rows(value, date(2026, 11, 25)) == DayRows(date(2026, 11, 25), {})


def test_malformed_entries_are_dropped() -> None:
    value = {"day": "2026-11-25", "rows": {"drugs": "d", "weapons": 3, "": "x", "other": ""}}
    assert day_rows(value, date(2026, 11, 25)).rows == {"drugs": "d"}


def test_a_forged_topic_value_does_not_raise() -> None:
    placed = place_referral(row("n", "other"), {"topic": ["drugs"], "referral_id": 5})
    assert placed.data == {"referral_id": "n", "today": today(other="n")}


def test_a_new_conversation_carries_only_today_s_map() -> None:
    data = {"today": today(drugs="d"), "referral_id": "d", "topic": "drugs", "trail": [1]}
    assert carried_over(data) == {"today": today(drugs="d")}
    assert carried_over({"referral_id": "d"}) == {}
