"""report: summary time at 100k and 1M referral rows, on SQLite and PostgreSQL.

The rows are spread over one year (2026) with a realistic mix of audiences, topics,
languages, services and answers. Two ways of summarizing the whole year by topic ×
audience are timed (best of three, after one warm-up):

* *staff desk (issue 5)*: what ``/summary`` and ``python -m bot report`` do:
  ``ReferralRepository.between`` loads every row of the period as a dataclass, and
  ``bot.core.report.build_report`` counts them and applies disclosure control;
* *GROUP BY*: one aggregate query (``count(*)`` grouped by topic and audience over the
  period, using ``ix_referral_hour``) whose counts would feed the same disclosure control.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Index, MetaData, func, insert, select
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.schema import CreateIndex

from bench.common import DEFAULT_POSTGRES_URL, scratch_postgres, table
from bot.core.conversation import AUDIENCES, topics_for
from bot.core.periods import Period
from bot.core.report import Dimension, Vocabulary, build_report
from bot.core.taxonomy import AgeBand
from storage.engine import create_engine
from storage.migrate import upgrade
from storage.referrals import ReferralRepository
from storage.tables import referral

HELP = "summary time at 100k and 1M referral rows, SQLite and PostgreSQL"
YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))
SERVICES = ["bris-116111", "sos-112", "polisen-114-14", "huddinge-socialtjanst", "maskrosbarn"]
CHUNK = 20_000


def covering_index() -> Index:
    """Not in the migrations (yet): what makes SQLite's GROUP BY an index-only scan.

    Built on a copy of the table, so the project's metadata is left as it is.
    """
    copy = referral.to_metadata(MetaData())
    return Index("ix_referral_hour_topic_audience", copy.c.hour, copy.c.topic, copy.c.audience)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rows", default="100000,1000000", help="comma-separated row counts (default 100k,1M)"
    )
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES_URL)
    parser.add_argument("--skip-postgres", action="store_true")
    parser.add_argument("--quick", action="store_true", help="100k rows only")
    parser.add_argument(
        "--covering-index",
        action="store_true",
        help="also time GROUP BY with an index on (hour, topic, audience), made here",
    )


def generated_rows(count: int, seed: int = 5) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    start = datetime(2026, 1, 1)
    rows = []
    for _ in range(count):
        audience = rng.choice(AUDIENCES)
        rows.append(
            {
                "id": uuid.UUID(int=rng.getrandbits(128)).hex,
                "hour": start + timedelta(hours=rng.randrange(365 * 24)),
                "audience": audience.value,
                "age_band": rng.choice(list(AgeBand)).value
                if audience.value == "young_person"
                else None,
                "topic": rng.choice(topics_for(audience)).value,
                "urgency": rng.choice(["emergency", "urgent", "support", "information"]),
                "locale": rng.choice(["sv", "en", "ar", "fa", "so", "ti", "fi"]),
                "services_shown": rng.sample(SERVICES, 2),
                "campaign": rng.choice([None, None, "poster_school1"]),
                "district": None,
                "service_opened": None,
                "outcome": rng.choice([None, "yes", "no"]),
            }
        )
    return rows


async def fill(engine: AsyncEngine, count: int, offset: int = 0) -> float:
    """Insert ``count`` generated rows (the ``offset``-th on); returns the seconds it took."""
    started = time.perf_counter()
    for first in range(0, count, CHUNK):
        rows = generated_rows(min(CHUNK, count - first), seed=offset + first)
        async with engine.begin() as connection:
            await connection.execute(insert(referral), rows)
    if engine.dialect.name == "postgresql":
        async with engine.connect() as connection:
            await connection.exec_driver_sql("ANALYZE referral")
    return time.perf_counter() - started


async def staff_desk_summary(engine: AsyncEngine) -> int:
    start, end = YEAR.utc_bounds()
    rows = await ReferralRepository(engine).between(
        start.replace(tzinfo=None), end.replace(tzinfo=None)
    )
    build_report(rows, (Dimension.TOPIC, Dimension.AUDIENCE), YEAR, Vocabulary())
    return len(rows)


async def group_by_summary(engine: AsyncEngine) -> int:
    start, end = YEAR.utc_bounds()
    statement = (
        select(referral.c.topic, referral.c.audience, func.count())
        .where(
            referral.c.hour >= start.replace(tzinfo=None),
            referral.c.hour < end.replace(tzinfo=None),
        )
        .group_by(referral.c.topic, referral.c.audience)
    )
    async with engine.connect() as connection:
        counts = (await connection.execute(statement)).all()
    return sum(int(row[2]) for row in counts)


async def best_of_three(
    summary: Callable[[AsyncEngine], Awaitable[int]], engine: AsyncEngine
) -> float:
    await summary(engine)  # warm-up: caches and query plans
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        await summary(engine)
        timings.append(time.perf_counter() - started)
    return min(timings)


async def measure(
    name: str, engine: AsyncEngine, counts: list[int], with_index: bool
) -> list[list[object]]:
    await upgrade(engine)
    rows: list[list[object]] = []
    filled = 0
    for count in counts:
        await fill(engine, count - filled, offset=filled)
        filled = count
        desk = await best_of_three(staff_desk_summary, engine)
        grouped = await best_of_three(group_by_summary, engine)
        rows.append([name, count, desk, grouped, "-"])
    if with_index:
        async with engine.begin() as connection:
            await connection.execute(CreateIndex(covering_index()))
            await connection.exec_driver_sql("ANALYZE")
        rows[-1][-1] = await best_of_three(group_by_summary, engine)
    return rows


async def run(args: argparse.Namespace) -> int:
    counts = [100_000] if args.quick else sorted(int(n) for n in args.rows.split(","))
    results: list[list[object]] = []
    with tempfile.TemporaryDirectory(prefix="vagvisare-bench-") as scratch:
        engine = create_engine(f"sqlite+aiosqlite:///{Path(scratch) / 'report.sqlite3'}")
        try:
            results += await measure("SQLite", engine, counts, args.covering_index)
        finally:
            await engine.dispose()
    if not args.skip_postgres:
        async with scratch_postgres(args.postgres_url) as url:
            engine = create_engine(url)
            try:
                results += await measure("PostgreSQL", engine, counts, args.covering_index)
            finally:
                await engine.dispose()
    print("report: whole-year summary by topic × audience (best of 3)")
    headers = ["database", "rows", "staff desk s (issue 5 path)", "GROUP BY s", "+ index s"]
    print(table(headers, results))
    return 0
