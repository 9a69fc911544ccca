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


BACK_TO = "back_to"
"""FSM data key: the step (an FSM state name) that ``/language`` left, to go back to once a
language is chosen (:func:`change_language`, :func:`back_after_language`)."""

# The steps a language change returns to: those after the privacy note.
RESUMABLE = frozenset(
    state.state
    for state in (
        Flow.audience,
        Flow.age,
        Flow.topic,
        Flow.followup,
        Flow.checklist,
        Flow.results,
    )
)


async def change_language(state: FSMContext, *, locales: Iterable[str]) -> screens.Screen:
    """The language picker of ``/language``. At a step after the privacy note the
    conversation is kept and the step is remembered under :data:`BACK_TO`, so that the
    choice returns to it (:func:`back_after_language`); before it (or with no
    conversation) a new one begins, keeping the campaign and today's referral rows."""
    current = await state.get_state()
    data = await state.get_data()
    if current == Flow.language.state and data.get(BACK_TO) in RESUMABLE:
        return screens.language_picker(locales)  # /language twice: the step is still kept
    if current not in RESUMABLE:
        return await begin(
            state, campaign=data.get("campaign"), locale_chosen=False, locales=locales
        )
    await state.update_data({BACK_TO: current})
    await state.set_state(Flow.language)
    return screens.language_picker(locales)


async def back_after_language(state: FSMContext, *, locales: Iterable[str]) -> screens.Screen:
    """After a language is chosen on the picker: the step :func:`change_language` left,
    in the new language (the caller sets the locale first), or the privacy note when
    there is none (a first choice, or a stored step that is not a known one)."""
    data = await state.get_data()
    back_to = data.pop(BACK_TO, None)
    if back_to is not None:
        await state.set_data(data)
    if back_to not in RESUMABLE:
        await state.set_state(Flow.privacy)
        return screens.privacy_note()
    await state.set_state(back_to)
    return screens.screen_for_state(back_to, data, locales)


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
