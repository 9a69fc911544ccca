"""Migration stairway on SQLite and PostgreSQL: every revision up, down and up again.

The revisions are read from Alembic's script directory, so revisions added later are
walked too. At the head, the database has exactly the tables and columns of
``storage/tables.py``, and on SQLite the same table options (``WITHOUT ROWID``).
"""

from __future__ import annotations

import itertools
from collections.abc import Awaitable, Callable

import pytest
from alembic.script import Script, ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.migrate import UnknownRevisionError, alembic_config, downgrade, upgrade
from storage.tables import metadata


def revisions_oldest_first() -> list[Script]:
    scripts = ScriptDirectory.from_config(alembic_config())
    assert len(scripts.get_heads()) == 1, f"the chain must stay linear: {scripts.get_heads()}"
    return list(reversed(list(scripts.walk_revisions("base", "heads"))))


async def schema(engine: AsyncEngine) -> dict[str, set[str]]:
    """Table name → column names, without Alembic's own table."""

    def read(sync: object) -> dict[str, set[str]]:
        inspector = inspect(sync)
        return {
            table: {column["name"] for column in inspector.get_columns(table)}
            for table in inspector.get_table_names()
            if table != "alembic_version"
        }

    async with engine.connect() as connection:
        return await connection.run_sync(read)


async def table_options(engine: AsyncEngine) -> dict[str, dict[str, object]]:
    """Table name → options the dialect reflects (SQLite: ``sqlite_with_rowid``)."""

    def read(sync: object) -> dict[str, dict[str, object]]:
        inspector = inspect(sync)
        return {
            table: dict(inspector.get_table_options(table))
            for table in inspector.get_table_names()
            if table != "alembic_version"
        }

    async with engine.connect() as connection:
        return await connection.run_sync(read)


async def current_revision(engine: AsyncEngine) -> str | None:
    async with engine.connect() as connection:
        tables = await connection.run_sync(lambda sync: inspect(sync).get_table_names())
        if "alembic_version" not in tables:
            return None
        result = await connection.exec_driver_sql("SELECT version_num FROM alembic_version")
        return result.scalar_one_or_none()


async def test_there_are_revisions_to_walk() -> None:
    revisions = revisions_oldest_first()
    assert revisions[0].revision == "0001"
    assert revisions[0].down_revision is None
    for older, newer in itertools.pairwise(revisions):
        assert newer.down_revision == older.revision


async def test_stairway_every_revision_up_down_up(engine: AsyncEngine) -> None:
    await downgrade(engine, "base")
    assert await schema(engine) == {}
    for script in revisions_oldest_first():
        previous = script.down_revision if isinstance(script.down_revision, str) else None
        await upgrade(engine, script.revision)
        after_up = await schema(engine), await table_options(engine)
        assert await current_revision(engine) == script.revision
        await downgrade(engine, previous or "base")
        assert await current_revision(engine) == previous
        await upgrade(engine, script.revision)
        again = await schema(engine), await table_options(engine)
        assert again == after_up, f"{script.revision} up/down/up changed the schema"


async def test_head_matches_the_table_definitions(engine: AsyncEngine) -> None:
    expected = {name: {c.name for c in table.columns} for name, table in metadata.tables.items()}
    assert await schema(engine) == expected


async def test_head_has_the_table_options_of_the_table_definitions(engine: AsyncEngine) -> None:
    """``sqlite_with_rowid=False`` in ``storage/tables.py`` is what the migrations built."""
    sqlite = engine.dialect.name == "sqlite"
    expected = {
        name: {"sqlite_with_rowid": False}
        if sqlite and not table.dialect_options["sqlite"]["with_rowid"]
        else {}
        for name, table in metadata.tables.items()
    }
    assert await table_options(engine) == expected
    if sqlite:
        without = {name for name, options in expected.items() if options}
        assert without == {"referral", "user_memory"}


async def test_an_unknown_revision_is_refused_before_anything_changes(engine: AsyncEngine) -> None:
    # A database a newer release migrated, opened by an older one (a rollback).
    async with engine.begin() as connection:
        await connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0099'")
    head = revisions_oldest_first()[-1].revision
    steps: list[Callable[[], Awaitable[None]]] = [
        lambda: upgrade(engine),
        lambda: downgrade(engine, "base"),
    ]
    for step in steps:
        with pytest.raises(UnknownRevisionError) as raised:
            await step()
        assert (raised.value.revision, raised.value.head) == ("0099", head)
        assert str(raised.value) == (
            "the database was written by a newer version of Vägvisare (revision '0099' is "
            f"unknown to this one, whose newest is {head}); upgrade Vägvisare to the version "
            "that wrote it, or restore a backup made before the upgrade"
        )
        assert await current_revision(engine) == "0099"
    assert set(await schema(engine)) == set(metadata.tables)  # nothing dropped
