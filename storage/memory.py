"""Repository of per-user memory: chosen language and conversation (FSM) state.

Rows are keyed by a pseudonym (never a Telegram id), erased by ``/forget`` and purged
after inactivity. ``touched`` is UTC rounded down to the hour, which is all the purge needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.referral import coarse_hour
from storage.dialect import insert_for
from storage.tables import user_memory


@dataclass(frozen=True, slots=True)
class MemoryRecord:
    """What is remembered about one pseudonym. ``data`` is a JSON text or ``None``."""

    pseudonym: str
    locale: str | None
    state: str | None
    data: str | None


def _now_hour() -> datetime:
    return coarse_hour(datetime.now(UTC)).replace(tzinfo=None)


class MemoryRepository:
    """Reads and writes :class:`MemoryRecord` rows."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def get(self, pseudonym: str) -> MemoryRecord | None:
        """The record for ``pseudonym``, or ``None``."""
        statement = select(user_memory).where(user_memory.c.pseudonym == pseudonym)
        async with self._engine.connect() as connection:
            row = (await connection.execute(statement)).mappings().first()
        if row is None:
            return None
        return MemoryRecord(row["pseudonym"], row["locale"], row["state"], row["data"])

    async def save(self, pseudonym: str, **values: str | None) -> None:
        """Upsert the given columns (``locale``, ``state``, ``data``) for ``pseudonym``."""
        values_with_time = {**values, "touched": _now_hour()}
        statement = insert_for(self._engine, user_memory).values(
            pseudonym=pseudonym, **values_with_time
        )
        statement = statement.on_conflict_do_update(
            index_elements=["pseudonym"], set_=values_with_time
        )
        async with self._engine.begin() as connection:
            await connection.execute(statement)

    async def forget(self, pseudonym: str) -> bool:
        """Erase everything kept for ``pseudonym``; ``True`` if there was something."""
        statement = delete(user_memory).where(user_memory.c.pseudonym == pseudonym)
        async with self._engine.begin() as connection:
            result = await connection.execute(statement)
        return bool(result.rowcount)

    async def purge_inactive(self, before: datetime) -> int:
        """Delete records untouched since ``before`` (aware); returns how many."""
        cutoff = before.astimezone(UTC).replace(tzinfo=None)
        statement = delete(user_memory).where(user_memory.c.touched < cutoff)
        async with self._engine.begin() as connection:
            result = await connection.execute(statement)
        return int(result.rowcount or 0)
