"""Where conversation state lives: chosen by configuration when the app starts.

| configuration | per-user memory | FSM state and data | one user's updates serialized by |
|---|---|---|---|
| SQLite, no Redis (embedded default, one process) | ``user_memory``, cached in process, coalesced writes | the same row | an in-process lock |
| PostgreSQL, no Redis (one process) | ``user_memory``, every call to the database | the same row | an in-process lock |
| ``REDIS_URL`` set (several workers) | ``user_memory`` (language), cached in Redis beside the state | Redis, with a TTL | a lock in Redis |
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from aiogram.fsm.storage.base import BaseEventIsolation, BaseStorage
from aiogram.fsm.storage.memory import SimpleEventIsolation
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.pseudonym import Pseudonymizer
from bot.core.referral import Referral
from storage.fsm import SqlStorage
from storage.memory import CachedMemoryRepository, MemoryRepository
from storage.redis_fsm import PseudonymKeyBuilder, PseudonymRedisStorage, RedisCachedMemory
from storage.referrals import ReferralRepository


@dataclass(frozen=True)
class StateBackend:
    """The three objects the dispatcher needs; ``storage.close()`` releases them."""

    storage: BaseStorage
    isolation: BaseEventIsolation
    memory: MemoryRepository


def open_state_backend(
    engine: AsyncEngine,
    pseudonymizer: Pseudonymizer,
    *,
    redis_url: str | None,
    redis_prefix: str,
    ttl: timedelta,
) -> StateBackend:
    """The backend for this configuration (see the module's table). Opens no connection yet.

    Raises :class:`ValueError` for a malformed ``redis_url``.
    """
    if redis_url:
        redis = Redis.from_url(redis_url)
        keys = PseudonymKeyBuilder(pseudonymizer, redis_prefix)
        # /forget erases the row and the Redis keys; the storage is bound below.
        memory: MemoryRepository = RedisCachedMemory(
            engine, redis, keys, ttl, also_forget=lambda pseudonym: storage.forget(pseudonym)
        )
        storage = PseudonymRedisStorage(redis, keys, memory, ttl)
        return StateBackend(storage, storage.create_isolation(), memory)
    if engine.dialect.name == "sqlite":
        memory = CachedMemoryRepository(engine)
    else:
        memory = MemoryRepository(engine)
    return StateBackend(SqlStorage(memory, pseudonymizer), SimpleEventIsolation(), memory)


class StateFirstReferrals(ReferralRepository):
    """:class:`ReferralRepository` that writes pending conversation state before each write.

    With the cached memory (embedded default), an update's state changes are coalesced.
    The referral id is put into the conversation data *before* the referral row is
    written, and a re-delivered update reuses it (handlers/results.py); so that id must be
    stored first, or a crash between the two writes would log the referral twice.
    """

    def __init__(self, engine: AsyncEngine, memory: MemoryRepository) -> None:
        in_thread = memory.in_thread if isinstance(memory, CachedMemoryRepository) else None
        super().__init__(engine, in_thread)
        self._memory = memory

    async def add(self, item: Referral) -> bool:
        await self._memory.flush()
        return await super().add(item)

    async def save(self, item: Referral) -> None:
        await self._memory.flush()
        await super().save(item)

    async def merge(
        self, item: Referral, combine: Callable[[Referral, Referral], Referral]
    ) -> None:
        await self._memory.flush()
        await super().merge(item, combine)

    async def set_outcome(self, referral_id: str, outcome: str) -> bool:
        await self._memory.flush()
        return await super().set_outcome(referral_id, outcome)

    async def set_opened(self, referral_id: str, service_id: str) -> bool:
        await self._memory.flush()
        return await super().set_opened(referral_id, service_id)
