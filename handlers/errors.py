"""One error handler: log the exception class and a correlation id, answer politely.

Logs never contain message text or raw ids (non-negotiable 1): the record carries the
exception class, the update type, a correlation id and, in a private chat, the first
characters of the pseudonym (a keyed hash), so repeated failures for one person can be
told apart from many people failing once. The answer is in the user's language when the
failure happened after the locale was known, and it shows the correlation id so that a
report can be matched to the log line.

A chat that refuses the bot (403: blocked, or kicked from a group) gets no answer: the
update stops there, and nothing is retried (bot/faults.py).
"""

from __future__ import annotations

import logging
import uuid

from aiogram import Router
from aiogram.exceptions import TelegramForbiddenError
from aiogram.types import Chat, ErrorEvent, Update
from aiogram.types.update import UpdateTypeLookupError
from aiogram.utils.i18n import I18n
from aiogram.utils.i18n import gettext as _

log = logging.getLogger("vagvisare.errors")

router = Router(name="errors")


def _private_chat(update: Update) -> Chat | None:
    chat = None
    message = update.message or update.edited_message
    if message is not None:
        chat = message.chat
    elif update.callback_query is not None and update.callback_query.message is not None:
        chat = update.callback_query.message.chat
    return chat if chat is not None and chat.type == "private" else None


def _update_type(update: Update) -> str:
    try:
        return update.event_type
    except UpdateTypeLookupError:
        return "unknown"


@router.errors()
async def on_error(
    event: ErrorEvent,
    i18n: I18n | None = None,
    locale: str | None = None,
    pseudonym: str | None = None,
) -> bool:
    """Log ``type(exception)`` with a correlation id; tell the user to try again."""
    correlation_id = uuid.uuid4().hex[:12]
    facts = {
        "error": type(event.exception).__name__,
        "correlation_id": correlation_id,
        "update_type": _update_type(event.update),
    }
    if pseudonym is not None:
        facts["user"] = pseudonym[:12]
    if isinstance(event.exception, TelegramForbiddenError):
        log.info("chat refuses the bot; update dropped", extra=facts)
        return True
    log.error("update failed", extra=facts)
    chat = _private_chat(event.update)
    if chat is None or event.update.bot is None:
        return True
    if i18n is not None:
        with i18n.context(), i18n.use_locale(locale or i18n.default_locale):
            text = _("Sorry, something went wrong on our side. Please try again or type /start.")
    else:
        text = "Sorry, something went wrong on our side. Please try again or type /start."
    try:
        await event.update.bot.send_message(chat.id, f"{text}\n<code>{correlation_id}</code>")
    except Exception as error:  # the answer is a courtesy; it must never raise again
        log.warning("could not tell the user", extra={"error": type(error).__name__})
    return True
