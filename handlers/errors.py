"""One error handler: log the exception class and a correlation id, answer politely.

Logs never contain message text or raw ids (non-negotiable 1): the record carries the
exception class, the update type, a correlation id and, in a private chat, the first
characters of the pseudonym (a keyed hash), so repeated failures for one person can be
told apart from many people failing once. The answer is in the user's language when the
failure happened after the locale was known, and it shows the correlation id so that a
report can be matched to the log line.

A chat that refuses the bot (403: blocked, or kicked from a group) gets no answer: the
update stops there, and nothing is retried (bot/faults.py).

Safety first holds on this path too: when the failed update is a private message with
danger words (the storage is down, say: a locked SQLite file, Redis unreachable), the
answer is the emergency card for a reader not known yet, built from the directory alone,
instead of "something went wrong" (docs/robustness.md, "When storage fails"). If the
card already reached the user before the failure, it is not sent twice.
"""

from __future__ import annotations

import logging
import uuid
from contextvars import ContextVar

from aiogram import Router
from aiogram.exceptions import TelegramForbiddenError
from aiogram.types import Chat, ErrorEvent, Update
from aiogram.types.update import UpdateTypeLookupError
from aiogram.utils.i18n import I18n
from aiogram.utils.i18n import gettext as _

from bot.core.clock import Clock, system_clock
from bot.core.danger import DangerDetector, DangerMatch
from bot.core.directory import Directory
from bot.core.emergency import card_locale, emergency_services
from bot.core.locale import negotiate_locale
from handlers.cards import emergency_message
from handlers.filters import danger_in

log = logging.getLogger("vagvisare.errors")

router = Router(name="errors")

# Set when this update's emergency card has reached the user (a task's context lives as
# long as its update), so that the error path does not show it a second time.
_card_sent: ContextVar[bool] = ContextVar("vagvisare_emergency_card_sent", default=False)


def mark_emergency_card_sent() -> None:
    """Note that the running update's emergency card has been delivered."""
    _card_sent.set(True)


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
    danger: DangerDetector | None = None,
    directory: Directory | None = None,
    clock: Clock | None = None,
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
    match = _danger(event.update, danger)
    if match is not None and directory is not None and i18n is not None:
        if _card_sent.get():
            return True
        card_locale = _card_locale(event.update, match, locale, i18n)
        now = (clock or system_clock)()
        with i18n.context(), i18n.use_locale(card_locale):
            card = emergency_message(emergency_services(directory, now.date()), now, card_locale)
        try:
            await event.update.bot.send_message(chat.id, card)
            log.warning("emergency card shown without state", extra=facts)
            return True
        except Exception as error:  # then at least the plain answer below, with 112 in it
            log.warning("emergency card not sent", extra={"error": type(error).__name__})
    if i18n is not None:
        with i18n.context(), i18n.use_locale(locale or _telegram_locale(event.update, i18n)):
            text = _("Sorry, something went wrong on our side. Please try again or type /start.")
    else:
        text = "Sorry, something went wrong on our side. Please try again or type /start."
    try:
        await event.update.bot.send_message(chat.id, f"{text}\n<code>{correlation_id}</code>")
    except Exception as error:  # the answer is a courtesy; it must never raise again
        log.warning("could not tell the user", extra={"error": type(error).__name__})
    return True


def _danger(update: Update, danger: DangerDetector | None) -> DangerMatch | None:
    """The danger words in a failed message's text or caption, if any."""
    message = update.message or update.edited_message
    if danger is None or message is None:
        return None
    try:
        return danger_in(message, danger)
    except Exception:  # the detector must not turn one failure into two
        return None


def _card_locale(update: Update, match: DangerMatch, locale: str | None, i18n: I18n) -> str:
    """:func:`bot.core.emergency.card_locale`, for an update that may have failed before
    its locale was known (then Telegram's language, or the default)."""
    user = update.event.from_user if hasattr(update.event, "from_user") else None
    return card_locale(
        locale or _telegram_locale(update, i18n),
        locale_chosen=locale is not None,
        language_code=user.language_code if user is not None else None,
        match=match,
        available=i18n.available_locales,
    )


def _telegram_locale(update: Update, i18n: I18n) -> str:
    """The catalogue that fits the sender's Telegram language, else the default locale."""
    user = update.event.from_user if hasattr(update.event, "from_user") else None
    language_code = user.language_code if user is not None else None
    return negotiate_locale(language_code, i18n.available_locales, i18n.default_locale)
