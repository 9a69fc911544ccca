"""Storage on SQLite: migrations, the referral log, per-user memory and the FSM storage."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest_asyncio
from aiogram.fsm.storage.base import StorageKey
from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.pseudonym import Pseudonymizer
from bot.core.referral import Referral
from storage.engine import create_engine
from storage.fsm import SqlStorage
from storage.memory import MemoryRepository
from storage.migrate import downgrade, upgrade
from storage.referrals import ReferralRepository

PSEUDONYMIZER = Pseudonymizer(b"0123456789abcdef0123456789abcdef")


@pytest_asyncio.fixture
async def engine(tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    database = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'nested' / 'db.sqlite3'}")
    await upgrade(database)
    try:
        yield database
    finally:
        await database.dispose()


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


async def table_names(engine: AsyncEngine) -> set[str]:
    async with engine.connect() as connection:
        return set(await connection.run_sync(lambda sync: inspect(sync).get_table_names()))


async def test_migrations_stairway_on_sqlite(engine: AsyncEngine) -> None:
    assert {"referral", "user_memory", "alembic_version"} <= await table_names(engine)
    await downgrade(engine, "base")
    assert await table_names(engine) == {"alembic_version"}
    await upgrade(engine)
    assert {"referral", "user_memory"} <= await table_names(engine)


async def test_sqlite_runs_in_wal_mode(engine: AsyncEngine) -> None:
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


async def test_memory_forget_and_purge(engine: AsyncEngine) -> None:
    memory = MemoryRepository(engine)
    await memory.save("p1", locale="en")
    await memory.save("p1", state="Flow:topic")
    record = await memory.get("p1")
    assert record is not None
    assert (record.locale, record.state) == ("en", "Flow:topic")
    assert await memory.forget("p1") is True
    assert await memory.get("p1") is None
    await memory.save("p2", locale="sv")
    assert await memory.purge_inactive(datetime.now(UTC) - timedelta(days=1)) == 0
    assert await memory.purge_inactive(datetime.now(UTC) + timedelta(hours=2)) == 1


async def test_fsm_state_survives_a_new_engine(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'fsm.sqlite3'}"
    key = StorageKey(bot_id=1, chat_id=700123457, user_id=700123457)
    first = create_engine(url)
    await upgrade(first)
    storage = SqlStorage(MemoryRepository(first), PSEUDONYMIZER)
    await storage.set_state(key, "Flow:age")
    await storage.set_data(key, {"audience": "young_person"})
    await first.dispose()

    second = create_engine(url)
    restored = SqlStorage(MemoryRepository(second), PSEUDONYMIZER)
    assert await restored.get_state(key) == "Flow:age"
    assert await restored.get_data(key) == {"audience": "young_person"}
    other = StorageKey(bot_id=1, chat_id=700123458, user_id=700123458)
    assert await restored.get_state(other) is None
    assert await restored.get_data(other) == {}
    await second.dispose()
    assert b"700123457" not in (tmp_path / "fsm.sqlite3").read_bytes()
