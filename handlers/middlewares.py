"""Outer update middlewares of this project, and the order they run in.

:func:`install_middlewares` registers, after aiogram's own (errors, event context, FSM
with the per-user lock):

1. :class:`UnknownUpdateMiddleware` - update types this aiogram does not know are ignored;
2. :class:`~handlers.dedup.DedupMiddleware` - an ``update_id`` seen before is skipped;
3. :class:`UserContextMiddleware` - the pseudonym and the locale;
4. :class:`~handlers.throttling.ThrottlingMiddleware` - per-user flood limit.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware, Dispatcher
from aiogram.types import Chat, TelegramObject, Update, User
from aiogram.types.update import UpdateTypeLookupError
from aiogram.utils.i18n import I18n

from bot.config import Settings
from bot.core.clock import Clock
from bot.core.danger import DangerDetector
from bot.core.locale import negotiate_locale
from bot.core.pseudonym import Pseudonymizer
from handlers.dedup import DedupMiddleware
from handlers.repeats import RepeatGuard
from handlers.throttling import ThrottlingMiddleware, TokenBuckets
from storage.fsm import remembered_pseudonym
from storage.memory import MemoryRepository

log = logging.getLogger("vagvisare.updates")

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


def install_middlewares(
    dispatcher: Dispatcher,
    *,
    settings: Settings,
    i18n: I18n,
    memory: MemoryRepository,
    pseudonymizer: Pseudonymizer,
    clock: Clock,
    danger: DangerDetector,
) -> None:
    """Register the outer middlewares in the order of the module docstring, and put the
    ``repeats`` guard into the dispatcher's workflow data. ``danger`` is the detector the
    dispatcher also hands to the safety router, so flood control never holds it back.
    """
    buckets = TokenBuckets(settings.throttle_burst, settings.throttle_rate)
    dispatcher.update.outer_middleware(UnknownUpdateMiddleware())
    dispatcher.update.outer_middleware(DedupMiddleware(clock))
    dispatcher.update.outer_middleware(UserContextMiddleware(i18n, memory, pseudonymizer))
    dispatcher.update.outer_middleware(ThrottlingMiddleware(buckets, danger))
    dispatcher["repeats"] = RepeatGuard()


class UnknownUpdateMiddleware(BaseMiddleware):
    """An update type this aiogram does not know (a newer Bot API) is ignored on purpose.

    Without it aiogram warns with the whole update as JSON, user ids and text included.
    """

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        if isinstance(event, Update):
            try:
                _ = event.event_type
            except UpdateTypeLookupError:
                log.info("unknown update type ignored")
                return None
        return await handler(event, data)


class UserContextMiddleware(BaseMiddleware):
    """Puts ``pseudonym``, ``locale`` and ``locale_chosen`` into the handler data.

    The locale is the one the user chose (stored under the pseudonym), else Telegram's
    ``language_code`` negotiated against the catalogues, else the default. Nothing is
    looked up or stored for non-private chats.
    """

    def __init__(self, i18n: I18n, memory: MemoryRepository, pseudonymizer: Pseudonymizer) -> None:
        self._i18n = i18n
        self._memory = memory
        self._pseudonymizer = pseudonymizer

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        user: User | None = data.get("event_from_user")
        chat: Chat | None = data.get("event_chat")
        available = self._i18n.available_locales
        stored: str | None = None
        if user is not None and (chat is None or chat.type == "private"):
            # the FSM storage key's pseudonym in a private chat, which aiogram just used
            pseudonym = remembered_pseudonym(self._pseudonymizer, user.id, user.id)
            data["pseudonym"] = pseudonym
            record = await self._memory.get(pseudonym)
            if record is not None and record.locale in available:
                stored = record.locale
        language_code = user.language_code if user is not None else None
        locale = stored or negotiate_locale(language_code, available, self._i18n.default_locale)
        data["locale"] = locale
        data["locale_chosen"] = stored is not None
        data["i18n"] = self._i18n
        data["available_locales"] = list(available)
        with self._i18n.context(), self._i18n.use_locale(locale):
            return await handler(event, data)
