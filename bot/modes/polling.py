"""``python -m bot run``: long polling with ``BOT_TOKEN``."""

from __future__ import annotations

import argparse
import logging

from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer

from bot.app import App, create_bot
from bot.commands import CliCommand, ConfigurationError, with_app
from bot.config import Settings

log = logging.getLogger("vagvisare.polling")


async def run_polling(app: App, token: str, api_base: str | None = None) -> int:
    """Poll until SIGINT/SIGTERM; returns the exit code.

    ``api_base`` points the bot at another Bot API server (a local one, or a test fake).
    """
    session = AiohttpSession(api=TelegramAPIServer.from_base(api_base)) if api_base else None
    bot = create_bot(token, session=session)
    dispatcher = app.dispatcher
    try:
        await bot.delete_webhook(drop_pending_updates=False)
        log.info("polling started")
        await dispatcher.start_polling(
            bot,
            handle_signals=True,
            close_bot_session=True,
            allowed_updates=dispatcher.resolve_used_update_types(),
        )
    finally:
        await bot.session.close()
    log.info("polling stopped")
    return 0


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
