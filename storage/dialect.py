"""Dialect-specific INSERT … ON CONFLICT, for SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncEngine


def insert_for(engine: AsyncEngine, table: Table) -> Any:
    """An ``insert(table)`` with ``on_conflict_do_nothing``/``_update`` for ``engine``'s dialect.

    Raises :class:`NotImplementedError` for other dialects.
    """
    name = engine.dialect.name
    if name == "sqlite":
        return sqlite.insert(table)
    if name == "postgresql":
        return postgresql.insert(table)
    raise NotImplementedError(f"no upsert for dialect {name!r}")
