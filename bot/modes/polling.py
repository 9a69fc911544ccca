"""``python -m bot run``: long polling with ``BOT_TOKEN``."""

from __future__ import annotations

import logging

from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer

from bot.app import App, create_bot

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
