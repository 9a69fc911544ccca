"""Conversation state and event isolation in Redis (several workers), on PostgreSQL and SQLite."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import datetime, timedelta

import pytest_asyncio
from aiogram.fsm.storage.base import StorageKey
from redis.asyncio import Redis
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.pseudonym import Pseudonymizer
from storage.fsm import update_scope
from storage.memory import MemoryRepository
from storage.redis_fsm import LOCK_TIMEOUT_S, PseudonymRedisStorage
from storage.state_backend import StateBackend, open_state_backend
from storage.tables import user_memory

PSEUDONYMIZER = Pseudonymizer(b"0123456789abcdef0123456789abcdef")
USER_ID = 700123457
KEY = StorageKey(bot_id=1000000001, chat_id=USER_ID, user_id=USER_ID)
TTL = timedelta(days=90)


@pytest_asyncio.fixture
async def backends(
    engine: AsyncEngine, redis_server: str, redis_prefix: str
) -> AsyncIterator[list[StateBackend]]:
    """Two workers' state backends on one database and one Redis."""
    opened = [
        open_state_backend(
            engine, PSEUDONYMIZER, redis_url=redis_server, redis_prefix=redis_prefix, ttl=TTL
        )
        for _ in range(2)
    ]
    try:
        yield opened
    finally:
        for backend in opened:
            await backend.storage.close()


async def redis_keys(url: str, prefix: str) -> dict[str, int]:
    """Key → seconds to live, for every key under ``prefix``."""
    client = Redis.from_url(url)
    try:
        keys = [key.decode() async for key in client.scan_iter(match=f"{prefix}:*")]
        return {key: await client.ttl(key) for key in keys}
    finally:
        await client.aclose()


async def test_state_is_shared_pseudonymous_and_expires(
    backends: list[StateBackend], redis_server: str, redis_prefix: str
) -> None:
    first, second = backends
    assert isinstance(first.storage, PseudonymRedisStorage)
    await first.storage.set_state(KEY, "Flow:age")
    await first.storage.set_data(KEY, {"audience": "young_person", "campaign": None})
    assert await second.storage.get_state(KEY) == "Flow:age"
    assert await second.storage.get_data(KEY) == {"audience": "young_person", "campaign": None}

    keys = await redis_keys(redis_server, redis_prefix)
    pseudonym = PSEUDONYMIZER.of(USER_ID)
    assert sorted(keys) == [
        f"{redis_prefix}:fsm:{pseudonym}:data",
        f"{redis_prefix}:fsm:{pseudonym}:state",
    ]
    assert all(str(USER_ID) not in key for key in keys)
    assert all(TTL.total_seconds() - 60 < ttl <= TTL.total_seconds() for ttl in keys.values())

    await second.storage.set_state(KEY, None)
    await second.storage.set_data(KEY, {})
    assert await first.storage.get_state(KEY) is None
    assert await redis_keys(redis_server, redis_prefix) == {}


async def test_forget_erases_the_row_and_the_redis_state(
    backends: list[StateBackend], engine: AsyncEngine, redis_server: str, redis_prefix: str
) -> None:
    backend = backends[0]
    pseudonym = PSEUDONYMIZER.of(USER_ID)
    await backend.memory.save(pseudonym, locale="en")
    await backend.storage.set_state(KEY, "Flow:topic")
    await backend.storage.set_data(KEY, {"audience": "parent"})
    assert await redis_keys(redis_server, redis_prefix) != {}
    assert await backend.memory.forget(pseudonym) is True
    assert await redis_keys(redis_server, redis_prefix) == {}
    assert await backend.memory.get(pseudonym) is None
    assert await backends[1].storage.get_state(KEY) is None


async def test_state_changes_keep_the_chosen_language_from_the_purge(
    backends: list[StateBackend], engine: AsyncEngine
) -> None:
    backend = backends[0]
    pseudonym = PSEUDONYMIZER.of(USER_ID)
    await backend.memory.save(pseudonym, locale="fi")
    long_ago = datetime(2020, 1, 1)
    async with engine.begin() as connection:
        await connection.execute(update(user_memory).values(touched=long_ago))
    await backend.storage.set_state(KEY, "Flow:audience")
    async with engine.connect() as connection:
        touched = (await connection.execute(select(user_memory.c.touched))).scalar_one()
    assert touched > long_ago
    assert isinstance(backend.memory, MemoryRepository)
    assert await backend.memory.purge_inactive(datetime(2021, 1, 1).astimezone()) == 0


async def test_one_users_updates_wait_for_each_other_across_workers(
    backends: list[StateBackend],
) -> None:
    first, second = backends
    other_user = StorageKey(bot_id=1000000001, chat_id=USER_ID + 1, user_id=USER_ID + 1)
    order: list[str] = []

    async def second_worker(key: StorageKey, label: str) -> None:
        async with second.isolation.lock(key):
            order.append(label)

    async with first.isolation.lock(KEY):
        same_user = asyncio.create_task(second_worker(KEY, "same user"))
        await second_worker(other_user, "other user")  # not blocked by KEY's lock
        await asyncio.sleep(0.2)
        assert not same_user.done()
        order.append("first worker done")
    await asyncio.wait_for(same_user, timeout=LOCK_TIMEOUT_S)
    assert order == ["other user", "first worker done", "same user"]


class CountingGets:
    """Counts the reads (``GET`` and ``MGET`` commands) a storage sends to Redis."""

    def __init__(self, storage: PseudonymRedisStorage) -> None:
        self.count = 0
        original_get, original_mget = storage.redis.get, storage.redis.mget

        async def get(name: str) -> object:
            self.count += 1
            return await original_get(name)

        async def mget(*names: str) -> object:
            self.count += 1
            return await original_mget(*names)

        storage.redis.get = get  # type: ignore[method-assign]
        storage.redis.mget = mget  # type: ignore[method-assign]


async def test_one_update_reads_its_users_state_and_data_from_redis_once(
    backends: list[StateBackend],
) -> None:
    first, second = backends
    assert isinstance(first.storage, PseudonymRedisStorage)
    await second.storage.set_state(KEY, "Flow:topic")
    await second.storage.set_data(KEY, {"audience": "parent", "answers": ["a"]})
    gets = CountingGets(first.storage)
    with update_scope():
        assert await first.storage.get_state(KEY) == "Flow:topic"
        for _ in range(4):
            data = await first.storage.get_data(KEY)
            assert data == {"audience": "parent", "answers": ["a"]}
            data["answers"].append("changed but not written")  # a fresh dict each time
        assert await first.storage.get_state(KEY) == "Flow:topic"
        assert gets.count == 1  # state and data in one MGET
        await first.storage.set_state(KEY, "Flow:results")
        await first.storage.set_data(KEY, {"audience": "parent", "referral": 7})
        assert await first.storage.get_state(KEY) == "Flow:results"
        assert await first.storage.get_data(KEY) == {"audience": "parent", "referral": 7}
        assert gets.count == 1  # what this update wrote, it knows
        await first.storage.set_data(KEY, {})
        assert await first.storage.get_data(KEY) == {}
        await first.storage.set_state(KEY, None)
        assert await first.storage.get_state(KEY) is None
        assert gets.count == 1
    # the writes reached Redis: the other worker sees them
    assert await second.storage.get_state(KEY) is None
    assert await second.storage.get_data(KEY) == {}


async def test_the_next_update_reads_redis_again_and_forget_clears_the_cache(
    backends: list[StateBackend],
) -> None:
    first, second = backends
    assert isinstance(first.storage, PseudonymRedisStorage)
    await first.storage.set_state(KEY, "Flow:age")
    with update_scope():
        assert await first.storage.get_state(KEY) == "Flow:age"
    await second.storage.set_state(KEY, "Flow:topic")  # another worker's update, in between
    gets = CountingGets(first.storage)
    with update_scope():
        assert await first.storage.get_state(KEY) == "Flow:topic"
        assert gets.count == 1
        await first.memory.forget(PSEUDONYMIZER.of(USER_ID))
        assert await first.storage.get_state(KEY) is None
        assert await first.storage.get_data(KEY) == {}
    # outside an update nothing is cached: every read goes to Redis
    before = gets.count
    await first.storage.get_state(KEY)
    await first.storage.get_state(KEY)
    assert gets.count == before + 2
