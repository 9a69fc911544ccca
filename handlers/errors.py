"""One error handler: log the exception class and a correlation id, answer politely.

Logs never contain message text or raw ids (non-negotiable 1).
"""

from __future__ import annotations

import logging
import uuid

from aiogram import Router
from aiogram.types import ErrorEvent
from aiogram.utils.i18n import gettext as _

log = logging.getLogger("vagvisare.errors")

router = Router(name="errors")


@router.errors()
async def on_error(event: ErrorEvent) -> bool:
    """Log ``type(exception)`` with a correlation id; tell the user to try again."""
    correlation_id = uuid.uuid4().hex[:12]
    log.error(
        "update failed",
        extra={"error": type(event.exception).__name__, "correlation_id": correlation_id},
    )
    update = event.update
    chat = None
    if update.message is not None:
        chat = update.message.chat
    elif update.callback_query is not None and update.callback_query.message is not None:
        chat = update.callback_query.message.chat
    if chat is not None and chat.type == "private" and update.bot is not None:
        try:
            await update.bot.send_message(
                chat.id,
                _("Sorry, something went wrong on our side. Please try again or type /start.")
                + f"\n<code>{correlation_id}</code>",
            )
        except Exception as error:  # the answer is a courtesy; never let it raise again
            log.warning("could not tell the user", extra={"error": type(error).__name__})
    return True
