"""Report core: periods, dimensions, counting, and the 10,000-referral acceptance check.

The acceptance test counts independently of ``bot.core.report`` (its own time zone
arithmetic and category rules, straight from the documentation) and checks the
protected tables with the independent attacker of ``test_disclosure``.
"""

from __future__ import annotations

import itertools
import random
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.core.disclosure import Cell, UnsafeTableError
from bot.core.periods import (
    EARLIEST,
    Period,
    PeriodError,
    iso_week,
    local_date,
    period_between,
    period_for,
    recent_months,
    weeks_of,
)
from bot.core.referral import Referral
from bot.core.report import (
    Dimension,
    ReportError,
    Vocabulary,
    build_report,
    entries,
    parse_dimensions,
)
from bot.core.taxonomy import AgeBand, Audience, Topic
from tests.unit.test_disclosure import assert_protected

# Monday 16 March 2026, 10:00 in Stockholm (UTC+1; summer time starts 29 March).
NOW = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)
SERVICES = ("sos-112", "bris-116111", "polisen-11414", "huddinge-socialjour", "mind-90101")
VOCABULARY = Vocabulary(
    locales=("sv", "en", "ar"), campaigns=("poster_school1",), services=SERVICES
)


def referral(hour: datetime, **values: object) -> Referral:
    fields: dict[str, object] = {
        "id": f"{random.getrandbits(128):032x}",
        "hour": hour,
        "audience": "young_person",
        "age_band": "13_15",
        "topic": "drugs",
        "urgency": "support",
        "locale": "sv",
        "services_shown": ("bris-116111",),
    }
    fields.update(values)
    return Referral(**fields)  # type: ignore[arg-type]


# -- periods -------------------------------------------------------------------------


def test_rolling_periods_end_yesterday_in_stockholm():
    assert period_for("7d", NOW) == Period(date(2026, 3, 9), date(2026, 3, 15))
    assert period_for("30d", NOW) == Period(date(2026, 2, 14), date(2026, 3, 15))
    # 23:30 UTC on 15 March is already 16 March in Stockholm
    late = datetime(2026, 3, 15, 23, 30, tzinfo=UTC)
    assert period_for("7d", late).last == date(2026, 3, 15)


def test_last_quarter_is_the_previous_complete_calendar_quarter():
    assert period_for("q", NOW) == Period(date(2025, 10, 1), date(2025, 12, 31))
    first_of_april = datetime(2026, 4, 1, 8, tzinfo=UTC)
    assert period_for("q", first_of_april) == Period(date(2026, 1, 1), date(2026, 3, 31))


def test_month_periods_stop_at_yesterday_and_never_begin_today():
    assert period_for("m202602", NOW) == Period(date(2026, 2, 1), date(2026, 2, 28))
    assert period_for("m202603", NOW) == Period(date(2026, 3, 1), date(2026, 3, 15))
    with pytest.raises(PeriodError):
        period_for("m202604", NOW)
    on_the_first = datetime(2026, 3, 1, 12, tzinfo=UTC)
    with pytest.raises(PeriodError):
        period_for("m202603", on_the_first)
    for bad in ("m202613", "m2026", "x", "", "7", "m199912"):
        with pytest.raises(PeriodError):
            period_for(bad, NOW)


def test_recent_months_are_newest_first_and_have_a_finished_day():
    assert recent_months(NOW, 3) == ["m202603", "m202602", "m202601"]
    assert recent_months(datetime(2026, 3, 1, 6, tzinfo=UTC), 2) == ["m202602", "m202601"]


def test_period_between_cuts_at_yesterday_and_checks_order():
    assert period_between(date(2026, 1, 1), date(2026, 12, 31), NOW).last == date(2026, 3, 15)
    with pytest.raises(PeriodError):
        period_between(date(2026, 3, 2), date(2026, 3, 1), NOW)
    with pytest.raises(PeriodError):
        period_between(date(2026, 3, 16), date(2026, 3, 20), NOW)


def test_a_period_begins_in_2000_at_the_earliest():
    # date.min's local midnight is before datetime.min in UTC: an OverflowError in utc_bounds
    for first in (date.min, date(1999, 12, 31)):
        with pytest.raises(PeriodError, match=f"must begin on 2000-01-01 or later, not {first}"):
            period_between(first, date(2026, 3, 1), NOW)
    assert period_between(EARLIEST, date(2000, 1, 1), NOW).utc_bounds() == (
        datetime(1999, 12, 31, 23, tzinfo=UTC),
        datetime(2000, 1, 1, 23, tzinfo=UTC),
    )
    with pytest.raises(PeriodError):
        period_for("m199912", NOW)


def test_utc_bounds_follow_summer_time():
    start, end = Period(date(2026, 3, 29), date(2026, 3, 29)).utc_bounds()
    assert start == datetime(2026, 3, 28, 23, tzinfo=UTC)  # CET midnight
    assert end == datetime(2026, 3, 29, 22, tzinfo=UTC)  # CEST midnight: a 23-hour day
    assert local_date(datetime(2026, 7, 1, 22)) == date(2026, 7, 2)  # naive means UTC


def test_weeks_are_iso_weeks_across_the_new_year():
    assert iso_week(date(2026, 1, 1)) == "2026-W01"
    assert iso_week(date(2027, 1, 1)) == "2026-W53"
    assert weeks_of(Period(date(2026, 12, 30), date(2027, 1, 12))) == (
        "2026-W53",
        "2027-W01",
        "2027-W02",
    )


# -- dimensions and counting -------------------------------------------------------


def test_dimensions_parse_one_or_two_distinct():
    assert parse_dimensions("topic, audience") == (Dimension.TOPIC, Dimension.AUDIENCE)
    assert parse_dimensions("week") == (Dimension.WEEK,)
    for bad in (
        "",
        "topic,topic",
        "topic,audience,outcome",
        "name",
        "topic,",
        ",topic",
        "topic,,audience",
        " , ",
    ):
        with pytest.raises(ReportError):
            parse_dimensions(bad)


def test_resource_counts_one_per_service_shown_and_missing_values_are_none():
    hour = datetime(2026, 3, 10, 12, tzinfo=UTC)
    rows = [
        referral(hour, services_shown=("sos-112", "bris-116111"), outcome="yes") for _ in range(6)
    ]
    rows += [referral(hour, services_shown=("bris-116111",), age_band=None) for _ in range(7)]
    rows += [referral(hour, services_shown=("retired-service",)) for _ in range(5)]
    period = Period(date(2026, 3, 9), date(2026, 3, 15))
    report = build_report(rows, (Dimension.RESOURCE,), period, VOCABULARY)
    cells = report.table.cells
    assert cells[("bris-116111",)] == Cell(13, None)
    assert cells[("sos-112",)] == Cell(6, None)
    assert cells[("retired-service",)] == Cell(5, None)  # seen in the data: listed after
    assert report.table.rows[-1] == "retired-service"
    assert report.table.grand_total == Cell(24, None)  # showings, not referrals
    assert report.unit == "service showings"
    outcome = build_report(rows, (Dimension.OUTCOME,), period, VOCABULARY).table
    assert outcome.rows == ("yes", "no", "none")
    assert outcome.cells[("none",)] == Cell(12, None)
    ages = build_report(rows, (Dimension.AGE_BAND,), period, VOCABULARY).table
    assert ages.cells[("none",)] == Cell(7, None)
    assert ages.cells[("under_13",)] == Cell(0, None)  # known categories show their zeros


def test_referrals_outside_the_period_are_not_counted():
    period = Period(date(2026, 3, 9), date(2026, 3, 15))
    start, end = period.utc_bounds()
    rows = [referral(start) for _ in range(5)] + [referral(end - timedelta(hours=1))]
    rows += [referral(start - timedelta(hours=1)), referral(end)]
    report = build_report(rows, (Dimension.TOPIC,), period, VOCABULARY)
    assert report.table.grand_total == Cell(6, None)


def test_a_table_too_small_to_protect_is_refused():
    hour = datetime(2026, 3, 10, 12, tzinfo=UTC)
    # test_disclosure's unsafe 2x2 table at k=3, inside the full topic x audience grid
    cells = {("drugs", "young_person"): 1, ("drugs", "parent"): 1, ("weapons", "young_person"): 2}
    rows = [
        referral(hour, topic=topic, audience=audience)
        for (topic, audience), n in cells.items()
        for _ in range(n)
    ]
    period = Period(date(2026, 3, 9), date(2026, 3, 15))
    with pytest.raises(UnsafeTableError):
        build_report(rows, (Dimension.TOPIC, Dimension.AUDIENCE), period, VOCABULARY, k=3)
    with pytest.raises(ReportError):
        build_report(rows, (Dimension.TOPIC,) * 2, period, VOCABULARY)


def test_k_comes_from_the_caller_and_is_never_below_3():
    hour = datetime(2026, 3, 10, 12, tzinfo=UTC)
    rows = [referral(hour, topic="drugs") for _ in range(4)]
    rows += [referral(hour, topic="weapons") for _ in range(30)]
    period = Period(date(2026, 3, 9), date(2026, 3, 15))
    assert build_report(rows, (Dimension.TOPIC,), period, VOCABULARY, k=3).table.cells[
        ("drugs",)
    ] == Cell(4, None)
    hidden = build_report(rows, (Dimension.TOPIC,), period, VOCABULARY, k=5)
    assert hidden.table.cells[("drugs",)].suppressed == "primary"
    with pytest.raises(ValueError, match="at least 3"):
        build_report(rows, (Dimension.TOPIC,), period, VOCABULARY, k=2)


# -- acceptance: 10,000 generated referrals -----------------------------------------

STOCKHOLM = ZoneInfo("Europe/Stockholm")
PERIOD = Period(date(2025, 12, 1), date(2026, 2, 28))


def generated(count: int, seed: int) -> list[Referral]:
    """Skewed data, so that big, small and empty cells all occur; some fall outside."""
    rng = random.Random(seed)
    start = datetime(2025, 11, 20, tzinfo=UTC)
    topics = list(Topic)
    weights = [40, 20, 3, 8, 4, 2, 15, 10, 12, 25, 6, 1]
    rows = []
    for _ in range(count):
        hour = start + timedelta(hours=rng.randrange(24 * 110))
        shown = tuple(rng.sample(SERVICES, rng.choice([0, 1, 2, 2, 3])))
        if rng.random() < 0.01:
            shown += ("old-service",)
        rows.append(
            Referral(
                id=f"{rng.getrandbits(128):032x}",
                hour=hour.replace(tzinfo=None),  # as the repository returns it
                audience=rng.choices(list(Audience), [60, 10, 25, 5])[0].value,
                age_band=rng.choice([None, *(b.value for b in AgeBand)]),
                topic=rng.choices(topics, weights)[0].value,
                urgency="support",
                locale=rng.choices(["sv", "en", "ar", "so"], [70, 20, 9, 1])[0],
                services_shown=shown,
                campaign=rng.choices([None, "poster_school1", "old_code"], [90, 9, 1])[0],
                district=rng.choices([None, "Flemingsberg", "Vårby"], [95, 4, 1])[0],
                outcome=rng.choice([None, "yes", "no"]),
            )
        )
    return rows


def reference_values(r: Referral, dimension: str) -> list[str]:
    """The README's counting rules, written again for the test."""
    if dimension == "resource":
        return sorted(set(r.services_shown))
    if dimension == "week":
        year, week, _ = r.hour.replace(tzinfo=UTC).astimezone(STOCKHOLM).isocalendar()
        return [f"{year}-W{week:02d}"]
    raw = {
        "topic": r.topic,
        "audience": r.audience,
        "age_band": r.age_band,
        "language": r.locale,
        "campaign": r.campaign,
        "district": r.district,
        "outcome": r.outcome,
    }[dimension]
    return [raw if raw is not None else "none"]


def reference_counts(rows: list[Referral], dims: tuple[str, ...]) -> Counter[tuple[str, ...]]:
    counts: Counter[tuple[str, ...]] = Counter()
    for r in rows:
        day = r.hour.replace(tzinfo=UTC).astimezone(STOCKHOLM).date()
        if not PERIOD.first <= day <= PERIOD.last:
            continue
        for key in itertools.product(*(reference_values(r, d) for d in dims)):
            counts[key] += 1
    return counts


@pytest.mark.slow
def test_10000_referrals_every_published_cell_is_true_or_suppressed():
    rows = generated(10_000, seed=5)
    names = [d.value for d in Dimension]
    combos = [(a,) for a in names] + list(itertools.combinations(names, 2))
    checked_cells = suppressed = 0
    for dims in combos:
        reference = reference_counts(rows, dims)
        try:
            report = build_report(rows, tuple(Dimension(d) for d in dims), PERIOD, VOCABULARY, k=5)
        except UnsafeTableError:
            pytest.fail(f"a table of 10,000 referrals by {dims} should be publishable")
        table = report.table
        rows_, columns = table.rows, table.columns
        for key in reference:
            assert key[0] in rows_, (dims, key)
            assert columns is None or key[1] in columns, (dims, key)
        for entry in entries(report):
            if entry.kind != "cell":
                continue
            key = (entry.category_1,) if columns is None else (entry.category_1, entry.category_2)
            checked_cells += 1
            if entry.cell.value is None:
                suppressed += 1
            else:
                assert entry.cell.value == reference[key], (dims, key)
            if 0 < reference[key] < 5:
                assert entry.cell.suppressed == "primary", (dims, key)
        # totals are true where shown, and no line of the table gives a hidden cell away
        assert_protected(table, dict(reference), rows_, columns, 5)
    assert checked_cells > 1000
    assert suppressed > 50
