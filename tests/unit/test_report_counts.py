"""Report core, counts made elsewhere: ``category`` maps grouped database values the way
``values_of`` maps a referral, and ``report_from_counts`` protects them as ``build_report``
does. (The SQL itself is compared with Python in tests/integration/test_report_counts.py.)
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.core.periods import Period
from bot.core.referral import Referral
from bot.core.report import (
    NONE,
    Dimension,
    ReportError,
    Vocabulary,
    build_report,
    category,
    count_referrals,
    count_showing,
    report_from_counts,
    values_of,
)

PERIOD = Period(date(2026, 3, 23), date(2026, 4, 5))
VOCABULARY = Vocabulary(locales=("sv", "en"), services=("sos-112", "bris-116111"))


def referral(hour: datetime, **values: object) -> Referral:
    fields: dict[str, object] = {
        "id": "0" * 32,
        "hour": hour,
        "audience": "parent",
        "age_band": None,
        "topic": "drugs",
        "urgency": "support",
        "locale": "sv",
        "services_shown": ("sos-112",),
    }
    fields.update(values)
    return Referral(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("hour", "week"),
    [
        (datetime(2026, 3, 29, 21), "2026-W13"),  # Sunday 23:00, summer time
        (datetime(2026, 3, 29, 22), "2026-W14"),  # Monday 00:00
        (datetime(2026, 3, 22, 22), "2026-W12"),  # Sunday 23:00, winter time
        (datetime(2026, 3, 22, 23), "2026-W13"),  # Monday 00:00
        (datetime(2026, 3, 29, 22, tzinfo=UTC), "2026-W14"),  # aware works too
    ],
)
def test_a_week_is_the_stockholm_iso_week_of_the_hour(hour: datetime, week: str) -> None:
    assert category(Dimension.WEEK, hour) == week
    assert values_of(referral(hour), Dimension.WEEK) == (week,)


def test_missing_values_are_none_and_others_are_text() -> None:
    for dimension in (
        Dimension.AGE_BAND,
        Dimension.CAMPAIGN,
        Dimension.DISTRICT,
        Dimension.OUTCOME,
    ):
        assert category(dimension, None) == NONE
        assert category(dimension, "") == NONE
        assert category(dimension, "x") == "x"
    assert category(Dimension.TOPIC, "drugs") == "drugs"
    assert category(Dimension.RESOURCE, "sos-112") == "sos-112"
    assert category(Dimension.LANGUAGE, "sv") == "sv"
    with pytest.raises(ReportError):
        category(Dimension.WEEK, "2026-03-29")


def test_report_from_counts_protects_counts_as_build_report_does() -> None:
    hour = datetime(2026, 3, 25, 12)
    rows = [referral(hour, services_shown=("sos-112", "sos-112", "old")) for _ in range(6)]
    rows += [referral(hour, locale="en", outcome="yes") for _ in range(3)]
    rows += [referral(datetime(2026, 4, 5, 22))]  # Monday 6 April in Stockholm: outside
    counts = count_referrals(rows, (Dimension.RESOURCE, Dimension.LANGUAGE), PERIOD)
    assert counts == {("sos-112", "sv"): 6, ("old", "sv"): 6, ("sos-112", "en"): 3}
    dims = (Dimension.RESOURCE, Dimension.LANGUAGE)
    showing = count_showing(rows, dims, PERIOD)
    assert showing == {("sv",): 6, ("en",): 3}  # referrals, not their 15 showings
    report = report_from_counts(counts, dims, PERIOD, VOCABULARY, showing=showing)
    assert report == build_report(rows, dims, PERIOD, VOCABULARY)
    assert report.table.rows == ("sos-112", "bris-116111", "old")  # seen after known
    assert report.table.cells[("sos-112", "en")].suppressed == "primary"
    with pytest.raises(ReportError):
        report_from_counts(counts, (Dimension.TOPIC,) * 2, PERIOD, VOCABULARY)
    with pytest.raises(ReportError, match="needs the referrals behind it"):
        report_from_counts(counts, dims, PERIOD, VOCABULARY)  # showings alone: unsafe
