"""Filters that aiogram checks on the event loop, not in a worker thread.

aiogram awaits a filter only when it is a coroutine function or a
:class:`~aiogram.filters.Filter`; a plain ``def`` and a bare magic filter (``F.…``) are
run through ``asyncio.to_thread`` (``CallableObject.call`` in
``aiogram/dispatcher/event/handler.py``): a thread hop for every check, on every update
that reaches the router (docs/performance.md). Use these instead:

- :func:`private_chat` / :func:`pressed_in_private_chat`: the router-level "private
  chats only" checks (the same as ``F.chat.type == "private"`` and
  ``F.message.chat.type == "private"``);
- :class:`Magic`: any other magic filter, resolved the same way aiogram resolves it.

Commands are matched with :func:`command` and :func:`start_command`, not with aiogram's
``Command`` as it is: in any case (``/Start``, ``/EXIT``: phones capitalise the first
letter), and with or without this bot's username (``/start@VagvisareBot``); a command
addressed to another bot (``/start@OtherBot``) does not match and reaches the fallback
like any unknown command.
"""

from __future__ import annotations

from typing import Any

from aiogram.filters import Command, CommandStart, Filter
from aiogram.types import CallbackQuery, ChatMemberUpdated, Message, TelegramObject
from magic_filter import MagicFilter

from bot.core.danger import DangerDetector, DangerMatch

PRIVATE = "private"  # Bot API Chat.type


async def private_chat(event: Message | ChatMemberUpdated) -> bool:
    """Filter: a message (or membership change) in a private chat."""
    return event.chat.type == PRIVATE


async def pressed_in_private_chat(event: CallbackQuery) -> bool:
    """Filter: a button on a message in a private chat (inline-mode presses have none)."""
    message = event.message
    return message is not None and message.chat.type == PRIVATE


# The bot's own commands, as the routers declare them (:func:`command`,
# :func:`start_command`): they keep their meaning for danger detection, so "/help" opens
# the help though "help" typed alone is a plea (:func:`as_words`).
OWN_COMMANDS: set[str] = set()


def command(*names: str) -> Command:
    """Filter: ``/name`` (any of ``names``, lowercase) in any case, optionally addressed to
    this bot (``/name@<this bot's username>``; aiogram asks ``getMe`` once and caches it).
    Sets the handler's ``command`` argument (:class:`aiogram.filters.CommandObject`)."""
    OWN_COMMANDS.update(names)
    return Command(*names, ignore_case=True)


def start_command() -> CommandStart:
    """Filter: ``/start [payload]`` as :func:`command` matches commands."""
    OWN_COMMANDS.add("start")
    return CommandStart(ignore_case=True)


class Magic(Filter):
    """A magic filter (``F.…``) checked on the event loop; the result is the magic
    filter's own (a value, ``None`` when rejected, or a dict with ``.as_()``)."""

    def __init__(self, magic: MagicFilter) -> None:
        self.magic = magic

    async def __call__(self, event: TelegramObject) -> Any:
        return self.magic.resolve(event)


def as_words(text: str) -> str:
    """``text`` as danger detection reads it: a command that is not one of the bot's
    ("/sos", "/112@SomeBot", typed in distress the way one types /start) is read as its
    word and what follows it."""
    if not text.startswith("/"):
        return text
    first, _, rest = text[1:].partition(" ")
    word = first.split("@", 1)[0]
    if word.lower() in OWN_COMMANDS:
        return text
    return f"{word} {rest}".strip()


def danger_in(message: Message, danger: DangerDetector) -> DangerMatch | None:
    """The danger words in ``message``'s text or caption (read :func:`as_words`), if any."""
    text = message.text or message.caption
    return None if text is None else danger.detect(as_words(text))
