"""Feeds updates through the dispatcher against the offline Bot API stand-in.

Shared by the ``chat`` and ``replay`` modes: both use the real dispatcher and the same
storage as ``run``; only the Bot API is local.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from itertools import count
from typing import Any

from aiogram import Bot
from aiogram.types import Update

from bot.app import OFFLINE_TOKEN, App, create_bot
from bot.commands import with_app
from bot.config import Settings
from bot.modes.drain import update_id_in_range
from bot.modes.polling import check_storage_at_start
from bot.offline import ApiCall, OfflineSession

OFFLINE_STORE_WAIT_S = 0.0
"""``chat`` and ``replay`` try each store once at start (each try at most
:data:`bot.modes.polling.STORE_TRY_S`) and do not wait for one that does not answer: a
person at a terminal or a script is told at once (``run`` and ``webhook`` wait
``--start-timeout`` seconds, for a service that starts beside them)."""


def _is_update_type(key: str, value: Any) -> bool:
    """Whether ``key: value`` can be what happened: every Bot API update type (``message``,
    ``callback_query`` … and those newer than aiogram, which are fed and ignored as in
    ``run``) is an object. ``{"foo": 1}`` names no update type."""
    return key != "update_id" and isinstance(value, dict)


class InvalidUpdate(ValueError):
    """Not an Update this bot could take; the message is fixed text, never the input."""


@dataclass
class OfflineDriver:
    """Owns a :class:`Bot` on an :class:`OfflineSession` and feeds it updates."""

    app: App
    session: OfflineSession = field(default_factory=OfflineSession)
    _update_ids: Iterator[int] = field(default_factory=lambda: count(1))

    def __post_init__(self) -> None:
        self.bot: Bot = create_bot(OFFLINE_TOKEN, session=self.session)

    async def feed(self, update: dict[str, Any], **data: Any) -> list[ApiCall]:
        """Feed one Update (JSON object); returns the Bot API calls it caused, in order.

        ``data`` goes to the middlewares and handlers with the update (for example
        ``processed_updates``). Raises :class:`pydantic.ValidationError` when ``update``
        is not an Update, :class:`InvalidUpdate` when it names no update type (no field
        but ``update_id`` holds an object: ``{}``, ``{"foo": 1}``) or its
        ``update_id`` is out of range (:func:`bot.modes.drain.update_id_in_range`).
        """
        if not any(_is_update_type(key, value) for key, value in update.items()):
            raise InvalidUpdate("no update type")  # `{}`, `{"foo": 1}`: nothing happened
        update.setdefault("update_id", next(self._update_ids))
        parsed = Update.model_validate(update, context={"bot": self.bot})
        if not update_id_in_range(parsed.update_id):  # the de-duplication could not store it
            raise InvalidUpdate("update_id out of range")
        before = len(self.session.calls)
        await self.app.dispatcher.feed_update(self.bot, parsed, **data)
        return self.session.calls[before:]

    async def close(self) -> None:
        await self.bot.session.close()


def user_json(
    user_id: int, first_name: str, username: str | None, language_code: str | None
) -> dict[str, Any]:
    """A Telegram ``User`` object for a person."""
    user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
    if username:
        user["username"] = username
    if language_code:
        user["language_code"] = language_code
    return user


def text_update(user: dict[str, Any], message_id: int, text: str) -> dict[str, Any]:
    """An Update with a private text message from ``user``."""
    message: dict[str, Any] = {
        "message_id": message_id,
        "date": int(time.time()),
        "chat": {"id": user["id"], "type": "private", "first_name": user["first_name"]},
        "from": user,
        "text": text,
    }
    if text.startswith("/"):
        command = text.split(maxsplit=1)[0]
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
    return {"message": message}


def callback_update(
    user: dict[str, Any], query_id: str, message: dict[str, Any], data: str
) -> dict[str, Any]:
    """An Update with a button press on ``message`` (a stored bot message)."""
    return {
        "callback_query": {
            "id": query_id,
            "from": user,
            "chat_instance": "offline",
            "message": message,
            "data": data,
        }
    }


async def with_offline(settings: Settings, body: Callable[[OfflineDriver], Awaitable[int]]) -> int:
    """Create the app and an :class:`OfflineDriver`, run ``body``, close both.

    Before ``body`` takes any update, the storage must answer, as at the start of ``run``
    and ``webhook`` (:func:`bot.modes.polling.check_storage_at_start`: the database, then
    Redis when ``REDIS_URL`` is set), tried once (:data:`OFFLINE_STORE_WAIT_S`). Raises
    :class:`~bot.commands.ServiceUnreachable` (one line naming ``REDIS_URL``'s
    ``host:port``, never a password: exit code 1) instead of answering every message with
    "something went wrong". The check comes after the app was created, so that a resource
    file or setting that stops every mode still stops it first.
    """

    async def run(app: App) -> int:
        await check_storage_at_start(settings, OFFLINE_STORE_WAIT_S)
        driver = OfflineDriver(app)
        try:
            return await body(driver)
        finally:
            await driver.close()

    return await with_app(settings, run)
