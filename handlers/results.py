"""Resource cards, the referral row, and "did this help?"."""

from __future__ import annotations

from typing import Any

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InaccessibleMessage

from bot.core.clock import Clock
from bot.core.directory import Directory
from bot.core.followups import IN_DANGER
from bot.core.recommend import merge_referrals, recommend, referral_for
from bot.core.referral import Referral, new_referral_id
from bot.core.referral_day import place_referral
from bot.core.taxonomy import AgeBand, Audience, Topic
from bot.core.triage import Answers
from handlers import screens
from handlers.advice_labels import advice_text
from handlers.callbacks import Feedback
from handlers.cards import cards_message
from handlers.filters import pressed_in_private_chat
from handlers.resume import RESULTS_SHOWN
from handlers.states import Flow
from handlers.telegram import edit_screen
from storage.referrals import ReferralRepository

router = Router(name="results")
router.callback_query.filter(pressed_in_private_chat)

FEEDBACK_ANSWERS = frozenset({"yes", "no", "later"})


def _strings(value: Any) -> list[str]:
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def answers_from(data: dict[str, Any]) -> Answers | None:
    """The user's answers from the FSM data (ids only); ``None`` if a required id is missing."""
    try:
        audience, topic = Audience(str(data.get("audience"))), Topic(str(data.get("topic")))
        age = AgeBand(data["age"]) if data.get("age") else None
    except ValueError:
        return None
    flags = frozenset(_strings(data.get("flags")))
    return Answers(
        audience=audience,
        topic=topic,
        age_band=age,
        in_danger=IN_DANGER in flags,
        flags=flags - {IN_DANGER},
        signs=tuple(_strings(data.get("signs"))),
    )


async def record_referral(
    referrals: ReferralRepository, state: FSMContext, data: dict[str, Any], row: Referral
) -> None:
    """Store ``row`` (built with a fresh id) in the row
    :func:`bot.core.referral_day.place_referral` picks for it from the conversation's FSM
    ``data``, merged into that row if it exists; the id is kept in the state first.

    Every conversation has one referral id in its FSM data (``referral_id``), shared by
    the emergency card and the resource cards; a repeated update changes nothing. Which
    id that is, :func:`bot.core.referral_day.place_referral` decides: one row per person,
    topic and local day, so repeating the conversation (/start, the same topic again)
    merges into the day's row. The id goes once "did this help?" is answered
    (:func:`on_feedback`) or the conversation has been idle for a day (bot/retention.py),
    today's map of rows with the idle purge (or quick exit, /forget).
    """
    placed = place_referral(row, data)  # today's row for this topic, if there is one
    await state.update_data(placed.data)
    await referrals.merge(placed.row, merge_referrals)


async def show_results(
    callback: CallbackQuery,
    state: FSMContext,
    *,
    directory: Directory,
    referrals: ReferralRepository,
    clock: Clock,
    locale: str,
) -> None:
    """Log the referral, then show advice, the ranked resource cards and the feedback question.

    The referral id (the day's row for the topic if this person already has one:
    :func:`bot.core.referral_day.place_referral`) is kept in the conversation state, with
    today's map of rows, before the row is written, and the write merges on it, so a
    repeated update, or the same conversation repeated that day, never logs twice. The
    row is written before the cards are sent: cards on screen imply a logged referral. When both
    messages are sent, :data:`~handlers.resume.RESULTS_SHOWN` is set: until then a press
    on the screen before the cards shows them again, with the same referral id
    (handlers/fallback.py).
    """
    data = await state.get_data()
    answers = answers_from(data)
    if answers is None:
        await edit_screen(callback, screens.restart_screen())
        return
    now = clock()
    recommendation = recommend(answers, directory, locale=locale, now=now)
    row = referral_for(
        recommendation,
        answers,
        referral_id=new_referral_id(),
        locale=locale,
        now=now,
        campaign=data.get("campaign"),
    )
    await record_referral(referrals, state, data, row)
    await state.set_state(Flow.results)
    advice = [advice_text(a) for a in recommendation.advice]
    text = cards_message(recommendation.services, now, locale, advice)
    await edit_screen(callback, screens.Screen(text))
    if callback.message is not None and not isinstance(callback.message, InaccessibleMessage):
        footer = screens.results_footer()
        await callback.message.answer(footer.text, reply_markup=footer.keyboard)
    await state.update_data({RESULTS_SHOWN: True})


@router.callback_query(StateFilter(Flow.results), Feedback.filter(F.answer.in_(FEEDBACK_ANSWERS)))
async def on_feedback(
    callback: CallbackQuery,
    callback_data: Feedback,
    state: FSMContext,
    referrals: ReferralRepository,
) -> None:
    """Record the outcome on the referral (not for "not now"), then drop the link to it.

    After a repeated conversation that is the day's row for the topic (the merged one).
    Today's map of rows (``today``) stays, so a repeat that day still merges.

    Any answer, "not now" too, ends what the conversation keeps ``referral_id`` for: the
    id is removed from the FSM data once the outcome is written (docs/privacy.md), the
    state and the answers stay. A press that finds no id (a second tap on the same card,
    or a conversation idle long enough for the daily purge to have removed it:
    bot/retention.py) is thanked the same way, and nothing is written.
    """
    data = dict(await state.get_data())
    referral_id = data.pop("referral_id", None)
    if referral_id and callback_data.answer != "later":
        await referrals.set_outcome(referral_id, callback_data.answer)
    if referral_id is not None:  # after the outcome: a failed write leaves the id for a retry
        await state.set_data(data)
    await callback.answer()
    await edit_screen(callback, screens.thanks_for_feedback(callback_data.answer != "no"))
