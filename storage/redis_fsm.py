"""Conversation state and event isolation in Redis, shared by several worker processes.

Keys hold pseudonyms, never Telegram ids: ``<prefix>:fsm:<pseudonym>:state``,
``…:data`` and ``…:lock`` (plus the destiny when it is not aiogram's default). State and
data expire after ``MEMORY_TTL_DAYS`` without a write, as ``user_memory`` rows are purged
after that long without activity. The chosen language is kept in ``user_memory`` and, as a
cache, in ``…:locale`` (:class:`RedisCachedMemory`), so that an update reads it with its
state in one ``MGET`` instead of asking the database too.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, Literal, cast

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import DEFAULT_DESTINY, KeyBuilder, StateType, StorageKey
from aiogram.fsm.storage.redis import RedisEventIsolation, RedisStorage
from redis.asyncio import Redis
from redis.exceptions import WatchError
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.pseudonym import Pseudonymizer
from storage.fsm import remembered_pseudonym, update_reads
from storage.memory import Eraser, MemoryRecord, MemoryRepository

LOCALE = "locale"  # the part of the key that caches the chosen language

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
        """The state, read from Redis once per update (:func:`storage.fsm.update_reads`).

        In an update the first read fetches the data with it (one ``MGET``, one round trip
        instead of two): the update pipeline reads the state first and the data next.
        """
        reads = update_reads()
        redis_key = self._keys.build(key, "state")
        if reads is None:
            return await super().get_state(key)
        if redis_key not in reads:
            data_key = self._keys.build(key, "data")
            if data_key in reads:
                reads[redis_key] = _text(await self.redis.get(redis_key))
            else:  # the chosen language too (RedisCachedMemory), read next by the pipeline
                locale_key = self._keys.for_pseudonym(self._keys.pseudonym(key), LOCALE)
                state, data, locale = await self.redis.mget(redis_key, data_key, locale_key)
                reads[redis_key], reads[data_key] = _text(state), _text(data)
                reads.setdefault(locale_key, _text(locale))
        return reads[redis_key]

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
            reads[redis_key] = _text(await self.redis.get(redis_key))
        text = reads[redis_key]
        return cast(dict[str, Any], self.json_loads(text)) if text is not None else {}

    async def forget(self, pseudonym: str) -> None:
        """Delete the state, the data and the cached language of ``pseudonym`` (``/forget``)."""
        keys = [self._keys.for_pseudonym(pseudonym, part) for part in ("state", "data", LOCALE)]
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


class RedisCachedMemory(MemoryRepository):
    """``user_memory`` (the chosen language, when Redis holds the state) with the language
    cached in Redis under ``<prefix>:fsm:<pseudonym>:locale``: ``""`` when none is chosen,
    set for ``ttl`` whenever it is written or read from the database.

    :meth:`get` answers from that key, which :meth:`PseudonymRedisStorage.get_state` has
    already fetched with the state (one ``MGET``); only a missing key (first contact, or
    expired) asks the database. The database stays the record: :meth:`save` writes it
    first, then the key. Every write happens under the user's lock (the update pipeline),
    so workers cannot interleave a stale value; ``/forget`` deletes the row, then the key
    (``also_forget``). The key expires no later than the row is purged: it lives ``ttl``
    (``MEMORY_TTL_DAYS``) from its last write, and a row is purged ``ttl`` after its last
    activity, which is no earlier than that write.
    """

    def __init__(
        self,
        engine: AsyncEngine,
        redis: Redis,
        keys: PseudonymKeyBuilder,
        ttl: timedelta,
        *,
        also_forget: Eraser | None = None,
    ) -> None:
        super().__init__(engine, also_forget=also_forget)
        self._redis = redis
        self._keys = keys
        self._ttl = ttl

    async def get(self, pseudonym: str) -> MemoryRecord | None:
        """The record of ``pseudonym`` (only ``locale`` is kept here), or ``None``."""
        key = self._keys.for_pseudonym(pseudonym, LOCALE)
        reads = update_reads()
        if reads is not None and key in reads:
            cached = reads[key]
        else:
            cached = _text(await self._redis.get(key))
        if cached is not None:
            return MemoryRecord(pseudonym, cached, None, None) if cached else None
        record = await super().get(pseudonym)
        await self._cache(key, record.locale if record is not None else None)
        return record

    async def save(self, pseudonym: str, **values: str | None) -> None:
        """Upsert the row (:meth:`MemoryRepository.save`), then cache a new ``locale``."""
        await super().save(pseudonym, **values)
        if LOCALE in values:
            await self._cache(self._keys.for_pseudonym(pseudonym, LOCALE), values[LOCALE])

    async def _cache(self, key: str, locale: str | None) -> None:
        value = locale or ""
        await self._redis.set(key, value, ex=self._ttl)
        reads = update_reads()
        if reads is not None:
            reads[key] = value


def _text(value: object) -> str | None:
    """A stored value as text (redis-py answers bytes unless told to decode)."""
    if isinstance(value, bytes):
        return value.decode("utf-8")
    return value if isinstance(value, str) else None


def redis_address(url: str) -> str:
    """Where the Redis of ``url`` is, for messages: ``host:port`` (6379 when the URL
    names none) for ``redis://`` and ``rediss://``, the socket path for ``unix://``.
    Never the user, the password or the database number."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme == "unix":
        return parts.path
    host = parts.hostname or "localhost"
    if ":" in host:  # IPv6
        host = f"[{host}]"
    try:
        port = parts.port or 6379
    except ValueError:  # validated by Settings; never echo what cannot be read
        return host
    return f"{host}:{port}"


async def ping_redis(redis: Redis) -> None:
    """``PING`` (start-up check, ``/healthz``). Raises :class:`redis.exceptions.ConnectionError`
    (its ``__context__``: the socket error, such as ``ConnectionRefusedError``) or
    :class:`redis.exceptions.TimeoutError` when Redis cannot be reached,
    :class:`redis.exceptions.AuthenticationError` or another
    :class:`redis.exceptions.RedisError` when it refuses. No timeout of its own: the caller
    bounds it."""
    await redis.ping()


# Keys SCAN is asked to look at per call, and data keys read per pipeline, while
# :func:`drop_from_idle_data` walks the conversations.
SWEEP_SCAN_COUNT = 500


async def drop_from_idle_data(
    redis: Redis, prefix: str, field: str | tuple[str, ...], *, idle: timedelta, ttl: timedelta
) -> int:
    """Remove ``field`` (or each of several fields) from the data of every conversation
    under ``prefix`` whose last write is more than ``idle`` ago; returns how many
    conversations changed (one that lost several fields counts once), as
    :meth:`storage.memory.MemoryRepository.drop_data_key_inactive` does in SQL.

    Redis keeps no write time, but every write of a conversation's state or data sets that
    key's time to live to ``ttl`` (``MEMORY_TTL_DAYS``, :class:`PseudonymRedisStorage`):
    ``ttl`` minus the longer remaining time to live of the ``…:data`` and ``…:state`` keys
    is the time since the last write, by the Redis server's clock. Keys are found with
    ``SCAN`` over ``<prefix>:fsm:*:data`` (never ``KEYS``). A key without an expiry, or
    data that is not a JSON object, is left alone. (After ``MEMORY_TTL_DAYS`` is lowered,
    keys written before look younger than they are until the old expiry; after it is
    raised, older.)

    Only those fields go: the state and the rest of the data stay. The data is written back
    with ``SET … KEEPTTL`` (Redis 6.0 or later), so its expiry stays where it was, and
    inside ``WATCH`` on both keys, so a conversation written meanwhile (the user is back)
    keeps what was written. Raises :class:`redis.exceptions.RedisError` when Redis fails.
    """
    fields = (field,) if isinstance(field, str) else field
    idle_ms = int(idle / timedelta(milliseconds=1))
    ttl_ms = int(ttl / timedelta(milliseconds=1))
    changed = 0
    batch: list[bytes | str] = []
    async for key in redis.scan_iter(match=f"{prefix}:fsm:*:data", count=SWEEP_SCAN_COUNT):
        batch.append(key)
        if len(batch) >= SWEEP_SCAN_COUNT:
            changed += await _drop_in_batch(redis, batch, fields, idle_ms, ttl_ms)
            batch = []
    if batch:
        changed += await _drop_in_batch(redis, batch, fields, idle_ms, ttl_ms)
    return changed


def _state_key(data_key: bytes | str) -> bytes | str:
    if isinstance(data_key, bytes):
        return data_key.removesuffix(b"data") + b"state"
    return data_key.removesuffix("data") + "state"


def _data_dict(raw: object) -> dict[str, Any] | None:
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", errors="replace")
    if not isinstance(raw, str):
        return None
    try:
        loaded = json.loads(raw)
    except ValueError:
        return None
    return loaded if isinstance(loaded, dict) else None


def _idle_long_enough(data_left: int, state_left: int, idle_ms: int, ttl_ms: int) -> bool:
    """From ``PTTL`` of the data and state keys (-2: no key, -1: no expiry)."""
    if data_left == -1 or state_left == -1:
        return False
    return ttl_ms - max(data_left, state_left) > idle_ms


async def _drop_in_batch(
    redis: Redis, keys: list[bytes | str], fields: tuple[str, ...], idle_ms: int, ttl_ms: int
) -> int:
    """Read the ``keys`` (and their state keys) in one pipeline; rewrite the candidates."""
    async with redis.pipeline(transaction=False) as pipe:
        for key in keys:
            pipe.get(key)
            pipe.pttl(key)
            pipe.pttl(_state_key(key))
        replies = await pipe.execute()
    changed = 0
    for index, key in enumerate(keys):
        raw, data_left, state_left = replies[3 * index : 3 * index + 3]
        data = _data_dict(raw)
        if data is None or data.keys().isdisjoint(fields):
            continue
        if _idle_long_enough(int(data_left), int(state_left), idle_ms, ttl_ms):
            changed += await _drop_one(redis, key, fields, idle_ms, ttl_ms)
    return changed


async def _drop_one(
    redis: Redis, key: bytes | str, fields: tuple[str, ...], idle_ms: int, ttl_ms: int
) -> int:
    """1 if ``fields`` were removed from the data at ``key``, 0 if it was written meanwhile."""
    state_key = _state_key(key)
    async with redis.pipeline(transaction=True) as pipe:
        try:
            await pipe.watch(key, state_key)
            data = _data_dict(await pipe.get(key))
            data_left, state_left = await pipe.pttl(key), await pipe.pttl(state_key)
            if data is None or data.keys().isdisjoint(fields):
                return 0
            if not _idle_long_enough(int(data_left), int(state_left), idle_ms, ttl_ms):
                return 0
            for field in fields:
                data.pop(field, None)
            pipe.multi()  # type: ignore[no-untyped-call]  # redis-py leaves it unannotated
            if data:
                text = json.dumps(data, ensure_ascii=False, sort_keys=True)
                pipe.set(key, text, keepttl=True)
            else:
                pipe.delete(key)
            await pipe.execute()
        except WatchError:
            return 0
    return 1
