"""Staff summaries in Telegram name dimensions and categories in the staff member's
language (handlers/staff_screens.py: ``summary_names``), in lower case inside the title
("Hänvisningar per ämne × vem som frågade", a fresh-clone tester read "per Ämne" and the
raw id ``recruitment_pressure`` in a Swedish summary); the report CLI and the CSV keep the
ids (bot/core/monospace.py with its default names)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date

import pytest
from aiogram.utils.i18n import I18n

from bot.catalogs import DOMAIN
from bot.config import SUPPORTED_LOCALES
from bot.core.access import Role, StaffMember
from bot.core.disclosure import protect
from bot.core.monospace import render
from bot.core.periods import Period
from bot.core.report import NONE, Dimension, Report
from bot.core.taxonomy import AgeBand, Audience, Topic
from bot.exports import csv_bytes
from handlers.staff_screens import (
    category_label,
    dimension_phrase,
    staff_list,
    summary_names,
    title,
)
from tests.helpers import ROOT

PERIOD = Period(date(2026, 1, 1), date(2026, 3, 31))
ROWS = ["recruitment_pressure", "drugs", "family_worry"]
COLUMNS = ["young_person", "parent"]
VALUES = [[20, 11], [15, 8], [12, 9]]
I18N = I18n(path=ROOT / "locales", default_locale="en", domain=DOMAIN)


def crossed() -> Report:
    counts = {(r, c): VALUES[i][j] for i, r in enumerate(ROWS) for j, c in enumerate(COLUMNS)}
    return Report(PERIOD, (Dimension.TOPIC, Dimension.AUDIENCE), protect(counts, ROWS, COLUMNS))


@pytest.fixture
def swedish() -> Iterator[None]:
    with I18N.context(), I18N.use_locale("sv"):
        yield


def test_a_swedish_summary_reads_swedish(swedish: None) -> None:
    report = crossed()
    assert title(report) == "Hänvisningar per ämne × vem som frågade, " + PERIOD.label
    lines = render(report, total="totalt", count="antal", names=summary_names())
    assert lines[0].split()[:5] == ["ämne", "\\", "vem", "som", "frågade"]
    text = "\n".join(lines)
    for name in ("rekryteringstryck", "droger", "oro för ett barn", "ung person", "förälder"):
        assert name in text
    assert "recruitment_pressure" not in text
    assert "young_person" not in text


def test_the_cli_table_and_the_csv_keep_the_ids(swedish: None) -> None:
    report = crossed()
    text = "\n".join(render(report))
    assert "recruitment_pressure" in text
    assert "young_person" in text
    rows = list(csv.reader(io.StringIO(csv_bytes(report).decode("utf-8"))))
    assert {row[4] for row in rows[1:]} >= {"recruitment_pressure", "drugs", "family_worry"}


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_every_category_has_a_name_in_every_language(locale: str) -> None:
    """No id shows through: each topic, audience, age band and answer has its own name, no
    two alike within a dimension, and none is the id itself (except English words that are
    the same, such as "drugs")."""
    cases = {
        Dimension.TOPIC: [t.value for t in Topic],
        Dimension.AUDIENCE: [a.value for a in Audience],
        Dimension.AGE_BAND: [*(b.value for b in AgeBand), NONE],
        Dimension.OUTCOME: ["yes", "no", NONE],
    }
    with I18N.context(), I18N.use_locale(locale):
        for dimension, values in cases.items():
            names = [category_label(dimension, v) for v in values]
            assert len(set(names)) == len(names), (locale, dimension, names)
            assert all(name and "_" not in name for name in names), (locale, names)
        phrases = [dimension_phrase(d) for d in Dimension]
        assert len(set(phrases)) == len(phrases), (locale, phrases)
        assert category_label(Dimension.LANGUAGE, "ckb") == "کوردی (سۆرانی)"
        assert category_label(Dimension.CAMPAIGN, "skolstart-2026") == "skolstart-2026"


def test_the_staff_list_names_roles_in_the_readers_language(swedish: None) -> None:
    """A fresh-clone tester's Swedish /staff read "555 admin (personaltabellen)"."""
    text = staff_list([StaffMember(555, Role.ADMIN, configured=False), StaffMember(7, Role.VIEWER)])
    lines = text.splitlines()
    assert lines[1].startswith("<code>555</code> administratör (")
    assert lines[2].startswith("<code>7</code> läsare (")
