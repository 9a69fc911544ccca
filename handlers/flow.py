"""Where a conversation starts and restarts (docs/conversation.md, "The steps").

A *conversation* runs from /start (or /menu, "Start over") to the next one: each logs
at most one referral row, shared by its resource cards and the emergency card. Only the
allowlisted campaign code and today's map of referral rows
(:func:`bot.core.referral_day.carried_over`: one row per person, topic and local day)
carry over; the message trail is kept by :mod:`handlers.trail`.
"""

from __future__ import annotations

from collections.abc import Iterable

from aiogram.fsm.context import FSMContext

from bot.core.referral_day import carried_over
from handlers import screens
from handlers.states import Flow


async def begin(
    state: FSMContext, *, campaign: str | None, locale_chosen: bool, locales: Iterable[str]
) -> screens.Screen:
    """A new conversation: the language picker if no language was chosen, else the
    privacy note. ``campaign`` must already be allowlisted (or ``None``); today's map of
    referral rows is kept (:func:`bot.core.referral_day.carried_over`)."""
    await state.set_data({"campaign": campaign, **carried_over(await state.get_data())})
    if not locale_chosen:
        await state.set_state(Flow.language)
        return screens.language_picker(locales)
    await state.set_state(Flow.privacy)
    return screens.privacy_note()


async def start_over(
    state: FSMContext, *, locale_chosen: bool, locales: Iterable[str]
) -> screens.Screen:
    """A new conversation from "who are you?", keeping the campaign code (and today's
    map of referral rows).

    Without a chosen language (after /forget, or a first message with danger words
    whose card was in the conversation's own language) it begins from the language
    picker instead.
    """
    data = await state.get_data()
    campaign = data.get("campaign")
    if not locale_chosen:
        return await begin(state, campaign=campaign, locale_chosen=False, locales=locales)
    await state.set_data({"campaign": campaign, **carried_over(data)})
    await state.set_state(Flow.audience)
    return screens.audience_menu()
