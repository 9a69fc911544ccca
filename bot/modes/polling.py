"""``python -m bot run``: long polling with ``BOT_TOKEN``.

Each update is handled in its own task (one user's updates still one at a time: event
isolation), with ``processed_updates`` so that an update Telegram hands over again is
skipped once it was handled (handlers/dedup.py). ``getUpdates`` failures (network, 5xx,
409 while another poller runs) are retried with a growing pause. On SIGINT/SIGTERM the
poll stops, the updates in flight finish (bot/modes/drain.py), and a last ``getUpdates``
confirms them, so a restart neither loses nor repeats them.

At start the storage must answer first (:func:`check_storage_at_start`, also used by
``webhook``): the database ``SELECT 1``, then Redis ``PING`` when ``REDIS_URL`` is set. A
store that cannot be reached is retried with a growing pause for ``--start-timeout``
seconds, then the command stops with one line, ``error: Redis at <host:port> (REDIS_URL)
cannot be reached: <error class>``, exit code 1; never a user or password.

Then the Bot API must answer ``deleteWebhook``: a network error, 5xx or 429 is retried
with a growing pause for ``--start-timeout`` seconds (default :data:`START_TIMEOUT_S`),
then the command stops with one line, ``error: the Telegram Bot API at <base> cannot be
reached: <error class>``, exit code 1; a token Telegram refuses (401) is exit code 2; a
server that answers something other than JSON (an HTML page: ``--api-base`` pointing at a web
server, a proxy's error page) is ``error: the Telegram Bot API at <base> answered something
that is not JSON``, exit code 1 (:func:`not_json`), as in ``webhook``. No
message, log line or error ever holds the token (it is part of every Bot API URL).

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
import urllib.parse
from collections.abc import Awaitable, Sequence
from typing import TypeVar

import redis.exceptions
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    AiogramError,
    ClientDecodeError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.methods import GetUpdates
from asyncpg.exceptions import CannotConnectNowError, TooManyConnectionsError
from redis.asyncio import Redis
from sqlalchemy.exc import DBAPIError

from bot.app import App, StoreProbe, create_bot, settle_heap, storage_probes
from bot.commands import CliCommand, ConfigurationError, ServiceUnreachable, with_app
from bot.config import Settings
from bot.menus import set_command_menus
from bot.modes.drain import DRAIN_TIMEOUT_S, InFlight, feed, update_id_in_range
from storage.engine import create_engine

log = logging.getLogger("vagvisare.polling")

POLL_TIMEOUT_S = 25  # getUpdates long polling: Telegram holds the request up to this long
MAX_PAUSE_S = 30.0  # the pause after failed getUpdates calls grows 1, 2, 4 … up to this
START_TIMEOUT_S = 60.0  # how long to keep trying to reach the Bot API (and storage) at start
STORE_TRY_S = 5.0  # one start-up try at the database or Redis waits at most this long
DEFAULT_API_BASE = "https://api.telegram.org"  # Bot API: https://api.telegram.org/bot<token>/

T = TypeVar("T")


class _Stopped(Exception):
    """The stop event was set while waiting."""


class StartFailed(Exception):
    """The Bot API did not take the first call (``deleteWebhook``); ``__cause__`` says why.

    ``reason`` is an error class name (``ClientConnectorError``, ``TelegramServerError``),
    never the error's text: aiohttp's texts quote the request URL, which holds the token.
    """

    def __init__(self, reason: str, *, refused: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.refused = refused  # Telegram answered, with an error that retrying cannot fix


class StorageUnreachable(StartFailed):
    """A store did not answer at start; ``where`` names it (:attr:`bot.app.StoreProbe.where`:
    kind, ``host:port``, setting), ``reason`` is the error class, ``__cause__`` the error."""

    def __init__(self, where: str, reason: str, *, refused: bool = False) -> None:
        super().__init__(reason, refused=refused)
        self.where = where


def error_class(error: BaseException) -> str:
    """The class name that says why a Bot API call failed: for a network error aiogram wraps
    (``TelegramNetworkError``) the wrapped one (``ClientConnectorError``, ``TimeoutError``)."""
    if isinstance(error, TelegramNetworkError) and error.__cause__ is not None:
        return type(error.__cause__).__name__
    return type(error).__name__


def shown_base(api_base: str | None) -> str:
    """The Bot API base for messages: scheme, host, port and path, never a user or password."""
    if api_base is None:
        return DEFAULT_API_BASE
    parts = urllib.parse.urlsplit(api_base)
    host = parts.hostname or ""
    if ":" in host:  # IPv6
        host = f"[{host}]"
    port = f":{parts.port}" if parts.port is not None else ""
    return f"{parts.scheme}://{host}{port}{parts.path}".rstrip("/")


def not_json(base: str) -> ServiceUnreachable:
    """The one line for a Bot API at ``base`` whose answer is not JSON (aiogram's
    ``ClientDecodeError``, whose text quotes the whole answer): exit code 1, the server is
    not a Bot API (or something in between answers instead of it)."""
    return ServiceUnreachable(f"the Telegram Bot API at {base} answered something that is not JSON")


def backoff_pause(failures: int, max_pause: float = MAX_PAUSE_S) -> float:
    """Seconds to wait after ``failures`` (>= 1) failed tries in a row: 1, 2, 4 … up to
    ``max_pause`` (default :data:`MAX_PAUSE_S`)."""
    return min(max_pause, 2.0 ** (failures - 1))


async def run_polling(
    app: App, token: str, api_base: str | None = None, *, start_timeout: float = START_TIMEOUT_S
) -> int:
    """Poll until SIGINT/SIGTERM; returns the exit code.

    ``api_base`` points the bot at another Bot API server (a local one, or a test fake).
    Raises :class:`ServiceUnreachable` when the Bot API does not answer within
    ``start_timeout`` seconds at start, :class:`ConfigurationError` when it refuses the
    token; neither message holds the token.
    """
    session = AiohttpSession(api=TelegramAPIServer.from_base(api_base)) if api_base else None
    bot = create_bot(token, session=session)
    settle_heap()  # the start-up heap out of the garbage collector's way (bot/app.py)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await poll(app, bot, stop, start_timeout=start_timeout)
    except StartFailed as failed:
        base = shown_base(api_base)
        if isinstance(failed.__cause__, TelegramUnauthorizedError):
            raise ConfigurationError(
                f"BOT_TOKEN was refused by the Telegram Bot API at {base} (401 Unauthorized)"
            ) from None
        if isinstance(failed.__cause__, ClientDecodeError):
            raise not_json(base) from None
        if failed.refused:
            raise ServiceUnreachable(
                f"the Telegram Bot API at {base} refused the first call: {failed.reason}"
            ) from None
        raise ServiceUnreachable(
            f"the Telegram Bot API at {base} cannot be reached: {failed.reason}"
        ) from None
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
    start_timeout: float = START_TIMEOUT_S,
) -> None:
    """Long polling until ``stop`` is set, then drain and confirm (see the module docstring).

    Runs the dispatcher's start-up and shut-down handlers; does not close ``bot``'s session.
    Raises :class:`StartFailed` when ``deleteWebhook`` fails for ``start_timeout`` seconds
    (or at once, for an error that retrying cannot fix); returns without polling when
    ``stop`` is set meanwhile.
    """
    dispatcher = app.dispatcher
    dispatcher.startup.register(set_command_menus)  # per-language command menus
    processed = app.processed_updates()
    in_flight = InFlight()
    allowed = dispatcher.resolve_used_update_types()
    workflow = {"dispatcher": dispatcher, "bots": [bot], **dispatcher.workflow_data}
    try:
        await delete_webhook_at_start(bot, stop, start_timeout)
    except _Stopped:
        return
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
                pause = backoff_pause(failures)
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


async def delete_webhook_at_start(bot: Bot, stop: asyncio.Event, within_s: float) -> None:
    """``deleteWebhook`` (polling and a webhook exclude each other), retried with a pause of
    1, 2, 4 … s while the Bot API is unreachable (network error, 5xx, 429) until the next
    pause would end more than ``within_s`` seconds after the first try.

    Raises :class:`StartFailed` (``__cause__``: the last error), :class:`_Stopped` when
    ``stop`` is set while waiting.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within_s
    failures = 0
    while True:
        try:
            await _unless_stopped(stop, bot.delete_webhook(drop_pending_updates=False))
            return
        except (TelegramNetworkError, TelegramServerError, TelegramRetryAfter) as error:
            failures += 1
            pause = backoff_pause(failures)
            if loop.time() + pause > deadline:
                raise StartFailed(error_class(error), refused=False) from error
            log.warning(
                "bot api not reachable at start",
                extra={"error": error_class(error), "wait_s": pause},
            )
            await _unless_stopped(stop, asyncio.sleep(pause))
        except AiogramError as error:  # 401, 404, an answer that is not JSON …
            raise StartFailed(error_class(error), refused=True) from error


def storage_error_class(error: BaseException) -> str:
    """The class name that says why a store did not answer: the socket error redis-py
    or SQLAlchemy wrap (``ConnectionRefusedError``), else the error's own class. Never
    the error's text (a Redis or database error may quote a URL)."""
    if isinstance(error, DBAPIError) and error.orig is not None:
        error = error.orig.__cause__ or error.orig
    elif isinstance(error, redis.exceptions.ConnectionError):
        inner = error.__cause__ or error.__context__
        if isinstance(inner, OSError):
            error = inner
    return type(error).__name__


def store_unreachable(error: BaseException) -> bool:
    """Whether ``error`` says a store cannot be reached *now* (worth retrying): a socket
    error or timeout, Redis not connected or still loading its data, PostgreSQL starting
    up or out of connections. A refused password, an SQLite file that is not a database
    or a missing database are not: retrying cannot fix them."""
    if isinstance(error, redis.exceptions.ConnectionError):
        return not isinstance(
            error,
            redis.exceptions.AuthenticationError
            | redis.exceptions.AuthorizationError
            | redis.exceptions.ExternalAuthProviderError,
        )
    if isinstance(error, DBAPIError):
        cause = error.orig.__cause__ if error.orig is not None else None
        return isinstance(cause, OSError | CannotConnectNowError | TooManyConnectionsError)
    return isinstance(error, OSError | redis.exceptions.TimeoutError)


async def wait_for_stores(
    probes: Sequence[StoreProbe], within_s: float, *, try_s: float = STORE_TRY_S
) -> None:
    """Ping each store in turn (each try bounded by ``try_s`` seconds), retrying one that
    cannot be reached (:func:`store_unreachable`) with a pause of 1, 2, 4 … s until the
    next pause would end more than ``within_s`` seconds after the first try (one deadline
    for all the stores, as :func:`delete_webhook_at_start` has for the Bot API).

    Raises :class:`StorageUnreachable` (``refused=True`` for a Redis that refuses, such as
    a wrong password); an error from the database that retrying cannot fix is raised as it
    is (bot/cli.py turns it into one line).
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within_s
    for probe in probes:
        failures = 0
        while True:
            try:
                async with asyncio.timeout(try_s):
                    await probe.ping()
                break
            except Exception as error:
                reason = storage_error_class(error)
                if not store_unreachable(error):
                    if isinstance(error, redis.exceptions.RedisError):
                        raise StorageUnreachable(probe.where, reason, refused=True) from error
                    raise
                failures += 1
                pause = backoff_pause(failures)
                if loop.time() + pause > deadline:
                    raise StorageUnreachable(probe.where, reason) from error
                log.warning(
                    "storage not reachable at start",
                    extra={"store": probe.name, "error": reason, "wait_s": pause},
                )
                await asyncio.sleep(pause)


async def check_storage_at_start(settings: Settings, within_s: float) -> None:
    """Before ``run`` or ``webhook`` migrates and takes updates: wait up to ``within_s``
    seconds for the database and, when ``REDIS_URL`` is set, Redis (:func:`wait_for_stores`),
    through an engine and a client made like the app's and closed afterwards.

    Raises :class:`ServiceUnreachable` with one line naming the store and its
    ``host:port`` (never a user or password); an error from the database that retrying
    cannot fix is raised as it is (bot/cli.py: one line). :class:`OSError` when the SQLite
    file or its folder cannot be created.
    """
    engine = create_engine(settings.effective_database_url)
    client = Redis.from_url(settings.redis_url) if settings.redis_url else None
    try:
        await wait_for_stores(storage_probes(settings, engine, client), within_s)
    except StorageUnreachable as failed:
        verb = "refused the connection" if failed.refused else "cannot be reached"
        raise ServiceUnreachable(f"{failed.where} {verb}: {failed.reason}") from None
    finally:
        if client is not None:
            await client.aclose()
        await engine.dispose()


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


def api_base_url(value: str) -> str:
    """``--api-base``: an ``http://`` or ``https://`` URL with a host and without query or
    fragment (aiogram appends ``/bot<token>/<method>``); trailing slashes dropped.
    Raises :class:`argparse.ArgumentTypeError` without quoting ``value``."""
    try:
        parts = urllib.parse.urlsplit(value.strip())
        valid = (
            parts.scheme in ("http", "https")
            and bool(parts.hostname)
            and not (parts.query or parts.fragment)
        )
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number 0-65535
    except ValueError:
        valid = False
    if not valid:
        raise argparse.ArgumentTypeError(
            "must be an http:// or https:// URL, e.g. http://127.0.0.1:8081"
        )
    return value.strip().rstrip("/")


def add_api_base(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--api-base",
        type=api_base_url,
        metavar="URL",
        help="another Bot API server, e.g. http://127.0.0.1:8081",
    )


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds <= 24 * 3600:
        raise argparse.ArgumentTypeError("must be a number of seconds from 0 to 86400")
    return seconds


def add_start_timeout(parser: argparse.ArgumentParser, services: str) -> None:
    """``--start-timeout S``: how long to keep trying to reach ``services`` at start."""
    parser.add_argument(
        "--start-timeout",
        type=_seconds,
        default=START_TIMEOUT_S,
        metavar="S",
        help=f"seconds to keep trying to reach {services} at start, then exit 1 "
        f"(default {START_TIMEOUT_S:g})",
    )


def _configure(parser: argparse.ArgumentParser) -> None:
    add_api_base(parser)
    add_start_timeout(parser, "the database, Redis and the Bot API")


async def _run(args: argparse.Namespace, settings: Settings) -> int:
    token = require_token(settings)
    await check_storage_at_start(settings, args.start_timeout)
    return await with_app(
        settings,
        lambda app: run_polling(app, token, args.api_base, start_timeout=args.start_timeout),
    )


COMMAND = CliCommand("run", "long polling with BOT_TOKEN", _configure, _run)
