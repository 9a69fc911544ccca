"""Resource cards, the referral row, and "did this help?"."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InaccessibleMessage

from bot.core.clock import Clock
from bot.core.directory import Directory
from bot.core.recommend import recommend, referral_for
from bot.core.referral import new_referral_id
from bot.core.taxonomy import AgeBand, Audience, Topic
from bot.core.triage import Answers
from handlers import screens
from handlers.callbacks import Feedback
from handlers.cards import cards_message
from handlers.states import Flow
from handlers.telegram import edit_screen
from storage.referrals import ReferralRepository

router = Router(name="results")
router.callback_query.filter(F.message.chat.type == "private")

FEEDBACK_ANSWERS = frozenset({"yes", "no", "later"})


async def show_results(
    callback: CallbackQuery,
    state: FSMContext,
    *,
    directory: Directory,
    referrals: ReferralRepository,
    clock: Clock,
    locale: str,
) -> None:
    """Log the referral, then show the ranked resource cards and the feedback question.

    The referral id is kept in the conversation state before the row is written, and
    the write is idempotent on it, so a repeated update never logs twice. The row is
    written before the cards are sent: cards on screen imply a logged referral.
    """
    data = await state.get_data()
    age = data.get("age")
    answers = Answers(
        audience=Audience(data["audience"]),
        topic=Topic(data["topic"]),
        age_band=AgeBand(age) if age else None,
    )
    now = clock()
    recommendation = recommend(answers, directory, locale=locale, now=now)
    referral_id = data.get("referral_id") or new_referral_id()
    await state.update_data(referral_id=referral_id)
    await referrals.add(
        referral_for(
            recommendation,
            answers,
            referral_id=referral_id,
            locale=locale,
            now=now,
            campaign=data.get("campaign"),
        )
    )
    await state.set_state(Flow.results)
    await edit_screen(callback, screens.Screen(cards_message(recommendation.services, now, locale)))
    if callback.message is not None and not isinstance(callback.message, InaccessibleMessage):
        footer = screens.results_footer()
        await callback.message.answer(footer.text, reply_markup=footer.keyboard)


@router.callback_query(Flow.results, Feedback.filter(F.answer.in_(FEEDBACK_ANSWERS)))
async def on_feedback(
    callback: CallbackQuery,
    callback_data: Feedback,
    state: FSMContext,
    referrals: ReferralRepository,
) -> None:
    """Record the outcome on the referral (not for "not now")."""
    referral_id = (await state.get_data()).get("referral_id")
    if referral_id and callback_data.answer != "later":
        await referrals.set_outcome(referral_id, callback_data.answer)
    await callback.answer()
    await edit_screen(callback, screens.thanks_for_feedback())
