"""``python -m bot webhook``: an aiohttp server that Telegram posts updates to.

The webhook is set with a secret token; requests without the right
``X-Telegram-Bot-Api-Secret-Token`` header are answered 401 (Bot API ``setWebhook``).
``GET /healthz`` answers 200 while the process runs.

What Telegram posts is answered at once and handled in the background
(:class:`UpdateReceiver`):

| request | answer |
|---|---|
| body over :data:`MAX_BODY_BYTES` | 413, nothing read further |
| body that is not JSON | 400 |
| JSON that is not an Update | 200 and dropped (sending it again would not help) |
| an Update whose ``update_id`` is out of range (not 0 to 2**63 - 1) | 200 and dropped |
| an Update | 200; handled once per ``update_id`` (handlers/dedup.py) |
| anything while shutting down | 503, so Telegram delivers it again later |

On SIGTERM the server stops listening, the updates in flight finish (bot/modes/drain.py),
and only then are the bot session and the database closed.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import logging
import signal
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import Update
from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web
from pydantic import ValidationError

from bot.app import App, create_bot, settle_heap
from bot.commands import CliCommand, with_app
from bot.config import Settings
from bot.menus import set_command_menus
from bot.modes.drain import DRAIN_TIMEOUT_S, InFlight, feed, update_id_in_range
from bot.modes.polling import require_token
from bot.modes.workers import add_webhook_arguments, supervise
from storage.dedup import ProcessedUpdates

log = logging.getLogger("vagvisare.webhook")

MAX_BODY_BYTES = 1024 * 1024  # an Update is far smaller; larger bodies are refused (413)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header name, not a secret


def webhook_secret(settings: Settings, token: str) -> str:
    """The configured secret, else one derived from the token (same in every worker)."""
    if settings.webhook_secret is not None:
        return settings.webhook_secret.get_secret_value()
    return hashlib.sha256(b"vagvisare-webhook:" + token.encode()).hexdigest()


async def healthz(_request: web.Request) -> web.Response:
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
        except ValueError:
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


def build_web_app(app: App, bot: Bot, secret: str) -> web.Application:
    """The aiohttp application: the webhook path and ``/healthz``."""
    web_app = web.Application(client_max_size=MAX_BODY_BYTES)
    web_app.router.add_get("/healthz", healthz)
    receiver = UpdateReceiver(
        app.dispatcher, bot, secret, processed_updates=ProcessedUpdates(app.engine)
    )
    receiver.register(web_app, path=app.settings.webhook_path)
    web_app[RECEIVER] = receiver
    setup_application(web_app, app.dispatcher, bot=bot)
    return web_app


async def start_webhook_server(
    app: App, bot: Bot, secret: str, *, reuse_port: bool = False
) -> tuple[web.AppRunner, int]:
    """Start serving; returns the runner (call ``cleanup()`` to stop) and the bound port.

    ``reuse_port`` binds with ``SO_REUSEPORT`` so several workers share the port
    (:mod:`bot.modes.workers`).

    On start-up the webhook is set (with ``secret`` and the update types the routers
    use) when ``WEBHOOK_BASE_URL`` is configured.
    """
    settings = app.settings

    async def set_webhook(bot: Bot) -> None:
        if settings.webhook_base_url:
            await bot.set_webhook(
                settings.webhook_base_url.rstrip("/") + settings.webhook_path,
                secret_token=secret,
                allowed_updates=app.dispatcher.resolve_used_update_types(),
            )
            log.info("webhook set")

    app.dispatcher.startup.register(set_webhook)
    app.dispatcher.startup.register(set_command_menus)  # per-language command menus
    runner = web.AppRunner(build_web_app(app, bot, secret), handle_signals=False)
    await runner.setup()
    site = web.TCPSite(runner, settings.webhook_host, settings.webhook_port, reuse_port=reuse_port)
    await site.start()
    port = int(runner.addresses[0][1])
    log.info("webhook server listening", extra={"port": port})
    return runner, port


async def run_webhook(
    app: App, token: str, api_base: str | None = None, *, reuse_port: bool = False
) -> int:
    """Serve until SIGINT/SIGTERM; returns the exit code."""
    session = AiohttpSession(api=TelegramAPIServer.from_base(api_base)) if api_base else None
    bot = create_bot(token, session=session)
    secret = webhook_secret(app.settings, token)
    runner, _port = await start_webhook_server(app, bot, secret, reuse_port=reuse_port)
    settle_heap()  # the start-up heap out of the garbage collector's way (bot/app.py)
    try:
        await _wait_for_signal()
    finally:
        await runner.cleanup()
        await bot.session.close()
    return 0


async def _wait_for_signal() -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()


async def _run(args: argparse.Namespace, settings: Settings) -> int:
    token = require_token(settings)
    if args.workers != 1:  # the supervisor: several workers (bot.modes.workers)
        return await supervise(settings, args.workers, args.api_base)
    worker = args.worker_index is not None  # started by the supervisor: share the port
    return await with_app(
        settings, lambda app: run_webhook(app, token, args.api_base, reuse_port=worker)
    )


COMMAND = CliCommand("webhook", "serve Telegram webhooks (aiohttp)", add_webhook_arguments, _run)
