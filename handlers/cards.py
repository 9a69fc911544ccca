"""Resource cards: a ranked service rendered as a short HTML block in the user's language.

Phone numbers and Latin names are wrapped in Unicode isolates (FSI … PDI) so that they
keep their order inside right-to-left text.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from aiogram.utils.i18n import gettext as _
from babel.dates import format_date, format_time

from bot.core.directory import Directory, Service
from bot.core.ranking import RankedService
from bot.core.schedule import OpeningStatus, opening_status
from handlers.screens import emergency_intro

FSI, PDI = "\u2068", "\u2069"  # Unicode first-strong isolate and pop directional isolate


def isolate(text: str) -> str:
    """``text`` wrapped in Unicode isolates (UAX #9), safe inside RTL paragraphs."""
    return f"{FSI}{text}{PDI}"


def _clock(moment: datetime, locale: str) -> str:
    return format_time(moment, format="HH:mm", locale=locale)


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
    weekday = format_date(status.opens_at, format="EEEE", locale=locale)
    return _("Closed · opens {weekday} at {time}").format(weekday=weekday, time=time)


def service_card(service: Service, status: OpeningStatus, now: datetime, locale: str) -> str:
    """One card: name, what it is, phones, link and opening state (HTML)."""
    lines = [f"<b>{escape(service.name_for(locale))}</b>", escape(service.description_for(locale))]
    for phone in service.phones:
        lines.append("☎️ " + isolate(escape(phone.number)))
    if service.url:
        lines.append("🔗 " + isolate(escape(str(service.url))))
    if service.schedule.hours_known:
        lines.append(opening_line(status, now, locale))
    elif service.hours_note is not None:
        lines.append(escape(_pick_note(service, locale)))
    return "\n".join(lines)


def _pick_note(service: Service, locale: str) -> str:
    note = service.hours_note or {}
    return note.get(locale) or note.get("sv") or note.get("en") or ""


def cards_message(ranked: list[RankedService], now: datetime, locale: str) -> str:
    """The resource cards message: a heading and one card per service."""
    cards = [service_card(item.service, item.status, now, locale) for item in ranked]
    heading = _("<b>Here is where you can get help:</b>")
    return "\n\n".join([heading, *cards, _("In danger now? Call <b>112</b>.")])


EMERGENCY_SERVICE_IDS = ("sos-112", "bris-116111", "mind-90101")


def emergency_message(directory: Directory, now: datetime, locale: str) -> str:
    """112 first, then the 24/7 lines that are shown to users (HTML)."""
    parts = [emergency_intro()]
    shown = {service.id: service for service in directory.shown(now.date())}
    for service_id in EMERGENCY_SERVICE_IDS:
        service = shown.get(service_id)
        if service is not None:
            status = opening_status(service.schedule, now)
            parts.append(service_card(service, status, now, locale))
    return "\n\n".join(parts)
