"""The conversation modes' database lock (bot/commands.py ``exclusive_database``) follows
the in-process cache: taken on an SQLite file without ``REDIS_URL`` (the cached
``user_memory``, one writer only), never on PostgreSQL (several workers share it) nor
with ``REDIS_URL`` (no cache). The CLI side: tests/e2e/test_database_lock.py.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.app import App
from bot.commands import DatabaseInUse, database_lock_file, with_app
from storage.memory import CachedMemoryRepository
from tests.conftest import make_settings


def lock_files(folder: Path) -> list[Path]:
    return list(folder.rglob("*.lock"))


async def test_two_apps_share_postgresql_and_only_sqlite_is_locked(
    database_url: str, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path / "data", database_url=database_url)
    sqlite = database_url.startswith("sqlite")
    started, stop = asyncio.Event(), asyncio.Event()
    cached: list[bool] = []

    async def hold(app: App) -> int:
        cached.append(isinstance(app.memory, CachedMemoryRepository))
        started.set()
        await stop.wait()
        return 0

    async def second(app: App) -> int:
        cached.append(isinstance(app.memory, CachedMemoryRepository))
        return 7

    first = asyncio.create_task(with_app(settings, hold))
    await started.wait()
    try:
        if sqlite:
            with pytest.raises(DatabaseInUse):
                await with_app(settings, second)
        else:
            assert await with_app(settings, second) == 7  # a second worker starts
    finally:
        stop.set()
        assert await first == 0
    assert cached == ([True] if sqlite else [False, False])
    assert (database_lock_file(settings) is not None) is sqlite
    assert bool(lock_files(tmp_path)) is sqlite  # no lock file on PostgreSQL


async def test_sqlite_with_redis_has_no_cache_and_takes_no_lock(
    tmp_path: Path, redis_server: str, redis_prefix: str
) -> None:
    settings = make_settings(tmp_path, redis_url=redis_server, redis_prefix=redis_prefix)
    assert database_lock_file(settings) is None

    async def body(app: App) -> int:
        assert not isinstance(app.memory, CachedMemoryRepository)
        async with asyncio.timeout(30):  # a second app on the same file starts
            return await with_app(settings, lambda _app: asyncio.sleep(0, 3))

    assert await with_app(settings, body) == 3
    assert not (tmp_path / "vagvisare.sqlite3.lock").exists()
