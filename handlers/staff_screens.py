"""Staff screens: the /summary menus and the texts around a summary (HTML).

Callback data carry ids only: a period id (bot.core.periods), dimension ids
(bot.core.report.Dimension) and ``-`` for "no second dimension"; at most
``sum:m202603:age_band:campaign`` = 30 bytes of the 64 allowed.
"""

from __future__ import annotations

from collections.abc import Hashable
from html import escape

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram.utils.i18n import gettext as _

from bot.core.access import Role, StaffMember
from bot.core.monospace import PARTIAL_WEEK, Names, marking_partial_weeks, partial_weeks_shown
from bot.core.report import NONE, Dimension, Report
from bot.core.taxonomy import AgeBand, Audience, Topic
from handlers.labels import LANGUAGE_NAMES, age_label
from handlers.screens import Screen

MONTH_MENU = "month"
ALONE = "-"


class SummaryPick(CallbackData, prefix="sum"):
    """A step of /summary: ``period`` (or ``month`` for the month list), then
    ``first`` and ``second`` dimension (``-`` for none)."""

    period: str
    first: str = ""
    second: str = ""


def dimension_label(dimension: Dimension) -> str:
    labels = {
        Dimension.TOPIC: _("Topic"),
        Dimension.AUDIENCE: _("Who asked"),
        Dimension.AGE_BAND: _("Age band"),
        Dimension.LANGUAGE: _("Language"),
        Dimension.CAMPAIGN: _("Campaign"),
        Dimension.DISTRICT: _("District"),
        Dimension.RESOURCE: _("Resource shown"),
        Dimension.OUTCOME: _("Did it help?"),
        Dimension.WEEK: _("Week by week"),
    }
    return labels[dimension]


def dimension_phrase(dimension: Dimension) -> str:
    """The dimension inside a sentence ("Referrals by topic", "By topic. Cross with:")."""
    phrases = {
        Dimension.TOPIC: _("topic"),
        Dimension.AUDIENCE: _("who asked"),
        Dimension.AGE_BAND: _("age band"),
        Dimension.LANGUAGE: _("language"),
        Dimension.CAMPAIGN: _("campaign"),
        Dimension.DISTRICT: _("district"),
        Dimension.RESOURCE: _("resource shown"),
        Dimension.OUTCOME: _("whether it helped"),
        Dimension.WEEK: _("week"),
    }
    return phrases[dimension]


def category_label(dimension: Dimension, category: Hashable) -> str:
    """A category of a summary as staff read it in Telegram: topics, audiences, age bands,
    answers to "did this help?" and languages by name; "not given" for :data:`NONE`.
    Campaigns, districts and services keep their ids (the municipality's own words), weeks
    their ISO week. The CSV and XLSX files keep every id (stable for comparisons)."""
    value = str(category)
    if value == NONE:
        return _("not given")
    if dimension is Dimension.TOPIC and value in _TOPICS:
        return _topic_label(Topic(value))
    if dimension is Dimension.AUDIENCE and value in _AUDIENCES:
        return _audience_label(Audience(value))
    if dimension is Dimension.AGE_BAND and value in _AGE_BANDS:
        band = AgeBand(value)
        return _("rather not say") if band is AgeBand.UNKNOWN else age_label(band)
    if dimension is Dimension.OUTCOME:
        return {"yes": _("helped"), "no": _("did not help")}.get(value, value)
    if dimension is Dimension.LANGUAGE:
        return LANGUAGE_NAMES.get(value, value)
    return value


_TOPICS = frozenset(Topic)
_AUDIENCES = frozenset(Audience)
_AGE_BANDS = frozenset(AgeBand)


def _topic_label(topic: Topic) -> str:
    labels = {
        Topic.RECRUITMENT_PRESSURE: _("recruitment pressure"),
        Topic.DEBT_OR_THREAT: _("debt or threat"),
        Topic.WANTS_OUT: _("wants to get out"),
        Topic.VIOLENCE_VICTIM: _("victim of violence"),
        Topic.WITNESS_OR_TIP: _("witness or tip"),
        Topic.WEAPONS: _("weapons"),
        Topic.DRUGS: _("drugs"),
        Topic.ONLINE_CONTACT: _("online contact"),
        Topic.FAMILY_WORRY: _("worry about a child"),
        Topic.MENTAL_HEALTH: _("mental health"),
        Topic.SCHOOL_OR_LEISURE: _("school or free time"),
        Topic.OTHER: _("other"),
    }
    return labels[topic]


def _audience_label(audience: Audience) -> str:
    labels = {
        Audience.YOUNG_PERSON: _("young person"),
        Audience.FRIEND: _("friend"),
        Audience.PARENT: _("parent or relative"),
        Audience.PROFESSIONAL: _("professional"),
    }
    return labels[audience]


def summary_names() -> Names:
    """The names of a summary's table and chart in the current language."""
    return Names(dimension=dimension_phrase, category=category_label)


def table_names(report: Report) -> Names:
    """:func:`summary_names` for the table in the chat: a week the period holds only part
    of is marked (``2026-W44*``), as the :func:`legend` explains."""
    return marking_partial_weeks(summary_names(), report)


def _button(text: str, pick: SummaryPick) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=text, callback_data=pick.pack())


def period_menu() -> Screen:
    rows = [
        [_button(_("Last 7 days"), SummaryPick(period="7d"))],
        [_button(_("Last 30 days"), SummaryPick(period="30d"))],
        [_button(_("Last quarter"), SummaryPick(period="q"))],
        [_button(_("Choose a month"), SummaryPick(period=MONTH_MENU))],
    ]
    text = _("<b>Summary of referrals</b>\nChoose a period:")
    return Screen(text, InlineKeyboardMarkup(inline_keyboard=rows))


def month_menu(month_ids: list[str]) -> Screen:
    """``month_ids`` like ``m202603``, shown as ``2026-03``, three to a row."""
    buttons = [_button(f"{m[1:5]}-{m[5:]}", SummaryPick(period=m)) for m in month_ids]
    rows = [buttons[i : i + 3] for i in range(0, len(buttons), 3)]
    return Screen(_("Choose a month:"), InlineKeyboardMarkup(inline_keyboard=rows))


def dimension_menu(period_id: str, period_label: str, first: Dimension | None = None) -> Screen:
    """First step: every dimension. Second step: every other one, or none."""
    rows = [
        [_button(dimension_label(d), _pick(period_id, first, d))]
        for d in Dimension
        if d is not first
    ]
    if first is None:
        text = _("Period: {period}\nCount by:").format(period=period_label)
    else:
        rows.insert(
            0,
            [
                _button(
                    _("Only this"), SummaryPick(period=period_id, first=first.value, second=ALONE)
                )
            ],
        )
        text = _("Period: {period}\nBy {first}. Cross with:").format(
            period=period_label, first=dimension_phrase(first)
        )
    return Screen(text, InlineKeyboardMarkup(inline_keyboard=rows))


def _pick(period_id: str, first: Dimension | None, chosen: Dimension) -> SummaryPick:
    if first is None:
        return SummaryPick(period=period_id, first=chosen.value)
    return SummaryPick(period=period_id, first=first.value, second=chosen.value)


def title(report: Report) -> str:
    """Plain text: what is counted, by what, over which days."""
    by = " × ".join(dimension_phrase(d) for d in report.dimensions)
    return _("Referrals by {by}, {period}").format(by=by, period=report.period.label)


def legend(report: Report) -> str:
    """HTML: what the marks mean, and the unit."""
    k = report.table.k
    text = _(
        "“{small}” means fewer than {k}. “..” is hidden so that the totals cannot give a small number away."
    ).format(small=escape(f"<{k}"), k=k)
    if report.unit == "service showings":
        text += "\n" + _("A referral counts once for every resource it showed.")
    for week, (first, last) in partial_weeks_shown(report).items():
        note = _("{week}: only part of the week is in the period, {first} – {last}").format(
            week=week, first=first.isoformat(), last=last.isoformat()
        )
        text += "\n" + escape(f"{PARTIAL_WEEK} {note}")
    return text


def page(report: Report, body: str, first: bool, last: bool, more: bool) -> str:
    """One message of the table: title on the first, legend on the last (HTML)."""
    parts = [f"<b>{escape(title(report))}</b>"] if first else []
    parts.append(f"<pre>{escape(body)}</pre>")
    if last:
        if more:
            parts.append(escape(_("The table goes on in the CSV file.")))
        parts.append(legend(report))
    return "\n".join(parts)


def too_few() -> str:
    return _(
        "There are too few referrals to show this table safely. Choose a longer period or fewer dimensions."
    )


def role_label(role: Role) -> str:
    """A staff role in the reader's language (the CLI's ``--role`` keeps the ids)."""
    return _("admin") if role is Role.ADMIN else _("viewer")


def staff_list(members: list[StaffMember]) -> str:
    lines = [_("<b>Staff</b>")]
    for member in members:
        source = _("configuration") if member.configured else _("staff table")
        lines.append(f"<code>{member.telegram_id}</code> {role_label(member.role)} ({source})")
    return "\n".join(lines)


STAFF_ADD_COMMAND = "python -m bot staff add ID --role viewer|admin"
STAFF_REMOVE_COMMAND = "python -m bot staff remove ID"
"""The operator's commands for the staff table, as the README gives them."""


def staff_cli_hint() -> str:
    """HTML: staff are added and removed on the server's command line, not in the chat."""
    return _(
        "Staff members are added and removed on the server, with the command line: {add} and {remove}"
    ).format(
        add=f"<code>{escape(STAFF_ADD_COMMAND)}</code>",
        remove=f"<code>{escape(STAFF_REMOVE_COMMAND)}</code>",
    )
