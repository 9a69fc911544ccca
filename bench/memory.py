"""memory: resident memory with N users holding conversation state (default 100,000).

Each user gets what a conversation halfway through leaves behind: a chosen language, a
state name and FSM data (audience, age band, campaign and a short message trail), set
through the same objects the dispatcher uses (the middleware's read, then the FSM
storage's writes). Measured for the embedded default (state cached in this process,
written to SQLite) and for Redis (state in Redis: this process stays small; Redis's own
``used_memory`` is reported too).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from aiogram.fsm.storage.base import StorageKey
from redis.asyncio import Redis

from bench.common import (
    BENCH_KEY,
    DEFAULT_POSTGRES_URL,
    DEFAULT_REDIS_URL,
    current_rss_mb,
    scratch_postgres,
    scratch_redis_prefix,
    table,
)
from bot.core.pseudonym import Pseudonymizer
from storage.engine import create_engine
from storage.migrate import upgrade
from storage.state_backend import StateBackend, open_state_backend

HELP = "RSS with 100k users holding conversation state"
BOT_ID = 1000000001
FIRST_USER = 7_200_000_000
BATCH = 200  # users at a time (concurrent updates), then one flush


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES_URL)
    parser.add_argument("--redis-url", default=DEFAULT_REDIS_URL)
    parser.add_argument("--skip-redis", action="store_true", help="only the embedded default")
    parser.add_argument(
        "--redis-users",
        type=int,
        default=5_000,
        help="users for the Redis row (each costs ~4 network round trips to fill)",
    )
    parser.add_argument("--quick", action="store_true", help="10,000 users")


async def fill(backend: StateBackend, users: int, pseudonymizer: Pseudonymizer) -> None:
    """Give ``users`` users a language, a state and FSM data."""

    async def one(user_id: int) -> None:
        key = StorageKey(bot_id=BOT_ID, chat_id=user_id, user_id=user_id)
        pseudonym = pseudonymizer.of(user_id)
        await backend.memory.get(pseudonym)  # the locale middleware's read
        await backend.memory.save(pseudonym, locale="sv")
        await backend.storage.set_data(
            key,
            {
                "audience": "young_person",
                "age": "13_15",
                "campaign": "poster_school1",
                "trail": [user_id % 1000 + n for n in range(6)],
            },
        )
        await backend.storage.set_state(key, "Flow:topic")

    for start in range(0, users, BATCH):
        end = min(start + BATCH, users)
        await asyncio.gather(*(one(FIRST_USER + n) for n in range(start, end)))
        await backend.memory.flush()


async def measure(name: str, backend: StateBackend, users: int) -> list[object]:
    pseudonymizer = Pseudonymizer(BENCH_KEY.encode())
    gc.collect()
    before = current_rss_mb()
    started = time.perf_counter()
    await fill(backend, users, pseudonymizer)
    seconds = time.perf_counter() - started
    gc.collect()
    after = current_rss_mb()
    per_user = (after - before) * 1024 * 1024 / users
    return [name, users, before, after, after - before, per_user, seconds]


async def redis_used_mb(url: str) -> float:
    client = Redis.from_url(url)
    try:
        info = await client.info("memory")
        return float(info["used_memory"]) / 1024 / 1024
    finally:
        await client.aclose()


async def run(args: argparse.Namespace) -> int:
    users = 10_000 if args.quick else args.users
    pseudonymizer = Pseudonymizer(BENCH_KEY.encode())
    ttl = timedelta(days=90)
    rows: list[list[object]] = []
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="vagvisare-bench-") as scratch:
        engine = create_engine(f"sqlite+aiosqlite:///{Path(scratch) / 'memory.sqlite3'}")
        await upgrade(engine)
        backend = open_state_backend(
            engine, pseudonymizer, redis_url=None, redis_prefix="x", ttl=ttl
        )
        rows.append(await measure("SQLite, cached in process", backend, users))
        await backend.storage.close()
        await engine.dispose()
    if not args.skip_redis:
        async with (
            scratch_postgres(args.postgres_url) as url,
            scratch_redis_prefix(args.redis_url) as prefix,
        ):
            engine = create_engine(url)
            await upgrade(engine)
            backend = open_state_backend(
                engine, pseudonymizer, redis_url=args.redis_url, redis_prefix=prefix, ttl=ttl
            )
            redis_before = await redis_used_mb(args.redis_url)
            redis_users = min(users, args.redis_users)
            rows.append(await measure("PostgreSQL + Redis (this process)", backend, redis_users))
            redis_after = await redis_used_mb(args.redis_url)
            notes.append(
                f"Redis used_memory grew by {redis_after - redis_before:,.1f} MB "
                f"for {redis_users:,} users "
                f"({(redis_after - redis_before) * 1024 * 1024 / redis_users:,.0f} bytes/user)"
            )
            await backend.storage.close()
            await engine.dispose()
    headers = ["backend", "users", "RSS before MB", "RSS after MB", "grew MB", "bytes/user", "s"]
    print(f"memory: {users:,} users holding conversation state")
    print(table(headers, rows))
    for note in notes:
        print(note)
    return 0
