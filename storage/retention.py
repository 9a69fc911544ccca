"""Deletes referral rows past their retention (issue 5; the schedule is in bot.retention).

Per-user memory and audit rows are purged by their own repositories
(:meth:`storage.memory.MemoryRepository.purge_inactive`,
:meth:`storage.audit.AuditLog.purge_before`); the ``referral_id`` of idle conversations
is removed by :meth:`storage.memory.MemoryRepository.drop_data_key_inactive` and, for
state kept in Redis, :func:`storage.redis_fsm.drop_from_idle_data`.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.tables import referral


class ReferralRetention:
    """Removes old rows of the referral log."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def purge_before(self, before: datetime) -> int:
        """Delete referrals whose hour is before ``before`` (aware); returns how many."""
        cutoff = before.astimezone(UTC).replace(tzinfo=None)
        statement = delete(referral).where(referral.c.hour < cutoff)
        async with self._engine.begin() as connection:
            result = await connection.execute(statement)
        return int(result.rowcount or 0)
