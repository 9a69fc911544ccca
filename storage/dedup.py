"""Updates already processed, so that Telegram re-delivering an ``update_id`` changes nothing.

Telegram re-sends a webhook update when it got no 2xx answer in time, and ``getUpdates``
returns an update again until a later call confirms it (Bot API "Getting updates"). It keeps
undelivered updates for at most 24 hours, so a row older than :data:`KEEP` can never match
again and is purged. ``update_id`` is a counter of the bot's updates, not a person; the
time is rounded down to the hour.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import bindparam, delete, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.referral import coarse_hour
from storage.dialect import insert_for
from storage.memory import RawStatement, SqliteInThread
from storage.tables import processed_update

# Bot API: "incoming updates are stored on the server until the bot receives them …
# but they will not be kept longer than 24 hours"; a second day covers clock skew and
# the rounding to the hour.
KEEP = timedelta(hours=48)


class UpdateLog(Protocol):
    """Where the update ids already handled are kept: the ``processed_update`` table
    (:class:`ProcessedUpdates`) or, when Redis holds the conversation state, Redis
    (:class:`storage.redis_dedup.RedisProcessedUpdates`)."""

    async def seen(self, update_id: int) -> bool:
        """Whether ``update_id`` was marked processed."""
        ...

    async def mark(self, update_id: int, now: datetime) -> bool:
        """Remember ``update_id`` (``now`` aware); ``True`` if it was new.

        Raises :class:`ValueError` for a naive ``now``."""
        ...

    async def purge(self, now: datetime) -> int:
        """Forget ids marked more than :data:`KEEP` before ``now``; returns how many."""
        ...


class ProcessedUpdates:
    """The ``processed_update`` table: ``seen``, ``mark`` and ``purge`` (:class:`UpdateLog`).

    With ``in_thread`` (the embedded SQLite file's :class:`storage.memory.SqliteInThread`,
    shared with the conversation memory) ``seen`` and ``mark`` run as raw ``sqlite3``
    statements on the event loop's thread: through SQLAlchemy and aiosqlite they cost
    ~1.2 ms of CPU per update, as much as handling the update (docs/performance.md,
    "Fifteenth session"). Same table, same rows, same transactions.
    """

    def __init__(self, engine: AsyncEngine, in_thread: SqliteInThread | None = None) -> None:
        self._engine = engine
        self._in_thread = in_thread
        self._raw: tuple[RawStatement, RawStatement] | None = None

    @property
    def in_thread(self) -> SqliteInThread | None:
        """The raw ``sqlite3`` path ``seen`` and ``mark`` take, or ``None`` (async engine)."""
        return self._in_thread

    async def seen(self, update_id: int) -> bool:
        """Whether ``update_id`` was marked processed."""
        if self._in_thread is not None:
            select_raw, _ = self._raw_statements(self._in_thread)
            row = {"update_id": update_id}
            return await self._in_thread.fetch_one(select_raw, row) is not None
        statement = select(processed_update.c.update_id).where(
            processed_update.c.update_id == update_id
        )
        async with self._engine.connect() as connection:
            return (await connection.execute(statement)).first() is not None

    async def mark(self, update_id: int, now: datetime) -> bool:
        """Remember ``update_id`` (``now`` is aware; stored as the UTC hour).

        Returns ``True`` if it was new, ``False`` if it was already marked.
        Raises :class:`ValueError` for a naive ``now``.
        """
        hour = coarse_hour(now).replace(tzinfo=None)
        if self._in_thread is not None:
            _, insert_raw = self._raw_statements(self._in_thread)
            row = {"update_id": update_id, "seen": hour}
            return bool(await self._in_thread.execute_many(insert_raw, [row]))
        statement = self._insert().values(update_id=update_id, seen=hour)
        async with self._engine.begin() as connection:
            result = await connection.execute(statement)
        return bool(result.rowcount)

    async def purge(self, now: datetime) -> int:
        """Forget updates seen more than :data:`KEEP` before ``now`` (aware); returns how many."""
        cutoff = coarse_hour(now - KEEP).replace(tzinfo=None)
        statement = delete(processed_update).where(processed_update.c.seen < cutoff)
        async with self._engine.begin() as connection:
            result = await connection.execute(statement)
        return int(result.rowcount or 0)

    def _insert(self) -> Any:
        return insert_for(self._engine, processed_update).on_conflict_do_nothing(
            index_elements=["update_id"]
        )

    def _raw_statements(self, in_thread: SqliteInThread) -> tuple[RawStatement, RawStatement]:
        """The check and the mark compiled once for ``sqlite3``."""
        if self._raw is None:
            dialect = in_thread.engine.dialect
            check = select(processed_update.c.update_id).where(
                processed_update.c.update_id == bindparam("update_id")
            )
            insert = self._insert().values(update_id=bindparam("update_id"), seen=bindparam("seen"))
            self._raw = (
                RawStatement.compile(check, dialect),
                RawStatement.compile(insert, dialect),
            )
        return self._raw
