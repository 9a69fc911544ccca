"""Outer middleware: who is asking (as a pseudonym) and in which language to answer."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import Chat, TelegramObject, User
from aiogram.utils.i18n import I18n

from bot.core.locale import negotiate_locale
from bot.core.pseudonym import Pseudonymizer
from storage.memory import MemoryRepository

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


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
            pseudonym = self._pseudonymizer.of(user.id)
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
