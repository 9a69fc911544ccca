"""Backends for the integration suite: SQLite always; PostgreSQL and Redis when reachable.

PostgreSQL: ``TEST_POSTGRES_URL`` (default ``postgresql://postgres@127.0.0.1:5432/test``,
trust auth, as on this project's machines). Each test session creates its own database
``vagvisare_test_<random>`` and drops it at the end, and every test starts from an empty
schema, so concurrent runs never collide. Redis: ``TEST_REDIS_URL`` (default
``redis://127.0.0.1:6379/0``); each test uses its own key prefix and deletes its keys.

Where a server is absent the tests that need it are skipped with the reason; under CI
(``CI=true``) they fail instead, so a CI run can never pass without the real servers.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, NoReturn

import asyncpg
import pytest
import pytest_asyncio
import redis
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.engine import create_engine
from storage.migrate import upgrade

POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
START_HINT = "(.ci/run starts the machine's services; see docs/deployment.md)"

DATABASES = ["sqlite", "postgresql"]


def under_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def unavailable(reason: str) -> NoReturn:
    """Skip the test with ``reason``; under CI fail it, since CI must run every backend."""
    if under_ci():
        pytest.fail(f"{reason}; CI=true, so this is an error, not a skip {START_HINT}")
    pytest.skip(f"{reason} {START_HINT}")


def run_blocking(coroutine: Coroutine[Any, Any, Any]) -> Any:
    """Run ``coroutine`` to completion on its own loop in a helper thread."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def _dsn(url: str, database: str | None = None) -> str:
    parsed = make_url(url).set(drivername="postgresql")
    if database is not None:
        parsed = parsed.set(database=database)
    return parsed.render_as_string(hide_password=False)


async def _admin(url: str, sql: str) -> None:
    connection = await asyncpg.connect(_dsn(url), timeout=5)
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str]:
    """The async URL of a database created for this test session (dropped afterwards)."""
    name = f"vagvisare_test_{uuid.uuid4().hex[:12]}"
    try:
        run_blocking(_admin(POSTGRES_URL, f'CREATE DATABASE "{name}"'))
    except (OSError, asyncpg.PostgresError, TimeoutError) as error:
        unavailable(f"PostgreSQL at {POSTGRES_URL} is not usable: {type(error).__name__}: {error}")
    url = make_url(POSTGRES_URL).set(drivername="postgresql+asyncpg", database=name)
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        run_blocking(_admin(POSTGRES_URL, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def redis_server() -> str:
    """``TEST_REDIS_URL`` once it answers PING."""
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError as error:
        unavailable(f"Redis at {REDIS_URL} is not usable: {type(error).__name__}: {error}")
    finally:
        client.close()
    return REDIS_URL


@pytest.fixture
def redis_prefix(redis_server: str) -> Iterator[str]:
    """A key prefix of this test's own; its keys are deleted afterwards."""
    prefix = f"vagvisare-test-{uuid.uuid4().hex[:12]}"
    yield prefix
    client = redis.Redis.from_url(redis_server)
    try:
        keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
        if keys:
            client.delete(*keys)
    finally:
        client.close()


async def _empty_public_schema(url: str) -> None:
    connection = await asyncpg.connect(_dsn(url), timeout=5)
    try:
        await connection.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    finally:
        await connection.close()


async def database_for(request: pytest.FixtureRequest, kind: str, tmp_path: Path) -> str:
    """An empty database of ``kind`` (``sqlite`` or ``postgresql``) for one test."""
    if kind == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'nested' / 'db.sqlite3'}"
    url: str = request.getfixturevalue("postgres_database")
    await _empty_public_schema(url)
    return url


@pytest_asyncio.fixture(params=DATABASES)
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database: once on SQLite, once on PostgreSQL."""
    return await database_for(request, request.param, tmp_path)


@pytest_asyncio.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    """An engine on ``database_url``, migrated to the newest revision."""
    database = create_engine(database_url)
    await upgrade(database)
    try:
        yield database
    finally:
        await database.dispose()
