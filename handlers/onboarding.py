"""The guided steps: language → privacy note → audience → age band → topic (→ questions)."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery
from aiogram.utils.i18n import I18n

from bot.core.clock import Clock
from bot.core.conversation import ASKS_AGE, topics_for
from bot.core.directory import Directory
from bot.core.taxonomy import AgeBand, Audience, Topic
from handlers import screens
from handlers.callbacks import LanguageChoice, Nav, Pick
from handlers.filters import pressed_in_private_chat
from handlers.flow import back_after_language
from handlers.states import Flow
from handlers.telegram import edit_screen
from handlers.typed_topic import topic_chosen, topic_step
from storage.memory import MemoryRepository
from storage.referrals import ReferralRepository

router = Router(name="onboarding")
router.callback_query.filter(pressed_in_private_chat)


@router.callback_query(StateFilter(Flow.language), LanguageChoice.filter())
async def on_language_chosen(
    callback: CallbackQuery,
    callback_data: LanguageChoice,
    state: FSMContext,
    i18n: I18n,
    memory: MemoryRepository,
    pseudonym: str,
) -> None:
    """Remember the chosen language (keyed by pseudonym); then the privacy note, or, after
    ``/language`` in a conversation, the step the person was at
    (:func:`handlers.flow.back_after_language`)."""
    if callback_data.locale not in i18n.available_locales:
        await callback.answer()
        return
    await memory.save(pseudonym, locale=callback_data.locale)
    i18n.ctx_locale.set(callback_data.locale)
    screen = await back_after_language(state, locales=i18n.available_locales)
    await callback.answer()
    await edit_screen(callback, screen)


@router.callback_query(StateFilter(Flow.privacy), Nav.filter(F.action == "privacy_ok"))
async def on_privacy_ok(callback: CallbackQuery, state: FSMContext) -> None:
    await state.set_state(Flow.audience)
    await callback.answer()
    await edit_screen(callback, screens.audience_menu())


@router.callback_query(StateFilter(Flow.audience), Pick.filter(F.step == "aud"))
async def on_audience(
    callback: CallbackQuery,
    callback_data: Pick,
    state: FSMContext,
    directory: Directory,
    referrals: ReferralRepository,
    clock: Clock,
    locale: str,
) -> None:
    """The age step where it is asked, else the topic step (a typed topic goes on to its
    first step: handlers/typed_topic.py)."""
    try:
        audience = Audience(callback_data.value)
    except ValueError:
        await callback.answer()
        return
    await state.update_data(audience=audience.value, age=None)
    await callback.answer()
    if audience in ASKS_AGE:
        await state.set_state(Flow.age)
        await edit_screen(callback, screens.age_menu())
    else:
        await topic_step(
            callback,
            state,
            audience,
            directory=directory,
            referrals=referrals,
            clock=clock,
            locale=locale,
        )


@router.callback_query(StateFilter(Flow.age), Pick.filter(F.step == "age"))
async def on_age(
    callback: CallbackQuery,
    callback_data: Pick,
    state: FSMContext,
    directory: Directory,
    referrals: ReferralRepository,
    clock: Clock,
    locale: str,
) -> None:
    """The topic step (a typed topic goes on to its first step: handlers/typed_topic.py)."""
    try:
        band = AgeBand(callback_data.value)
        audience = Audience((await state.get_data()).get("audience", ""))
    except ValueError:
        await callback.answer()
        return
    await state.update_data(age=band.value)
    await callback.answer()
    await topic_step(
        callback,
        state,
        audience,
        directory=directory,
        referrals=referrals,
        clock=clock,
        locale=locale,
    )


@router.callback_query(StateFilter(Flow.topic), Pick.filter(F.step == "topic"))
async def on_topic(
    callback: CallbackQuery,
    callback_data: Pick,
    state: FSMContext,
    directory: Directory,
    referrals: ReferralRepository,
    clock: Clock,
    locale: str,
) -> None:
    """Remember the topic; then the follow-up questions, the checklist or the cards."""
    data = await state.get_data()
    try:
        audience = Audience(data.get("audience", ""))
        topic = Topic(callback_data.value)
    except ValueError:
        await callback.answer()
        return
    if topic not in topics_for(audience):
        await callback.answer()
        return
    await callback.answer()
    await topic_chosen(
        callback,
        state,
        audience,
        topic,
        directory=directory,
        referrals=referrals,
        clock=clock,
        locale=locale,
    )
