"""What nothing else handled: stale buttons, free text outside a question, other content.

Registered last. A button from an earlier conversation (after a restart, ``/forget``
or days later) gets a friendly "let's start again", never an error; a quick second tap
on a screen that just moved on is only answered. Typed text gets a
hint each time; forwarded messages, polls, dice and the like get one hint per burst
(a forwarded batch is one answer). Service messages (a pin, a shared chat …) are ignored
on purpose. Nothing here changes the conversation state.
"""

from __future__ import annotations

import time
from datetime import datetime

from aiogram import F, Router
from aiogram.enums import ContentType
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from handlers import screens
from handlers.repeats import RepeatGuard
from handlers.states import Flow
from handlers.telegram import send_screen

QUICK_REPEAT_S = 60.0  # Telegram's message dates are real (epoch) time, not the bot's clock

router = Router(name="fallback")
router.message.filter(F.chat.type == "private")

# What a person sends; everything else in a private chat is a service message.
SENT_BY_PEOPLE = frozenset(
    {
        ContentType.TEXT,
        ContentType.POLL,
        ContentType.DICE,
        ContentType.GAME,
        ContentType.CHECKLIST,
        ContentType.INVOICE,
        ContentType.GIVEAWAY,
        ContentType.WEB_APP_DATA,
    }
)


@router.callback_query()
async def on_stale_button(callback: CallbackQuery, state: FSMContext) -> None:
    """Answer every unmatched button press; offer a fresh start for an old screen.

    A press on a screen shown or changed in the last :data:`QUICK_REPEAT_S` seconds is a
    second tap that came in while the first was moving the conversation on: answered only.
    """
    await callback.answer()
    if await state.get_state() == Flow.results.state:
        return  # a repeated press on an answered menu: nothing to do
    message = callback.message
    if not isinstance(message, Message) or message.chat.type != "private":
        return
    shown = message.edit_date or message.date
    seconds = shown.timestamp() if isinstance(shown, datetime) else float(shown)
    if time.time() - seconds < QUICK_REPEAT_S:
        return
    await send_screen(message, screens.restart_screen())


@router.message()
async def on_other_message(
    message: Message, repeats: RepeatGuard, pseudonym: str | None = None
) -> None:
    """Free text outside a question, polls, dice …: a calm hint, nothing stored."""
    if message.content_type not in SENT_BY_PEOPLE:
        return  # a service message: nothing to answer
    typed = message.text is not None and message.forward_origin is None
    if typed or repeats.first(f"hint:{pseudonym}"):
        await message.answer(screens.use_buttons_hint())
