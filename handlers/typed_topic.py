"""Typed text that names a topic leads to that topic (docs/conversation.md, "Typed text that
names a topic").

A person who types instead of pressing ("I was offered 2000 kr to hold something tonight")
gets, in any state and also with no conversation, "It sounds like this is about: <topic>. Do
you want help with that?" with [Yes, show help for this] [No, show the menu] and the safety
row. The topic comes from the word lists of ``data/topics`` (bot/core/topic_hints.py); the
safety router has already checked the text for danger words, and text that names no topic
goes on to the fallback (handlers/fallback.py) as before.

- Yes (``tt:<topic id>``): ``typed_topic`` (the id, never the text) goes into the FSM data
  and the normal steps go on from where the person is. With no conversation one begins (the
  language picker, or the privacy note); the audience and age steps come as usual, and at
  the topic step a topic on that audience's menu goes on exactly as if it had been pressed
  there (:func:`topic_chosen`); one that is not on it shows the menu. Pressed before any
  language was chosen, Yes chooses the language the question was shown in (the person read
  it and answered), so the picker is not shown again: the privacy note comes next, as after
  a choice in the picker. With the audience (and
  the age, where it is asked) chosen already, the topic's first step comes at once; after the
  questions, the checklist or the cards, that is a new conversation for the same person
  (like "Start over", with the audience and age kept).
- No (``nav:not_this``): with no conversation one begins; in one, its current screen again.
- A press with a topic id that is not one of :data:`~bot.core.topic_hints.TYPED_TOPICS` (a
  forged or outdated button) changes nothing: the current screen again, or, with no
  conversation, the calm "let's start again".

``typed_topic`` is dropped once it is used, and by everything that starts a conversation
over (``begin``, ``start_over``), /forget and quick exit, as all FSM data is.
"""

from __future__ import annotations

from typing import Any

from aiogram import F, Router
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from aiogram.utils.i18n import I18n

from bot.core.clock import Clock
from bot.core.conversation import ASKS_AGE, topics_for
from bot.core.danger import DangerMatch
from bot.core.directory import Directory
from bot.core.emergency import card_locale
from bot.core.referral_day import carried_over
from bot.core.taxonomy import AgeBand, Audience, Topic
from bot.core.topic_hints import TYPED_TOPICS, TopicHints
from handlers import screens
from handlers.callbacks import Nav, TypedTopic
from handlers.filters import pressed_in_private_chat, private_chat
from handlers.flow import BACK_TO, begin
from handlers.questions import ask_follow_up
from handlers.safety import on_back, remember_locale
from handlers.states import Flow
from handlers.telegram import edit_screen, send_screen
from storage.memory import MemoryRepository
from storage.referrals import ReferralRepository

TYPED_TOPIC = "typed_topic"
"""FSM data key: the topic id the person confirmed with "Yes" (ids only, docs/privacy.md)."""

router = Router(name="typed_topic")
router.message.filter(private_chat)
router.callback_query.filter(pressed_in_private_chat)

# The steps before the topic menu: "Yes" remembers the topic and shows the same step again.
_BEFORE_TOPIC = frozenset(
    {Flow.language.state, Flow.privacy.state, Flow.audience.state, Flow.age.state}
)
# States in which the person has gone past the topic step: a new topic is a new conversation.
_PAST_TOPIC = frozenset({Flow.followup.state, Flow.checklist.state, Flow.results.state})


async def names_a_topic(message: Message, topic_hints: TopicHints) -> dict[str, DangerMatch] | bool:
    """Filter: typed text (not a command, not forwarded) that names a topic of
    :data:`~bot.core.topic_hints.TYPED_TOPICS`; passes the list entry that fired to the
    handler as ``topic_match``."""
    text = message.text
    if text is None or message.forward_origin is not None or text.startswith("/"):
        return False
    match = topic_hints.match_of(text)
    return False if match is None else {"topic_match": match}


@router.message(names_a_topic)
async def on_typed_topic(
    message: Message,
    topic_match: DangerMatch,
    locale: str,
    locale_chosen: bool,
    i18n: I18n,
    memory: MemoryRepository,
    pseudonym: str | None = None,
) -> None:
    """Ask whether the conversation is about the topic the text names; the text is not kept.

    Before any language is chosen, and when Telegram's language has no catalogue, the
    question is in the language of the list that matched ("alguien me ofreció dinero por
    guardar algo": Spanish), which becomes the user's, as the emergency card's does
    (:func:`bot.core.emergency.card_locale`, handlers/safety.py).
    """
    language_code = message.from_user.language_code if message.from_user else None
    shown = card_locale(
        locale,
        locale_chosen=locale_chosen,
        language_code=language_code,
        match=topic_match,
        available=i18n.available_locales,
    )
    with i18n.use_locale(shown):
        await send_screen(message, screens.typed_topic_question(Topic(topic_match.category)))
    if shown != locale and pseudonym is not None:
        await remember_locale(memory, pseudonym, shown)


def _typed(value: object) -> Topic | None:
    """The topic id of a ``tt:`` press or of the FSM data, if it is a typed topic."""
    topic = screens.enum_member(Topic, value)
    return topic if topic in TYPED_TOPICS else None


@router.callback_query(TypedTopic.filter())
async def on_yes(
    callback: CallbackQuery,
    callback_data: TypedTopic,
    state: FSMContext,
    directory: Directory,
    referrals: ReferralRepository,
    clock: Clock,
    locale: str,
    locale_chosen: bool,
    available_locales: list[str],
    memory: MemoryRepository,
    pseudonym: str | None = None,
) -> None:
    """Go on towards the topic from where the person is (module docstring)."""
    await callback.answer()
    topic = _typed(callback_data.topic)
    current = await state.get_state()
    data = await state.get_data()
    if topic is None:  # forged or outdated: change nothing
        await _show_current(callback, current, data, available_locales)
        return
    if await _answered_in_its_language(
        state, current, data, locale, locale_chosen, available_locales, memory, pseudonym
    ):
        locale_chosen = True
        if current == Flow.language.state:
            current = Flow.privacy.state
    if current is None:
        await edit_screen(
            callback,
            await begin(
                state, campaign=None, locale_chosen=locale_chosen, locales=available_locales
            ),
        )
        await state.update_data({TYPED_TOPIC: topic.value})
        return
    audience = screens.enum_member(Audience, data.get("audience"))
    age_needed = audience in ASKS_AGE and screens.enum_member(AgeBand, data.get("age")) is None
    if audience is None or age_needed or current in _BEFORE_TOPIC:
        await state.update_data({TYPED_TOPIC: topic.value})
        await _show_current(callback, current, data, available_locales)
        return
    if current in _PAST_TOPIC:  # a new conversation for the same person
        await state.set_data(
            {
                "campaign": data.get("campaign"),
                **carried_over(data),
                "audience": audience.value,
                "age": data.get("age"),
            }
        )
    await state.update_data({TYPED_TOPIC: topic.value})
    await topic_step(
        callback,
        state,
        audience,
        directory=directory,
        referrals=referrals,
        clock=clock,
        locale=locale,
    )


@router.callback_query(Nav.filter(F.action == "not_this"))
async def on_no(
    callback: CallbackQuery,
    state: FSMContext,
    locale: str,
    locale_chosen: bool,
    available_locales: list[str],
    memory: MemoryRepository,
    pseudonym: str | None = None,
) -> None:
    """No conversation: begin one. In one: its current screen again ("Back to where I
    was", handlers/safety.py). Before any language choice, "No" chooses the language the
    question was in, as "Yes" does (:func:`on_yes`): the person read it and answered it,
    so the privacy note comes next in that language, whatever language the words were in."""
    current = await state.get_state()
    if await _answered_in_its_language(
        state,
        current,
        await state.get_data(),
        locale,
        locale_chosen,
        available_locales,
        memory,
        pseudonym,
    ):
        locale_chosen = True
    await on_back(callback, state, locale_chosen, available_locales)


async def _answered_in_its_language(
    state: FSMContext,
    current: str | None,
    data: dict[str, Any],
    locale: str,
    locale_chosen: bool,
    available_locales: list[str],
    memory: MemoryRepository,
    pseudonym: str | None,
) -> bool:
    """An answer ("Yes" or "No") to the typed-topic question chooses the language it was
    shown in, ``locale``, as the picker would (handlers/onboarding.py, on_language_chosen),
    when no language was chosen yet or when it came at the first language picker (there a
    list's other language was remembered when the question was asked). At the first picker
    the conversation moves on to the privacy note (``Flow.privacy``). Not at a picker that
    ``/language`` opened in a conversation (:data:`handlers.flow.BACK_TO`): the person is
    choosing a language there. Returns whether the language counts as chosen now."""
    at_picker = current == Flow.language.state
    if at_picker and BACK_TO in data:
        return False
    if (locale_chosen and not at_picker) or pseudonym is None or locale not in available_locales:
        return False
    if not locale_chosen:
        await remember_locale(memory, pseudonym, locale)
    if at_picker:
        await state.set_state(Flow.privacy)
    return True


async def topic_step(
    callback: CallbackQuery,
    state: FSMContext,
    audience: Audience,
    *,
    directory: Directory,
    referrals: ReferralRepository,
    clock: Clock,
    locale: str,
) -> None:
    """The topic step, once the audience (and the age, where asked) are chosen: a typed
    topic on ``audience``'s menu goes on as if pressed there (:func:`topic_chosen`);
    otherwise the topic menu. ``typed_topic`` is dropped either way."""
    kept = (await state.get_data()).get(TYPED_TOPIC)
    typed = _typed(kept)
    if kept is not None:  # most conversations never had one: no write for them
        await state.update_data({TYPED_TOPIC: None})
    if typed is None or typed not in topics_for(audience):
        await state.set_state(Flow.topic)
        await edit_screen(callback, screens.topic_menu(audience))
        return
    await state.set_state(Flow.topic)
    await topic_chosen(
        callback,
        state,
        audience,
        typed,
        directory=directory,
        referrals=referrals,
        clock=clock,
        locale=locale,
    )


async def topic_chosen(
    callback: CallbackQuery,
    state: FSMContext,
    audience: Audience,
    topic: Topic,
    *,
    directory: Directory,
    referrals: ReferralRepository,
    clock: Clock,
    locale: str,
) -> None:
    """What a press on the topic menu does (handlers/onboarding.py, ``on_topic``): remember
    the topic, then the follow-up questions, the checklist or the cards."""
    await state.update_data(topic=topic.value)
    await ask_follow_up(
        callback,
        state,
        audience,
        topic,
        directory=directory,
        referrals=referrals,
        clock=clock,
        locale=locale,
    )


async def _show_current(
    callback: CallbackQuery,
    current: str | None,
    data: dict[str, Any],
    locales: list[str],
) -> None:
    if current is None:
        await edit_screen(callback, screens.restart_screen())
        return
    await edit_screen(callback, screens.screen_for_state(current, data, locales))
