"""The message trail: ids of this conversation's messages, for quick exit.

Rule: docs/conversation.md, "Quick exit".

Quick exit deletes every message of the conversation that the bot may delete: its own
and the user's, in the private chat. Their ids are kept in the conversation's FSM data
(key ``trail``) and nowhere else; they are numbers that only mean something inside that
one chat, and they go with ``/forget``, quick exit and the inactivity purge.

Two pieces record them, so that no handler has to remember to:

- the update pipeline (:mod:`handlers.middlewares`, on every update) notes the user's
  message with :func:`begin_trail`, makes the :class:`Trail` of this update available to
  handlers as ``trail``, and after the handler stores the new ids next to the earlier ones
  with :func:`keep_trail` (even when the handler replaced the data);
- :class:`SentMessages` (a Bot session middleware) notes every message the bot sends or
  edits while a trail is active (a context variable, so concurrent updates don't mix).

A handler that ends the conversation (quick exit, ``/forget``) calls :meth:`Trail.end`,
and nothing is written back.
"""

from __future__ import annotations

from contextvars import ContextVar, Token
from dataclasses import dataclass, field
from typing import Any

from aiogram import Bot
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.fsm.context import FSMContext
from aiogram.methods import Response, TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import Chat, Message, TelegramObject, Update

TRAIL_KEY = "trail"
MAX_TRAIL = 300  # newest ids kept; Telegram deletes only messages under 48 hours old anyway

_current: ContextVar[Trail | None] = ContextVar("vagvisare_trail", default=None)


@dataclass
class Trail:
    """Message ids of one private chat's conversation, as seen while handling one update."""

    chat_id: int
    earlier: list[int] = field(default_factory=list)
    recorded: list[int] = field(default_factory=list)
    ended: bool = False

    def add(self, message_id: int) -> None:
        if message_id not in self.recorded:
            self.recorded.append(message_id)

    def ids(self, data: dict[str, Any]) -> list[int]:
        """Every tracked id: earlier updates, ``data`` (the FSM data now), this update."""
        merged = [*self.earlier, *stored_ids(data), *self.recorded]
        return list(dict.fromkeys(merged))[-MAX_TRAIL:]

    def end(self) -> None:
        """The conversation is over (quick exit, /forget): record nothing more."""
        self.ended = True


def stored_ids(data: dict[str, Any]) -> list[int]:
    """The message ids kept in FSM ``data`` (anything malformed is ignored)."""
    stored = data.get(TRAIL_KEY)
    return [i for i in stored if isinstance(i, int)] if isinstance(stored, list) else []


class SentMessages(BaseRequestMiddleware):
    """Adds the id of every message the bot sends or edits to the active :class:`Trail`."""

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        result = await make_request(bot, method)
        trail = _current.get()
        if trail is not None and isinstance(result, Message) and result.chat.id == trail.chat_id:
            trail.add(result.message_id)
        return result


def install_sent_messages(bot: Bot) -> None:
    """Put :class:`SentMessages` on ``bot``'s session, once."""
    if not any(isinstance(m, SentMessages) for m in bot.session.middleware):
        bot.session.middleware(SentMessages())


async def begin_trail(
    state: FSMContext | None, chat: Chat | None, event: TelegramObject
) -> Trail | None:
    """The :class:`Trail` of a private chat's update (``None`` elsewhere), with the ids the
    conversation has kept so far and the user's message."""
    if state is None or chat is None or chat.type != "private":
        return None
    trail = Trail(chat.id, earlier=stored_ids(await state.get_data()))
    if isinstance(event, Update) and event.message is not None:
        trail.add(event.message.message_id)
    return trail


def activate(trail: Trail) -> Token[Trail | None]:
    """Make ``trail`` the one :class:`SentMessages` adds to, in this task's context."""
    return _current.set(trail)


def deactivate(token: Token[Trail | None]) -> None:
    _current.reset(token)


async def keep_trail(trail: Trail, state: FSMContext) -> None:
    """After the update: store the ids recorded next to the earlier ones (even when the
    handler replaced the data), unless the conversation ended or nothing was recorded."""
    if trail.ended or not trail.recorded:
        return
    data = await state.get_data()
    ids = trail.ids(data)
    if ids != stored_ids(data):  # an edit of a known message adds nothing
        data[TRAIL_KEY] = ids  # get_data gave a copy: update_data, read once
        await state.set_data(data)
