"""The async engine and session factory, for SQLite (embedded default) and PostgreSQL.

SQLite gets WAL journaling, foreign keys and a busy timeout on every connection. A new
SQLite file is created readable by its owner only (0600; SQLite gives its ``-wal`` and
``-shm`` files the database file's mode), in a folder only its owner can enter (0700)
when the folder is new too: the file holds pseudonymized conversation state. Existing
files and folders keep their modes. PostgreSQL goes through asyncpg with a bounded
connection pool that checks a connection before handing it out (:func:`check_on_checkout`),
so a database restart costs a reconnect instead of an error.
Plain ``sqlite://`` and ``postgresql://`` URLs are accepted and given their async driver.
"""

from __future__ import annotations

import os
from pathlib import Path
from time import monotonic
from typing import Any

from sqlalchemy import event, exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.ext.asyncio import AsyncSession as AsyncSession
from sqlalchemy.pool import ConnectionPoolEntry

SQLITE_BUSY_TIMEOUT_MS = 5000
PRIVATE_FILE_MODE = 0o600  # a new SQLite file: read and written by the bot's user only
PRIVATE_DIR_MODE = 0o700  # a new data folder: entered by the bot's user only
# Per worker process: a webhook worker handles one update per user at a time and most
# updates need one short query, so 10 connections (+10 in bursts) serve hundreds of
# updates per second; PostgreSQL's default max_connections (100) allows ~5 such workers.
POSTGRES_POOL_SIZE = 10
POSTGRES_MAX_OVERFLOW = 10
# A pooled connection idle longer than this is pinged before use (one round trip); a
# busier one only has its socket checked (no round trip). 30 s is well under the idle
# timeouts of firewalls and PgBouncer (minutes), far above the gap between two updates.
POSTGRES_PING_AFTER_IDLE_S = 30.0

_ASYNC_DRIVERS = {"sqlite": "sqlite+aiosqlite", "postgresql": "postgresql+asyncpg"}


def async_url(url: str) -> URL:
    """``url`` with the async driver this project uses (aiosqlite, asyncpg) filled in.

    ``postgres://`` (Heroku style) is read as ``postgresql://``, and libpq's ``sslmode``
    as asyncpg's ``ssl`` (same values: disable, allow, prefer, require, verify-ca,
    verify-full). A URL that already names another driver is kept as it is.
    """
    parsed = make_url(url.replace("postgres://", "postgresql://", 1))
    if parsed.drivername in _ASYNC_DRIVERS:
        parsed = parsed.set(drivername=_ASYNC_DRIVERS[parsed.drivername])
    if parsed.drivername == "postgresql+asyncpg" and "sslmode" in parsed.query:
        # libpq's ``sslmode=require`` (what hosting providers print) is asyncpg's ``ssl``
        mode = parsed.query["sslmode"]
        parsed = parsed.difference_update_query(["sslmode"]).update_query_dict({"ssl": mode})
    return parsed


def is_sqlite(url: str) -> bool:
    """Whether ``url`` names an SQLite database (a file owned by one host)."""
    return async_url(url).get_backend_name() == "sqlite"


def create_engine(url: str) -> AsyncEngine:
    """An :class:`AsyncEngine` for ``url``; creates the SQLite file and its folder if needed.

    Statement parameters are never put into error messages (``hide_parameters``): they
    hold pseudonyms and conversation state, and errors end up in logs and tracebacks.

    Raises :class:`OSError` if the SQLite file or its folder cannot be created.
    """
    parsed = async_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:" and not _is_uri(parsed):
            create_private_file(Path(parsed.database))
        engine = create_async_engine(parsed, hide_parameters=True)
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.get_backend_name() == "postgresql":
        engine = create_async_engine(
            parsed,
            pool_size=POSTGRES_POOL_SIZE,
            max_overflow=POSTGRES_MAX_OVERFLOW,
            hide_parameters=True,
        )
        event.listen(engine.sync_engine.pool, "connect", _mark_used)
        event.listen(engine.sync_engine.pool, "checkin", _mark_used)
        event.listen(engine.sync_engine.pool, "checkout", check_on_checkout)
        return engine
    return create_async_engine(parsed, hide_parameters=True)


def _mark_used(_dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
    record.info["vagvisare_used_at"] = monotonic()


def check_on_checkout(dbapi_connection: Any, record: ConnectionPoolEntry, _proxy: Any) -> None:
    """Pool ``checkout`` hook for asyncpg: hand out only a live connection.

    A connection the server has closed (restart, failover, ``pg_terminate_backend``) is
    seen at no cost, as asyncpg marks it closed when the socket ends; one idle for more
    than :data:`POSTGRES_PING_AFTER_IDLE_S` seconds is pinged (``BEGIN; ; ROLLBACK``).
    SQLAlchemy's ``pool_pre_ping`` would ping every checkout: three round trips, ~1 ms
    of CPU per update (docs/performance.md). Raises
    :class:`sqlalchemy.exc.DisconnectionError` for a dead connection, on which the pool
    discards it and hands out another (up to three tries).
    """
    if dbapi_connection.driver_connection.is_closed():
        raise exc.DisconnectionError("the server closed this pooled connection")
    used_at = record.info.get("vagvisare_used_at")
    if used_at is None or monotonic() - used_at > POSTGRES_PING_AFTER_IDLE_S:
        try:
            dbapi_connection.ping()
        except Exception as error:
            raise exc.DisconnectionError(f"ping failed: {type(error).__name__}") from error


def create_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600, and its missing folder with mode 0700.

    Does nothing to a file or folder that exists already (its mode is the operator's
    choice). Only the innermost missing folder gets 0700; any further missing parents get
    the default mode. An empty file is a valid, empty SQLite database.
    """
    folder = path.parent
    if not folder.exists():
        folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        return
    try:
        os.fchmod(descriptor, PRIVATE_FILE_MODE)  # exactly 0600, whatever the umask
    finally:
        os.close(descriptor)


def sqlite_file(url: str | URL) -> Path | None:
    """The file an SQLite ``url`` names (relative to the working folder when the URL's
    path is); ``None`` for another database, ``:memory:`` and a ``file:`` URI name."""
    parsed = async_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() != "sqlite" or _is_uri(parsed):
        return None
    if not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _is_uri(url: URL) -> bool:
    """``sqlite:///file:…?uri=true``: SQLite reads the name as a URI, not a path."""
    uri = str(url.query.get("uri", "")).lower() in {"true", "1"}
    return uri or str(url.database).startswith("file:")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    # What /forget and the purge delete is overwritten with zeros, not left readable in
    # free pages of the file (docs/privacy.md); deletes are rare, so the cost is small.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions that keep loaded values after commit."""
    return async_sessionmaker(engine, expire_on_commit=False)


async def ping_database(engine: AsyncEngine) -> None:
    """``SELECT 1`` on a connection from ``engine``'s pool (start-up check, ``/healthz``).

    Raises what the driver raises when the database does not answer: :class:`OSError`
    (``ConnectionRefusedError``, ``socket.gaierror``, ``TimeoutError``) for a PostgreSQL
    server that cannot be reached, :class:`sqlalchemy.exc.DBAPIError` for one that
    refuses (a password, a database that does not exist) or an SQLite file that is not a
    database. Has no timeout of its own: the caller bounds it.
    """
    async with engine.connect() as connection:
        await connection.exec_driver_sql("SELECT 1")


def database_address(url: str) -> str:
    """Where the database of ``url`` is, for messages: ``host:port`` for a server (the
    driver's default port when the URL names none: 5432 for PostgreSQL), the file for
    SQLite. Never the user, the password, the database name or the options."""
    parsed = async_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    host = parsed.host or "localhost"
    if ":" in host:  # IPv6
        host = f"[{host}]"
    default = 5432 if parsed.get_backend_name() == "postgresql" else None
    port = parsed.port or default
    return f"{host}:{port}" if port else host
