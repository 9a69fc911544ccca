"""Retention: what is deleted, when, and the daily job inside ``run`` and ``webhook``.

Per-user memory (language, conversation state) is deleted after ``MEMORY_TTL_DAYS``
without activity (default 90), referral rows after ``REFERRAL_RETENTION_DAYS``
(default 3 years), audit rows after ``AUDIT_RETENTION_DAYS`` (default 3 years). The
purge runs from ``python -m bot purge`` and once a day while the bot runs; each run
is itself audited (channel ``system``, the numbers deleted).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from aiogram import Dispatcher
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import Settings
from bot.core.clock import Clock, system_clock
from storage.audit import AuditLog, Channel
from storage.memory import MemoryRepository
from storage.retention import ReferralRetention

log = logging.getLogger("vagvisare.retention")

PURGE_INTERVAL = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class PurgeResult:
    """How many rows one purge deleted, by kind."""

    memory: int
    referrals: int
    audit: int


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
        """Delete everything past its limit at ``now`` (aware) and audit the run."""
        s = self.settings
        result = PurgeResult(
            memory=await self.memory.purge_inactive(now - timedelta(days=s.memory_ttl_days)),
            referrals=await self.referrals.purge_before(
                now - timedelta(days=s.referral_retention_days)
            ),
            audit=await self.audit.purge_before(now - timedelta(days=s.audit_retention_days)),
        )
        await self.audit.record(
            "purge",
            {"memory": result.memory, "referrals": result.referrals, "audit": result.audit},
            channel=channel,
            at=now,
        )
        return result


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
