"""What nothing else handled: stale buttons, free text outside a question, other content.

Registered last. A button from an earlier conversation (after a restart, ``/forget``
or days later) gets a friendly "let's start again", never an error.
"""

from __future__ import annotations

from aiogram import F, Router
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from handlers import screens
from handlers.states import Flow
from handlers.telegram import send_screen

router = Router(name="fallback")
router.message.filter(F.chat.type == "private")


@router.callback_query()
async def on_stale_button(callback: CallbackQuery, state: FSMContext) -> None:
    """Answer every unmatched button press; offer a fresh start."""
    await callback.answer()
    if await state.get_state() == Flow.results.state:
        return  # a repeated press on an answered menu: nothing to do
    if isinstance(callback.message, Message) and callback.message.chat.type == "private":
        await send_screen(callback.message, screens.restart_screen())


@router.message()
async def on_other_message(message: Message) -> None:
    """Free text outside a question, stickers, photos …: a calm hint, nothing stored."""
    await message.answer(screens.use_buttons_hint())
