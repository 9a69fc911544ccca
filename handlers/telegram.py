"""Small helpers that show a :class:`~handlers.screens.Screen` through the Bot API."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import suppress

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import CallbackQuery, InaccessibleMessage, Message

from handlers.screens import Screen


async def send_screen(message: Message | InaccessibleMessage, screen: Screen) -> Message:
    """Send ``screen`` as a new message in ``message``'s chat."""
    return await message.answer(screen.text, reply_markup=screen.keyboard)


async def edit_screen(callback: CallbackQuery, screen: Screen) -> None:
    """Replace the message whose button was pressed; send anew when it cannot be edited.

    Bot API: messages older than 48 hours or inaccessible cannot be edited; an edit
    to the same content fails with "message is not modified", which is harmless.
    """
    message = callback.message
    if message is None or isinstance(message, InaccessibleMessage):
        if callback.from_user is not None and callback.bot is not None:
            await callback.bot.send_message(
                callback.from_user.id, screen.text, reply_markup=screen.keyboard
            )
        return
    try:
        await message.edit_text(screen.text, reply_markup=screen.keyboard)
    except TelegramBadRequest as error:
        if "message is not modified" in error.message:
            return
        await message.answer(screen.text, reply_markup=screen.keyboard)


async def delete_messages(bot: Bot, chat_id: int, message_ids: Sequence[int]) -> None:
    """Delete the messages that can still be deleted, newest first; skip the others quietly.

    One ``deleteMessage`` per message (Bot API: a bot may delete its own and the user's
    messages in a private chat, for 48 hours), so one refusal ("message to delete not
    found", "message can't be deleted for everyone") costs only that message. Newest
    first: what is on the screen goes first. Other errors (blocked, flood wait) propagate.
    """
    for message_id in reversed(message_ids):
        with suppress(TelegramBadRequest):
            await bot.delete_message(chat_id, message_id)
