"""Conversation state and event isolation in Redis, shared by several worker processes.

Keys hold pseudonyms, never Telegram ids: ``<prefix>:fsm:<pseudonym>:state``,
``…:data`` and ``…:lock`` (plus the destiny when it is not aiogram's default). State and
data expire after ``MEMORY_TTL_DAYS`` without a write, as ``user_memory`` rows are purged
after that long without activity. The chosen language stays in ``user_memory``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, Literal, cast

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import DEFAULT_DESTINY, KeyBuilder, StateType, StorageKey
from aiogram.fsm.storage.redis import RedisEventIsolation, RedisStorage
from redis.asyncio import Redis

from bot.core.pseudonym import Pseudonymizer
from storage.fsm import remembered_pseudonym, update_reads
from storage.memory import MemoryRepository

# One update holds its user's lock while it is handled; a worker that dies mid-update
# releases it by expiry. 30 s is far above any handler's run time and bounds the wait.
LOCK_TIMEOUT_S = 30
# How often a waiting update retries a held lock (redis-py's default is 0.1 s, which
# adds up to 100 ms to a user's second quick tap).
LOCK_RETRY_S = 0.01


class PseudonymKeyBuilder(KeyBuilder):
    """Redis keys made of a prefix and the key's pseudonym (:func:`storage.fsm.pseudonym_for`)."""

    def __init__(self, pseudonymizer: Pseudonymizer, prefix: str = "vagvisare") -> None:
        self._pseudonymizer = pseudonymizer
        self.prefix = prefix

    def build(self, key: StorageKey, part: Literal["data", "state", "lock"] | None = None) -> str:
        return self.for_pseudonym(self.pseudonym(key), part, key.destiny)

    def pseudonym(self, key: StorageKey) -> str:
        """The pseudonym ``key`` is stored under."""
        return remembered_pseudonym(self._pseudonymizer, key.chat_id, key.user_id, key.thread_id)

    def for_pseudonym(
        self, pseudonym: str, part: str | None = None, destiny: str = DEFAULT_DESTINY
    ) -> str:
        """The key of ``part`` (``state``, ``data``, ``lock``) for ``pseudonym``."""
        parts = [self.prefix, "fsm", pseudonym]
        if destiny != DEFAULT_DESTINY:
            parts.append(destiny)
        if part:
            parts.append(part)
        return ":".join(parts)


class PseudonymRedisStorage(RedisStorage):
    """aiogram's :class:`RedisStorage` with pseudonymous keys and a time to live.

    Changing the state also marks the user's ``user_memory`` row (the chosen language)
    active, at most once an hour per user and process, so an active user's language is
    not purged as inactive.
    """

    def __init__(
        self,
        redis: Redis,
        key_builder: PseudonymKeyBuilder,
        memory: MemoryRepository,
        ttl: timedelta,
    ) -> None:
        super().__init__(
            redis,
            key_builder,
            state_ttl=ttl,
            data_ttl=ttl,
            json_dumps=lambda data: json.dumps(data, ensure_ascii=False, sort_keys=True),
        )
        self._keys = key_builder
        self._memory = memory
        self._touched: set[str] = set()
        self._touched_hour: datetime | None = None

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        await super().set_state(key, state)
        reads = update_reads()
        if reads is not None:
            reads[self._keys.build(key, "state")] = (
                state.state if isinstance(state, State) else state
            )
        await self._touch(key)

    async def get_state(self, key: StorageKey) -> str | None:
        """The state, read from Redis once per update (:func:`storage.fsm.update_reads`)."""
        reads = update_reads()
        redis_key = self._keys.build(key, "state")
        if reads is not None and redis_key in reads:
            return reads[redis_key]
        state = await super().get_state(key)
        if reads is not None:
            reads[redis_key] = state
        return state

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        data = dict(data)
        await super().set_data(key, data)
        reads = update_reads()
        if reads is not None:
            reads[self._keys.build(key, "data")] = self.json_dumps(data) if data else None

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        """The data, read from Redis once per update; a fresh dict on every call, as
        aiogram's callers update and write back what they get."""
        reads = update_reads()
        redis_key = self._keys.build(key, "data")
        if reads is None:
            return await super().get_data(key)
        if redis_key not in reads:
            value = await self.redis.get(redis_key)
            reads[redis_key] = value.decode("utf-8") if isinstance(value, bytes) else value
        text = reads[redis_key]
        return cast(dict[str, Any], self.json_loads(text)) if text is not None else {}

    async def forget(self, pseudonym: str) -> None:
        """Delete the state and data kept for ``pseudonym`` (``/forget``)."""
        keys = [
            self._keys.for_pseudonym(pseudonym, "state"),
            self._keys.for_pseudonym(pseudonym, "data"),
        ]
        await self.redis.delete(*keys)
        reads = update_reads()
        if reads is not None:
            reads.update(dict.fromkeys(keys))

    def create_isolation(self, **kwargs: Any) -> RedisEventIsolation:
        """A per-user lock in Redis, shared by every worker (see :data:`LOCK_TIMEOUT_S`)."""
        kwargs.setdefault("lock_kwargs", {"timeout": LOCK_TIMEOUT_S, "sleep": LOCK_RETRY_S})
        return super().create_isolation(**kwargs)

    async def _touch(self, key: StorageKey) -> None:
        hour = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
        if hour != self._touched_hour:
            self._touched, self._touched_hour = set(), hour
        pseudonym = self._keys.pseudonym(key)
        if pseudonym not in self._touched:
            self._touched.add(pseudonym)
            await self._memory.touch(pseudonym)
