"""Follow-up questions and the parent checklist, between the topic and the resource cards.

FSM data: ``q`` (index of the question on screen), ``flags`` (raised by answers, ids),
``signs`` (ticked checklist signs, ids). An answer that means danger now shows the
emergency card at once; "back to where I was" then goes on with the next question.
"""

from __future__ import annotations

from typing import Any

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery

from bot.core.checklist import toggle
from bot.core.clock import Clock
from bot.core.directory import Directory
from bot.core.followups import IN_DANGER, Question, questions_for, uses_checklist
from bot.core.taxonomy import Audience, Topic
from handlers import screens
from handlers.callbacks import Nav, Reply, SignToggle
from handlers.filters import pressed_in_private_chat
from handlers.results import answers_from, show_results
from handlers.resume import EMERGENCY_SHOWN
from handlers.safety import send_emergency
from handlers.states import Flow
from handlers.telegram import edit_screen
from storage.referrals import ReferralRepository

router = Router(name="questions")
router.callback_query.filter(pressed_in_private_chat)


async def ask_follow_up(
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
    """After the topic: the checklist, the first question, or straight to the cards."""
    if uses_checklist(audience, topic):
        await state.update_data(signs=[], flags=[])
        await state.set_state(Flow.checklist)
        await edit_screen(callback, screens.checklist_screen([]))
        return
    questions = questions_for(audience, topic)
    await state.update_data(q=0, flags=[])
    if not questions:
        await show_results(
            callback, state, directory=directory, referrals=referrals, clock=clock, locale=locale
        )
        return
    await state.set_state(Flow.followup)
    await edit_screen(callback, screens.question_screen(questions[0]))


def _current(data: dict[str, Any]) -> tuple[tuple[Question, ...], int] | None:
    answers = answers_from(data)
    index = data.get("q")
    if answers is None or not isinstance(index, int):
        return None
    return questions_for(answers.audience, answers.topic), index


def _asked(questions: tuple[Question, ...], reply: Reply) -> int | None:
    """The index of the question ``reply`` answers, if the answer is one it offers."""
    for number, question in enumerate(questions):
        if question.id == reply.question and reply.answer in question.answers:
            return number
    return None


@router.callback_query(StateFilter(Flow.followup), Reply.filter())
async def on_reply(
    callback: CallbackQuery,
    callback_data: Reply,
    state: FSMContext,
    directory: Directory,
    referrals: ReferralRepository,
    clock: Clock,
    locale: str,
) -> None:
    """Record the flag an answer raises and go on: next question, emergency card or cards.

    A press on an earlier question (a double tap, or a screen left behind by a crash
    after the answer was stored) shows the question the saved place is at, or first the
    emergency card if a stored answer called for it and it may not have been shown
    (handlers/resume.py). An answer the question does not have (forged data) changes
    nothing.
    """
    data = await state.get_data()
    current = _current(data)
    await callback.answer()
    if current is None:
        return
    questions, index = current
    pressed = _asked(questions, callback_data)
    if pressed is not None and pressed < index:
        await _catch_up(
            callback,
            state,
            data,
            questions,
            index,
            directory=directory,
            referrals=referrals,
            clock=clock,
            locale=locale,
        )
        return
    if pressed is None or pressed != index or index >= len(questions):
        return
    question = questions[index]
    flags = [f for f in data.get("flags") or [] if isinstance(f, str)]
    flag = question.flag_for(callback_data.answer)
    if flag is not None and flag not in flags:
        flags.append(flag)
    await state.update_data(q=index + 1, flags=flags)
    if flag == IN_DANGER:
        await _show_emergency(
            callback, state, directory=directory, referrals=referrals, clock=clock, locale=locale
        )
    elif index + 1 < len(questions):
        await edit_screen(callback, screens.question_screen(questions[index + 1]))
    else:
        await show_results(
            callback, state, directory=directory, referrals=referrals, clock=clock, locale=locale
        )


async def _show_emergency(
    callback: CallbackQuery,
    state: FSMContext,
    *,
    directory: Directory,
    referrals: ReferralRepository,
    clock: Clock,
    locale: str,
) -> None:
    """The emergency card for a danger answer, remembered as shown (``EMERGENCY_SHOWN``)."""
    if callback.message is not None:
        await send_emergency(
            callback.message,
            state,
            directory=directory,
            referrals=referrals,
            clock=clock,
            locale=locale,
        )
        await state.update_data({EMERGENCY_SHOWN: True})


async def _catch_up(
    callback: CallbackQuery,
    state: FSMContext,
    data: dict[str, Any],
    questions: tuple[Question, ...],
    index: int,
    *,
    directory: Directory,
    referrals: ReferralRepository,
    clock: Clock,
    locale: str,
) -> None:
    """The screen was behind the saved place: show the saved place (safety first).

    The emergency card goes into the conversation's referral row (same id), so showing
    it again logs nothing twice.
    """
    if IN_DANGER in (data.get("flags") or []) and not data.get(EMERGENCY_SHOWN):
        await _show_emergency(
            callback, state, directory=directory, referrals=referrals, clock=clock, locale=locale
        )
        return
    if index < len(questions):
        await edit_screen(callback, screens.question_screen(questions[index]))
    else:
        await edit_screen(callback, screens.see_help_screen())


@router.callback_query(StateFilter(Flow.followup), Nav.filter(F.action == "help"))
async def on_show_help(
    callback: CallbackQuery,
    state: FSMContext,
    directory: Directory,
    referrals: ReferralRepository,
    clock: Clock,
    locale: str,
) -> None:
    """After the emergency card at the last question: the resource cards."""
    await callback.answer()
    current = _current(await state.get_data())
    if current is not None and current[1] >= len(current[0]):
        await show_results(
            callback, state, directory=directory, referrals=referrals, clock=clock, locale=locale
        )


@router.callback_query(StateFilter(Flow.checklist), SignToggle.filter())
async def on_sign(callback: CallbackQuery, callback_data: SignToggle, state: FSMContext) -> None:
    """Tick or untick a sign; unknown sign ids (forged, or from an old version) are ignored."""
    await callback.answer()
    ticked = (await state.get_data()).get("signs")
    try:
        signs = toggle(ticked if isinstance(ticked, list) else [], callback_data.sign)
    except KeyError:
        return
    await state.update_data(signs=list(signs))
    await edit_screen(callback, screens.checklist_screen(signs))


@router.callback_query(StateFilter(Flow.checklist), Nav.filter(F.action == "signs_done"))
async def on_signs_done(
    callback: CallbackQuery,
    state: FSMContext,
    directory: Directory,
    referrals: ReferralRepository,
    clock: Clock,
    locale: str,
) -> None:
    """Graded advice for the ticked signs, then the resource cards (bot/core/checklist.py)."""
    await callback.answer()
    await show_results(
        callback, state, directory=directory, referrals=referrals, clock=clock, locale=locale
    )
