"""Safety first: the emergency card from any state, and quick exit.

Rules: docs/conversation.md, "The emergency path" and "Quick exit".

This router comes right after the private-only guard, so danger words in a text or a
caption are checked before anything else reads the message, in every state and for a
user who never pressed /start. Edited messages are checked too.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramAPIError
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InaccessibleMessage, Message
from aiogram.utils.i18n import I18n

from bot.core.clock import Clock
from bot.core.danger import DangerDetector, DangerMatch
from bot.core.directory import Directory, Service
from bot.core.emergency import card_locale, emergency_referral, emergency_services
from bot.core.referral import new_referral_id
from bot.tasks import wait_briefly
from handlers import screens
from handlers.callbacks import Nav
from handlers.cards import emergency_message
from handlers.errors import mark_emergency_card_sent
from handlers.filters import command, danger_in, pressed_in_private_chat, private_chat
from handlers.flow import begin, start_over
from handlers.results import record_referral
from handlers.telegram import delete_messages, edit_screen, send_screen
from handlers.trail import Trail
from storage.fsm import urgent
from storage.memory import MemoryRepository
from storage.referrals import ReferralRepository

log = logging.getLogger("vagvisare.safety")

# The emergency referral is written before the card, but the card waits for it at most
# this long (seconds): a healthy database takes milliseconds, a locked SQLite file its
# whole busy timeout (5 s) per try. Past it, the row is written when it can (or logged
# as not written) and the card goes out at once (docs/robustness.md, "When storage fails").
EMERGENCY_LOG_WAIT_S = 0.5

router = Router(name="safety")
router.message.filter(private_chat)
router.edited_message.filter(private_chat)
router.callback_query.filter(pressed_in_private_chat)


async def danger_words(message: Message, danger: DangerDetector) -> dict[str, DangerMatch] | bool:
    """Filter: the text or caption has danger words in any language (bot.core.danger).

    Passes the match to the handler as ``danger_match``.
    """
    match = danger_in(message, danger)
    return False if match is None else {"danger_match": match}


async def _log_emergency(
    state: FSMContext,
    data: dict[str, Any],
    referrals: ReferralRepository,
    services: tuple[Service, ...],
    locale: str,
    now: datetime,
) -> None:
    """The emergency card is part of the conversation's referral (bot/core/emergency.py),
    or, once a topic is chosen, of the day's row for that topic if this person has one
    (bot/core/referral_day.py).

    ``data`` is the FSM data read just before. What the user typed is never part of it.
    """
    try:
        row = emergency_referral(
            data, services, referral_id=new_referral_id(), locale=locale, now=now
        )
        await record_referral(referrals, state, data, row)
    except Exception as error:  # the card matters more than the statistics: show it anyway
        log.warning("emergency referral not logged", extra={"error": type(error).__name__})


async def send_emergency(
    message: Message | InaccessibleMessage,
    state: FSMContext,
    *,
    directory: Directory,
    referrals: ReferralRepository,
    clock: Clock,
    locale: str,
) -> None:
    """Log the emergency referral, then show 112 first, the 24/7 lines, and a way back.

    The lines fit the reader the conversation knows of (``emergency_services``): Bris for
    the young and for a reader not known yet, the adult lines for parents, professionals
    and young people of 18 or more. The referral lists exactly the services shown. Every
    emergency card (button, danger words, a follow-up answer) goes through here.
    """
    now = clock()
    try:
        data = await state.get_data()
    except Exception as error:  # the card matters more than the state: show the default card
        log.warning("emergency state not read", extra={"error": type(error).__name__})
        data = {}
    services = emergency_services(directory, now.date(), data)
    # the database may be stuck (locked, unreachable): then the card goes first
    await wait_briefly(
        _log_emergency(state, data, referrals, services, locale, now),
        EMERGENCY_LOG_WAIT_S,
        what="logging the emergency referral",
    )
    with urgent():
        await message.answer(emergency_message(services, now, locale))
    mark_emergency_card_sent()  # a later failure in this update does not show it again
    await send_screen(message, screens.back_to_place())


@router.message(danger_words)
@router.edited_message(danger_words)
async def on_danger_words(
    message: Message,
    state: FSMContext,
    directory: Directory,
    referrals: ReferralRepository,
    clock: Clock,
    locale: str,
    locale_chosen: bool,
    i18n: I18n,
    danger_match: DangerMatch,
    memory: MemoryRepository,
    pseudonym: str | None = None,
) -> None:
    """Danger words anywhere: the emergency card, whatever the state. The text is not kept.

    A card in the language of the danger words (``card_locale``) becomes the user's
    language, as if chosen with /language, so that the screens after it ("Back to where I
    was", quick exit, /forget) speak the same language. /forget erases it.
    """
    language_code = message.from_user.language_code if message.from_user else None
    shown = card_locale(
        locale,
        locale_chosen=locale_chosen,
        language_code=language_code,
        match=danger_match,
        available=i18n.available_locales,
    )
    with i18n.use_locale(shown):
        await send_emergency(
            message, state, directory=directory, referrals=referrals, clock=clock, locale=shown
        )
    if shown != locale and pseudonym is not None:
        await remember_locale(memory, pseudonym, shown)


async def remember_locale(memory: MemoryRepository, pseudonym: str, locale: str) -> None:
    """Keep the card's language as the user's; the card is already shown, so a failure here
    only costs the language of the next screens."""
    try:
        await memory.save(pseudonym, locale=locale)
    except Exception as error:
        log.warning("card language not remembered", extra={"error": type(error).__name__})


@router.callback_query(Nav.filter(F.action == "danger"))
async def on_danger_button(
    callback: CallbackQuery,
    state: FSMContext,
    directory: Directory,
    referrals: ReferralRepository,
    clock: Clock,
    locale: str,
) -> None:
    """The emergency card in ``locale``: the chosen language, else Telegram's, else the
    default (handlers/middlewares.py). On the language picker, before any choice, too;
    nothing is chosen by pressing it, and "Back to where I was" shows the picker again."""
    await callback.answer()
    if callback.message is not None:
        await send_emergency(
            callback.message,
            state,
            directory=directory,
            referrals=referrals,
            clock=clock,
            locale=locale,
        )


@router.callback_query(Nav.filter(F.action == "back"))
async def on_back(
    callback: CallbackQuery,
    state: FSMContext,
    locale_chosen: bool,
    available_locales: list[str],
) -> None:
    """Back to the step the user was at; with no conversation yet, to its beginning."""
    await callback.answer()
    current = await state.get_state()
    if current is None:
        data = await state.get_data()
        screen = await begin(
            state,
            campaign=data.get("campaign"),
            locale_chosen=locale_chosen,
            locales=available_locales,
        )
    else:
        screen = screens.screen_for_state(current, await state.get_data(), available_locales)
    await edit_screen(callback, screen)


@router.callback_query(Nav.filter(F.action == "restart"))
async def on_restart(
    callback: CallbackQuery, state: FSMContext, locale_chosen: bool, available_locales: list[str]
) -> None:
    await callback.answer()
    screen = await start_over(state, locale_chosen=locale_chosen, locales=available_locales)
    await edit_screen(callback, screen)


async def quick_exit(bot: Bot, chat_id: int, state: FSMContext, trail: Trail) -> None:
    """Forget the conversation, delete its messages, and leave one neutral line.

    The state is cleared first, so a failed deletion cannot leave the place behind.
    """
    ids = trail.ids(await state.get_data())
    trail.end()
    await state.clear()
    try:
        await delete_messages(bot, chat_id, ids)
    except TelegramAPIError as error:  # blocked, flood wait …: stop deleting, still finish
        log.warning("quick exit stopped deleting", extra={"error": type(error).__name__})
    await bot.send_message(chat_id, screens.quick_exit_line())


@router.callback_query(Nav.filter(F.action == "exit"))
async def on_exit_button(
    callback: CallbackQuery, bot: Bot, state: FSMContext, trail: Trail
) -> None:
    await callback.answer()
    if callback.message is not None:
        await quick_exit(bot, callback.message.chat.id, state, trail)


@router.message(command("exit"))
async def on_exit_command(message: Message, bot: Bot, state: FSMContext, trail: Trail) -> None:
    await quick_exit(bot, message.chat.id, state, trail)
