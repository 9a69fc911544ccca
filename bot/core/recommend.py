"""From the user's answers to a recommendation and its referral record."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from bot.core.advice import advice_for
from bot.core.checklist import assess
from bot.core.directory import Directory
from bot.core.emergency import UNKNOWN_AUDIENCE
from bot.core.followups import uses_checklist
from bot.core.ranking import RankedService, rank_services
from bot.core.referral import Referral, coarse_hour
from bot.core.taxonomy import Topic, Urgency
from bot.core.triage import Answers, TriageResult, triage


@dataclass(frozen=True, slots=True)
class Recommendation:
    """Triage outcome, the advice ids to show above the cards, and the ranked services."""

    triage: TriageResult
    services: list[RankedService]
    advice: tuple[str, ...] = ()


def recommend(
    answers: Answers, directory: Directory, *, locale: str, now: datetime
) -> Recommendation:
    """Triage ``answers`` and rank the services shown to users at ``now`` (aware).

    For the parent checklist the ticked signs are graded first (:func:`assess`): its
    advice comes first and its flags count in triage.
    """
    advice: tuple[str, ...] = ()
    if uses_checklist(answers.audience, answers.topic):
        assessment = assess(answers.signs)
        answers = replace(answers, flags=answers.flags | assessment.flags)
        advice = assessment.advice
    result = triage(answers)
    advice += tuple(
        a for a in advice_for(answers.audience, answers.topic, answers.flags) if a not in advice
    )
    ranked = rank_services(
        directory.shown(now.date()),
        audience=answers.audience,
        age_band=answers.age_band,
        topic=result.topic,
        urgency=result.urgency,
        locale=locale,
        now=now,
    )
    return Recommendation(triage=result, services=ranked, advice=advice)


def referral_for(
    recommendation: Recommendation,
    answers: Answers,
    *,
    referral_id: str,
    locale: str,
    now: datetime,
    campaign: str | None = None,
) -> Referral:
    """The anonymized referral row for ``recommendation``; ``now`` is rounded to the hour."""
    return Referral(
        id=referral_id,
        hour=coarse_hour(now),
        audience=answers.audience.value,
        age_band=answers.age_band.value if answers.age_band else None,
        topic=recommendation.triage.topic.value,
        urgency=recommendation.triage.urgency.value,
        locale=locale,
        services_shown=tuple(item.service.id for item in recommendation.services),
        campaign=campaign,
    )


def merge_referrals(earlier: Referral, later: Referral) -> Referral:
    """One conversation, one referral row: ``earlier`` (as stored) grown by ``later``.

    A conversation may show the emergency card and the resource cards, in either order
    (docs/conversation.md). The row keeps its first hour, outcome and campaign; takes
    the later audience, age band and topic unless they are still unknown (``unknown``,
    ``None``, ``other``); the most urgent urgency; and every service shown, in order.
    """
    urgency = min(Urgency(earlier.urgency), Urgency(later.urgency), key=lambda u: u.rank)
    return replace(
        earlier,
        audience=later.audience if later.audience != UNKNOWN_AUDIENCE else earlier.audience,
        age_band=later.age_band or earlier.age_band,
        topic=later.topic if later.topic != Topic.OTHER else earlier.topic,
        urgency=urgency.value,
        locale=later.locale,
        services_shown=tuple(dict.fromkeys([*earlier.services_shown, *later.services_shown])),
        campaign=earlier.campaign or later.campaign,
    )
