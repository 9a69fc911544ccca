"""Opening hours in IANA time with Swedish public holidays (docs/resources.md, "schedule").

HSDS 3.0 ``schedule.timezone`` is a fixed UTC offset, which is wrong for half of every
Swedish year, so the Vägvisare profile keeps an IANA zone name ("Europe/Stockholm") and
weekly rules ``{days, opens_at, closes_at}`` in local wall-clock time
(reference/hsds-and-categories.md l.21 and l.32). All arithmetic runs in UTC, so
the summer-time switches (last Sunday of March and of October) cannot shift an interval.

Holidays: ``holidays.country_holidays("SE")`` (0.109) returns only the *public* holidays
(Act 1989:253) and leaves out Midsommarafton, Julafton and Nyårsafton, which it files in
its ``DE_FACTO`` category (the annual-leave law treats them like Sundays). Older releases
differed, so :func:`swedish_closed_days` adds the three eves itself, whatever the package
returns. A service with ``closed_on_public_holidays`` is closed on all of them, unless it
gives ``holiday_eve_hours`` for the eves. No texts here: renderers translate the states.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

STOCKHOLM = "Europe/Stockholm"
LOOKAHEAD_DAYS = 14
Weekday = Literal["mo", "tu", "we", "th", "fr", "sa", "su"]
WEEKDAYS: tuple[Weekday, ...] = ("mo", "tu", "we", "th", "fr", "sa", "su")
_HHMM = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")  # ASCII digits only


def _hhmm(value: str) -> str:
    """``value`` if it is a time of day written ``HH:MM``, 00:00-23:59; raises
    :class:`ValueError` ``must be a time HH:MM (00:00-23:59), not "25:00"`` otherwise (a
    pattern in the message said nothing to the person who wrote ``25:00`` or ``8``)."""
    if not _HHMM.fullmatch(value):
        shown = json.dumps(value, ensure_ascii=False)
        raise ValueError(f"must be a time HH:MM (00:00-23:59), not {shown}")
    return value


TimeOfDay = Annotated[str, AfterValidator(_hhmm)]


class Hours(BaseModel):
    """One opening interval in local time, ``"HH:MM"`` (00:00–23:59), opens before closes."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    opens_at: TimeOfDay
    closes_at: TimeOfDay

    @field_validator("closes_at")
    @classmethod
    def _after_opening(cls, value: str, info: ValidationInfo) -> str:
        opens_at = info.data.get("opens_at")
        if opens_at is not None and value <= opens_at:
            raise ValueError(f"closes_at {value} is not after opens_at {opens_at}")
        return value


class WeeklyRule(Hours):
    """Open ``opens_at``–``closes_at`` on each of ``days`` (HSDS schedule: freq WEEKLY, byday)."""

    days: tuple[Weekday, ...] = Field(min_length=1)

    @field_validator("days")
    @classmethod
    def _unique_days(cls, value: tuple[Weekday, ...]) -> tuple[Weekday, ...]:
        if len(set(value)) != len(value):
            raise ValueError(f"repeated day in {list(value)}")
        return value


class Schedule(BaseModel):
    """Opening hours of a service (Vägvisare profile of HSDS ``schedule``, docs/resources.md).

    ``always_open`` and ``rules`` exclude each other; a schedule with neither means the
    hours are unknown (``hours_known`` is false).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    timezone: str = STOCKHOLM
    always_open: bool = False
    rules: tuple[WeeklyRule, ...] = ()
    closed_on_public_holidays: bool = False
    holiday_eve_hours: Hours | None = None

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise ValueError(f"unknown IANA time zone {value!r}") from error
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Schedule:
        if self.always_open and (self.rules or self.holiday_eve_hours):
            raise ValueError("an always_open schedule takes no rules or holiday_eve_hours")
        if self.holiday_eve_hours and not self.closed_on_public_holidays:
            raise ValueError("holiday_eve_hours needs closed_on_public_holidays: true")
        return self

    @property
    def hours_known(self) -> bool:
        """True when the schedule says when the service is open."""
        return self.always_open or bool(self.rules)


@dataclass(frozen=True, slots=True)
class OpeningStatus:
    """Open state at one instant; ``closes_at``/``opens_at`` are aware, in the schedule's zone.

    ``closes_at`` is set when ``state == "open"``; ``opens_at`` when closed and the service
    opens within :data:`LOOKAHEAD_DAYS` days. Both are ``None`` for ``"always_open"``.
    Subtracting two datetimes that share this zone uses wall-clock time (Python semantics);
    convert to UTC first to get the real duration across a summer-time switch.
    """

    state: Literal["always_open", "open", "closed"]
    closes_at: datetime | None = None
    opens_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        """True for ``always_open`` and ``open``."""
        return self.state != "closed"


def midsummer_eve(year: int) -> date:
    """Midsommarafton: the Friday between 19 and 25 June (Act 1952:48)."""
    first = date(year, 6, 19)
    return first + timedelta(days=(4 - first.weekday()) % 7)


def holiday_eves(year: int) -> frozenset[date]:
    """Midsommarafton, Julafton and Nyårsafton: de-facto holidays (see the module docstring)."""
    return frozenset({midsummer_eve(year), date(year, 12, 24), date(year, 12, 31)})


@lru_cache(maxsize=64)
def swedish_closed_days(year: int) -> frozenset[date]:
    """Swedish public holidays of ``year`` (``holidays`` package, Sundays excluded) + the eves."""
    public = holidays.country_holidays("SE", years=year, include_sundays=False)
    return frozenset(public) | holiday_eves(year)


def hours_on(schedule: Schedule, day: date) -> tuple[Hours, ...]:
    """The local opening intervals of ``day``; empty when closed all day or hours unknown."""
    weekly = tuple(r for r in schedule.rules if WEEKDAYS[day.weekday()] in r.days)
    if schedule.closed_on_public_holidays and day in swedish_closed_days(day.year):
        eve = schedule.holiday_eve_hours
        return (eve,) if eve and weekly and day in holiday_eves(day.year) else ()
    return weekly


def _utc(day: date, clock: str, zone: ZoneInfo) -> datetime:
    # A wall time inside the spring-forward gap maps (fold=0) to the later side of the gap.
    return datetime.combine(day, time.fromisoformat(clock), tzinfo=zone).astimezone(UTC)


@lru_cache(maxsize=4096)
def _intervals(
    schedule: Schedule, zone: ZoneInfo, first: date
) -> tuple[tuple[datetime, datetime], ...]:
    """Merged UTC intervals from ``first`` (a day early, for safety) to the lookahead end.

    A pure function of its arguments (schedules are frozen), remembered: every ranking
    asks it for every service, and the answer changes once a day (docs/performance.md).
    """
    spans: list[tuple[datetime, datetime]] = []
    for offset in range(-1, LOOKAHEAD_DAYS + 1):
        day = first + timedelta(days=offset)
        spans += [
            (_utc(day, h.opens_at, zone), _utc(day, h.closes_at, zone))
            for h in hours_on(schedule, day)
        ]
    merged: list[tuple[datetime, datetime]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def opening_status(schedule: Schedule, now: datetime) -> OpeningStatus:
    """Whether ``schedule`` is open at ``now`` and when that changes.

    ``now`` must be timezone-aware (any zone); it is converted to ``schedule.timezone``
    (Europe/Stockholm in the shipped data). Adjacent or overlapping intervals merge, so
    ``closes_at`` is the real end of the open spell. ``opens_at`` looks up to
    :data:`LOOKAHEAD_DAYS` days ahead, skipping Swedish holidays where the service closes.
    Raises :class:`ValueError` for a naive ``now``. Rules: docs/resources.md, "schedule" (IANA
    time, Swedish public holidays and eves); HSDS 3.0 ``schedule`` (freq WEEKLY, byday).
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    if schedule.always_open:
        return OpeningStatus("always_open")
    zone = ZoneInfo(schedule.timezone)
    instant = now.astimezone(UTC)
    for start, end in _intervals(schedule, zone, instant.astimezone(zone).date()):
        if start <= instant < end:
            return OpeningStatus("open", closes_at=end.astimezone(zone))
        if start > instant:
            return OpeningStatus("closed", opens_at=start.astimezone(zone))
    return OpeningStatus("closed")
