"""Retention: what is deleted, when, and the daily job inside ``run`` and ``webhook``.

Per-user memory (language, conversation state) is deleted after ``MEMORY_TTL_DAYS``
without activity (default 90), referral rows after ``REFERRAL_RETENTION_DAYS``
(default 3 years), audit rows after ``AUDIT_RETENTION_DAYS`` (default 3 years). A
conversation idle for :data:`REFERRAL_LINK_TTL` loses the ``referral_id`` that links it
to its referral row, and ``today``, the ids of the rows its person's conversations wrote
that day (:data:`REFERRAL_LINK_KEYS`, docs/privacy.md). The purge runs from ``python -m bot purge`` and
once a day while the bot runs; each run is itself audited (channel ``system``, the
numbers deleted).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from aiogram import Dispatcher
from redis.asyncio import Redis
from redis.exceptions import RedisError
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import Settings
from bot.core.clock import Clock, system_clock
from bot.core.referral_day import REFERRAL_ID_KEY, TODAY_KEY
from storage.audit import AuditLog, Channel
from storage.memory import MemoryRepository
from storage.redis_fsm import drop_from_idle_data
from storage.retention import ReferralRetention

log = logging.getLogger("vagvisare.retention")

PURGE_INTERVAL = timedelta(days=1)

REFERRAL_LINK_KEYS = (REFERRAL_ID_KEY, TODAY_KEY)
"""Every FSM data key that links a conversation to referral rows: ``referral_id`` and
``today`` (the day's rows per topic, so a repeated conversation merges into them:
bot/core/referral_day.py). Both go after :data:`REFERRAL_LINK_TTL` of idleness."""

REFERRAL_LINK_TTL = timedelta(hours=24)
"""How long a conversation may sit idle before the purge removes its ``referral_id`` and
its ``today`` map (:data:`REFERRAL_LINK_KEYS`).

The id is what ties a pseudonym (and, to whoever also has the pseudonym key, a Telegram
id) to a referral row: topic, age band, district, services shown (docs/privacy.md,
"Threat model"). The bot needs it only while the conversation can still add to its row:
the emergency card merged into the same row, "did this help?" (which drops the id as soon
as it is answered: handlers/results.py), and a repeat of the conversation the same local
day, which merges into the day's row for its topic (``today``, kept past "did this help?"
for that; a new local day empties it at the next card). A day covers answering "did this help?" after
calling a service that evening or the next morning; after that, a press there is thanked
without recording anything, and an emergency card logs a row of its own. A fixed bound,
not a setting like ``MEMORY_TTL_DAYS``: it is a privacy promise of docs/privacy.md, not a
municipality's retention choice. Since the purge runs once a day (:data:`PURGE_INTERVAL`)
and the database stores the hour of the last activity, the id goes between 24 and about
49 hours after the last activity."""


@dataclass(frozen=True, slots=True)
class PurgeResult:
    """How many rows one purge deleted, by kind; ``unlinked``: conversations whose
    ``referral_id`` or ``today`` was removed (idle for :data:`REFERRAL_LINK_TTL`), each
    once."""

    memory: int
    referrals: int
    audit: int
    unlinked: int


@dataclass(frozen=True)
class Retention:
    """The purge, with its limits from :class:`Settings`."""

    settings: Settings
    memory: MemoryRepository
    referrals: ReferralRetention
    audit: AuditLog

    @classmethod
    def for_engine(
        cls, engine: AsyncEngine, settings: Settings, memory: MemoryRepository
    ) -> Retention:
        """Referral and audit rows in ``engine``; memory through the app's own repository
        (it may cache), so the purge and the running bot agree."""
        return cls(settings, memory, ReferralRetention(engine), AuditLog(engine))

    async def purge(self, now: datetime, *, channel: Channel = "system") -> PurgeResult:
        """Delete everything past its limit at ``now`` (aware), remove the ``referral_id``
        and ``today`` (:data:`REFERRAL_LINK_KEYS`) of conversations idle for
        :data:`REFERRAL_LINK_TTL`, and audit the run.

        The conversation state lives in ``user_memory`` (idle: its hour of last activity
        before ``now`` minus the bound) or, with ``REDIS_URL``, in Redis (idle by the
        keys' remaining time to live: :func:`storage.redis_fsm.drop_from_idle_data`).
        Raises what the database raises. Redis failing does not stop the rest: it is
        logged (exception class only), its conversations are not counted in
        ``unlinked``, and the next run tries again.
        """
        s = self.settings
        memory = await self.memory.purge_inactive(now - timedelta(days=s.memory_ttl_days))
        unlinked = await self.memory.drop_data_key_inactive(
            REFERRAL_LINK_KEYS, now - REFERRAL_LINK_TTL
        )
        referrals = await self.referrals.purge_before(
            now - timedelta(days=s.referral_retention_days)
        )
        audit = await self.audit.purge_before(now - timedelta(days=s.audit_retention_days))
        if s.redis_url:
            try:
                unlinked += await self._unlink_in_redis(s.redis_url)
            except (RedisError, OSError) as error:
                log.error(
                    "referral links in Redis not removed", extra={"error": type(error).__name__}
                )
        result = PurgeResult(memory, referrals, audit, unlinked)
        await self.audit.record("purge", asdict(result), channel=channel, at=now)
        return result

    async def _unlink_in_redis(self, url: str) -> int:
        """The Redis half of the unlinking, on a client of its own (closed afterwards)."""
        redis = Redis.from_url(url)
        try:
            return await drop_from_idle_data(
                redis,
                self.settings.redis_prefix,
                REFERRAL_LINK_KEYS,
                idle=REFERRAL_LINK_TTL,
                ttl=timedelta(days=self.settings.memory_ttl_days),
            )
        finally:
            await redis.aclose()


def schedule_daily_purge(
    dispatcher: Dispatcher,
    retention: Retention,
    *,
    clock: Clock = system_clock,
    interval: timedelta = PURGE_INTERVAL,
) -> None:
    """Run ``retention.purge`` on dispatcher start-up and every ``interval`` after it.

    The task starts with the dispatcher's ``startup`` event (``run`` and ``webhook``;
    ``chat`` and ``replay`` feed updates without it) and is cancelled on ``shutdown``.
    A failing purge is logged (exception class only) and tried again next interval.
    """
    tasks: list[asyncio.Task[None]] = []

    async def loop() -> None:
        while True:
            try:
                result = await retention.purge(clock())
                log.info("purge done", extra={"deleted": asdict(result)})
            except Exception as error:  # the bot keeps serving; the next run retries
                log.error("purge failed", extra={"error": type(error).__name__})
            await asyncio.sleep(interval.total_seconds())

    async def start() -> None:
        tasks.append(asyncio.create_task(loop(), name="daily-purge"))

    async def stop() -> None:
        while tasks:
            task = tasks.pop()
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    dispatcher.startup.register(start)
    dispatcher.shutdown.register(stop)
