"""Every value of every table, read as text, for the privacy audit (issue 5).

The tables are found by reflection, not from :mod:`storage.tables`, so a table or
column added later, or by hand, is read too. Values are cast to text in the database
(JSON as its text, times as the database writes them); ``NULL`` is skipped.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

from sqlalchemy import Text, cast, column, inspect, select, table
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

BATCH_ROWS = 1000


@dataclass(frozen=True, slots=True)
class StoredValue:
    """One non-NULL value: where it is, and its text."""

    table: str
    column: str
    text: str


async def table_columns(engine: AsyncEngine) -> dict[str, list[str]]:
    """Column names of every table in the database, by table name (sorted)."""

    def reflect(sync: Connection) -> dict[str, list[str]]:
        inspector = inspect(sync)
        return {
            name: [c["name"] for c in inspector.get_columns(name)]
            for name in sorted(inspector.get_table_names())
        }

    async with engine.connect() as connection:
        return await connection.run_sync(reflect)


async def stored_values(engine: AsyncEngine) -> AsyncIterator[StoredValue]:
    """Yield every non-NULL value of every table, table by table, row by row."""
    for name, columns in (await table_columns(engine)).items():
        source = table(name, *(column(c) for c in columns))
        statement = select(*(cast(source.c[c], Text).label(c) for c in columns))
        async with engine.connect() as connection:
            result = await connection.stream(statement.execution_options(yield_per=BATCH_ROWS))
            async for row in result:
                for key, value in zip(columns, row, strict=True):
                    if value is not None:
                        yield StoredValue(name, key, str(value))
