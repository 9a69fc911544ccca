"""Opening hours: frozen instants, Swedish holidays and both 2026 summer-time switches."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from bot.core.schedule import (
    Hours,
    Schedule,
    WeeklyRule,
    hours_on,
    midsummer_eve,
    opening_status,
    swedish_closed_days,
)

STHLM = ZoneInfo("Europe/Stockholm")
WEEKDAYS = ("mo", "tu", "we", "th", "fr")
EVERY_DAY = (*WEEKDAYS, "sa", "su")


def weekly(days=WEEKDAYS, opens="09:00", closes="17:00", **extra) -> Schedule:
    return Schedule(rules=(WeeklyRule(days=days, opens_at=opens, closes_at=closes),), **extra)


def elapsed(later: datetime, earlier: datetime) -> timedelta:
    """Real time between two instants (same-zone subtraction would use wall-clock time)."""
    return later.astimezone(UTC) - earlier.astimezone(UTC)


def local(year: int, month: int, day: int, hour: int, minute: int, fold: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=STHLM, fold=fold)


OFFICE = weekly(closed_on_public_holidays=True)
DAILY = weekly(EVERY_DAY)


def test_always_open_has_no_times() -> None:
    status = opening_status(Schedule(always_open=True), local(2026, 12, 24, 3, 0))
    assert (status.state, status.opens_at, status.closes_at) == ("always_open", None, None)
    assert status.is_open


def test_weekday_daytime_is_open_until_closing() -> None:
    status = opening_status(OFFICE, local(2026, 11, 24, 10, 15))  # Tuesday
    assert status.state == "open"
    assert status.closes_at == local(2026, 11, 24, 17, 0)
    assert status.opens_at is None


def test_weekday_night_opens_next_morning() -> None:
    status = opening_status(OFFICE, local(2026, 11, 24, 23, 0))
    assert status.state == "closed"
    assert status.opens_at == local(2026, 11, 25, 9, 0)
    assert status.closes_at is None


def test_closing_minute_is_closed() -> None:
    assert opening_status(OFFICE, local(2026, 11, 24, 17, 0)).state == "closed"
    assert opening_status(OFFICE, local(2026, 11, 24, 9, 0)).state == "open"


@pytest.mark.parametrize(
    "now", [local(2026, 11, 27, 18, 0), local(2026, 11, 28, 12, 0), local(2026, 11, 29, 23, 59)]
)
def test_weekend_opens_monday(now: datetime) -> None:
    status = opening_status(OFFICE, now)
    assert status.state == "closed"
    assert status.opens_at == local(2026, 11, 30, 9, 0)


def test_weekend_rule_is_open_on_saturday() -> None:
    schedule = weekly(("sa", "su"), "10:00", "14:00")
    assert opening_status(schedule, local(2026, 11, 28, 12, 0)).closes_at == local(
        2026, 11, 28, 14, 0
    )


def test_any_input_zone_returns_stockholm_times() -> None:
    new_york = datetime(
        2026, 11, 24, 4, 15, tzinfo=ZoneInfo("America/New_York")
    )  # 10:15 in Stockholm
    status = opening_status(OFFICE, new_york)
    assert status.state == "open"
    assert status.closes_at is not None
    assert status.closes_at.tzinfo == STHLM
    assert status.closes_at.isoformat() == "2026-11-24T17:00:00+01:00"


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        opening_status(OFFICE, datetime(2026, 11, 24, 10, 0))


def test_unknown_hours_are_closed_without_times() -> None:
    schedule = Schedule()
    assert not schedule.hours_known
    assert opening_status(schedule, local(2026, 11, 24, 10, 0)) == opening_status(
        schedule, local(2026, 1, 1, 0, 0)
    )
    assert opening_status(schedule, local(2026, 11, 24, 10, 0)).opens_at is None


def test_adjacent_rules_merge_into_one_open_spell() -> None:
    schedule = Schedule(
        rules=(
            WeeklyRule(days=WEEKDAYS, opens_at="09:00", closes_at="12:00"),
            WeeklyRule(days=WEEKDAYS, opens_at="12:00", closes_at="17:00"),
        )
    )
    assert opening_status(schedule, local(2026, 11, 24, 11, 0)).closes_at == local(
        2026, 11, 24, 17, 0
    )


# --- Swedish holidays ---------------------------------------------------------------------


def test_closed_days_include_the_de_facto_eves() -> None:
    days = swedish_closed_days(2026)
    assert {date(2026, 6, 19), date(2026, 12, 24), date(2026, 12, 31)} <= days  # eves
    assert {date(2026, 6, 20), date(2026, 12, 25), date(2026, 12, 26), date(2026, 4, 3)} <= days
    assert date(2026, 11, 29) not in days  # an ordinary Sunday is not a holiday here


@pytest.mark.parametrize(
    ("year", "eve"),
    [(2025, date(2025, 6, 20)), (2026, date(2026, 6, 19)), (2027, date(2027, 6, 25))],
)
def test_midsummer_eve_is_the_friday_between_19_and_25_june(year: int, eve: date) -> None:
    assert midsummer_eve(year) == eve


def test_midsummer_eve_2026_closed_when_closed_on_holidays() -> None:
    status = opening_status(OFFICE, local(2026, 6, 19, 10, 0))
    assert status.state == "closed"
    assert status.opens_at == local(2026, 6, 22, 9, 0)  # Midsummer Day is Saturday 20 June


def test_midsummer_eve_2026_open_when_holidays_not_observed() -> None:
    assert opening_status(weekly(), local(2026, 6, 19, 10, 0)).state == "open"


def test_christmas_eve_2026_closed_until_after_boxing_day_weekend() -> None:
    status = opening_status(OFFICE, local(2026, 12, 23, 18, 0))
    assert status.opens_at == local(2026, 12, 28, 9, 0)
    assert opening_status(OFFICE, local(2026, 12, 24, 10, 0)).state == "closed"


def test_holiday_eve_hours_replace_the_weekday_hours() -> None:
    schedule = weekly(
        closed_on_public_holidays=True, holiday_eve_hours=Hours(opens_at="09:00", closes_at="13:00")
    )
    assert opening_status(schedule, local(2026, 12, 24, 10, 0)).closes_at == local(
        2026, 12, 24, 13, 0
    )
    assert opening_status(schedule, local(2026, 12, 24, 14, 0)).opens_at == local(
        2026, 12, 28, 9, 0
    )
    assert hours_on(schedule, date(2026, 12, 25)) == ()  # Christmas Day stays closed


def test_eve_hours_do_not_open_a_day_without_weekly_hours() -> None:
    eve = Hours(opens_at="09:00", closes_at="13:00")
    schedule = weekly(("mo", "tu", "we"), closed_on_public_holidays=True, holiday_eve_hours=eve)
    assert hours_on(schedule, date(2026, 12, 24)) == ()  # a Thursday: no weekly hours


# --- Summer time: 29 March 2026 (02:00 → 03:00) and 25 October 2026 (03:00 → 02:00) ------


def test_spring_switch_at_0230_opens_at_nine_summer_time() -> None:
    now = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)  # 02:30 local does not exist that night
    status = opening_status(DAILY, now)
    assert status.state == "closed"
    assert status.opens_at is not None
    assert status.opens_at.isoformat() == "2026-03-29T09:00:00+02:00"
    assert elapsed(status.opens_at, now) == timedelta(hours=5, minutes=30)


def test_spring_switch_opens_at_across_the_switch() -> None:
    now = local(2026, 3, 28, 18, 0)  # Saturday, winter time
    status = opening_status(DAILY, now)
    assert status.opens_at is not None
    assert status.opens_at.utcoffset() == timedelta(hours=2)
    assert elapsed(status.opens_at, now) == timedelta(hours=14)  # one hour shorter night


def test_spring_switch_closes_at_in_both_offsets() -> None:
    before = opening_status(DAILY, local(2026, 3, 28, 12, 0)).closes_at
    after = opening_status(DAILY, local(2026, 3, 29, 12, 0)).closes_at
    assert before is not None
    assert after is not None
    assert before.isoformat() == "2026-03-28T17:00:00+01:00"
    assert after.isoformat() == "2026-03-29T17:00:00+02:00"
    assert after.astimezone(UTC).hour == 15


@pytest.mark.parametrize("fold", [0, 1])
def test_autumn_switch_at_0230_both_times(fold: int) -> None:
    now = local(2026, 10, 25, 2, 30, fold=fold)  # 02:30 happens twice
    status = opening_status(DAILY, now)
    assert status.state == "closed"
    assert status.opens_at is not None
    assert status.opens_at.isoformat() == "2026-10-25T09:00:00+01:00"
    assert elapsed(status.opens_at, now) == timedelta(hours=7 if fold == 0 else 6, minutes=30)


def test_autumn_switch_opens_at_across_the_switch() -> None:
    now = local(2026, 10, 24, 18, 0)  # Saturday, summer time
    status = opening_status(DAILY, now)
    assert status.opens_at is not None
    assert status.opens_at.utcoffset() == timedelta(hours=1)
    assert elapsed(status.opens_at, now) == timedelta(hours=16)  # one hour longer night


def test_autumn_switch_closes_at_in_both_offsets() -> None:
    before = opening_status(DAILY, local(2026, 10, 24, 12, 0)).closes_at
    after = opening_status(DAILY, local(2026, 10, 25, 12, 0)).closes_at
    assert before is not None
    assert after is not None
    assert before.isoformat() == "2026-10-24T17:00:00+02:00"
    assert after.isoformat() == "2026-10-25T17:00:00+01:00"


def test_night_interval_over_the_autumn_switch_lasts_four_hours() -> None:
    night = weekly(EVERY_DAY, "01:00", "04:00")
    now = local(2026, 10, 25, 2, 30, fold=1)  # second 02:30, winter time
    status = opening_status(night, now)
    assert status.state == "open"
    assert status.closes_at == local(2026, 10, 25, 4, 0)
    assert status.closes_at is not None
    assert elapsed(status.closes_at, now) == timedelta(hours=1, minutes=30)


# --- Validation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"rules": [{"days": ["mo"], "opens_at": "17:00", "closes_at": "09:00"}]},
            "not after opens_at",
        ),
        (
            {"rules": [{"days": ["mo"], "opens_at": "09:00", "closes_at": "24:00"}]},
            r'must be a time HH:MM \(00:00-23:59\), not "24:00"',
        ),
        (
            {"rules": [{"days": ["mo", "mo"], "opens_at": "09:00", "closes_at": "10:00"}]},
            "repeated day",
        ),
        (
            {"rules": [{"days": ["monday"], "opens_at": "09:00", "closes_at": "10:00"}]},
            "Input should be",
        ),
        (
            {
                "always_open": True,
                "rules": [{"days": ["mo"], "opens_at": "09:00", "closes_at": "10:00"}],
            },
            "no rules",
        ),
        ({"timezone": "Europe/Atlantis"}, "unknown IANA time zone"),
        (
            {"holiday_eve_hours": {"opens_at": "09:00", "closes_at": "13:00"}},
            "closed_on_public_holidays",
        ),
    ],
)
def test_invalid_schedules_are_refused(data: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Schedule.model_validate(data)
