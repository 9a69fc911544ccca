"""A Tigrinya staff chart: DejaVu Sans has no Ethiopic (docs/translations.md), and matplotlib
warned once per letter, naming it ("Glyph 4656 (\\N{ETHIOPIC SYLLABLE SA}) missing from
font(s) DejaVu Sans."), which flooded the bot's log. The chart is still drawn; it logs one
line at most, without its text, and no warning escapes (the suite runs with ``-W error``)."""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator
from datetime import date

import pytest
from aiogram.utils.i18n import I18n

from bot.catalogs import DOMAIN
from bot.core.disclosure import protect
from bot.core.periods import Period
from bot.core.report import Dimension, Report
from bot.exports import ChartText, chart_png
from handlers.staff_screens import summary_names, title
from tests.helpers import ROOT

I18N = I18n(path=ROOT / "locales", default_locale="en", domain=DOMAIN)
PERIOD = Period(date(2026, 1, 1), date(2026, 3, 31))
ROWS = ["recruitment_pressure", "drugs", "family_worry", "mental_health"]
COLUMNS = ["young_person", "parent"]


def crossed() -> Report:
    counts = {(r, c): 10 + i + j for i, r in enumerate(ROWS) for j, c in enumerate(COLUMNS)}
    return Report(PERIOD, (Dimension.TOPIC, Dimension.AUDIENCE), protect(counts, ROWS, COLUMNS))


@pytest.fixture
def in_error_mode() -> Iterator[None]:
    """Any warning that reaches the warnings machinery is an error (as ``pytest -W error``)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        yield


def draw(locale: str) -> bytes:
    report = crossed()
    with I18N.context(), I18N.use_locale(locale):
        text = ChartText(title(report), "n", summary_names(), locale=locale)
        labels = [text.names.category(Dimension.TOPIC, r) for r in ROWS]
        if locale == "ti":
            assert all(any("\u1200" <= ch <= "\u137f" for ch in label) for label in labels)
        return chart_png(report, text)  # the names are translated as they are drawn


def glyph_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if "glyph" in r.getMessage().lower()]


def test_a_tigrinya_chart_logs_one_line_and_no_warning_escapes(
    caplog: pytest.LogCaptureFixture, in_error_mode: None
) -> None:
    caplog.set_level(logging.DEBUG)
    png = draw("ti")
    assert png.startswith(b"\x89PNG")
    assert len(png) > 1000
    records = glyph_records(caplog)
    assert [r.getMessage() for r in records] == ["chart: the font lacks glyphs for locale ti"]
    assert records[0].name == "bot.exports"
    assert not [r for r in caplog.records if r.name == "py.warnings"]
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert not any("\u1200" <= ch <= "\u137f" for ch in logged)  # no label text
    assert "ETHIOPIC" not in logged


def test_every_chart_logs_its_own_line_at_most(
    caplog: pytest.LogCaptureFixture, in_error_mode: None
) -> None:
    caplog.set_level(logging.DEBUG)
    draw("ti")
    draw("ti")
    assert len(glyph_records(caplog)) == 2  # one per chart, not one per letter


def test_a_chart_the_font_can_draw_logs_nothing(
    caplog: pytest.LogCaptureFixture, in_error_mode: None
) -> None:
    caplog.set_level(logging.DEBUG)
    draw("sv")
    draw("ar")
    assert glyph_records(caplog) == []


def test_other_warnings_while_drawing_pass_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the glyph warnings are caught: anything else matplotlib says still reaches
    the warnings machinery (and the log, through ``logging.captureWarnings``)."""
    from matplotlib.figure import Figure

    original = Figure.savefig

    def warning_savefig(self: Figure, *args: object, **kwargs: object) -> None:
        warnings.warn("something else", DeprecationWarning, stacklevel=1)
        original(self, *args, **kwargs)

    monkeypatch.setattr(Figure, "savefig", warning_savefig)
    with pytest.warns(DeprecationWarning, match="something else"):
        draw("sv")
