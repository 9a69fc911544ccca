"""The async engine and session factory, for SQLite (embedded default) and PostgreSQL.

SQLite gets WAL journaling, foreign keys and a busy timeout on every connection.
PostgreSQL goes through asyncpg with a bounded connection pool that checks a connection
before handing it out, so a database restart costs one retry instead of an error.
Plain ``sqlite://`` and ``postgresql://`` URLs are accepted and given their async driver.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.ext.asyncio import AsyncSession as AsyncSession

SQLITE_BUSY_TIMEOUT_MS = 5000
# Per worker process: a webhook worker handles one update per user at a time and most
# updates need one short query, so 10 connections (+10 in bursts) serve hundreds of
# updates per second; PostgreSQL's default max_connections (100) allows ~5 such workers.
POSTGRES_POOL_SIZE = 10
POSTGRES_MAX_OVERFLOW = 10

_ASYNC_DRIVERS = {"sqlite": "sqlite+aiosqlite", "postgresql": "postgresql+asyncpg"}


def async_url(url: str) -> URL:
    """``url`` with the async driver this project uses (aiosqlite, asyncpg) filled in.

    ``postgres://`` (Heroku style) is read as ``postgresql://``. A URL that already names
    a driver is kept as it is.
    """
    parsed = make_url(url.replace("postgres://", "postgresql://", 1))
    if parsed.drivername in _ASYNC_DRIVERS:
        parsed = parsed.set(drivername=_ASYNC_DRIVERS[parsed.drivername])
    return parsed


def is_sqlite(url: str) -> bool:
    """Whether ``url`` names an SQLite database (a file owned by one host)."""
    return async_url(url).get_backend_name() == "sqlite"


def create_engine(url: str) -> AsyncEngine:
    """An :class:`AsyncEngine` for ``url``; creates the SQLite file's folder if needed."""
    parsed = async_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(parsed)
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.get_backend_name() == "postgresql":
        return create_async_engine(
            parsed,
            pool_size=POSTGRES_POOL_SIZE,
            max_overflow=POSTGRES_MAX_OVERFLOW,
            pool_pre_ping=True,
        )
    return create_async_engine(parsed)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions that keep loaded values after commit."""
    return async_sessionmaker(engine, expire_on_commit=False)
