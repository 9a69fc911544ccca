"""Report periods: whole days in Europe/Stockholm, never the day that is still running.

A summary that changed while the day runs would let a reader compare two views taken
minutes apart and see single referrals, so every period ends at the latest yesterday
(local time). Referral hours are UTC; Stockholm is UTC+1 or UTC+2, whole hours, so a
local day boundary always falls on a referral hour boundary.

Period ids (carried in callback data, at most 7 ASCII characters):

* ``7d`` – the 7 days before today; ``30d`` – the 30 days before today;
* ``q`` – the last complete calendar quarter;
* ``mYYYYMM`` – one calendar month (up to yesterday if it is the current month).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.core.schedule import STOCKHOLM

ZONE = ZoneInfo(STOCKHOLM)
ROLLING_DAYS = {"7d": 7, "30d": 30}
# The first day a period may begin: long before any referral, far from ``date.min``
# (whose local midnight is not a UTC datetime Python can hold).
EARLIEST = date(2000, 1, 1)
LAST_QUARTER = "q"
_MONTH_ID = re.compile(r"^m(\d{4})(\d{2})$")


class PeriodError(ValueError):
    """A period that does not exist, is empty, or has not finished a single day yet."""


@dataclass(frozen=True, slots=True)
class Period:
    """Days ``first`` to ``last``, both included, as calendar dates in Europe/Stockholm."""

    first: date
    last: date

    def utc_bounds(self) -> tuple[datetime, datetime]:
        """``[start, end)`` as aware UTC datetimes: local midnight before ``first`` and after ``last``."""
        start = datetime.combine(self.first, time(), ZONE).astimezone(UTC)
        end = datetime.combine(self.last + timedelta(days=1), time(), ZONE).astimezone(UTC)
        return start, end

    def contains(self, hour: datetime) -> bool:
        """Whether ``hour`` (aware, or naive UTC as stored) falls on one of the days."""
        return self.first <= local_date(hour) <= self.last

    @property
    def label(self) -> str:
        """``"2026-01-01 – 2026-03-31"``."""
        return f"{self.first.isoformat()} – {self.last.isoformat()}"


def local_date(moment: datetime) -> date:
    """The Stockholm calendar date of ``moment``; a naive value is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(ZONE).date()


def period_between(first: date, last: date, now: datetime) -> Period:
    """Days ``first``..``last`` (inclusive), ``last`` cut back to yesterday.

    Raises :class:`PeriodError` when ``last`` is before ``first``, ``first`` is before
    :data:`EARLIEST`, or nothing is left.
    """
    if last < first:
        raise PeriodError(f"the period ends ({last}) before it begins ({first})")
    if first < EARLIEST:
        raise PeriodError(f"the period must begin on {EARLIEST} or later, not {first}")
    yesterday = local_date(now) - timedelta(days=1)
    last = min(last, yesterday)
    if last < first:
        raise PeriodError(f"the period must begin before today ({yesterday + timedelta(days=1)})")
    return Period(first, last)


def period_for(period_id: str, now: datetime) -> Period:
    """The period a button means (module docstring); raises :class:`PeriodError`."""
    yesterday = local_date(now) - timedelta(days=1)
    if period_id in ROLLING_DAYS:
        return Period(yesterday - timedelta(days=ROLLING_DAYS[period_id] - 1), yesterday)
    if period_id == LAST_QUARTER:
        today = yesterday + timedelta(days=1)
        this_quarter = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        last = this_quarter - timedelta(days=1)
        return Period(date(last.year, last.month - 2, 1), last)
    match = _MONTH_ID.match(period_id)
    if match is None:
        raise PeriodError(f"unknown period {period_id!r}")
    year, month = int(match.group(1)), int(match.group(2))
    if not 1 <= month <= 12 or year < EARLIEST.year:
        raise PeriodError(f"unknown period {period_id!r}")
    first = date(year, month, 1)
    return period_between(first, _month_end(first), now)


def recent_months(now: datetime, count: int = 12) -> list[str]:
    """Ids of the last ``count`` months that have a finished day, newest first."""
    month = (local_date(now) - timedelta(days=1)).replace(day=1)
    ids = []
    for _ in range(count):
        ids.append(f"m{month.year:04d}{month.month:02d}")
        month = (month - timedelta(days=1)).replace(day=1)
    return ids


def iso_week(day: date) -> str:
    """ISO 8601 week of ``day``: ``"2026-W48"`` (weeks start on Monday)."""
    year, week, _weekday = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def weeks_of(period: Period) -> tuple[str, ...]:
    """Every ISO week that has a day in ``period``, oldest first."""
    monday = period.first - timedelta(days=period.first.weekday())
    weeks = []
    while monday <= period.last:
        weeks.append(iso_week(monday))
        monday += timedelta(days=7)
    return tuple(weeks)


def partial_weeks(period: Period) -> dict[str, tuple[date, date]]:
    """The ISO weeks (:func:`iso_week` ids) of which ``period`` holds fewer than all 7
    days, each with the first and last of its days inside the period (Europe/Stockholm
    calendar dates, both included), oldest first: at most the first and the last week,
    when the period begins after a Monday or ends before a Sunday."""
    partial = {}
    for week in weeks_of(period):
        monday = date.fromisocalendar(int(week[:4]), int(week[6:]), 1)
        first = max(monday, period.first)
        last = min(monday + timedelta(days=6), period.last)
        if (last - first).days < 6:
            partial[week] = (first, last)
    return partial


def _month_end(first: date) -> date:
    following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)
