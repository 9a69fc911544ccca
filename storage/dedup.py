"""Updates already processed, so that Telegram re-delivering an ``update_id`` changes nothing.

Telegram re-sends a webhook update when it got no 2xx answer in time, and ``getUpdates``
returns an update again until a later call confirms it (Bot API "Getting updates"). It keeps
undelivered updates for at most 24 hours, so a row older than :data:`KEEP` can never match
again and is purged. ``update_id`` is a counter of the bot's updates, not a person; the
time is rounded down to the hour.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.referral import coarse_hour
from storage.dialect import insert_for
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
    """The ``processed_update`` table: ``seen``, ``mark`` and ``purge`` (:class:`UpdateLog`)."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def seen(self, update_id: int) -> bool:
        """Whether ``update_id`` was marked processed."""
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
        statement = insert_for(self._engine, processed_update).values(
            update_id=update_id, seen=hour
        )
        statement = statement.on_conflict_do_nothing(index_elements=["update_id"])
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
