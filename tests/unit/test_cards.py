"""Resource cards with a frozen clock: a website is a website, an office says when it opens."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from aiogram.utils.i18n import I18n

from bot.catalogs import DOMAIN
from bot.core.directory import load_directory
from bot.core.schedule import opening_status
from handlers.cards import availability_line, emergency_message, service_card
from tests.helpers import ROOT

STHLM = ZoneInfo("Europe/Stockholm")
DIRECTORY = load_directory(ROOT / "data" / "resources.json", today=date(2026, 11, 29))


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    i18n = I18n(path=ROOT / "locales", default_locale="en", domain=DOMAIN)
    with i18n.context(), i18n.use_locale("en"):
        yield


def line(service_id: str, now: datetime) -> str | None:
    service = DIRECTORY.service(service_id)
    return availability_line(service, opening_status(service.schedule, now), now, "en")


@pytest.mark.parametrize(
    ("service_id", "now", "expected"),
    [
        # web forms and guides: always there, but nobody answers
        ("polisen-tips-web", datetime(2026, 11, 25, 3, 0, tzinfo=STHLM), "Website"),
        ("huddinge-oro-eservice", datetime(2026, 11, 25, 15, 0, tzinfo=STHLM), "Website"),
        ("gangsnacket", datetime(2026, 12, 24, 15, 0, tzinfo=STHLM), "Website"),
        # phone lines a person answers around the clock
        ("bris-116111", datetime(2026, 11, 25, 3, 0, tzinfo=STHLM), "Open 24/7"),
        ("polisen-11414", datetime(2026, 12, 24, 3, 0, tzinfo=STHLM), "Open 24/7"),
        # weekday day, weekday night, weekend, Christmas eve (1177 in Somali: weekdays 8-17)
        (
            "1177-somaliska",
            datetime(2026, 11, 25, 10, 0, tzinfo=STHLM),
            "Open now · closes at \u206817:00\u2069",
        ),
        (
            "1177-somaliska",
            datetime(2026, 11, 25, 20, 0, tzinfo=STHLM),
            "Closed · opens Thursday at \u206808:00\u2069",
        ),
        (
            "1177-somaliska",
            datetime(2026, 11, 28, 12, 0, tzinfo=STHLM),
            "Closed · opens Monday at \u206808:00\u2069",
        ),
        (
            "1177-somaliska",
            datetime(2026, 12, 24, 10, 0, tzinfo=STHLM),
            "Closed · opens Monday at \u206808:00\u2069",
        ),
        (
            "brottsofferjouren-116006",
            datetime(2026, 11, 25, 7, 0, tzinfo=STHLM),
            "Closed · opens today at \u206809:00\u2069",
        ),
        # hours known only in words
        (
            "huddinge-socialtjanst-barn-unga",
            datetime(2026, 11, 25, 3, 0, tzinfo=STHLM),
            "Office hours",
        ),
        ("fryshuset-passus", datetime(2026, 11, 25, 3, 0, tzinfo=STHLM), None),
    ],
)
def test_availability_line(service_id: str, now: datetime, expected: str | None) -> None:
    assert line(service_id, now) == expected


def test_the_emergency_card_puts_112_first() -> None:
    now = datetime(2026, 11, 25, 3, 0, tzinfo=STHLM)
    services = [DIRECTORY.service(s) for s in ("sos-112", "bris-116111", "mind-90101")]
    text = emergency_message(services, now, "en")
    assert text.startswith("<b>If you are in danger now, call 112.</b>")
    assert text.index("112 – emergency number") < text.index("116 111") < text.index("90101")
    assert "Website" not in text


@pytest.mark.parametrize("locale", ["sv", "en", "ar", "fa", "so", "ti", "fi"])
def test_remembered_weekdays_and_clock_times_are_babels_own(locale: str) -> None:
    """The cards remember weekday names by (weekday, locale) and times by (hour, minute,
    locale): the same texts Babel gives for the moment itself, on every day of a week
    that crosses the change to winter time."""
    from babel.dates import format_date, format_time

    from handlers.cards import _clock, _weekday_name

    for day in range(23, 31):  # Thursday 23 October 2025 … Thursday 30 October 2025
        moment = datetime(2025, 10, day, 7 + day % 3, 5 * day % 60, tzinfo=STHLM)
        assert _weekday_name(moment.weekday(), locale) == format_date(
            moment, format="EEEE", locale=locale
        )
        assert _clock(moment, locale) == format_time(moment, format="HH:mm", locale=locale)


WEB_PAGE_LINE = (
    "🌐 How to reach them is on the web page: we show only phone numbers we have checked."
)


@pytest.mark.parametrize(
    ("service_id", "says_so"),
    [
        # people answer here, but no number has been checked against an official source yet
        ("huddinge-socialtjanst-barn-unga", True),
        ("huddinge-foraldraradgivare", True),
        ("huddinge-faltsekreterare", True),
        # a checked number: shown, nothing to explain
        ("bris-116111", False),
        ("polisen-11414", False),
        # a web form open around the clock: the link is the way in
        ("huddinge-oro-eservice", False),
    ],
)
def test_a_card_without_a_checked_number_says_where_to_find_one(
    service_id: str, says_so: bool
) -> None:
    """A parent at night read "contact social services" above a card with a link and
    "Office hours" only (a fresh-clone tester): the card says why there is no number."""
    service = DIRECTORY.service(service_id)
    now = datetime(2026, 11, 25, 22, 0, tzinfo=STHLM)
    card = service_card(service, opening_status(service.schedule, now), now, "en")
    assert (WEB_PAGE_LINE in card.splitlines()) is says_so, card
    if says_so:
        assert "☎️" not in card  # no phone number at all, rather than an unchecked one


def test_the_web_page_line_is_translated() -> None:
    service = DIRECTORY.service("huddinge-socialtjanst-barn-unga")
    now = datetime(2026, 11, 25, 22, 0, tzinfo=STHLM)
    i18n = I18n(path=ROOT / "locales", default_locale="en", domain=DOMAIN)
    with i18n.context(), i18n.use_locale("sv"):
        card = service_card(service, opening_status(service.schedule, now), now, "sv")
    assert (
        "🌐 Hur du når dem står på webbsidan: vi visar bara telefonnummer som vi har kontrollerat."
        in card.splitlines()
    ), card
