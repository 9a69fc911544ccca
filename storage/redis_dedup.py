"""Updates already processed, kept in Redis when Redis holds the conversation state.

The same contract as the ``processed_update`` table (:class:`storage.dedup.UpdateLog`),
for the webhook and polling modes of a deployment with ``REDIS_URL``: one key per
``update_id``, ``<prefix>:update:<update_id>``, that expires after :data:`storage.dedup.KEEP`
(48 hours: Telegram keeps an undelivered update for at most 24) after the end of the UTC
hour it was marked in, so nothing needs purging. ``update_id`` is a counter of the bot's
updates, not a person; the key's expiry tells the hour, like the table's rounded time.

Why not the table: with Redis state, the check and the mark were the only statements
PostgreSQL ran for most updates (a ``SELECT`` and an ``INSERT`` with its commit), and they
cost a webhook worker ~1.5 ms of CPU and PostgreSQL ~0.3 ms per update
(docs/performance.md, "Fifteenth session"); ``EXISTS`` and ``SET … NX EX`` are one round
trip each. Redis that loses its keys (a restart without persistence) loses the record
of recent ids with the conversation state: an update Telegram hands over again after that
is handled again, which the idempotent referral write makes harmless (docs/robustness.md).
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from redis.asyncio import Redis

from bot.core.referral import coarse_hour
from storage.dedup import KEEP


def expiry_for(now: datetime) -> datetime:
    """When the key of an update handled at ``now`` (aware) expires: :data:`KEEP` after
    the end of ``now``'s UTC hour. Every key of one hour expires at the same second, so a
    key's time to live tells the hour it was marked, no more (as the table stores it).

    Raises :class:`ValueError` for a naive ``now``.
    """
    return coarse_hour(now) + timedelta(hours=1) + KEEP


class RedisProcessedUpdates:
    """:class:`storage.dedup.UpdateLog` in Redis under ``<prefix>:update:<update_id>``."""

    def __init__(self, redis: Redis, prefix: str) -> None:
        self._redis = redis
        self._prefix = prefix

    def key(self, update_id: int) -> str:
        """The Redis key of ``update_id``."""
        return f"{self._prefix}:update:{update_id}"

    async def seen(self, update_id: int) -> bool:
        """Whether ``update_id`` was marked processed (one ``EXISTS``)."""
        return bool(await self._redis.exists(self.key(update_id)))

    async def mark(self, update_id: int, now: datetime) -> bool:
        """Remember ``update_id`` until :func:`expiry_for` ``now`` (one ``SET … NX EX``);
        ``True`` if it was new.

        Raises :class:`ValueError` for a naive ``now``.
        """
        # relative to ``now`` (``EX``, not ``EXAT``): a clock that is not the server's
        # (tests run on a frozen one) still keeps the key its 48–49 hours
        seconds = math.ceil((expiry_for(now) - now).total_seconds())
        return bool(await self._redis.set(self.key(update_id), b"1", nx=True, ex=seconds))

    async def purge(self, now: datetime) -> int:
        """Nothing to do: the keys expire by themselves. Returns 0."""
        return 0
