"""``my_chat_member``: the bot was blocked, unblocked, or added to a group or channel.

- Private chat, blocked (``kicked``) or unblocked (``member``): nothing is sent (a blocked
  bot cannot) and nothing is stored; the person's place stays until ``/forget`` or the
  inactivity purge, so an unblock and ``/start`` continue normally.
- Added to a group or supergroup: one friendly line ("I only work in private chat"), then
  the bot leaves. Added to a channel: the bot leaves without posting (docs/robustness.md,
  "Every update gets a deliberate outcome").
- Removed from a group or channel: nothing to do.

Telegram sends ``my_chat_member`` in private chats only on block and unblock (Bot API
``Update``). Logs carry the new status only.
"""

from __future__ import annotations

import logging
from contextlib import suppress

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramAPIError
from aiogram.types import ChatMemberUpdated

from handlers import screens
from handlers.filters import Magic, private_chat

log = logging.getLogger("vagvisare.membership")

router = Router(name="membership")

JOINED = Magic(F.new_chat_member.status.in_({"member", "administrator", "restricted"}))


@router.my_chat_member(private_chat)
async def on_blocked_or_unblocked(event: ChatMemberUpdated) -> None:
    log.info("private chat status changed", extra={"status": event.new_chat_member.status})


@router.my_chat_member(Magic(F.chat.type.in_({"group", "supergroup"})), JOINED)
async def on_added_to_group(event: ChatMemberUpdated, bot: Bot) -> None:
    """Say once that the bot works in private chat only, then leave."""
    with suppress(TelegramAPIError):  # the group may not let the bot write
        await bot.send_message(event.chat.id, screens.private_only())
    with suppress(TelegramAPIError):
        await bot.leave_chat(event.chat.id)


@router.my_chat_member(Magic(F.chat.type == "channel"), JOINED)
async def on_added_to_channel(event: ChatMemberUpdated, bot: Bot) -> None:
    """Leave without posting: a channel is public."""
    with suppress(TelegramAPIError):
        await bot.leave_chat(event.chat.id)


@router.my_chat_member()
async def on_removed(event: ChatMemberUpdated) -> None:
    """Removed from a group or channel: nothing to do."""
