"""Updates in flight, so that a stopping bot lets them finish (``run`` and ``webhook``).

On SIGTERM the modes stop taking new updates, then :meth:`InFlight.drain` waits for the
ones already taken. Only then are the bot session and the database closed: an update
that Telegram handed over is handled to the end, or, after :data:`DRAIN_TIMEOUT_S`,
cancelled (and logged) before it is marked processed.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.types import Update

log = logging.getLogger("vagvisare.drain")

# Process managers wait about this long after SIGTERM before SIGKILL (systemd: 90 s,
# Docker: 10 s by default - give containers `stop_grace_period: 30s`); a handler takes
# well under a second unless Telegram makes it wait (bot/faults.py: 429, retries).
DRAIN_TIMEOUT_S = 25.0

# The ``processed_update`` table keeps ``update_id`` as a BIGINT (signed 64 bits); Telegram's
# ids are positive counters far below this. A larger one cannot be Telegram's: dropped.
MAX_UPDATE_ID = 2**63 - 1


def update_id_in_range(update_id: int) -> bool:
    """Whether ``update_id`` is one Telegram could send and the de-duplication can store."""
    return 0 <= update_id <= MAX_UPDATE_ID


class InFlight:
    """The tasks handling updates now. ``accepting`` turns false when draining starts."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[None]] = set()
        self.accepting = True

    def __len__(self) -> int:
        return len(self._tasks)

    def spawn(self, work: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        """Run ``work`` as a task that :meth:`drain` will wait for."""
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def drain(self, wait_s: float = DRAIN_TIMEOUT_S) -> int:
        """Stop accepting, wait up to ``wait_s`` seconds for the tasks; cancel the rest.

        Returns how many had to be cancelled.
        """
        self.accepting = False
        pending = set(self._tasks)
        if not pending:
            return 0
        log.info("draining updates in flight", extra={"in_flight": len(pending)})
        _done, unfinished = await asyncio.wait(pending, timeout=wait_s)
        for task in unfinished:
            task.cancel()
        if unfinished:
            await asyncio.wait(unfinished)
            log.warning("updates cancelled at shutdown", extra={"cancelled": len(unfinished)})
        return len(unfinished)


async def feed(dispatcher: Dispatcher, bot: Bot, update: Update, **data: Any) -> None:
    """Handle one update; what even the error handler could not handle is logged by class.

    aiogram would log the exception's message, which can quote user text.
    """
    try:
        await dispatcher.feed_update(bot, update, **data)
    except Exception as error:
        log.error("update not handled", extra={"error": type(error).__name__})
