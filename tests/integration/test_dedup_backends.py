"""Where the modes keep the update ids handled (``App.processed_updates``): Redis when it
holds the conversation state, the ``processed_update`` table otherwise — over real HTTP
(webhook) and getUpdates (polling), with the fake Bot API server.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from redis.asyncio import Redis

from bot.app import App
from storage.dedup import ProcessedUpdates
from storage.redis_dedup import RedisProcessedUpdates
from tests import updates
from tests.e2e.running_bot import TOKEN, robust_app, running
from tests.fakes.telegram_api import FakeTelegramServer

ALVA = updates.person(7345129877, "Alva", "alva_k", "en")


@pytest_asyncio.fixture
async def server() -> AsyncIterator[FakeTelegramServer]:
    fake = FakeTelegramServer(token=TOKEN, bot_username="VagvisareLocalBot")
    await fake.start()
    try:
        yield fake
    finally:
        await fake.stop()


async def table_ids(app: App) -> list[int]:
    async with app.engine.connect() as connection:
        result = await connection.exec_driver_sql("SELECT update_id FROM processed_update")
        return sorted(row[0] for row in result)


async def update_keys(url: str, prefix: str) -> dict[str, int]:
    """Key → seconds to live, for the update keys under ``prefix``."""
    client = Redis.from_url(url)
    try:
        keys = [k.decode() async for k in client.scan_iter(match=f"{prefix}:update:*")]
        return {key: await client.ttl(key) for key in keys}
    finally:
        await client.aclose()


async def test_without_redis_the_table_keeps_them_through_the_inline_connection(
    tmp_path: Path,
) -> None:
    app = await robust_app(tmp_path)
    try:
        processed = app.processed_updates()
        assert type(processed) is ProcessedUpdates
        assert processed.in_thread is not None  # the embedded SQLite file: raw sqlite3
    finally:
        await app.close()


@pytest.mark.parametrize("mode", ["webhook", "polling"])
async def test_with_redis_state_a_duplicate_is_handled_once_and_kept_in_redis(
    mode: str,
    tmp_path: Path,
    server: FakeTelegramServer,
    redis_server: str,
    redis_prefix: str,
) -> None:
    app = await robust_app(tmp_path, redis_url=redis_server, redis_prefix=redis_prefix)
    try:
        assert isinstance(app.processed_updates(), RedisProcessedUpdates)
        start = updates.text(ALVA, "/start")
        async with running(mode, app, server) as bot:
            await bot.send(start)
            await server.wait_for("sendMessage")
            if mode == "polling":
                await bot.taken()
            await bot.send(start)  # Telegram hands it over again
            if mode == "webhook":
                await asyncio.gather(bot.send(start), bot.send(start))  # and at the same time
            else:
                await bot.taken()
        assert len(server.calls_to("sendMessage")) == 1  # one picker for one update_id
        keys = await update_keys(redis_server, redis_prefix)
        assert list(keys) == [f"{redis_prefix}:update:{start['update_id']}"]
        assert 48 * 3600 < next(iter(keys.values())) <= 49 * 3600
        assert await table_ids(app) == []  # the database is spared the two statements
    finally:
        await app.close()
