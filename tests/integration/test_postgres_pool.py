"""PostgreSQL connection pool: dead connections are replaced, live ones are not pinged."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import asyncpg
import pytest
import pytest_asyncio
from sqlalchemy import text
from sqlalchemy.dialects.postgresql.asyncpg import AsyncAdapt_asyncpg_connection
from sqlalchemy.ext.asyncio import AsyncEngine

from storage import engine as engine_module
from storage.engine import POSTGRES_PING_AFTER_IDLE_S, create_engine
from tests.integration.conftest import _dsn, database_for


@pytest_asyncio.fixture
async def pg_engine(request: pytest.FixtureRequest, tmp_path: object) -> AsyncIterator[AsyncEngine]:
    url = await database_for(request, "postgresql", tmp_path)  # type: ignore[arg-type]
    database = create_engine(url)
    try:
        yield database
    finally:
        await database.dispose()


@pytest.fixture
def pings(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the pings sent by the pool (one entry per ping)."""
    sent: list[int] = []
    original = AsyncAdapt_asyncpg_connection.ping

    def ping(self: AsyncAdapt_asyncpg_connection) -> None:
        sent.append(1)
        original(self)

    monkeypatch.setattr(AsyncAdapt_asyncpg_connection, "ping", ping)
    return sent


async def backend_pids(engine: AsyncEngine) -> set[int]:
    async with engine.connect() as connection:
        return {(await connection.execute(text("SELECT pg_backend_pid()"))).scalar_one()}


async def select_one(engine: AsyncEngine) -> int:
    async with engine.connect() as connection:
        return int((await connection.execute(text("SELECT 1"))).scalar_one())


async def test_a_connection_in_use_is_handed_out_again_without_a_round_trip(
    pg_engine: AsyncEngine, pings: list[int]
) -> None:
    for _ in range(5):
        assert await select_one(pg_engine) == 1
    assert pings == []  # new, then used a moment ago: no ping


async def test_a_connection_idle_too_long_is_pinged_first(
    pg_engine: AsyncEngine, pings: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert await select_one(pg_engine) == 1
    clock = engine_module.monotonic() + POSTGRES_PING_AFTER_IDLE_S + 1
    monkeypatch.setattr(engine_module, "monotonic", lambda: clock)
    assert await select_one(pg_engine) == 1
    assert pings == [1]


async def test_a_connection_the_server_ended_is_replaced_without_an_error(
    pg_engine: AsyncEngine, pings: list[int]
) -> None:
    (before,) = await backend_pids(pg_engine)
    admin = await asyncpg.connect(_dsn(str(pg_engine.url.render_as_string(hide_password=False))))
    try:
        assert await admin.fetchval("SELECT pg_terminate_backend($1)", before) is True
    finally:
        await admin.close()
    await asyncio.sleep(0.2)  # the closed socket reaches the pooled connection
    (after,) = await backend_pids(pg_engine)  # no error: a new connection
    assert after != before
    assert pings == []  # seen from the socket, not by a ping


async def test_a_failed_ping_replaces_the_connection(
    pg_engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    (before,) = await backend_pids(pg_engine)
    failures = [ConnectionResetError("simulated")]

    def ping(self: AsyncAdapt_asyncpg_connection) -> None:
        if failures:
            raise failures.pop()

    monkeypatch.setattr(AsyncAdapt_asyncpg_connection, "ping", ping)
    clock = engine_module.monotonic() + POSTGRES_PING_AFTER_IDLE_S + 1
    monkeypatch.setattr(engine_module, "monotonic", lambda: clock)
    (after,) = await backend_pids(pg_engine)
    assert failures == []
    assert after != before
