"""Update ids handled: the ``processed_update`` table, or Redis when it holds the state (an
id is remembered, and forgotten after two days)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import pytest_asyncio
from redis.asyncio import Redis
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.dedup import KEEP, ProcessedUpdates
from storage.engine import create_engine
from storage.memory import SqliteInThread
from storage.migrate import upgrade
from storage.redis_dedup import RedisProcessedUpdates, expiry_for
from storage.tables import processed_update

NOW = datetime(2026, 11, 25, 14, 37, tzinfo=UTC)


async def test_an_update_id_is_marked_once(engine: AsyncEngine) -> None:
    processed = ProcessedUpdates(engine)
    assert await processed.seen(900_000_001) is False
    assert await processed.mark(900_000_001, NOW) is True
    assert await processed.mark(900_000_001, NOW) is False
    assert await processed.seen(900_000_001) is True
    assert await processed.seen(900_000_002) is False
    assert await processed.mark(2**40, NOW) is True  # ids beyond 32 bits


async def test_old_ids_are_purged_after_the_telegram_retention(engine: AsyncEngine) -> None:
    processed = ProcessedUpdates(engine)
    await processed.mark(1, NOW - KEEP - timedelta(hours=2))
    await processed.mark(2, NOW - timedelta(hours=25))  # past Telegram's 24 h, within KEEP
    await processed.mark(3, NOW)
    assert await processed.purge(NOW) == 1
    assert [await processed.seen(n) for n in (1, 2, 3)] == [False, True, True]


async def test_a_naive_time_is_refused(engine: AsyncEngine) -> None:
    with pytest.raises(ValueError, match="timezone"):
        await ProcessedUpdates(engine).mark(5, datetime(2026, 11, 25, 14))


# --- on the embedded SQLite file, through the memory's inline sqlite3 connection ----------


@pytest_asyncio.fixture
async def sqlite_engine(tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    """A migrated SQLite file (the inline path exists for a SQLite file only)."""
    database = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'db.sqlite3'}")
    await upgrade(database)
    try:
        yield database
    finally:
        await database.dispose()


@pytest_asyncio.fixture
async def inline(sqlite_engine: AsyncEngine) -> AsyncIterator[ProcessedUpdates]:
    in_thread = SqliteInThread.beside(sqlite_engine)
    assert in_thread is not None
    try:
        yield ProcessedUpdates(sqlite_engine, in_thread)
    finally:
        in_thread.dispose()


async def test_inline_an_update_id_is_marked_once(inline: ProcessedUpdates) -> None:
    assert inline.in_thread is not None
    assert await inline.seen(900_000_001) is False
    assert await inline.mark(900_000_001, NOW) is True
    assert await inline.mark(900_000_001, NOW) is False
    assert await inline.seen(900_000_001) is True
    assert await inline.mark(2**63 - 1, NOW) is True


async def test_inline_rows_are_the_tables_rows(
    inline: ProcessedUpdates, sqlite_engine: AsyncEngine
) -> None:
    """Rows the inline path writes read back through SQLAlchemy as its own writes do (the
    hour as SQLAlchemy stores a DateTime), so the purge by SQLAlchemy finds them."""
    through_sqlalchemy = ProcessedUpdates(sqlite_engine)
    await inline.mark(1, NOW - KEEP - timedelta(hours=2))
    await inline.mark(2, NOW)
    await through_sqlalchemy.mark(3, NOW)
    async with sqlite_engine.connect() as connection:
        rows = (await connection.execute(select(processed_update))).all()
    assert sorted((row.update_id, row.seen) for row in rows) == [
        (1, datetime(2026, 11, 23, 12)),
        (2, datetime(2026, 11, 25, 14)),
        (3, datetime(2026, 11, 25, 14)),
    ]
    assert await through_sqlalchemy.seen(2) is True
    assert await inline.seen(3) is True
    assert await inline.purge(NOW) == 1
    assert [await inline.seen(n) for n in (1, 2, 3)] == [False, True, True]


async def test_inline_a_naive_time_is_refused(inline: ProcessedUpdates) -> None:
    with pytest.raises(ValueError, match="timezone"):
        await inline.mark(5, datetime(2026, 11, 25, 14))


# --- in Redis, when Redis holds the conversation state (storage/redis_dedup.py) -------------


@pytest_asyncio.fixture
async def in_redis(redis_server: str, redis_prefix: str) -> AsyncIterator[RedisProcessedUpdates]:
    client = Redis.from_url(redis_server)
    try:
        yield RedisProcessedUpdates(client, redis_prefix)
    finally:
        await client.aclose()


async def test_in_redis_an_update_id_is_marked_once(in_redis: RedisProcessedUpdates) -> None:
    assert await in_redis.seen(900_000_001) is False
    assert await in_redis.mark(900_000_001, NOW) is True
    assert await in_redis.mark(900_000_001, NOW) is False
    assert await in_redis.seen(900_000_001) is True
    assert await in_redis.seen(900_000_002) is False
    assert await in_redis.mark(2**63 - 1, NOW) is True  # the largest id the modes accept
    assert await in_redis.purge(NOW + KEEP * 2) == 0  # nothing to purge: keys expire
    assert await in_redis.seen(900_000_001) is True


async def test_in_redis_a_key_lives_48_hours_after_its_hour_and_tells_no_more(
    in_redis: RedisProcessedUpdates, redis_server: str
) -> None:
    """Every key marked in one UTC hour expires at the same second, KEEP after the hour's
    end: its time to live tells the hour it was marked, as the table's rounded time does."""
    early, late = NOW.replace(minute=5, second=12), NOW.replace(minute=55, second=40)
    assert expiry_for(early) == expiry_for(late) == datetime(2026, 11, 27, 15, tzinfo=UTC)
    assert expiry_for(NOW.replace(hour=15)) == expiry_for(late) + timedelta(hours=1)
    await in_redis.mark(41, early)
    await in_redis.mark(42, late)
    client = Redis.from_url(redis_server)
    try:
        ttl_early = await client.ttl(in_redis.key(41))
        ttl_late = await client.ttl(in_redis.key(42))
    finally:
        await client.aclose()
    # set in the same second: the times to live differ by the 50 minutes between the two
    # clock readings, so that a key set at ``early`` and one set at ``late`` expire together
    assert abs(ttl_early - (expiry_for(early) - early).total_seconds()) <= 2
    assert abs(ttl_late - (expiry_for(late) - late).total_seconds()) <= 2
    assert (
        KEEP.total_seconds() < ttl_late < ttl_early <= (KEEP + timedelta(hours=1)).total_seconds()
    )


async def test_in_redis_a_naive_time_is_refused(in_redis: RedisProcessedUpdates) -> None:
    with pytest.raises(ValueError, match="timezone"):
        await in_redis.mark(5, datetime(2026, 11, 25, 14))
    assert await in_redis.seen(5) is False
