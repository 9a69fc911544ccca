"""``python -m bot run``: long polling with ``BOT_TOKEN``.

Each update is handled in its own task (one user's updates still one at a time: event
isolation), with ``processed_updates`` so that an update Telegram hands over again is
skipped once it was handled (handlers/dedup.py). ``getUpdates`` failures (network, 5xx,
409 while another poller runs) are retried with a growing pause. On SIGINT/SIGTERM the
poll stops, the updates in flight finish (bot/modes/drain.py), and a last ``getUpdates``
confirms them, so a restart neither loses nor repeats them.

An update is confirmed by the next ``getUpdates``, right after it was taken (holding it
back would make every long poll return at once). So after ``kill -9`` the updates that
were in flight do not come again: the person presses again (docs/robustness.md); the
updates of the last batch that were not yet confirmed do come again, and the processed
ones among them are skipped.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
from collections.abc import Awaitable
from typing import TypeVar

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.methods import GetUpdates

from bot.app import App, create_bot, settle_heap
from bot.commands import CliCommand, ConfigurationError, with_app
from bot.config import Settings
from bot.menus import set_command_menus
from bot.modes.drain import DRAIN_TIMEOUT_S, InFlight, feed, update_id_in_range
from storage.dedup import ProcessedUpdates

log = logging.getLogger("vagvisare.polling")

POLL_TIMEOUT_S = 25  # getUpdates long polling: Telegram holds the request up to this long
MAX_PAUSE_S = 30.0  # the pause after failed getUpdates calls grows 1, 2, 4 … up to this

T = TypeVar("T")


class _Stopped(Exception):
    """The stop event was set while waiting."""


async def run_polling(app: App, token: str, api_base: str | None = None) -> int:
    """Poll until SIGINT/SIGTERM; returns the exit code.

    ``api_base`` points the bot at another Bot API server (a local one, or a test fake).
    """
    session = AiohttpSession(api=TelegramAPIServer.from_base(api_base)) if api_base else None
    bot = create_bot(token, session=session)
    settle_heap()  # the start-up heap out of the garbage collector's way (bot/app.py)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await poll(app, bot, stop)
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
        await bot.session.close()
    return 0


async def poll(
    app: App,
    bot: Bot,
    stop: asyncio.Event,
    *,
    poll_timeout: int = POLL_TIMEOUT_S,
    drain_timeout: float = DRAIN_TIMEOUT_S,
) -> None:
    """Long polling until ``stop`` is set, then drain and confirm (see the module docstring).

    Runs the dispatcher's start-up and shut-down handlers; does not close ``bot``'s session.
    """
    dispatcher = app.dispatcher
    dispatcher.startup.register(set_command_menus)  # per-language command menus
    processed = ProcessedUpdates(app.engine)
    in_flight = InFlight()
    allowed = dispatcher.resolve_used_update_types()
    workflow = {"dispatcher": dispatcher, "bots": [bot], **dispatcher.workflow_data}
    await bot.delete_webhook(drop_pending_updates=False)
    await dispatcher.emit_startup(bot=bot, **workflow)
    log.info("polling started")
    offset: int | None = None
    failures = 0
    try:
        while not stop.is_set():
            request = GetUpdates(offset=offset, timeout=poll_timeout, allowed_updates=allowed)
            try:
                updates = await _unless_stopped(
                    stop, bot(request, request_timeout=poll_timeout + 10)
                )
            except _Stopped:
                break
            except Exception as error:  # network, 5xx, 409 …: pause, then ask again
                failures += 1
                pause = min(MAX_PAUSE_S, 2.0 ** (failures - 1))
                log.warning(
                    "getUpdates failed", extra={"error": type(error).__name__, "wait_s": pause}
                )
                with contextlib.suppress(_Stopped, TimeoutError):
                    await _unless_stopped(stop, asyncio.sleep(pause))
                continue
            failures = 0
            for update in updates:
                offset = update.update_id + 1
                if not update_id_in_range(update.update_id):  # not Telegram's: confirm, drop
                    log.warning("update dropped: update_id out of range")
                    continue
                in_flight.spawn(feed(dispatcher, bot, update, processed_updates=processed))
    finally:
        cancelled = await in_flight.drain(drain_timeout)
        if offset is not None:  # confirm what was taken; newer updates stay queued
            with contextlib.suppress(Exception):
                await bot(GetUpdates(offset=offset, limit=1, timeout=0))
        log.info("polling stopped", extra={"cancelled": cancelled})
        await dispatcher.emit_shutdown(bot=bot, **workflow)


async def _unless_stopped(stop: asyncio.Event, work: Awaitable[T]) -> T:
    """Await ``work``; raise :class:`_Stopped` (cancelling it) if ``stop`` is set first."""
    task = asyncio.ensure_future(work)
    stopped = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait({task, stopped}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopped.cancel()
    if not task.done():
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task
        raise _Stopped
    return task.result()


def require_token(settings: Settings) -> str:
    """The bot token; raises :class:`ConfigurationError` when missing or malformed."""
    token = settings.token_or_none()
    if token is None:
        raise ConfigurationError(
            "BOT_TOKEN is missing or malformed (expected <digits>:<35 characters> from @BotFather)"
        )
    return token


def add_api_base(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--api-base", help="another Bot API server, e.g. http://127.0.0.1:8081")


async def _run(args: argparse.Namespace, settings: Settings) -> int:
    token = require_token(settings)
    return await with_app(settings, lambda app: run_polling(app, token, args.api_base))


COMMAND = CliCommand("run", "long polling with BOT_TOKEN", add_api_base, _run)
