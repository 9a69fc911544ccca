"""Only private chats, and only buttons the bot itself could have sent.

Rules: docs/robustness.md, "Every update gets a deliberate outcome".

- A command in a group or supergroup: one friendly refusal per burst; any other group
  message, edit or button is ignored on purpose.
- A post in a channel the bot was made admin of: the bot leaves.
- A forged button press: callback data over the Bot API's 64 bytes, or a press in a
  private chat that is not the presser's own, is answered (the spinner stops) and
  otherwise ignored.
- A message or edit in a private chat without ``from``: Telegram always names the sender
  there (Bot API, ``Message.from``: empty only in channels), so it is forged; it is
  ignored on purpose, with one INFO log line (the update type, no ids, no text), before
  any handler that needs the sender's conversation state; danger words in it still get
  the emergency card.

Nothing from a non-private chat is stored: these handlers use no state and no storage.
"""

from __future__ import annotations

import logging
from contextlib import suppress

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramAPIError
from aiogram.types import CallbackQuery, Message

from bot.core.danger import DangerDetector
from handlers import screens
from handlers.filters import Magic
from handlers.repeats import RepeatGuard

log = logging.getLogger("vagvisare.private_only")

router = Router(name="private_only")

MAX_CALLBACK_DATA_BYTES = 64  # Bot API InlineKeyboardButton.callback_data: 1-64 bytes


async def not_private(event: Message) -> bool:
    """Filter: a message in a group, supergroup or channel."""
    return event.chat.type != "private"


async def pressed_outside_private_chat(event: CallbackQuery) -> bool:
    """Filter: a button on a message outside a private chat (``F.message.chat.type !=
    "private"``: a press without a message, from inline mode, is not one)."""
    message = event.message
    return message is not None and message.chat.type != "private"


async def forged(callback: CallbackQuery) -> bool:
    """Callback data Telegram would never deliver from this bot's keyboards."""
    if len((callback.data or "").encode()) > MAX_CALLBACK_DATA_BYTES:
        return True
    message = callback.message
    return (
        message is not None
        and message.chat.type == "private"
        and message.chat.id != callback.from_user.id
    )


async def without_sender(event: Message, danger: DangerDetector) -> bool:
    """Filter: a message in a private chat that names no sender (forged) and holds no
    sign of danger; danger words get the emergency card whoever sent them (safety first,
    docs/conversation.md)."""
    if event.chat.type != "private" or event.from_user is not None:
        return False
    text = event.text or event.caption
    return not text or danger.detect(text) is None


@router.message(without_sender)
async def on_message_without_sender(message: Message) -> None:
    log.info("private message without a sender ignored", extra={"update_type": "message"})


@router.edited_message(without_sender)
async def on_edit_without_sender(message: Message) -> None:
    log.info("private message without a sender ignored", extra={"update_type": "edited_message"})


@router.callback_query(forged)
async def on_forged_button(callback: CallbackQuery) -> None:
    await callback.answer()


@router.message(not_private, Magic(F.text.startswith("/")))
async def on_group_command(message: Message, repeats: RepeatGuard) -> None:
    """A command in a group: one friendly refusal per burst."""
    if repeats.first(f"group:{message.chat.id}"):
        await message.answer(screens.private_only())


@router.message(not_private)
async def on_group_message(message: Message) -> None:
    """Ordinary group traffic is ignored on purpose."""


@router.edited_message(not_private)
async def on_group_edit(message: Message) -> None:
    """Edits in groups are ignored on purpose."""


@router.channel_post()
@router.edited_channel_post()
async def on_channel_post(message: Message, bot: Bot) -> None:
    """The bot does not belong in a channel: leave it."""
    with suppress(TelegramAPIError):
        await bot.leave_chat(message.chat.id)


@router.callback_query(pressed_outside_private_chat)
async def on_group_button(callback: CallbackQuery) -> None:
    await callback.answer()
