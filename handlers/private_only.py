"""Only private chats (DESIGN.md §2): groups, supergroups and channels get one refusal.

Nothing from a non-private chat is stored: these handlers use no state and no storage.
"""

from __future__ import annotations

from aiogram import F, Router
from aiogram.types import CallbackQuery, Message

from handlers import screens

router = Router(name="private_only")

NOT_PRIVATE = F.chat.type != "private"


@router.message(NOT_PRIVATE, F.text.startswith("/"))
async def on_group_command(message: Message) -> None:
    """A command in a group: one friendly refusal."""
    await message.answer(screens.private_only())


@router.message(NOT_PRIVATE)
async def on_group_message(message: Message) -> None:
    """Ordinary group traffic is ignored on purpose."""


@router.callback_query(F.message.chat.type != "private")
async def on_group_button(callback: CallbackQuery) -> None:
    await callback.answer()
