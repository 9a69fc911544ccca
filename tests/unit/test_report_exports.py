"""CSV, XLSX and PNG made from protected reports (bot.exports)."""

from __future__ import annotations

import csv
import io
import re
from datetime import date

import pytest
from openpyxl import load_workbook
from PIL import Image

from bot.core.disclosure import protect
from bot.core.periods import Period, weeks_of
from bot.core.report import CSV_COLUMNS, Dimension, Report
from bot.core.taxonomy import Topic
from bot.exports import (
    MAX_CHART_BARS,
    ChartText,
    chart_figure,
    chart_png,
    csv_bytes,
    series_styles,
    xlsx_bytes,
)
from tests.helpers import ROOT

PERIOD = Period(date(2026, 1, 1), date(2026, 3, 31))
ROWS = ["recruitment_pressure", "drugs", "weapons"]
COLUMNS = ["young_person", "friend", "parent", "professional"]
VALUES = [[20, 2, 11, 7], [15, 9, 8, 6], [12, 7, 0, 9]]


def crossed() -> Report:
    counts = {(r, c): VALUES[i][j] for i, r in enumerate(ROWS) for j, c in enumerate(COLUMNS)}
    return Report(PERIOD, (Dimension.TOPIC, Dimension.AUDIENCE), protect(counts, ROWS, COLUMNS))


def weekly() -> Report:
    weeks = weeks_of(PERIOD)
    counts = {(w,): (i * 7) % 23 for i, w in enumerate(weeks)}
    return Report(PERIOD, (Dimension.WEEK,), protect(counts, weeks))


def readme_csv_columns() -> list[str]:
    """The column names the README documents for report files."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("### Report files", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| `([a-z_0-9]+)` \|", section, flags=re.MULTILINE)


def test_csv_has_the_documented_columns_and_only_published_values():
    rows = list(csv.reader(io.StringIO(csv_bytes(crossed()).decode("utf-8"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert readme_csv_columns() == list(CSV_COLUMNS)
    body = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    assert len(body) == 3 * 4 + 3 + 4 + 1  # cells, row totals, column totals, grand total
    first = body[0]
    assert first == {
        "period_from": "2026-01-01",
        "period_to": "2026-03-31",
        "kind": "cell",
        "dimension_1": "topic",
        "category_1": "recruitment_pressure",
        "dimension_2": "audience",
        "category_2": "young_person",
        "count": "20",
        "suppressed": "",
    }
    small = next(r for r in body if r["category_2"] == "friend" and r["kind"] == "cell")
    assert (small["count"], small["suppressed"]) == ("<5", "primary")
    assert {r["suppressed"] for r in body} == {"", "primary", "secondary"}
    assert all(r["count"] == ".." for r in body if r["suppressed"] == "secondary")
    assert body[-1]["kind"] == "grand_total"
    assert body[-1]["count"] == "106"
    truth = {(r, c): VALUES[i][j] for i, r in enumerate(ROWS) for j, c in enumerate(COLUMNS)}
    for r in body:
        if r["kind"] == "cell" and not r["suppressed"]:
            assert int(r["count"]) == truth[(r["category_1"], r["category_2"])]


def test_xlsx_opens_with_openpyxl_and_holds_the_same_numbers():
    report = crossed()
    workbook = load_workbook(io.BytesIO(xlsx_bytes(report)), read_only=True)
    assert workbook.sheetnames == ["summary", "about"]
    sheet_rows = [list(row) for row in workbook["summary"].iter_rows(values_only=True)]
    csv_rows = list(csv.reader(io.StringIO(csv_bytes(report).decode("utf-8"))))
    assert len(sheet_rows) == len(csv_rows)
    assert [str(v) for v in sheet_rows[0]] == csv_rows[0]
    count = CSV_COLUMNS.index("count")
    for from_sheet, from_csv in zip(sheet_rows[1:], csv_rows[1:], strict=True):
        assert [("" if v is None else str(v)) for v in from_sheet] == from_csv
        if from_csv[count].isdigit():
            assert isinstance(from_sheet[count], int)  # numbers stay numbers in a spreadsheet
    about = {row[0]: row[1] for row in workbook["about"].iter_rows(values_only=True)}
    assert about["k"] == 5
    assert about["dimensions"] == "topic,audience"


@pytest.mark.parametrize("make", [crossed, weekly])
def test_chart_is_a_valid_png(make):
    data = chart_png(
        make(), ChartText("Referrals by topic × audience, 2026-01-01 – 2026-03-31", "n")
    )
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    image = Image.open(io.BytesIO(data))
    image.verify()
    image = Image.open(io.BytesIO(data))
    width, height = image.size
    assert 300 <= width <= 4000
    assert 300 <= height <= 4000
    assert width + height <= 10000
    assert max(width, height) / min(width, height) <= 20
    colours = image.convert("RGB").getcolors(maxcolors=1 << 16)
    assert colours is not None
    assert len(colours) > 10


def test_chart_refuses_a_table_with_too_many_cells():
    rows = [f"r{i}" for i in range(MAX_CHART_BARS // 2 + 1)]
    counts = {(r, c): 10 for r in rows for c in ("a", "b")}
    report = Report(
        PERIOD, (Dimension.RESOURCE, Dimension.OUTCOME), protect(counts, rows, ["a", "b"])
    )
    with pytest.raises(ValueError, match="too many cells"):
        chart_png(report, ChartText("t", "n"))


def test_twelve_series_get_twelve_colours():
    """matplotlib's default cycle has 10 colours: the 11th and 12th topics were drawn in the
    colours of the 1st and 2nd."""
    colours = [colour for colour, _hatch in series_styles(len(Topic))]
    assert len(Topic) == 12
    assert len(set(colours)) == 12
    assert series_styles(3) == [("#1f77b4", ""), ("#ff7f0e", ""), ("#2ca02c", "")]  # tab10


def test_every_series_a_chart_can_hold_has_its_own_style():
    for count in (1, 10, 11, 20, 60, 61, MAX_CHART_BARS):
        styles = series_styles(count)
        assert len(styles) == len(set(styles)) == count, count
    assert len({colour for colour, _hatch in series_styles(60)}) == 60


def test_the_twelve_topics_are_drawn_in_twelve_colours():
    rows = ["young_person", "parent"]
    topics = [str(t) for t in Topic]
    counts = {(r, t): 10 + i for r in rows for i, t in enumerate(topics)}
    report = Report(PERIOD, (Dimension.AUDIENCE, Dimension.TOPIC), protect(counts, rows, topics))
    axes = chart_figure(report, ChartText("t", "n")).axes[0]
    faces = [tuple(container.patches[0].get_facecolor()) for container in axes.containers]
    assert len(faces) == 12
    assert len(set(faces)) == 12
