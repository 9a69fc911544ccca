"""``python -m bot webhook``: an aiohttp server that Telegram posts updates to.

The webhook is set with a secret token; requests without the right
``X-Telegram-Bot-Api-Secret-Token`` header are answered 401 (Bot API ``setWebhook``).
``GET /healthz`` answers 200 while the process runs.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import logging
import signal

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web

from bot.app import App, create_bot
from bot.commands import CliCommand, with_app
from bot.config import Settings
from bot.modes.polling import add_api_base, require_token

log = logging.getLogger("vagvisare.webhook")

MAX_BODY_BYTES = 1024 * 1024  # an Update is far smaller; larger bodies are refused (413)


def webhook_secret(settings: Settings, token: str) -> str:
    """The configured secret, else one derived from the token (same in every worker)."""
    if settings.webhook_secret is not None:
        return settings.webhook_secret.get_secret_value()
    return hashlib.sha256(b"vagvisare-webhook:" + token.encode()).hexdigest()


async def healthz(_request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


def build_web_app(app: App, bot: Bot, secret: str) -> web.Application:
    """The aiohttp application: the webhook path and ``/healthz``."""
    web_app = web.Application(client_max_size=MAX_BODY_BYTES)
    web_app.router.add_get("/healthz", healthz)
    SimpleRequestHandler(dispatcher=app.dispatcher, bot=bot, secret_token=secret).register(
        web_app, path=app.settings.webhook_path
    )
    setup_application(web_app, app.dispatcher, bot=bot)
    return web_app


async def start_webhook_server(app: App, bot: Bot, secret: str) -> tuple[web.AppRunner, int]:
    """Start serving; returns the runner (call ``cleanup()`` to stop) and the bound port.

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
    runner = web.AppRunner(build_web_app(app, bot, secret), handle_signals=False)
    await runner.setup()
    site = web.TCPSite(runner, settings.webhook_host, settings.webhook_port)
    await site.start()
    port = int(runner.addresses[0][1])
    log.info("webhook server listening", extra={"port": port})
    return runner, port


async def run_webhook(app: App, token: str, api_base: str | None = None) -> int:
    """Serve until SIGINT/SIGTERM; returns the exit code."""
    session = AiohttpSession(api=TelegramAPIServer.from_base(api_base)) if api_base else None
    bot = create_bot(token, session=session)
    runner, _port = await start_webhook_server(app, bot, webhook_secret(app.settings, token))
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
    return await with_app(settings, lambda app: run_webhook(app, token, args.api_base))


COMMAND = CliCommand("webhook", "serve Telegram webhooks (aiohttp)", add_api_base, _run)
