"""``python -m bot webhook``: an aiohttp server that Telegram posts updates to.

The webhook is set with a secret token; requests without the right
``X-Telegram-Bot-Api-Secret-Token`` header are answered 401 (Bot API ``setWebhook``).

``GET /healthz`` (:class:`StorageHealth`) says whether this process can serve: 200
``{"status": "ok"}`` when the database answers ``SELECT 1`` and Redis (when
``REDIS_URL`` is set) ``PING``, each within :data:`HEALTH_PROBE_TIMEOUT_S`; else 503
``{"status": "degraded", "failing": ["redis"]}`` (the names of the failing stores,
``database`` and/or ``redis``, nothing else). The answer is reused for
:data:`HEALTH_CACHE_S` seconds, so a health checker polling every second costs each store
one round trip per period. While shutting down: 503 ``{"status": "shutting down"}``.

Before anything else, as in ``run``, the storage must answer
(:func:`bot.modes.polling.check_storage_at_start`, ``--start-timeout``).

What Telegram posts is answered at once and handled in the background
(:class:`UpdateReceiver`):

| request | answer |
|---|---|
| body over :data:`MAX_BODY_BYTES` | 413, nothing read further |
| body that is not JSON (or nested deeper than :mod:`json` reads) | 400 |
| JSON that is not an Update | 200 and dropped (sending it again would not help) |
| an Update whose ``update_id`` is out of range (not 0 to 2**63 - 1) | 200 and dropped |
| an Update | 200; handled once per ``update_id`` (handlers/dedup.py) |
| anything while shutting down | 503, so Telegram delivers it again later |

The server listens first; then, in the background (:func:`set_up_telegram`), the webhook
is set (when ``WEBHOOK_BASE_URL`` is configured) and the command menus: a slow or
unreachable Bot API delays neither the port nor the updates Telegram already posts.
``setWebhook`` is retried with a growing pause while the Bot API cannot be reached; a
refusal (a bad ``WEBHOOK_BASE_URL``, a token Telegram does not know) stops the server with
one line on stderr (exit code 2), never the token. An answer that is not JSON, to
``setWebhook`` or to the menus (a web server at ``--api-base``), stops it too, as in ``run``:
``error: the Telegram Bot API at <base> answered something that is not JSON``, exit code 1.

Each request is logged as one record of ``vagvisare.webhook.access`` (:class:`AccessLog`):
method, route, status and duration only. aiohttp's own access log (the client's address,
the request line with its query string, the User-Agent) is not used: a query such as
``?tg_id=…`` or a path holding a token would reach the log.

On SIGTERM the server stops listening, the updates in flight finish (bot/modes/drain.py),
and only then are the bot session and the database closed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import logging
import signal
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    AiogramError,
    ClientDecodeError,
    TelegramBadRequest,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.types import Update
from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web
from aiohttp.abc import AbstractAccessLogger
from pydantic import ValidationError

from bot.app import App, StoreProbe, create_bot, settle_heap
from bot.commands import CliCommand, ConfigurationError, ServiceUnreachable, with_app
from bot.config import Settings
from bot.menus import set_command_menus
from bot.modes.drain import DRAIN_TIMEOUT_S, InFlight, feed, update_id_in_range
from bot.modes.polling import (
    MAX_PAUSE_S,
    StartFailed,
    backoff_pause,
    check_storage_at_start,
    error_class,
    not_json,
    require_token,
    shown_base,
    storage_error_class,
)
from bot.modes.workers import add_webhook_arguments, supervise

log = logging.getLogger("vagvisare.webhook")

MAX_BODY_BYTES = 1024 * 1024  # an Update is far smaller; larger bodies are refused (413)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header name, not a secret
HEALTH_PROBE_TIMEOUT_S = 1.0  # /healthz: a store that has not answered by then is failing
HEALTH_CACHE_S = 3.0  # /healthz: each store is probed at most once per this many seconds
WEBHOOK_ROUTE = "telegram-webhook"  # the name of the webhook route (AccessLog masks its path)
ACCESS_LOGGER = "vagvisare.webhook.access"
_LOGGED_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


class AccessLog(AbstractAccessLogger):
    """One record per request: ``method``, ``path``, ``status``, ``duration_s`` (3 decimals).

    ``path`` is the route's pattern, never what the client sent: ``/healthz`` (no query
    string), ``<webhook path>`` for ``WEBHOOK_PATH`` (it may hold the token, and is the
    secret address Telegram posts to), ``<no route>`` for a path no route matches (a probe
    of ``/bot<token>/getMe`` or ``/987654321``). ``method`` is one of the standard methods,
    else ``OTHER``. No client address, query string, header or body is logged.
    """

    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        """Log the request (``time``: seconds it took)."""
        method = request.method if request.method in _LOGGED_METHODS else "OTHER"
        self.logger.info(
            "request",
            extra={
                "method": method,
                "path": route_path(request),
                "status": response.status,
                "duration_s": round(time, 3),  # no run of 5 digits (privacy-audit)
            },
        )


def route_path(request: web.BaseRequest) -> str:
    """The pattern of the route ``request`` matched (see :class:`AccessLog`)."""
    if not isinstance(request, web.Request):
        return "<no route>"
    try:
        resource = request.match_info.route.resource
    except (AssertionError, AttributeError):  # never routed: aiohttp could not parse it (400)
        return "<no route>"
    if resource is None:  # no route matched (404, 405)
        return "<no route>"
    if resource.name == WEBHOOK_ROUTE:
        return "<webhook path>"
    return resource.canonical


def webhook_secret(settings: Settings, token: str) -> str:
    """The configured secret, else one derived from the token (same in every worker)."""
    if settings.webhook_secret is not None:
        return settings.webhook_secret.get_secret_value()
    return hashlib.sha256(b"vagvisare-webhook:" + token.encode()).hexdigest()


class StorageHealth:
    """Which stores answer, asked at most once per ``cache_s`` seconds.

    :meth:`failing` probes every store at once (``SELECT 1``, ``PING``: ``probes``), each
    bounded by ``timeout_s`` seconds, and keeps the answer for ``cache_s`` seconds after
    the probe ended; callers that come while a probe runs wait for that probe. A store
    that stops or starts answering is logged once (its name and the error class).
    """

    def __init__(
        self,
        probes: Sequence[StoreProbe],
        *,
        timeout_s: float = HEALTH_PROBE_TIMEOUT_S,
        cache_s: float = HEALTH_CACHE_S,
    ) -> None:
        self._probes = list(probes)
        self.timeout_s = timeout_s
        self.cache_s = cache_s
        self._failing: list[str] | None = None
        self._probed_at = 0.0
        self._probing: asyncio.Task[list[str]] | None = None

    async def failing(self) -> list[str]:
        """The names of the stores that did not answer (``database``, ``redis``), in the
        order of ``probes``; empty when all did."""
        now = asyncio.get_running_loop().time()
        if self._failing is not None and now - self._probed_at < self.cache_s:
            return list(self._failing)
        if self._probing is None:
            self._probing = asyncio.create_task(self._probe())
        return list(await asyncio.shield(self._probing))

    async def close(self) -> None:
        """Stop a probe that still runs (at shutdown)."""
        if self._probing is not None:
            self._probing.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._probing

    async def _probe(self) -> list[str]:
        try:
            answers = await asyncio.gather(*(self._answers(probe) for probe in self._probes))
            failing = [
                probe.name for probe, ok in zip(self._probes, answers, strict=True) if not ok
            ]
            self._failing, self._probed_at = failing, asyncio.get_running_loop().time()
            return failing
        finally:
            self._probing = None

    async def _answers(self, probe: StoreProbe) -> bool:
        was_failing = self._failing is not None and probe.name in self._failing
        try:
            async with asyncio.timeout(self.timeout_s):
                await probe.ping()
        except Exception as error:
            if not was_failing:
                log.error(
                    "storage not answering",
                    extra={"store": probe.name, "error": storage_error_class(error)},
                )
            return False
        if was_failing:
            log.info("storage answering again", extra={"store": probe.name})
        return True


async def healthz(request: web.Request) -> web.Response:
    """``GET /healthz``: 200 ``{"status": "ok"}``, 503 ``{"status": "degraded", "failing":
    [...]}`` or, while draining, 503 ``{"status": "shutting down"}`` (module docstring)."""
    if not request.app[RECEIVER].in_flight.accepting:
        return web.json_response({"status": "shutting down"}, status=503)
    failing = await request.app[STORAGE_HEALTH].failing()
    if failing:
        return web.json_response({"status": "degraded", "failing": failing}, status=503)
    return web.json_response({"status": "ok"})


class UpdateReceiver(SimpleRequestHandler):
    """Answers Telegram at once and handles each update in a task it can drain.

    ``data`` (for example ``processed_updates``) reaches the middlewares and handlers.
    """

    def __init__(
        self,
        dispatcher: Dispatcher,
        bot: Bot,
        secret_token: str,
        *,
        drain_s: float = DRAIN_TIMEOUT_S,
        **data: Any,
    ) -> None:
        super().__init__(dispatcher=dispatcher, bot=bot, secret_token=secret_token, **data)
        self.in_flight = InFlight()
        self._drain_s = drain_s

    async def handle(self, request: web.Request) -> web.Response:
        """The webhook endpoint (see the table in the module docstring)."""
        if not self.in_flight.accepting:
            return web.Response(status=503, text="shutting down")
        bot = await self.resolve_bot(request)
        if not self.verify_secret(request.headers.get(SECRET_HEADER, ""), bot):
            return web.Response(status=401, text="Unauthorized")
        try:  # reading a body over client_max_size raises HTTPRequestEntityTooLarge: 413
            body = await request.json(loads=bot.session.json_loads)
        except (ValueError, RecursionError):  # RecursionError: nested deeper than json reads
            log.warning("webhook body is not JSON")
            return web.Response(status=400, text="not JSON")
        try:
            update = Update.model_validate(body, context={"bot": bot})
        except ValidationError as error:
            log.warning("webhook body is not an Update", extra={"error": type(error).__name__})
            return web.json_response({})
        if not update_id_in_range(update.update_id):  # the de-duplication could not store it
            log.warning("webhook update dropped: update_id out of range")
            return web.json_response({})
        self.in_flight.spawn(feed(self.dispatcher, bot, update, **self.data))
        return web.json_response({})

    async def close(self) -> None:
        """At shutdown (after the server stopped listening): drain, then close the session."""
        await self.in_flight.drain(self._drain_s)
        await super().close()


RECEIVER = web.AppKey("receiver", UpdateReceiver)
STORAGE_HEALTH = web.AppKey("storage_health", StorageHealth)


@dataclass
class TelegramSetUp:
    """The background task of :func:`set_up_telegram`, started once the server listens."""

    task: asyncio.Task[None] | None = None

    async def wait(self) -> None:
        """Until the webhook and the menus are set; raises what the task raised."""
        if self.task is None:
            raise RuntimeError("the server has not started")
        await asyncio.shield(self.task)

    async def cancel(self) -> None:
        """Stop it if it still runs; a failure is marked as seen (run_webhook reports it)."""
        if self.task is None:
            return
        self.task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await self.task


TELEGRAM_SET_UP = web.AppKey("telegram_set_up", TelegramSetUp)


def build_web_app(app: App, bot: Bot, secret: str) -> web.Application:
    """The aiohttp application: the webhook path and ``/healthz``."""
    web_app = web.Application(client_max_size=MAX_BODY_BYTES)
    web_app.router.add_get("/healthz", healthz)
    health = web_app[STORAGE_HEALTH] = StorageHealth(app.storage_probes(), cache_s=HEALTH_CACHE_S)
    web_app.on_cleanup.append(lambda _web_app: health.close())
    receiver = UpdateReceiver(
        app.dispatcher, bot, secret, processed_updates=app.processed_updates()
    )
    receiver.register(web_app, path=app.settings.webhook_path, name=WEBHOOK_ROUTE)
    web_app[RECEIVER] = receiver
    setup_application(web_app, app.dispatcher, bot=bot)
    return web_app


async def start_webhook_server(
    app: App, bot: Bot, secret: str, *, reuse_port: bool = False
) -> tuple[web.AppRunner, int]:
    """Start serving; returns the runner (call ``cleanup()`` to stop) and the bound port.

    ``reuse_port`` binds with ``SO_REUSEPORT`` so several workers share the port
    (:mod:`bot.modes.workers`).

    Once the port is bound, :func:`set_up_telegram` runs in the background:
    ``await runner.app[TELEGRAM_SET_UP].wait()`` waits for it (and raises
    :class:`StartFailed` when Telegram refused the webhook); ``cleanup()`` cancels it if it
    still runs. Raises :class:`ConfigurationError` when the port cannot be bound.
    """
    settings = app.settings
    web_app = build_web_app(app, bot, secret)
    set_up = web_app[TELEGRAM_SET_UP] = TelegramSetUp()
    web_app.on_shutdown.insert(0, _cancel_set_up)  # before the receiver closes the session
    runner = web.AppRunner(
        web_app,
        handle_signals=False,
        access_log_class=AccessLog,
        access_log=logging.getLogger(ACCESS_LOGGER),
    )
    await runner.setup()
    site = web.TCPSite(runner, settings.webhook_host, settings.webhook_port, reuse_port=reuse_port)
    try:
        await site.start()
    except OSError as error:  # the port is taken, the host is not this machine's …
        await runner.cleanup()
        raise ConfigurationError(
            f"cannot listen on WEBHOOK_HOST:WEBHOOK_PORT {settings.webhook_host}:"
            f"{settings.webhook_port}: {error.strerror or type(error).__name__}"
        ) from None
    port = int(runner.addresses[0][1])
    log.info("webhook server listening", extra={"port": port})
    set_up.task = asyncio.create_task(set_up_telegram(app, bot, secret))
    return runner, port


async def _cancel_set_up(web_app: web.Application) -> None:
    await web_app[TELEGRAM_SET_UP].cancel()


async def set_up_telegram(
    app: App, bot: Bot, secret: str, *, max_pause: float = MAX_PAUSE_S
) -> None:
    """Set the webhook, when ``WEBHOOK_BASE_URL`` is configured (else check the token with
    ``getMe``: the webhook is set elsewhere), then the command menus.

    ``setWebhook`` (with ``secret`` and the update types the routers use) or ``getMe`` is
    retried after
    1, 2, 4 … up to ``max_pause`` seconds for as long as the Bot API cannot be reached
    (network error, 5xx, 429). Raises :class:`StartFailed` when Telegram refuses it
    (``__cause__``: the error), also when an answer to it or to the menus is not JSON
    (``ClientDecodeError``); the menus raise nothing else (bot/menus.py).
    """
    settings = app.settings
    if settings.webhook_base_url:
        url = settings.webhook_base_url.rstrip("/") + settings.webhook_path
        allowed = app.dispatcher.resolve_used_update_types()
        await _until_answered(
            lambda: bot.set_webhook(url, secret_token=secret, allowed_updates=allowed),
            max_pause,
            waiting="webhook not set yet: bot api not reachable",
        )
        log.info("webhook set")
    else:  # the webhook is set elsewhere: still, a token Telegram refuses stops the server
        await _until_answered(
            bot.get_me,
            max_pause,
            waiting="token not checked yet: bot api not reachable",
        )
    try:
        await set_command_menus(bot, settings)
    except AiogramError as error:  # ClientDecodeError: the answer is not JSON
        # not logged: run_webhook stops with the one clear line (_refusal)
        raise StartFailed(error_class(error), refused=True) from error


async def _until_answered(
    call: Callable[[], Awaitable[object]], max_pause: float, *, waiting: str
) -> None:
    """``call()`` retried after 1, 2, 4 … up to ``max_pause`` seconds while the Bot API
    cannot be reached (network error, 5xx, 429). Raises :class:`StartFailed` (``__cause__``:
    the error) when Telegram answers with a refusal or something that is not JSON."""
    failures = 0
    while True:
        try:
            await call()
            return
        except (TelegramNetworkError, TelegramServerError, TelegramRetryAfter) as error:
            failures += 1
            pause = backoff_pause(failures, max_pause)
            log.warning(
                waiting,
                extra={"error": error_class(error), "wait_s": pause},
            )
            await asyncio.sleep(pause)
        except AiogramError as error:
            # Not logged: run_webhook stops with one clear line for it (_refusal); an ERROR
            # record before it ("token refused" for a web page that is not the Bot API)
            # said less, and sometimes the wrong thing.
            raise StartFailed(error_class(error), refused=True) from error


async def run_webhook(
    app: App, token: str, api_base: str | None = None, *, reuse_port: bool = False
) -> int:
    """Serve until SIGINT/SIGTERM; returns the exit code.

    Raises :class:`ConfigurationError` when Telegram refuses the token or the webhook URL,
    :class:`ServiceUnreachable` for another refusal (:func:`set_up_telegram`); the server
    stops first. Neither message holds the token.
    """
    session = AiohttpSession(api=TelegramAPIServer.from_base(api_base)) if api_base else None
    bot = create_bot(token, session=session)
    secret = webhook_secret(app.settings, token)
    runner, _port = await start_webhook_server(app, bot, secret, reuse_port=reuse_port)
    settle_heap()  # the start-up heap out of the garbage collector's way (bot/app.py)
    set_up = runner.app[TELEGRAM_SET_UP].task
    try:
        await _wait_for_signal(set_up)
    finally:
        await runner.cleanup()
        await bot.session.close()
    if set_up is not None and set_up.done() and not set_up.cancelled():
        failure = set_up.exception()
        if isinstance(failure, StartFailed):
            raise _refusal(failure, shown_base(api_base))
        if failure is not None:
            raise failure
    return 0


def _refusal(failed: StartFailed, base: str) -> Exception:
    cause = failed.__cause__
    if isinstance(cause, ClientDecodeError):
        return not_json(base)
    if isinstance(cause, TelegramUnauthorizedError):
        return ConfigurationError(
            f"BOT_TOKEN was refused by the Telegram Bot API at {base} (401 Unauthorized)"
        )
    if isinstance(cause, TelegramBadRequest):  # Telegram's own words: no token in them
        return ConfigurationError(
            f"the Telegram Bot API at {base} refused the webhook URL ({cause.message}); "
            "check WEBHOOK_BASE_URL and WEBHOOK_PATH"
        )
    return ServiceUnreachable(f"the Telegram Bot API at {base} refused setWebhook: {failed}")


async def _wait_for_signal(set_up: asyncio.Task[None] | None) -> None:
    """Until SIGINT/SIGTERM, or until ``set_up`` fails."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)

    def failed(task: asyncio.Task[None]) -> None:
        if not task.cancelled() and task.exception() is not None:
            stop.set()

    if set_up is not None:
        set_up.add_done_callback(failed)
    try:
        await stop.wait()
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)


async def _run(args: argparse.Namespace, settings: Settings) -> int:
    token = require_token(settings)
    if args.workers != 1:  # the supervisor: several workers (bot.modes.workers)
        return await supervise(
            settings, args.workers, args.api_base, start_timeout=args.start_timeout
        )
    if args.worker_index:  # only worker 0 calls setWebhook (an empty WEBHOOK_BASE_URL in the
        # worker's environment would be unset, so a .env value would fill it: bot/config.py)
        settings = settings.model_copy(update={"webhook_base_url": None})
    await check_storage_at_start(settings, args.start_timeout)
    worker = args.worker_index is not None  # started by the supervisor: share the port
    return await with_app(
        settings, lambda app: run_webhook(app, token, args.api_base, reuse_port=worker)
    )


COMMAND = CliCommand("webhook", "serve Telegram webhooks (aiohttp)", add_webhook_arguments, _run)
