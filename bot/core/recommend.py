"""From the user's answers to a recommendation and its referral record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.core.directory import Directory
from bot.core.ranking import RankedService, rank_services
from bot.core.referral import Referral, coarse_hour
from bot.core.triage import Answers, TriageResult, triage


@dataclass(frozen=True, slots=True)
class Recommendation:
    """Triage outcome and the ranked services to show."""

    triage: TriageResult
    services: list[RankedService]


def recommend(
    answers: Answers, directory: Directory, *, locale: str, now: datetime
) -> Recommendation:
    """Triage ``answers`` and rank the services shown to users at ``now`` (aware)."""
    result = triage(answers)
    ranked = rank_services(
        directory.shown(now.date()),
        audience=answers.audience,
        age_band=answers.age_band,
        topic=result.topic,
        urgency=result.urgency,
        locale=locale,
        now=now,
    )
    return Recommendation(triage=result, services=ranked)


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
