"""Staff screens: the /summary menus and the texts around a summary (HTML).

Callback data carry ids only: a period id (bot.core.periods), dimension ids
(bot.core.report.Dimension) and ``-`` for "no second dimension"; at most
``sum:m202603:age_band:campaign`` = 30 bytes of the 64 allowed.
"""

from __future__ import annotations

from html import escape

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram.utils.i18n import gettext as _

from bot.core.access import StaffMember
from bot.core.report import Dimension, Report
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
            period=period_label, first=dimension_label(first)
        )
    return Screen(text, InlineKeyboardMarkup(inline_keyboard=rows))


def _pick(period_id: str, first: Dimension | None, chosen: Dimension) -> SummaryPick:
    if first is None:
        return SummaryPick(period=period_id, first=chosen.value)
    return SummaryPick(period=period_id, first=first.value, second=chosen.value)


def title(report: Report) -> str:
    """Plain text: what is counted, by what, over which days."""
    by = " × ".join(dimension_label(d) for d in report.dimensions)
    return _("Referrals by {by}, {period}").format(by=by, period=report.period.label)


def legend(report: Report) -> str:
    """HTML: what the marks mean, and the unit."""
    k = report.table.k
    text = _(
        "“{small}” means fewer than {k}. “..” is hidden so that the totals cannot give a small number away."
    ).format(small=escape(f"<{k}"), k=k)
    if report.unit == "service showings":
        text += "\n" + _("A referral counts once for every resource it showed.")
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


def staff_list(members: list[StaffMember]) -> str:
    lines = [_("<b>Staff</b>")]
    for member in members:
        source = _("configuration") if member.configured else _("staff table")
        lines.append(f"<code>{member.telegram_id}</code> {member.role.value} ({source})")
    return "\n".join(lines)
