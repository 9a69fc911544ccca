"""Each ``update_id`` is handled once, even when Telegram delivers it again.

A step of the update pipeline (:mod:`handlers.middlewares`). It runs inside the per-user lock of the event isolation, so
two deliveries of one user's update cannot pass the check at the same time. The update is
marked when its handling ends (also after an error, which the error handler has answered),
so a crash *during* handling leaves it unmarked and a re-delivery is handled: at least
once, and once in every run that gets to the end. The referral write is idempotent on its
id, so a second run never logs a second referral (docs/robustness.md).

The repository comes with the update from the mode that receives it (``run``,
``webhook``, and ``replay`` for lines that carry an ``update_id``, pass
``processed_updates``); ``chat`` numbers its own updates from 1 on every start and passes
none, so nothing is skipped there.
"""

from __future__ import annotations

import asyncio
import logging
import time

from aiogram.types import Update
from aiogram.types.update import UpdateTypeLookupError

from bot.core.clock import Clock
from storage.dedup import UpdateLog

log = logging.getLogger("vagvisare.dedup")

PURGE_EVERY_S = 3600.0  # old rows are purged at most once an hour, by the next update


class Dedup:
    """Skips an update whose id the ``processed_updates`` repository has seen; marks it
    when its handling ends (the module docstring says when)."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._purged_at: float | None = None

    async def seen(self, processed: UpdateLog, update: Update) -> bool:
        """Whether ``update`` was handled before (then it is logged, by type only)."""
        if await processed.seen(update.update_id):
            log.info("duplicate update skipped", extra={"update_type": _kind(update)})
            return True
        return False

    async def done(self, processed: UpdateLog, update_id: int) -> None:
        """Mark ``update_id`` handled, unless the task is being cancelled (shutdown: let
        the update come again); old rows are purged at most once an hour."""
        if _cancelling():
            return
        now = self._clock()
        await processed.mark(update_id, now)
        if self._purged_at is None or time.monotonic() - self._purged_at > PURGE_EVERY_S:
            self._purged_at = time.monotonic()
            await processed.purge(now)


def _cancelling() -> bool:
    task = asyncio.current_task()
    return task is not None and task.cancelling() > 0


def _kind(update: Update) -> str:
    try:
        return update.event_type
    except UpdateTypeLookupError:
        return "unknown"
