"""Week-by-week summaries mark the weeks a period holds only part of (a fresh-clone tester
read the first week of "last 30 days", which began on a Wednesday, as a quiet week):
``2026-W44*`` in the chat's table and the CLI's text table, explained by a footnote with
the days; full weeks carry no mark; the CSV keeps plain week ids."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date

import pytest
from aiogram.utils.i18n import I18n

from bot.catalogs import DOMAIN
from bot.core.disclosure import protect
from bot.core.monospace import render
from bot.core.periods import Period, partial_weeks, weeks_of
from bot.core.report import Dimension, Report
from bot.exports import csv_bytes
from bot.modes.report import report_bytes
from handlers.staff_screens import legend, table_names
from tests.helpers import ROOT

I18N = I18n(path=ROOT / "locales", default_locale="en", domain=DOMAIN)
# Wednesday 28 October (week 44) to Tuesday 24 November 2026 (week 48)
PARTIAL = Period(date(2026, 10, 28), date(2026, 11, 24))
# Monday 26 October to Sunday 29 November 2026: weeks 44 to 48, all whole
WHOLE = Period(date(2026, 10, 26), date(2026, 11, 29))
FOOTNOTES = {
    "en": [
        "* 2026-W44: only part of the week is in the period, 2026-10-28 – 2026-11-01",
        "* 2026-W48: only part of the week is in the period, 2026-11-23 – 2026-11-24",
    ],
    "sv": [
        "* 2026-W44: bara en del av veckan ingår i perioden, 2026-10-28 – 2026-11-01",
        "* 2026-W48: bara en del av veckan ingår i perioden, 2026-11-23 – 2026-11-24",
    ],
}


def by_week(period: Period) -> Report:
    weeks = list(weeks_of(period))
    counts = {(w,): 20 + i for i, w in enumerate(weeks)}
    return Report(period, (Dimension.WEEK,), protect(counts, weeks))


def topic_by_week(period: Period) -> Report:
    weeks, topics = list(weeks_of(period)), ["drugs", "weapons"]
    counts = {(t, w): 10 + i for i, w in enumerate(weeks) for t in topics}
    return Report(period, (Dimension.TOPIC, Dimension.WEEK), protect(counts, topics, weeks))


def labels(lines: list[str]) -> dict[str, str]:
    """Week id -> the word the table prints for it (with or without the mark)."""
    words = [word for line in lines if not line.startswith("* ") for word in line.split()]
    return {word.rstrip("*"): word for word in words if word.startswith("2026-W")}


@pytest.fixture(params=["sv", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    with I18N.context(), I18N.use_locale(request.param):
        yield request.param


def test_partial_weeks_are_the_first_and_last_with_their_days() -> None:
    assert partial_weeks(PARTIAL) == {
        "2026-W44": (date(2026, 10, 28), date(2026, 11, 1)),
        "2026-W48": (date(2026, 11, 23), date(2026, 11, 24)),
    }
    assert partial_weeks(WHOLE) == {}
    one_day = Period(date(2026, 11, 25), date(2026, 11, 25))
    assert partial_weeks(one_day) == {"2026-W48": (one_day.first, one_day.first)}


def test_the_chat_table_marks_partial_weeks_and_explains_them(language: str) -> None:
    for report in (by_week(PARTIAL), topic_by_week(PARTIAL)):
        shown = labels(render(report, names=table_names(report)))
        assert shown == {
            "2026-W44": "2026-W44*",
            "2026-W45": "2026-W45",
            "2026-W46": "2026-W46",
            "2026-W47": "2026-W47",
            "2026-W48": "2026-W48*",
        }
        assert legend(report).split("\n")[-2:] == FOOTNOTES[language]


def test_whole_weeks_carry_no_mark_and_no_footnote(language: str) -> None:
    for report in (by_week(WHOLE), topic_by_week(WHOLE)):
        lines = render(report, names=table_names(report))
        assert set(labels(lines).values()) == {f"2026-W{n}" for n in range(44, 49)}
        assert "*" not in "\n".join(lines)
        assert "*" not in legend(report)


def test_the_cli_text_table_marks_partial_weeks_the_csv_keeps_ids() -> None:
    text = report_bytes(by_week(PARTIAL), "table").decode("utf-8")
    lines = text.split("\n")
    assert labels(lines) == {
        "2026-W44": "2026-W44*",
        "2026-W45": "2026-W45",
        "2026-W46": "2026-W46",
        "2026-W47": "2026-W47",
        "2026-W48": "2026-W48*",
    }
    assert [line for line in lines if line.startswith("* ")] == FOOTNOTES["en"]
    whole = report_bytes(by_week(WHOLE), "table").decode("utf-8")
    assert "*" not in whole
    rows = list(csv.reader(io.StringIO(csv_bytes(by_week(PARTIAL)).decode("utf-8"))))
    assert "2026-W44" in {cell for row in rows for cell in row}
    assert not any("*" in cell for row in rows for cell in row)
