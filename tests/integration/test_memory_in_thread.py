"""The embedded default writes conversation state in one call per flush (inline, or one
worker-thread call when the file is locked: tests/integration/test_sqlite_inline.py).

``CachedMemoryRepository`` on a SQLite file sends its writes and cache-miss reads
through :class:`storage.memory.SqliteInThread` (Python's ``sqlite3`` in a worker
thread) instead of aiosqlite's several hops per statement; what it stores is the same,
and another connection sees it. Other databases keep the async engine.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from aiogram.fsm.storage.base import StorageKey
from sqlalchemy import event, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.pseudonym import Pseudonymizer
from storage.engine import create_engine
from storage.fsm import SqlStorage, remembered_pseudonym
from storage.memory import CachedMemoryRepository, SqliteInThread
from storage.migrate import upgrade
from storage.tables import user_memory

KEY = b"0123456789abcdef0123456789abcdef"


async def sqlite_file(tmp_path: Path) -> AsyncEngine:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'memory.sqlite3'}")
    await upgrade(engine)
    return engine


def statements_through(engine: AsyncEngine) -> list[str]:
    """The SQL the async engine (aiosqlite) runs from now on."""
    seen: list[str] = []

    @event.listens_for(engine.sync_engine, "before_cursor_execute")
    def note(*args: Any) -> None:
        seen.append(str(args[2]).split()[0])

    return seen


async def test_writes_and_misses_skip_the_async_driver(tmp_path: Path) -> None:
    engine = await sqlite_file(tmp_path)
    memory = CachedMemoryRepository(engine)
    through_aiosqlite = statements_through(engine)
    try:
        assert memory.cached == 0
        assert await memory.get("p" * 32) is None  # a cache miss: read in the thread
        await memory.save("p" * 32, locale="sv", state="Flow:age", data='{"a": 1}')
        await memory.save("q" * 32, locale="fi")
        await memory.flush()
        async with engine.connect() as connection:  # another connection sees the rows
            rows = (await connection.execute(select(user_memory))).mappings().all()
        stored = {(r["pseudonym"], r["locale"], r["state"], r["data"]) for r in rows}
        assert stored == {("p" * 32, "sv", "Flow:age", '{"a": 1}'), ("q" * 32, "fi", None, None)}
        assert all(r["touched"] is not None for r in rows)
        assert through_aiosqlite == ["SELECT"]  # only the check above
    finally:
        await memory.close()
        await engine.dispose()


async def test_a_new_process_reads_what_the_last_one_wrote(tmp_path: Path) -> None:
    engine = await sqlite_file(tmp_path)
    first = CachedMemoryRepository(engine)
    await first.save("p" * 32, locale="ar", state="Flow:topic")
    await first.close()
    second = CachedMemoryRepository(engine)
    try:
        record = await second.get("p" * 32)
        assert record is not None
        assert (record.locale, record.state, record.data) == ("ar", "Flow:topic", None)
    finally:
        await second.close()
        await engine.dispose()


@pytest.mark.parametrize(
    "url",
    [
        "sqlite+aiosqlite://",
        "sqlite+aiosqlite:///:memory:",
        "sqlite+aiosqlite:///file:vagvisare-test.sqlite3?uri=true",
        "postgresql+asyncpg://postgres@127.0.0.1:5432/test",
    ],
)
def test_databases_a_second_connection_might_not_share_keep_the_async_engine(url: str) -> None:
    engine = create_engine(url)
    try:
        assert SqliteInThread.beside(engine) is None
    finally:
        asyncio.run(engine.dispose())


async def test_a_file_gets_the_thread(tmp_path: Path) -> None:
    engine = await sqlite_file(tmp_path)
    beside = SqliteInThread.beside(engine)
    try:
        assert beside is not None
        assert beside.engine.url.database == engine.url.database
    finally:
        if beside is not None:
            beside.dispose()
        await engine.dispose()


async def test_remembered_pseudonyms_are_the_pseudonyms() -> None:
    one, other = Pseudonymizer(KEY), Pseudonymizer(KEY[::-1])
    assert remembered_pseudonym(one, 5, 5) == one.of(5)
    assert remembered_pseudonym(one, 5, 5) == one.of(5)  # remembered
    assert remembered_pseudonym(other, 5, 5) == other.of(5) != one.of(5)
    assert remembered_pseudonym(one, 6, 6) == one.of(6)
    assert remembered_pseudonym(one, -100, 5) == one.of(-100, 5, 0)
    assert remembered_pseudonym(one, -100, 5, 3) == one.of(-100, 5, 3)


async def test_two_storages_in_one_task_keep_their_own_pseudonyms(tmp_path: Path) -> None:
    engine = await sqlite_file(tmp_path)
    memory = CachedMemoryRepository(engine)
    key = StorageKey(bot_id=1, chat_id=700123457, user_id=700123457)
    one, other = Pseudonymizer(KEY), Pseudonymizer(KEY[::-1])
    try:
        await SqlStorage(memory, one).set_state(key, "Flow:age")
        await SqlStorage(memory, other).set_state(key, "Flow:topic")
        first = await memory.get(one.of(key.user_id))
        second = await memory.get(other.of(key.user_id))
        assert first is not None
        assert second is not None
        assert (first.state, second.state) == ("Flow:age", "Flow:topic")
    finally:
        await memory.close()
        await engine.dispose()


async def test_referral_writes_of_the_embedded_default_skip_the_async_driver(
    tmp_path: Path,
) -> None:
    from datetime import datetime

    from bot.core.recommend import merge_referrals
    from bot.core.referral import Referral
    from storage.referrals import ReferralRepository
    from storage.state_backend import StateFirstReferrals

    engine = await sqlite_file(tmp_path)
    memory = CachedMemoryRepository(engine)
    referrals = StateFirstReferrals(engine, memory)
    through_aiosqlite = statements_through(engine)
    hour = datetime(2026, 11, 29, 14)
    emergency = Referral("r" * 32, hour, "youth", "13-15", "other", "emergency", "sv", ("sos-112",))
    cards = Referral(
        "r" * 32, hour, "youth", "13-15", "recruitment", "support", "sv", ("bris-116111",)
    )
    try:
        await memory.save("p" * 32, state="Flow:results", data='{"referral": "rrr"}')
        await referrals.merge(emergency, merge_referrals)
        await referrals.merge(cards, merge_referrals)
        assert await referrals.set_outcome("r" * 32, "helpful") is True
        assert await referrals.set_opened("r" * 32, "bris-116111") is True
        assert await referrals.set_outcome("x" * 32, "helpful") is False
        assert through_aiosqlite == []  # state and referral: all through the thread
        stored = await ReferralRepository(engine).get("r" * 32)  # read by the async engine
        assert stored is not None
        assert (stored.topic, stored.urgency, stored.outcome, stored.service_opened) == (
            "recruitment",
            "emergency",
            "helpful",
            "bris-116111",
        )
        assert stored.services_shown == ("sos-112", "bris-116111")
        assert stored.hour == hour  # written by sqlite3 itself, read back by SQLAlchemy
        assert (await memory.get("p" * 32)) is not None
    finally:
        await memory.close()
        await engine.dispose()


async def test_database_errors_never_quote_pseudonyms_or_state(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from storage import engine as engine_module

    monkeypatch.setattr(engine_module, "SQLITE_BUSY_TIMEOUT_MS", 50)
    engine = await sqlite_file(tmp_path)
    memory = CachedMemoryRepository(engine)
    holder = sqlite3.connect(tmp_path / "memory.sqlite3")
    try:
        holder.execute("BEGIN EXCLUSIVE")
        await memory.save("p" * 32, locale="sv", data='{"topic": "recruitment_pressure"}')
        with pytest.raises(OperationalError) as through_thread:
            await memory.flush()
        with pytest.raises(OperationalError) as through_aiosqlite:
            async with engine.begin() as connection:
                await connection.execute(
                    user_memory.insert().values(pseudonym="q" * 32, data='{"topic": "x"}')
                )
    finally:
        holder.rollback()
        holder.close()
        await memory.close()
        await engine.dispose()
    for error in (through_thread.value, through_aiosqlite.value):
        message = str(error)
        assert "database is locked" in message
        assert "parameters hidden" in message
        assert "p" * 12 not in message
        assert "q" * 12 not in message
        assert "topic" not in message


async def test_updates_ready_in_the_same_turn_share_one_commit(tmp_path: Path) -> None:
    """Group commit: users whose updates reach a flush point in the same turn of the event
    loop are written in one transaction, each flush returning once its record is stored;
    an update alone still commits alone."""
    engine = await sqlite_file(tmp_path)
    memory = CachedMemoryRepository(engine)
    in_thread = memory.in_thread
    assert in_thread is not None
    names = [letter * 32 for letter in "abcd"]
    for name in [*names, "e" * 32]:
        assert await memory.get(name) is None  # known now: no read below, writes only
    commits: list[int] = []
    counted = in_thread._committed

    def committed() -> None:
        commits.append(1)
        counted()

    in_thread._committed = committed  # type: ignore[method-assign]

    async def update(pseudonym: str, state: str) -> str | None:
        await memory.save(pseudonym, state=state)
        await memory.flush(pseudonym)  # as before a Bot API call
        async with engine.connect() as connection:  # stored when flush returns
            stored = select(user_memory.c.state).where(user_memory.c.pseudonym == pseudonym)
            return (await connection.execute(stored)).scalar()

    try:
        assert await asyncio.gather(*(update(n, f"Flow:{n[0]}") for n in names)) == [
            f"Flow:{n[0]}" for n in names
        ]
        assert len(commits) == 1
        assert await update("e" * 32, "Flow:e") == "Flow:e"
        assert len(commits) == 2
    finally:
        await memory.close()
        await engine.dispose()
