"""The referral indexes: migrations and ``storage/tables.py`` agree, and summaries use them.

``test_migrations`` compares tables and columns; this compares the indexes of every
table at the head revision with the table definitions, and checks on SQLite that a
summary by any column dimension reads ``ix_referral_summary`` alone (a covering index:
no row is read), which is what keeps a 1M-row summary fast (docs/performance.md).
"""

from __future__ import annotations

import itertools
from datetime import datetime

from sqlalchemy import inspect
from sqlalchemy.dialects import sqlite
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.report import Dimension
from storage.referrals import count_statement
from storage.tables import SUMMARY_COLUMNS, metadata

COLUMN_DIMENSIONS = [d for d in Dimension if d is not Dimension.RESOURCE]


async def indexes(engine: AsyncEngine) -> dict[str, dict[str, list[str]]]:
    """Table → index name → column names, as the database reports them."""

    def read(sync: object) -> dict[str, dict[str, list[str]]]:
        inspector = inspect(sync)
        return {
            table: {
                str(index["name"]): [str(c) for c in index["column_names"]]
                for index in inspector.get_indexes(table)
            }
            for table in inspector.get_table_names()
            if table != "alembic_version"
        }

    async with engine.connect() as connection:
        return await connection.run_sync(read)


async def test_head_has_exactly_the_indexes_of_the_table_definitions(engine: AsyncEngine) -> None:
    expected = {
        name: {str(index.name): [c.name for c in index.columns] for index in table.indexes}
        for name, table in metadata.tables.items()
    }
    assert await indexes(engine) == expected
    assert expected["referral"] == {"ix_referral_summary": list(SUMMARY_COLUMNS)}


async def test_sqlite_summaries_read_only_the_covering_index(engine: AsyncEngine) -> None:
    if engine.dialect.name != "sqlite":
        return  # PostgreSQL picks its plan from statistics (docs/performance.md, "report")
    dimension_sets = [(d,) for d in COLUMN_DIMENSIONS]
    dimension_sets += list(itertools.permutations(COLUMN_DIMENSIONS, 2))
    for dimensions in dimension_sets:
        statement = count_statement(
            "sqlite", datetime(2026, 1, 1), datetime(2027, 1, 1), dimensions
        )
        sql = str(
            statement.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
        )
        async with engine.connect() as connection:
            plan = [row[3] for row in await connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]
        reads = [step for step in plan if "referral" in step]
        assert reads == [
            "SEARCH referral USING COVERING INDEX ix_referral_summary (hour>? AND hour<?)"
        ], (dimensions, plan)
    # topic x audience follows the index order: SQLite sorts only the hourly groups
    statement = count_statement(
        "sqlite", datetime(2026, 1, 1), datetime(2027, 1, 1), (Dimension.TOPIC, Dimension.AUDIENCE)
    )
    sql = str(statement.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    async with engine.connect() as connection:
        plan = [row[3] for row in await connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]
    assert plan.count("USE TEMP B-TREE FOR GROUP BY") == 1, plan  # the outer query's only
