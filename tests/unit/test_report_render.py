"""Monospace rendering and paging of protected reports."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.disclosure import protect
from bot.core.monospace import paginate, render
from bot.core.periods import Period
from bot.core.report import Dimension, Report
from bot.modes.report import report_bytes

PERIOD = Period(date(2026, 1, 1), date(2026, 3, 31))


def one_dimension() -> Report:
    counts = {("drugs",): 12, ("weapons",): 2, ("wants_out",): 9, ("other",): 0}
    table = protect(counts, ["drugs", "weapons", "wants_out", "other"])
    return Report(PERIOD, (Dimension.TOPIC,), table)


def two_dimensions() -> Report:
    rows = ["recruitment_pressure", "drugs", "weapons"]
    columns = ["young_person", "friend", "parent", "professional"]
    values = [[20, 2, 11, 7], [15, 9, 8, 6], [12, 7, 0, 9]]
    counts = {(r, c): values[i][j] for i, r in enumerate(rows) for j, c in enumerate(columns)}
    return Report(PERIOD, (Dimension.TOPIC, Dimension.AUDIENCE), protect(counts, rows, columns))


def test_one_dimension_shows_marks_not_numbers():
    lines = render(one_dimension(), total="totalt", count="antal")
    assert lines[0].split() == ["topic", "antal"]
    assert lines[1].split() == ["drugs", "12"]
    assert lines[2].split() == ["weapons", "<5"]
    assert lines[3].split() == ["wants_out", ".."]  # the complement that protects weapons
    assert lines[4].split() == ["other", "0"]
    assert lines[5].split() == ["totalt", "23"]
    assert len({len(line) for line in lines if not line.startswith("topic")}) == 1  # aligned


def test_two_dimensions_as_matrix_or_grouped_when_too_wide():
    report = two_dimensions()
    matrix = render(report)
    assert matrix[0].split() == ["topic", "\\", "audience", *(report.table.columns or ()), "total"]
    assert matrix[1].split()[:3] == ["recruitment_pressure", "20", "<5"]
    assert matrix[-1].split()[0] == "total"
    width = max(map(len, matrix))
    assert render(report, max_width=width) == matrix
    grouped = render(report, max_width=width - 1)
    assert max(map(len, grouped)) < width
    assert grouped[1].split() == ["recruitment_pressure", "40"]
    assert grouped[2].split() == ["young_person", "20"]
    assert grouped[3].split() == ["friend", "<5"]
    assert grouped[4].split() == ["parent", ".."]  # a complement: the row keeps two hidden
    assert grouped[-5].split() == ["total", "106"]
    assert [line.split()[0] for line in grouped[-4:]] == list(report.table.columns or ())


def test_pages_hold_the_header_and_every_line_once_in_order():
    lines = ["head"] + [f"line {i:03d} " + "x" * 20 for i in range(200)]
    pages = paginate(lines, 500)
    assert all(len(page) <= 500 for page in pages)
    assert all(page.startswith("head\n") for page in pages)
    body = [line for page in pages for line in page.split("\n")[1:]]
    assert body == lines[1:]
    assert all(len(page) + 1 + len(lines[1]) > 500 for page in pages[:-1])  # pages are full


def test_a_line_longer_than_a_page_is_cut():
    pages = paginate(["h", "y" * 50, "short"], 20)
    assert pages == ["h\n" + "y" * 17 + "…", "h\nshort"]
    assert all(len(page) <= 20 for page in pages)
    assert paginate(["only a header"], 100) == ["only a header"]
    assert paginate([], 100) == []
    with pytest.raises(ValueError, match="too small"):
        paginate(["a long header line"], 10)


def test_the_command_line_table_has_title_matrix_and_legend():
    text = report_bytes(two_dimensions(), "table").decode("utf-8").splitlines()
    assert text[0] == (
        "Referrals by topic × audience, 2026-01-01 – 2026-03-31 (counts are referrals)"
    )
    assert text[2] == render(two_dimensions())[0]  # always the matrix, however wide
    assert text[-1].startswith('"<5": fewer than 5.')
