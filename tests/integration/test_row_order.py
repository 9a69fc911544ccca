"""Stored rows do not keep the order in which they were written (migration 0005).

On SQLite, an ordinary table keeps its rows in rowid order, i.e. insertion order, which
would undo the rounding of ``referral.hour`` and ``user_memory.touched`` for anyone who
knows roughly when someone wrote. ``referral`` and ``user_memory`` are ``WITHOUT ROWID``
tables: a scan returns them in the order of their random primary key. The rows here are
written in *descending* key order, so that insertion order and key order differ
everywhere. PostgreSQL keeps insertion order in its heap (docs/privacy.md): the
migration leaves it alone and keeps every row there too.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import asdict, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from sqlalchemy import event, insert, inspect, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.referral import Referral, coarse_hour, new_referral_id
from storage.engine import create_engine
from storage.memory import MemoryRepository
from storage.migrate import downgrade, upgrade
from storage.referrals import ReferralRepository
from storage.tables import referral as referral_table
from storage.tables import user_memory
from tests.integration.conftest import database_for

HOUR = coarse_hour(datetime(2026, 11, 25, 14, 37, tzinfo=UTC))
TOPICS = ["drugs", "family_worry", "violence_victim"]
TABLES = {"referral": "id", "user_memory": "pseudonym"}
QUERIES = [
    "SELECT id FROM referral",
    "SELECT * FROM referral",
    "SELECT id, services_shown FROM referral",
    "SELECT id, hour FROM referral",
    "SELECT id FROM referral WHERE hour >= '2026-11-25'",
]


def referral(referral_id: str) -> Referral:
    return Referral(
        id=referral_id,
        hour=HOUR,
        audience="parent",
        age_band=None,
        topic="drugs",
        urgency="support",
        locale="sv",
        services_shown=("bris-vuxentelefon",),
    )


def ids_in_descending_order(count: int) -> list[str]:
    return sorted((new_referral_id() for _ in range(count)), reverse=True)


@pytest_asyncio.fixture
async def sqlite_engine(
    request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncIterator[AsyncEngine]:
    database = create_engine(await database_for(request, "sqlite", tmp_path))
    await upgrade(database)
    try:
        yield database
    finally:
        await database.dispose()


async def scan(engine: AsyncEngine, sql: str) -> list[Any]:
    async with engine.connect() as connection:
        return [row[0] for row in await connection.exec_driver_sql(sql)]


async def test_referral_ids_come_back_in_id_order_not_in_insertion_order(
    sqlite_engine: AsyncEngine,
) -> None:
    written = ids_in_descending_order(40)
    repository = ReferralRepository(sqlite_engine)
    for referral_id in written:
        assert await repository.add(referral(referral_id))
    # The same hour and categories: only the tie-break of each scan orders them. Whether
    # SQLite reads the table or an index (which holds the primary key, not a rowid), the
    # ids come back sorted. (On the rowid table of revision 0004 the first read the
    # primary-key index, sorted too, but the others returned insertion order.)
    for query in QUERIES:
        assert await scan(sqlite_engine, query) == sorted(written), query


async def test_a_full_scan_of_mixed_referrals_is_in_id_order(sqlite_engine: AsyncEngine) -> None:
    written = ids_in_descending_order(30)
    repository = ReferralRepository(sqlite_engine)
    for number, referral_id in enumerate(written):
        await repository.add(replace(referral(referral_id), topic=TOPICS[number % len(TOPICS)]))
    async with sqlite_engine.connect() as connection:
        plan = [
            row[3]
            for row in await connection.exec_driver_sql("EXPLAIN QUERY PLAN SELECT * FROM referral")
        ]
    assert plan == ["SCAN referral"]  # the table itself, not an index
    assert await scan(sqlite_engine, "SELECT id FROM referral") != written
    assert await scan(sqlite_engine, "SELECT * FROM referral") == sorted(written)


async def test_user_memory_comes_back_in_pseudonym_order(sqlite_engine: AsyncEngine) -> None:
    written = ids_in_descending_order(25)  # 32 hex characters, like a pseudonym
    memory = MemoryRepository(sqlite_engine)
    for pseudonym in written:
        await memory.save(pseudonym, locale="sv", state="Flow:topic", data='{"audience": "parent"}')
    assert await scan(sqlite_engine, "SELECT * FROM user_memory") == sorted(written)
    assert await scan(sqlite_engine, "SELECT pseudonym FROM user_memory") == sorted(written)


@pytest.mark.parametrize("table", sorted(TABLES))
async def test_the_tables_have_no_rowid(sqlite_engine: AsyncEngine, table: str) -> None:
    with pytest.raises(OperationalError, match="no such column: rowid"):
        await scan(sqlite_engine, f"SELECT rowid FROM {table}")  # noqa: S608 - test constant
    async with sqlite_engine.connect() as connection:
        listed = await connection.exec_driver_sql(f"PRAGMA table_list({table})")
        assert [(row[1], row[4]) for row in listed] == [(table, 1)]  # wr: WITHOUT ROWID


async def rows(engine: AsyncEngine, table: str) -> set[tuple[Any, ...]]:
    """Every row of ``table``, JSON values as text (PostgreSQL returns them parsed)."""
    async with engine.connect() as connection:
        result = await connection.execute(text(f"SELECT * FROM {table}"))  # noqa: S608 - test constant
        return {
            tuple(json.dumps(v) if isinstance(v, list | dict) else v for v in row) for row in result
        }


async def table_state(engine: AsyncEngine) -> dict[str, Any]:
    """Per table: its options, primary key and indexes as the database reports them."""

    def read(sync: Any) -> dict[str, Any]:
        inspector = inspect(sync)
        return {
            table: (
                inspector.get_table_options(table),
                inspector.get_pk_constraint(table),
                sorted((i["name"], tuple(i["column_names"])) for i in inspector.get_indexes(table)),
            )
            for table in TABLES
        }

    async with engine.connect() as connection:
        return await connection.run_sync(read)


async def test_migration_0005_keeps_every_row_up_and_down(engine: AsyncEngine) -> None:
    """Rows written at 0004 survive the upgrade and the downgrade, with their indexes."""
    await downgrade(engine, "0004")
    before = await table_state(engine)
    written = ids_in_descending_order(20)
    repository = ReferralRepository(engine)
    for number, referral_id in enumerate(written):
        await repository.add(replace(referral(referral_id), topic=TOPICS[number % len(TOPICS)]))
    await repository.set_outcome(written[3], "yes")
    memory = MemoryRepository(engine)
    for pseudonym in written[:7]:
        await memory.save(pseudonym, locale="en", data='{"trail": [48011, 1]}')
    stored = {table: await rows(engine, table) for table in TABLES}
    assert len(stored["referral"]) == 20
    assert len(stored["user_memory"]) == 7

    await upgrade(engine, "0005")
    assert {table: await rows(engine, table) for table in TABLES} == stored
    after = await table_state(engine)
    sqlite = engine.dialect.name == "sqlite"
    for table in TABLES:
        options, key, indexes = after[table]
        assert options == ({"sqlite_with_rowid": False} if sqlite else before[table][0])
        assert (key, indexes) == before[table][1:]  # same primary key (and name), same indexes
    if sqlite:
        assert await scan(engine, "SELECT * FROM referral") == sorted(written)

    await downgrade(engine, "0004")
    assert {table: await rows(engine, table) for table in TABLES} == stored
    assert await table_state(engine) == before
    if sqlite:
        assert len(await scan(engine, "SELECT rowid FROM referral")) == 20


def free_pages(path: Path) -> list[bytes]:
    """The pages on the freelist of the SQLite file at ``path``
    (https://www.sqlite.org/fileformat2.html#the_freelist)."""
    data = path.read_bytes()
    size = int.from_bytes(data[16:18], "big")
    size = 65536 if size == 1 else size
    trunk, total = int.from_bytes(data[32:36], "big"), int.from_bytes(data[36:40], "big")
    pages = []

    def page(number: int) -> bytes:
        return data[(number - 1) * size : number * size]

    while trunk:
        content = page(trunk)
        leaves = int.from_bytes(content[4:8], "big")
        pages.append(content)
        pages += [
            page(int.from_bytes(content[8 + 4 * i : 12 + 4 * i], "big")) for i in range(leaves)
        ]
        trunk = int.from_bytes(content[:4], "big")
    assert len(pages) == total
    return pages


async def test_the_migration_zeroes_the_pages_of_the_old_tables(tmp_path: Path) -> None:
    """The pages of the rowid tables, in insertion order, are overwritten when they are
    dropped (``secure_delete``), also where SQLite is built with it off: no key of a
    row is left in a free page."""
    path = tmp_path / "db.sqlite3"
    database = create_engine(f"sqlite+aiosqlite:///{path}")

    @event.listens_for(database.sync_engine, "connect")
    def secure_delete_off(connection: Any, _record: Any) -> None:
        connection.execute("PRAGMA secure_delete = OFF")

    try:
        await upgrade(database, "0004")
        hour = HOUR.replace(tzinfo=None)
        keys = ids_in_descending_order(4000)
        referrals = [
            {**asdict(referral(referral_id)), "hour": hour, "services_shown": []}
            for referral_id in keys[:3000]
        ]
        memories = [
            {"pseudonym": pseudonym, "state": "Flow:topic", "touched": hour}
            for pseudonym in keys[3000:]
        ]
        async with database.begin() as connection:
            await connection.execute(insert(referral_table), referrals)
            await connection.execute(insert(user_memory), memories)
        assert await scan(database, "PRAGMA secure_delete") == [0]
        await upgrade(database, "0005")
        assert await scan(database, "PRAGMA secure_delete") == [0]  # restored afterwards
    finally:
        await database.dispose()  # the last connection checkpoints the WAL into the file
    free = free_pages(path)
    assert len(free) > 10  # of the old tables' pages, those the new indexes did not reuse
    assert sum(page.count(0) == len(page) for page in free) >= len(free) - 1  # but a trunk
    left = [key for key in keys if any(key.encode() in page for page in free)]
    assert left == []
    assert keys[0].encode() in path.read_bytes()  # the rows themselves are in the new tables


async def test_a_failed_rebuild_leaves_the_tables_as_they_were(tmp_path: Path) -> None:
    """All or nothing on SQLite: when the second table cannot be rebuilt, the first is
    back as it was too, the revision stays 0004, and the next start migrates."""
    database = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'db.sqlite3'}")
    try:
        await upgrade(database, "0004")
        written = ids_in_descending_order(10)
        for referral_id in written:
            await ReferralRepository(database).add(referral(referral_id))
        await MemoryRepository(database).save(written[0], locale="sv")
        before = await table_state(database)
        stored = {table: await rows(database, table) for table in TABLES}
        async with database.begin() as connection:  # the name the rebuild needs is taken
            await connection.exec_driver_sql("CREATE TABLE _user_memory_rebuilt (x INTEGER)")

        with pytest.raises(OperationalError, match="_user_memory_rebuilt"):
            await upgrade(database, "0005")
        assert await table_state(database) == before
        assert {table: await rows(database, table) for table in TABLES} == stored
        assert await scan(database, "SELECT version_num FROM alembic_version") == ["0004"]
        assert len(await scan(database, "SELECT rowid FROM referral")) == 10

        async with database.begin() as connection:
            await connection.exec_driver_sql("DROP TABLE _user_memory_rebuilt")
        await upgrade(database, "0005")
        assert {table: await rows(database, table) for table in TABLES} == stored
        assert await scan(database, "SELECT id FROM referral") == sorted(written)
    finally:
        await database.dispose()


async def test_every_sqlite_connection_overwrites_what_it_deletes(tmp_path: Path) -> None:
    from storage.engine import create_engine as create_async
    from storage.memory import SqliteInThread

    engine = create_async(f"sqlite+aiosqlite:///{tmp_path / 'secure.sqlite3'}")
    in_thread = SqliteInThread.beside(engine)
    assert in_thread is not None
    try:
        async with engine.connect() as connection:
            assert (await connection.exec_driver_sql("PRAGMA secure_delete")).scalar_one() == 1
        with in_thread.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA secure_delete").scalar_one() == 1
    finally:
        in_thread.dispose()
        await engine.dispose()
