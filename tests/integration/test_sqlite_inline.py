"""SQLite writes of the embedded default run on the event loop's thread unless the file
is locked (:class:`storage.memory.SqliteInThread`).

- Not locked: the transaction runs inline, on a connection that never waits
  (``busy_timeout=0``, ``wal_autocheckpoint=0``); no worker thread is involved.
- Locked by another connection: the transaction is rolled back and run again in a worker
  thread, which waits for the lock; the event loop keeps running meanwhile, and the row is
  written once, when the lock goes.
- Every ``CHECKPOINT_EVERY`` inline commits, one PASSIVE checkpoint runs in a thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import sqlite3
import threading
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, bindparam, event, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError, OperationalError

import storage.memory
from storage.engine import create_engine
from storage.memory import RawStatement, SqliteInThread, is_busy
from storage.migrate import upgrade
from storage.tables import user_memory


def row(name: str) -> dict[str, Any]:
    return {
        "pseudonym": name * 32,
        "locale": "sv",
        "state": None,
        "data": None,
        "touched": datetime(2026, 11, 29, 17),
    }


def insert(name: str) -> Any:
    def work(connection: Connection) -> int:
        return connection.execute(user_memory.insert(), [row(name)]).rowcount

    return work


def begins(engine: Any) -> list[str]:
    seen: list[str] = []
    event.listen(engine, "begin", lambda connection: seen.append(threading.current_thread().name))
    return seen


@pytest.fixture
async def beside(tmp_path: Path) -> Any:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'inline.sqlite3'}")
    await upgrade(engine)
    with contextlib.closing(sqlite3.connect(tmp_path / "inline.sqlite3")) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the schema is in the file
    in_thread = SqliteInThread.beside(engine)
    assert in_thread is not None
    yield in_thread, tmp_path / "inline.sqlite3"
    in_thread.dispose()
    await engine.dispose()


async def test_an_unlocked_write_runs_inline_and_never_waits(beside: Any) -> None:
    in_thread, _ = beside
    inline_begins, thread_begins = begins(in_thread.inline), begins(in_thread.engine)
    assert await in_thread.transaction(insert("a")) == 1
    assert inline_begins == [threading.current_thread().name]
    assert thread_begins == []
    with in_thread.inline.connect() as connection:
        pragmas = [
            connection.exec_driver_sql(f"PRAGMA {p}").scalar()
            for p in ("busy_timeout", "wal_autocheckpoint", "journal_mode")
        ]
    assert pragmas == [0, 0, "wal"]
    with in_thread.engine.connect() as connection:  # the thread's connection still waits
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


async def test_a_locked_file_moves_the_write_to_a_thread_that_waits(beside: Any) -> None:
    in_thread, path = beside
    thread_begins = begins(in_thread.engine)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer holds the lock
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    running = asyncio.create_task(ticker())
    write = asyncio.create_task(in_thread.transaction(insert("b")))
    await asyncio.sleep(0.3)
    assert not write.done()  # waiting for the lock …
    assert ticks >= 10  # … without stopping the event loop
    holder.execute("COMMIT")
    assert await asyncio.wait_for(write, 5) == 1
    running.cancel()
    holder.close()
    assert len(thread_begins) == 1
    assert thread_begins[0] != threading.current_thread().name
    with in_thread.inline.connect() as connection:
        names = connection.execute(select(user_memory.c.pseudonym)).scalars().all()
    assert names == ["b" * 32]  # written once


async def test_other_errors_are_raised_not_retried(beside: Any) -> None:
    in_thread, _ = beside
    thread_begins = begins(in_thread.engine)
    await in_thread.transaction(insert("c"))
    with pytest.raises(IntegrityError):
        await in_thread.transaction(insert("c"))  # the same primary key again
    assert thread_begins == []


async def test_a_checkpoint_runs_in_a_thread_every_so_many_inline_commits(
    beside: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_thread, path = beside
    monkeypatch.setattr(storage.memory, "CHECKPOINT_EVERY", 3)
    threads: list[str] = []
    original = in_thread._wal_checkpoint

    def spy() -> None:
        threads.append(threading.current_thread().name)
        original()

    monkeypatch.setattr(in_thread, "_wal_checkpoint", spy)
    for name in "def":
        await in_thread.transaction(insert(name))
    assert in_thread._checkpoint is not None
    await in_thread._checkpoint
    assert len(threads) == 1
    assert threads[0] != threading.current_thread().name
    # the rows are in the file itself now, not only in the write-ahead log
    alone = path.with_name("copy.sqlite3")
    shutil.copyfile(path, alone)
    with contextlib.closing(sqlite3.connect(alone)) as reader:
        count = reader.execute("SELECT count(*) FROM user_memory").fetchone()[0]
    assert count == 3


async def test_without_a_checkpoint_the_file_alone_lacks_the_rows(beside: Any) -> None:
    in_thread, path = beside  # the control for the test above
    for name in "hi":
        await in_thread.transaction(insert(name))
    alone = path.with_name("copy.sqlite3")
    shutil.copyfile(path, alone)
    with contextlib.closing(sqlite3.connect(alone)) as reader:
        count = reader.execute("SELECT count(*) FROM user_memory").fetchone()[0]
    assert count == 0


def test_busy_is_sqlites_lock_error_only() -> None:
    locked = sqlite3.OperationalError("database is locked")
    locked.sqlite_errorcode = sqlite3.SQLITE_BUSY  # type: ignore[attr-defined]
    snapshot = sqlite3.OperationalError("database is locked")
    snapshot.sqlite_errorcode = 517  # type: ignore[attr-defined]  # SQLITE_BUSY_SNAPSHOT
    other = sqlite3.OperationalError("disk I/O error")
    other.sqlite_errorcode = 10  # type: ignore[attr-defined]  # SQLITE_IOERR
    assert is_busy(locked)
    assert is_busy(snapshot)
    assert is_busy(OperationalError("INSERT", {}, locked))
    assert not is_busy(other)
    assert not is_busy(OperationalError("INSERT", {}, other))
    assert not is_busy(ValueError("database is locked"))


def memory_upsert(in_thread: SqliteInThread) -> RawStatement:
    insert = sqlite_insert(user_memory).values(
        {name: bindparam(name) for name in ("pseudonym", "locale", "state", "data", "touched")}
    )
    statement = insert.on_conflict_do_update(
        index_elements=["pseudonym"],
        set_={name: insert.excluded[name] for name in ("locale", "touched")},
    )
    return RawStatement.compile(statement, in_thread.engine.dialect)


async def test_a_raw_write_reads_back_as_sqlalchemys_own(beside: Any) -> None:
    in_thread, _ = beside
    raw = memory_upsert(in_thread)
    assert raw.names == ("pseudonym", "locale", "state", "data", "touched")
    inline_begins, thread_begins = begins(in_thread.inline), begins(in_thread.engine)
    await in_thread.execute_many(raw, [row("j"), {**row("k"), "data": '{"a": 1}'}])
    await in_thread.transaction(insert("l"))  # SQLAlchemy's own write, for comparison
    later = {**row("j"), "locale": "en", "touched": datetime(2026, 11, 29, 18)}
    await in_thread.execute_many(raw, [later])  # the upsert updates the existing row
    assert thread_begins == []
    assert inline_begins == [threading.current_thread().name]  # the SQLAlchemy write only
    with in_thread.inline.connect() as connection:
        rows = connection.execute(select(user_memory).order_by(user_memory.c.pseudonym)).all()
        stored = (
            connection.exec_driver_sql("SELECT touched FROM user_memory ORDER BY pseudonym")
            .scalars()
            .all()
        )
    assert [(r.pseudonym[0], r.locale, r.data, r.touched) for r in rows] == [
        ("j", "en", None, datetime(2026, 11, 29, 18)),
        ("k", "sv", '{"a": 1}', datetime(2026, 11, 29, 17)),
        ("l", "sv", None, datetime(2026, 11, 29, 17)),
    ]
    assert stored[1] == stored[2]  # the same text in the file as SQLAlchemy writes


async def test_a_raw_write_on_a_locked_file_waits_in_a_thread(beside: Any) -> None:
    in_thread, path = beside
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    write = asyncio.create_task(in_thread.execute_many(memory_upsert(in_thread), [row("m")]))
    await asyncio.sleep(0.3)
    assert not write.done()  # the inline attempt was refused and rolled back; the thread waits
    holder.execute("COMMIT")
    await asyncio.wait_for(write, 5)
    holder.close()
    with in_thread.inline.connect() as connection:
        names = connection.execute(select(user_memory.c.pseudonym)).scalars().all()
    assert names == ["m" * 32]


async def test_a_raw_write_that_fails_is_rolled_back_and_raised(beside: Any) -> None:
    in_thread, _ = beside
    broken = {**row("n"), "touched": None}  # touched is NOT NULL
    with pytest.raises(IntegrityError) as raised:  # as SQLAlchemy's own writes raise it
        await in_thread.execute_many(memory_upsert(in_thread), [row("o"), broken])
    assert isinstance(raised.value.orig, sqlite3.IntegrityError)
    assert "parameters hidden" in str(raised.value)
    assert "o" * 32 not in str(raised.value)
    await in_thread.transaction(insert("p"))  # the connection is usable again
    with in_thread.inline.connect() as connection:
        names = connection.execute(select(user_memory.c.pseudonym)).scalars().all()
    assert names == ["p" * 32]  # "o" went with the failed transaction


async def test_a_raw_read_runs_inline_and_returns_the_stored_text(beside: Any) -> None:
    in_thread, _ = beside
    await in_thread.transaction(insert("q"))
    query = select(user_memory.c.pseudonym, user_memory.c.locale, user_memory.c.data).where(
        user_memory.c.pseudonym == bindparam("pseudonym")
    )
    raw = RawStatement.compile(query, in_thread.engine.dialect)
    thread_begins = begins(in_thread.engine)
    found = await in_thread.fetch_one(raw, {"pseudonym": "q" * 32})
    assert found == ("q" * 32, "sv", None)
    assert await in_thread.fetch_one(raw, {"pseudonym": "r" * 32}) is None
    assert thread_begins == []
    with pytest.raises(KeyError):
        await in_thread.fetch_one(raw, {"someone": "q" * 32})
