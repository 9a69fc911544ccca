"""Resource cards: a ranked service rendered as a short HTML block in the user's language.

Phone numbers and Latin names are wrapped in Unicode isolates (FSI … PDI) so that they
keep their order inside right-to-left text.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from functools import lru_cache
from html import escape

from aiogram.utils.i18n import gettext as _
from babel.dates import format_date, format_time

from bot.core.bidi import is_rtl_locale, isolate_ltr_runs
from bot.core.directory import Service
from bot.core.ranking import RankedService
from bot.core.schedule import OpeningStatus, opening_status
from handlers.screens import emergency_intro

FSI, PDI = "\u2068", "\u2069"  # Unicode first-strong isolate and pop directional isolate


def isolate(text: str) -> str:
    """``text`` wrapped in Unicode isolates (UAX #9), safe inside RTL paragraphs."""
    return f"{FSI}{text}{PDI}"


def _clock(moment: datetime, locale: str) -> str:
    return _clock_text(moment.hour, moment.minute, locale)


@lru_cache(maxsize=4096)
def _clock_text(hour: int, minute: int, locale: str) -> str:
    """``"HH:mm"`` in ``locale``'s digits (Babel), remembered: cards show the same few."""
    return format_time(clock_time(hour, minute), format="HH:mm", locale=locale)


@lru_cache(maxsize=256)
def _weekday_name(weekday: int, locale: str) -> str:
    """The name of ``weekday`` (0 = Monday) in ``locale`` (Babel, CLDR), remembered."""
    return format_date(_A_MONDAY + timedelta(days=weekday), format="EEEE", locale=locale)


_A_MONDAY = date(2024, 1, 1)


def opening_line(status: OpeningStatus, now: datetime, locale: str) -> str:
    """ "Open 24/7", "Open now · closes at 17:00", "Closed · opens Monday at 08:00"."""
    if status.state == "always_open":
        return _("Open 24/7")
    if status.state == "open" and status.closes_at is not None:
        return _("Open now · closes at {time}").format(
            time=isolate(_clock(status.closes_at, locale))
        )
    if status.opens_at is None:
        return _("Closed")
    time = isolate(_clock(status.opens_at, locale))
    if status.opens_at.date() == now.astimezone(status.opens_at.tzinfo).date():
        return _("Closed · opens today at {time}").format(time=time)
    weekday = _weekday_name(status.opens_at.weekday(), locale)
    return _("Closed · opens {weekday} at {time}").format(weekday=weekday, time=time)


def availability_line(
    service: Service, status: OpeningStatus, now: datetime, locale: str
) -> str | None:
    """ "Website" for a web page or form (nobody answers; it is not an open line), else the
    opening state, else the hours in words, else ``None``."""
    if service.schedule.always_open and not (service.phones or service.chat_url):
        return _("Website")
    if service.schedule.hours_known:
        return opening_line(status, now, locale)
    if service.hours_note is not None:
        return escape(isolate_ltr_runs(_pick_note(service, locale), rtl=is_rtl_locale(locale)))
    return None


def service_card(service: Service, status: OpeningStatus, now: datetime, locale: str) -> str:
    """One card: name, what it is, phones, link and when it can be reached (HTML)."""
    name, description = service.name_for(locale), service.description_for(locale)
    # Latin names and numbers inside Arabic/Persian text keep their order (UAX #9 isolates).
    rtl = is_rtl_locale(locale)
    name, description = isolate_ltr_runs(name, rtl=rtl), isolate_ltr_runs(description, rtl=rtl)
    lines = [f"<b>{escape(name)}</b>", escape(description)]
    for phone in service.phones:
        lines.append("☎️ " + isolate(escape(phone.number)))
    if reached_through_web_page(service):
        lines.append(  # 🌐, not ℹ: ℹ is a left-to-right letter to UAX #9, unisolated in Arabic
            "🌐 "
            + _("How to reach them is on the web page: we show only phone numbers we have checked.")
        )
    if service.url:
        lines.append("🔗 " + isolate(escape(str(service.url))))
    availability = availability_line(service, status, now, locale)
    if availability:
        lines.append(availability)
    return "\n".join(lines)


def reached_through_web_page(service: Service) -> bool:
    """Whether the card says how to reach it is on its web page: a service a person answers
    (not a web form or guide open around the clock) with a web page but no phone number or
    chat of its own here, because none has been checked against an official source yet
    (non-negotiable 5; e.g. Huddinge's social services: ``docs/resources.md``)."""
    return (
        not service.phones
        and service.chat_url is None
        and service.url is not None
        and not service.schedule.always_open
    )


def _pick_note(service: Service, locale: str) -> str:
    note = service.hours_note or {}
    return note.get(locale) or note.get("sv") or note.get("en") or ""


def cards_message(
    ranked: list[RankedService], now: datetime, locale: str, advice: Sequence[str] = ()
) -> str:
    """The resource cards message: advice lines, a heading and one card per service (HTML)."""
    cards = [service_card(item.service, item.status, now, locale) for item in ranked]
    heading = _("<b>Here is where you can get help:</b>")
    return "\n\n".join([*advice, heading, *cards, _("In danger now? Call <b>112</b>.")])


def emergency_message(services: Sequence[Service], now: datetime, locale: str) -> str:
    """112 first, then the 24/7 lines (``bot.core.emergency.emergency_services``), HTML."""
    parts = [emergency_intro()]
    for service in services:
        parts.append(service_card(service, opening_status(service.schedule, now), now, locale))
    return "\n\n".join(parts)
