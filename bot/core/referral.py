"""The anonymized referral record (README.md, "Privacy by construction").

A referral is the bot recommending services to someone. The record holds only coarse,
categorical facts: the hour (rounded down, UTC), audience, age band, topic, urgency,
language, the ids of the services shown, an allowlisted campaign code, a district the
user chose, and the answer to "did this help?". It holds no Telegram id, username,
name, free text or exact time, and nothing that links two referrals to one person.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime


def coarse_hour(moment: datetime) -> datetime:
    """``moment`` converted to UTC and rounded down to the hour.

    Raises :class:`ValueError` for a naive datetime (its zone would be a guess).
    """
    if moment.tzinfo is None:
        raise ValueError("coarse_hour needs a timezone-aware datetime")
    return moment.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


def new_referral_id() -> str:
    """A random id (UUID4 hex): it orders nothing and links nothing."""
    return uuid.uuid4().hex


@dataclass(frozen=True, slots=True)
class Referral:
    """One row of the referral log. ``hour`` is UTC, rounded down to the hour."""

    id: str
    hour: datetime
    audience: str
    age_band: str | None
    topic: str
    urgency: str
    locale: str
    services_shown: tuple[str, ...]
    campaign: str | None = None
    district: str | None = None
    service_opened: str | None = None
    outcome: str | None = None
