"""Storage on SQLite and PostgreSQL: the referral log, per-user memory and the FSM storage."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from aiogram.fsm.storage.base import StorageKey
from sqlalchemy import event, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.pseudonym import Pseudonymizer
from bot.core.referral import Referral
from storage.engine import async_url, create_engine
from storage.fsm import SqlStorage
from storage.memory import CachedMemoryRepository, MemoryRepository
from storage.migrate import upgrade
from storage.referrals import ReferralRepository
from storage.tables import user_memory
from tests.helpers import on_sql_writes

PSEUDONYMIZER = Pseudonymizer(b"0123456789abcdef0123456789abcdef")
KEY = StorageKey(bot_id=1, chat_id=700123457, user_id=700123457)
OTHER = StorageKey(bot_id=1, chat_id=700123458, user_id=700123458)


def referral(referral_id: str = "a" * 32, hour: datetime | None = None) -> Referral:
    return Referral(
        id=referral_id,
        hour=hour or datetime(2026, 11, 25, 14, tzinfo=UTC),
        audience="young_person",
        age_band="13_15",
        topic="recruitment_pressure",
        urgency="support",
        locale="sv",
        services_shown=("bris-116111", "sos-112"),
        campaign="poster_school1",
    )


def repositories(engine: AsyncEngine) -> list[MemoryRepository]:
    return [MemoryRepository(engine), CachedMemoryRepository(engine, cache_size=2)]


async def memory_rows(engine: AsyncEngine) -> list[dict[str, object]]:
    async with engine.connect() as connection:
        result = await connection.execute(select(user_memory).order_by(user_memory.c.pseudonym))
        return [dict(row) for row in result.mappings()]


def test_plain_urls_get_the_async_drivers() -> None:
    assert async_url("sqlite:///x.db").drivername == "sqlite+aiosqlite"
    assert async_url("postgresql://u@h/db").drivername == "postgresql+asyncpg"
    assert async_url("postgres://u@h/db").drivername == "postgresql+asyncpg"
    assert async_url("postgresql+psycopg://u@h/db").drivername == "postgresql+psycopg"


async def test_sqlite_runs_in_wal_mode(engine: AsyncEngine) -> None:
    if engine.dialect.name != "sqlite":
        assert engine.dialect.name == "postgresql"
        assert engine.dialect.driver == "asyncpg"
        return
    async with engine.connect() as connection:
        mode = (await connection.exec_driver_sql("PRAGMA journal_mode")).scalar_one()
    assert mode == "wal"


async def test_referral_is_written_once_per_id(engine: AsyncEngine) -> None:
    repository = ReferralRepository(engine)
    assert await repository.add(referral()) is True
    assert await repository.add(referral()) is False
    assert await repository.count() == 1
    assert await repository.set_outcome("a" * 32, "yes") is True
    assert await repository.set_outcome("b" * 32, "yes") is False
    stored = await repository.between(datetime(2026, 11, 25), datetime(2026, 11, 26))
    assert stored == [
        Referral(
            id="a" * 32,
            hour=datetime(2026, 11, 25, 14),
            audience="young_person",
            age_band="13_15",
            topic="recruitment_pressure",
            urgency="support",
            locale="sv",
            services_shown=("bris-116111", "sos-112"),
            campaign="poster_school1",
            outcome="yes",
        )
    ]


async def test_merge_stores_the_first_row_then_the_combination(engine: AsyncEngine) -> None:
    repository = ReferralRepository(engine)
    first = replace(referral(), urgency="emergency", services_shown=("sos-112",))
    seen: list[tuple[str, str]] = []

    def combine(earlier: Referral, later: Referral) -> Referral:
        seen.append((earlier.urgency, later.urgency))
        return replace(later, urgency=earlier.urgency, services_shown=("sos-112", "bris-116111"))

    await repository.merge(first, combine)
    assert seen == []  # nothing to merge with: stored as given
    assert await repository.get("a" * 32) == replace(first, hour=datetime(2026, 11, 25, 14))
    await repository.merge(referral(), combine)
    assert seen == [("emergency", "support")]
    stored = await repository.get("a" * 32)
    assert stored is not None
    assert (stored.urgency, stored.services_shown) == ("emergency", ("sos-112", "bris-116111"))
    assert await repository.count() == 1


@pytest.mark.parametrize("cached", [False, True], ids=["plain", "cached"])
async def test_memory_forget_and_purge(engine: AsyncEngine, cached: bool) -> None:
    memory = repositories(engine)[cached]
    await memory.save("p1", locale="en")
    await memory.save("p1", state="Flow:topic")
    record = await memory.get("p1")
    assert record is not None
    assert (record.locale, record.state) == ("en", "Flow:topic")
    assert await memory.forget("p1") is True
    assert await memory.get("p1") is None
    assert await memory.forget("p1") is False
    await memory.save("p2", locale="sv")
    assert await memory.purge_inactive(datetime.now(UTC) - timedelta(days=1)) == 0
    assert await memory.purge_inactive(datetime.now(UTC) + timedelta(hours=2)) == 1
    assert await memory.get("p2") is None
    await memory.close()
    assert await memory_rows(engine) == []


async def test_cached_memory_coalesces_writes(engine: AsyncEngine) -> None:
    inserts: list[str] = []

    def count_inserts(statement: str) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO USER_MEMORY"):
            inserts.append(statement)

    memory = CachedMemoryRepository(engine, cache_size=2)
    event.listen(engine.sync_engine, "before_cursor_execute", lambda *args: count_inserts(args[2]))
    if memory.in_thread is not None:  # on a SQLite file the writes take sqlite3 itself
        on_sql_writes(memory.in_thread, count_inserts)
    assert await memory.get("p1") is None  # read once, as an update's middleware does
    assert await memory.get("p0") is None
    await memory.save("p1", locale="en")
    await memory.save("p1", state="Flow:age", data='{"audience": "parent"}')
    await memory.save("p0", state="Flow:topic")
    await memory.flush()
    assert len(inserts) == 1  # three saves of two users: one statement, one transaction
    rows = await memory_rows(engine)
    assert [(r["pseudonym"], r["locale"], r["state"], r["data"]) for r in rows] == [
        ("p0", None, "Flow:topic", None),
        ("p1", "en", "Flow:age", '{"audience": "parent"}'),
    ]
    await memory.flush()
    assert len(inserts) == 1  # nothing dirty: no write
    for name in ("p2", "p3", "p4"):  # evicts p0 and p1 from a cache of two
        await memory.save(name, locale="sv")
    assert memory.cached == 2
    record = await memory.get("p1")
    assert record is not None
    assert record.state == "Flow:age"  # read back from the database
    await memory.close()
    assert len(await memory_rows(engine)) == 5


async def test_cached_memory_rejects_unknown_columns(engine: AsyncEngine) -> None:
    memory = CachedMemoryRepository(engine)
    with pytest.raises(ValueError, match="touched"):
        await memory.save("p1", touched="2026-01-01")
    await memory.close()


@pytest.mark.parametrize("cached", [False, True], ids=["plain", "cached"])
async def test_fsm_state_survives_a_new_engine(database_url: str, cached: bool) -> None:
    first = create_engine(database_url)
    await upgrade(first)
    memory = repositories(first)[cached]
    storage = SqlStorage(memory, PSEUDONYMIZER)
    await storage.set_state(KEY, "Flow:age")
    await storage.set_data(KEY, {"audience": "young_person"})
    assert await storage.get_state(KEY) == "Flow:age"
    await storage.close()  # a clean stop writes what is pending
    await first.dispose()

    second = create_engine(database_url)
    restored = SqlStorage(MemoryRepository(second), PSEUDONYMIZER)
    assert await restored.get_state(KEY) == "Flow:age"
    assert await restored.get_data(KEY) == {"audience": "young_person"}
    assert await restored.get_state(OTHER) is None
    assert await restored.get_data(OTHER) == {}
    rows = await memory_rows(second)
    await second.dispose()
    assert [row["pseudonym"] for row in rows] == [PSEUDONYMIZER.of(KEY.user_id)]
    assert "700123457" not in repr(rows)
    if database_url.startswith("sqlite"):
        path = async_url(database_url).database
        assert path is not None
        assert b"700123457" not in Path(path).read_bytes()  # noqa: ASYNC240 - a test's check
