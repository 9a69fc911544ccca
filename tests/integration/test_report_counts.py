"""Staff summaries counted in SQL equal the same summaries counted in Python.

``ReferralRepository.counts`` groups in the database (SQLite and PostgreSQL); the
reference is the issue 5 path it replaced: every row of the period loaded with
``ReferralRepository.between`` and counted by ``bot.core.report.count_referrals``.
The data cover what the SQL has to get right: empty, repeated and retired services,
missing and empty optional values, hours on both sides of the period's edges, and the
evenings around both summer time changes, where UTC 22:00 falls on either Stockholm
day. A small fixture is also counted by hand, so the reference itself is checked.
"""

from __future__ import annotations

import itertools
import random
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.disclosure import UnsafeTableError
from bot.core.periods import Period
from bot.core.report import (
    Dimension,
    Report,
    ReportError,
    Vocabulary,
    build_report,
    count_referrals,
    count_showing,
    report_from_counts,
)
from bot.core.taxonomy import AgeBand, Audience, Topic
from storage.referrals import ReferralRepository
from storage.tables import referral

SERVICES = ("sos-112", "bris-116111", "polisen-11414", "huddinge-socialjour", "mind-90101")
VOCABULARY = Vocabulary(
    locales=("sv", "en", "ar", "fi"),
    campaigns=("poster_school1",),
    districts=("Flemingsberg",),
    services=SERVICES,
)
SHOWN: list[list[str]] = [
    [],
    ["sos-112"],
    ["bris-116111", "sos-112"],
    ["sos-112", "bris-116111"],
    ["mind-90101", "polisen-11414", "huddinge-socialjour"],
    ["sos-112", "sos-112"],  # a repeat counts once
    ["bris-116111", "mind-90101", "bris-116111"],
    ["retired-service", "sos-112"],  # seen in the data, no longer in the directory
]
SPRING = Period(date(2026, 3, 23), date(2026, 4, 5))  # summer time begins 29 March
AUTUMN = Period(date(2026, 10, 21), date(2026, 11, 3))  # and ends 25 October
DAY = Period(date(2026, 3, 29), date(2026, 3, 29))  # the 23-hour day
PERIODS = [SPRING, AUTUMN, DAY]
ALL_TIME = (datetime(2000, 1, 1), datetime(2100, 1, 1))
DIMENSION_SETS = [(d,) for d in Dimension] + list(itertools.permutations(Dimension, 2))


def row(hour: datetime, rng: random.Random, **values: Any) -> dict[str, Any]:
    audience = rng.choices(list(Audience), [50, 10, 30, 10])[0]
    fields: dict[str, Any] = {
        "id": f"{rng.getrandbits(128):032x}",
        "hour": hour,
        "audience": audience.value,
        "age_band": rng.choice([None, "", *(b.value for b in AgeBand)]),
        "topic": rng.choices(list(Topic), [30, 10, 3, 8, 4, 2, 15, 6, 12, 20, 5, 1])[0].value,
        "urgency": rng.choice(["emergency", "urgent", "support", "information"]),
        "locale": rng.choices(["sv", "en", "ar", "fi", "so"], [60, 20, 10, 8, 2])[0],
        "services_shown": rng.choice(SHOWN),
        "campaign": rng.choices([None, "", "poster_school1", "old_code"], [80, 2, 15, 3])[0],
        "district": rng.choices([None, "Flemingsberg", "Vårby"], [85, 12, 3])[0],
        "service_opened": None,
        "outcome": rng.choice([None, "yes", "no"]),
    }
    fields.update(values)
    return fields


def edge_hours() -> list[datetime]:
    """Naive UTC hours where a mistake would show: period edges and local midnights."""
    hours = []
    for period in PERIODS:
        start, end = (moment.replace(tzinfo=None) for moment in period.utc_bounds())
        hours += [start - timedelta(hours=1), start, end - timedelta(hours=1), end]
    for sunday in (date(2026, 3, 22), date(2026, 3, 29), date(2026, 10, 25), date(2026, 11, 1)):
        hours += [
            datetime.combine(sunday, datetime.min.time()).replace(hour=h) for h in (21, 22, 23)
        ]
    return hours


def generated(count: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    rows = [row(hour, rng) for hour in edge_hours() for _ in range(3)]
    for _ in range(count):
        base = rng.choice([datetime(2026, 3, 19), datetime(2026, 10, 17)])
        rows.append(row(base + timedelta(hours=rng.randrange(24 * 21)), rng))
    return rows


async def stored(engine: AsyncEngine, rows: list[dict[str, Any]]) -> ReferralRepository:
    async with engine.begin() as connection:
        await connection.execute(insert(referral), rows)
    return ReferralRepository(engine)


async def sql_report(
    repository: ReferralRepository, dimensions: tuple[Dimension, ...], period: Period
) -> Report | type[UnsafeTableError]:
    start, end = (moment.replace(tzinfo=None) for moment in period.utc_bounds())
    counts = await repository.counts(start, end, dimensions)
    showing = await repository.showing(start, end, dimensions)
    try:
        return report_from_counts(counts, dimensions, period, VOCABULARY, showing=showing)
    except UnsafeTableError:
        return UnsafeTableError


@pytest.mark.slow
async def test_sql_counts_and_reports_equal_the_python_ones(engine: AsyncEngine) -> None:
    repository = await stored(engine, generated(900, seed=7))
    loaded = await repository.between(*ALL_TIME)
    assert len(loaded) == 900 + 3 * len(edge_hours())
    published = 0
    for period, dimensions in itertools.product(PERIODS, DIMENSION_SETS):
        start, end = (moment.replace(tzinfo=None) for moment in period.utc_bounds())
        expected = count_referrals(loaded, dimensions, period)
        inside = [r for r in loaded if period.contains(r.hour)]  # the same, counted faster
        counts = await repository.counts(start, end, dimensions)
        assert counts == dict(expected), (period, dimensions)
        assert all(isinstance(c, str) for key in counts for c in key)
        showing = await repository.showing(start, end, dimensions)
        assert showing == dict(count_showing(loaded, dimensions, period)), (period, dimensions)
        try:
            reference: Report | type[UnsafeTableError] = build_report(
                inside, dimensions, period, VOCABULARY
            )
        except UnsafeTableError:
            reference = UnsafeTableError
        assert await sql_report(repository, dimensions, period) == reference
        published += reference is not UnsafeTableError
    assert published > 150  # the comparison covered real, protected tables


async def test_a_small_fixture_counted_by_hand(engine: AsyncEngine) -> None:
    rng = random.Random(1)
    # Stockholm: CET (UTC+1) until 29 March 01:00 UTC, then CEST (UTC+2).
    fixture = [
        row(datetime(2026, 3, 22, 22), rng, services_shown=["sos-112", "sos-112"]),  # Sun W12
        row(datetime(2026, 3, 22, 23), rng, services_shown=["sos-112"]),  # Mon 00:00 W13
        row(datetime(2026, 3, 29, 21), rng, services_shown=[]),  # Sun 23:00 W13
        row(datetime(2026, 3, 29, 22), rng, services_shown=["bris-116111", "sos-112"]),  # W14
        row(datetime(2026, 4, 5, 21), rng, services_shown=["old", "bris-116111", "old"]),  # W14
        row(datetime(2026, 4, 5, 22), rng, services_shown=["sos-112"]),  # Mon 6 April: out
        row(datetime(2026, 3, 22, 21), rng, services_shown=["sos-112"]),  # Sun 22:00: out
    ]
    repository = await stored(engine, fixture)
    start, end = (moment.replace(tzinfo=None) for moment in SPRING.utc_bounds())
    assert (start, end) == (datetime(2026, 3, 22, 23), datetime(2026, 4, 5, 22))

    assert await repository.counts(start, end, (Dimension.WEEK,)) == {
        ("2026-W13",): 2,
        ("2026-W14",): 2,
    }
    assert await repository.counts(start, end, (Dimension.RESOURCE,)) == {
        ("sos-112",): 2,
        ("bris-116111",): 2,
        ("old",): 1,
    }
    assert await repository.counts(start, end, (Dimension.WEEK, Dimension.RESOURCE)) == {
        ("2026-W13", "sos-112"): 1,
        ("2026-W14", "sos-112"): 1,
        ("2026-W14", "bris-116111"): 2,
        ("2026-W14", "old"): 1,
    }
    wide = datetime(2026, 3, 1), datetime(2026, 5, 1)
    assert await repository.counts(*wide, (Dimension.WEEK,)) == {
        ("2026-W12",): 2,
        ("2026-W13",): 2,
        ("2026-W14",): 2,
        ("2026-W15",): 1,
    }
    assert (
        await repository.counts(datetime(2027, 1, 1), datetime(2028, 1, 1), (Dimension.TOPIC,))
        == {}
    )


async def test_missing_and_empty_optional_values_are_one_category(engine: AsyncEngine) -> None:
    rng = random.Random(2)
    hour = datetime(2026, 3, 25, 12)
    fixture = [row(hour, rng, campaign=None, outcome=None, topic="drugs") for _ in range(3)]
    fixture += [row(hour, rng, campaign="", outcome="yes", topic="drugs") for _ in range(2)]
    fixture += [row(hour, rng, campaign="poster_school1", outcome="no", topic="weapons")]
    repository = await stored(engine, fixture)
    start, end = (moment.replace(tzinfo=None) for moment in SPRING.utc_bounds())
    assert await repository.counts(start, end, (Dimension.CAMPAIGN, Dimension.OUTCOME)) == {
        ("none", "none"): 3,
        ("none", "yes"): 2,
        ("poster_school1", "no"): 1,
    }
    assert await repository.counts(start, end, (Dimension.TOPIC, Dimension.AUDIENCE)) == dict(
        count_referrals(
            await repository.between(*ALL_TIME), (Dimension.TOPIC, Dimension.AUDIENCE), SPRING
        )
    )


@pytest.mark.parametrize(
    "dimensions", [(), (Dimension.TOPIC,) * 2, (Dimension.TOPIC, Dimension.WEEK, Dimension.OUTCOME)]
)
async def test_bad_dimensions_are_refused_before_any_query(
    engine: AsyncEngine, dimensions: tuple[Dimension, ...]
) -> None:
    with pytest.raises(ReportError):
        await ReferralRepository(engine).counts(*ALL_TIME, dimensions)
