"""One referral row per person, topic and local day (docs/privacy.md, docs/conversation.md).

The referral log has no user id, so repeats are recognised on the user's side: besides the
conversation's own ``referral_id``, the conversation's FSM data keeps the ids of the rows
this person's conversations wrote *today* (:data:`TODAY_KEY`)::

    {"today": {"day": "2026-11-25", "rows": {"family_worry": "<id>", "other": "<id>"}}}

``day`` is the calendar date in Europe/Stockholm, the zone the reports bucket by
(:func:`bot.core.periods.local_date`); ``rows`` maps a row's topic (a
:class:`~bot.core.taxonomy.Topic` value, as the row holds it) to its id. The map survives
/start, /menu, "Start over" and /language (:func:`carried_over`), but not quick exit or
/forget, which erase everything; the daily purge removes it from conversations idle for a
day, like ``referral_id`` (bot/retention.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from bot.core.periods import local_date
from bot.core.referral import Referral
from bot.core.taxonomy import Topic

REFERRAL_ID_KEY = "referral_id"
"""FSM data key of the conversation's referral row id (handlers/results.py, safety.py)."""

TODAY_KEY = "today"
"""FSM data key of today's rows: ``{"day": "YYYY-MM-DD", "rows": {topic: referral id}}``."""

_UNKNOWN_TOPIC = Topic.OTHER.value  # what a row says before the topic is known


@dataclass(frozen=True, slots=True)
class DayRows:
    """The referral rows one person's conversations wrote on ``day`` (Europe/Stockholm):
    topic value → referral id, one id per topic, each id under the topic its row holds."""

    day: date
    rows: Mapping[str, str]

    def to_data(self) -> dict[str, Any]:
        """As kept in the FSM data (JSON): ``{"day": "YYYY-MM-DD", "rows": {...}}``."""
        return {"day": self.day.isoformat(), "rows": dict(self.rows)}


def day_rows(value: object, day: date) -> DayRows:
    """The rows of ``day`` from the FSM data's ``value`` (:data:`TODAY_KEY`).

    A map of another day, a missing one or anything malformed gives no rows: a new local
    day starts empty. Entries whose topic or id is not a non-empty string are dropped.
    Never raises.
    """
    if not isinstance(value, Mapping) or value.get("day") != day.isoformat():
        return DayRows(day, {})
    rows = value.get("rows")
    if not isinstance(rows, Mapping):
        return DayRows(day, {})
    kept = {t: i for t, i in rows.items() if isinstance(t, str) and isinstance(i, str) and t and i}
    return DayRows(day, kept)


@dataclass(frozen=True, slots=True)
class DayReferral:
    """Where a referral goes: ``row`` (with the id to write it under, merged into any row
    already stored with that id) and ``data``, the FSM data keys to set *before* writing it
    (:data:`REFERRAL_ID_KEY`: that id; :data:`TODAY_KEY`: today's rows, it included)."""

    row: Referral
    data: dict[str, Any]


def place_referral(row: Referral, data: Mapping[str, Any]) -> DayReferral:
    """Decide which row ``row`` is written into: one per person, topic and local day.

    ``row`` is the referral as it would be logged with a fresh random id (resource cards:
    :func:`bot.core.recommend.referral_for`; emergency card:
    :func:`bot.core.emergency.emergency_referral`); its ``hour`` (UTC) gives the local day
    (Europe/Stockholm; offsets are whole hours, so the hour's day is the moment's day).
    ``data`` is the conversation's FSM data: ``referral_id`` (the conversation's row, if it
    wrote one) and :data:`TODAY_KEY` (the row's topic is the one chosen, if any).
    Writes merge (:func:`bot.core.recommend.merge_referrals`: services unioned, the most
    urgent urgency, the topic taken unless the later one is ``other``), so:

    * Its topic is ``row.topic``; when that is ``other`` (an emergency card before a topic
      was chosen, or the topic "something else"), the topic the conversation's row is
      listed under today, if it is (the merge keeps a known topic). An emergency card
      before any topic is thus listed under ``other``: pressing 🆘 again, in this or a new
      conversation that day, adds to that row (a fresh-clone tester's five presses made
      five rows).
    * If today already has a row for that topic, that row is used, even when the
      conversation has a row of its own (an emergency card shown before the topic was
      known): that row stays as it is, listed under ``other``, so no referral is lost and
      no second row with the topic appears; the conversation's ``referral_id`` becomes the
      day's row, so "did this help?" and later cards of the conversation go there.
      Otherwise the conversation's row (or a new one) is used and listed under the topic,
      in place of any topic it was listed under before.

    A map of another local day is emptied first. The same ``row`` and ``data`` always give
    the same answer, and applying it again to the data it returns changes nothing (a
    repeated update logs nothing twice). A conversation that goes on past local midnight
    keeps its row (dated the day before) and lists it under today. Source of the rule: a
    tester's report of one person logged 34 times (CHANGELOG.md).
    """
    today = day_rows(data.get(TODAY_KEY), local_date(row.hour))
    own = data.get(REFERRAL_ID_KEY)
    own = own if isinstance(own, str) and own else None
    rows = dict(today.rows)
    own_topic = next((t for t, i in rows.items() if i == own), None)
    topic = own_topic if row.topic == _UNKNOWN_TOPIC and own_topic else row.topic
    chosen = rows.get(topic) or own or row.id
    rows = {t: i for t, i in rows.items() if i != chosen}
    rows[topic] = chosen
    kept = DayRows(today.day, rows)
    return DayReferral(
        replace(row, id=chosen), {REFERRAL_ID_KEY: chosen, TODAY_KEY: kept.to_data()}
    )


def carried_over(data: Mapping[str, Any]) -> dict[str, Any]:
    """What a new conversation (/start, /menu, "Start over", /language) keeps of the old
    one's FSM ``data`` besides the campaign code: today's rows (:data:`TODAY_KEY`), so
    that repeating the conversation does not log the same person twice. Quick exit and
    /forget erase it with everything else."""
    return {TODAY_KEY: data[TODAY_KEY]} if TODAY_KEY in data else {}
