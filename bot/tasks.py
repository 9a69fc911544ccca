"""Waiting for work only so long: the rest of it goes on in the background."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

log = logging.getLogger("vagvisare.tasks")

# Work a caller stopped waiting for; kept here so that it is not garbage-collected unfinished.
_unfinished: set[asyncio.Task[Any]] = set()


async def wait_briefly(work: Coroutine[Any, Any, None], seconds: float, *, what: str) -> bool:
    """Run ``work``, waiting for it at most ``seconds``. ``True`` if it finished in time
    (its exception, if any, is raised here); ``False`` if it goes on in the background,
    where a later exception is logged as ``"<what> failed"`` with its class only."""
    task = asyncio.ensure_future(work)
    done, _ = await asyncio.wait({task}, timeout=seconds)
    if done:
        task.result()
        return True
    _unfinished.add(task)

    def finished(task: asyncio.Task[Any]) -> None:
        _unfinished.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.warning(f"{what} failed", extra={"error": type(task.exception()).__name__})

    task.add_done_callback(finished)
    return False
