"""The ``processed_update`` table: an update id is remembered, and forgotten after two days."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.dedup import KEEP, ProcessedUpdates

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
