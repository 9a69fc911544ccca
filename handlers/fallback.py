"""What nothing else handled: stale buttons, free text outside a question, other content.

Registered last.

- A button of an earlier step of the saved conversation (the screen on the phone is
  behind the saved place, e.g. after a crash between the state write and the edit;
  handlers/resume.py) gets the screen of the saved place: the message is edited into
  it, or, when the resource cards were decided but never shown, the cards are shown
  with the same referral id. Nothing is stored or logged twice.
- Any other button from an earlier conversation (``/forget``, days later, a changed
  answer on an old screen) gets a friendly "let's start again", never an error; a quick
  second tap on a screen that just moved on is only answered.
- Typed text from someone with no conversation (before ``/start``, after ``/forget`` or
  quick exit) starts one, as ``/start`` does: the language picker in the language guessed
  from Telegram's ``language_code``, or the privacy note when a language was chosen. The
  safety router has already checked it for danger words.
- Typed text at the language picker gets the picker again (each language named in its own
  script, 112 under it), not a hint in a language the person may not read (a fresh-clone
  tester's "مرحبا" got a Swedish sentence); other typed text in a conversation gets a hint
  each time; forwarded messages, polls, dice
  and the like get one hint per burst (a forwarded batch is one answer). Service
  messages (a pin, a shared chat …) are ignored on purpose.
- The hint says "answer with the buttons" only in a conversation; with no conversation
  (before ``/start``, after ``/forget`` or quick exit) no buttons are on screen, and an
  unknown command, a command for another bot, a poll … get only "Type /start to begin."
"""

from __future__ import annotations

import time
from datetime import datetime

from aiogram import Router
from aiogram.enums import ContentType
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from aiogram.utils.i18n import gettext as _

from bot.core.clock import Clock
from bot.core.directory import Directory
from handlers import screens
from handlers.filters import private_chat
from handlers.flow import begin
from handlers.repeats import RepeatGuard
from handlers.results import show_results
from handlers.resume import RESULTS_SHOWN, is_earlier_step
from handlers.states import Flow
from handlers.telegram import edit_screen, send_screen
from storage.referrals import ReferralRepository

QUICK_REPEAT_S = 60.0  # Telegram's message dates are real (epoch) time, not the bot's clock

router = Router(name="fallback")
router.message.filter(private_chat)

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
async def on_stale_button(
    callback: CallbackQuery,
    state: FSMContext,
    directory: Directory,
    referrals: ReferralRepository,
    clock: Clock,
    locale: str,
    available_locales: list[str],
) -> None:
    """Answer every unmatched button press; catch a screen up, or offer a fresh start.

    A button of an earlier step of the saved conversation re-shows the saved place
    (module docstring). Otherwise a press on a screen shown or changed in the last
    :data:`QUICK_REPEAT_S` seconds is a second tap that came in while the first was
    moving the conversation on: answered only; an older screen gets "let's start again".
    """
    await callback.answer()
    message = callback.message
    if message is None or message.chat.type != "private":
        return
    current = await state.get_state()
    data = await state.get_data()
    if is_earlier_step(callback.data, current, data, locale):
        if current != Flow.results.state:
            await edit_screen(callback, screens.screen_for_state(current, data, available_locales))
        elif not data.get(RESULTS_SHOWN):  # decided and logged, never shown: show them
            await show_results(
                callback,
                state,
                directory=directory,
                referrals=referrals,
                clock=clock,
                locale=locale,
            )
        return
    if current == Flow.results.state:
        return  # a repeated press on an answered menu: nothing to do
    if not isinstance(message, Message):
        return
    shown = message.edit_date or message.date
    seconds = shown.timestamp() if isinstance(shown, datetime) else float(shown)
    if time.time() - seconds < QUICK_REPEAT_S:
        return
    await send_screen(message, screens.restart_screen())


@router.message()
async def on_other_message(
    message: Message,
    state: FSMContext,
    repeats: RepeatGuard,
    locale_chosen: bool,
    available_locales: list[str],
    pseudonym: str | None = None,
) -> None:
    """Free text outside a question, polls, dice …: a calm hint, nothing of it stored.

    Typed text (not a command, not forwarded) from someone with no conversation begins
    one, exactly as ``/start`` without a campaign code does (handlers/flow.py).
    """
    if message.content_type not in SENT_BY_PEOPLE:
        return  # a service message: nothing to answer
    typed = message.text is not None and message.forward_origin is None
    current = await state.get_state()
    in_conversation = current is not None
    if typed and not _is_command(message) and not in_conversation:
        screen = await begin(
            state, campaign=None, locale_chosen=locale_chosen, locales=available_locales
        )
        await send_screen(message, screen)
        return
    if typed and not _is_command(message) and current == Flow.language.state:
        # At the picker the person may read none of our languages' hints: the picker again
        # names every language in its own script, with 112 under it in no language.
        await send_screen(message, screens.language_picker(available_locales))
        return
    if typed or repeats.first(f"hint:{pseudonym}"):
        await message.answer(screens.use_buttons_hint() if in_conversation else start_hint())


def start_hint() -> str:
    """The hint when there is no conversation, so no buttons to answer: how to start."""
    return _("Type /start to begin.")


def _is_command(message: Message) -> bool:
    """A ``/command`` (an unknown one, or one for another bot): it keeps getting the hint."""
    return (message.text or "").startswith("/")
