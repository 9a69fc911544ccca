"""Staff commands (issue 5): ``/summary`` for viewers and admins, ``/staff`` for admins.

For anyone who is not staff the filters simply fail, and the update goes on to the
routers after this one: a non-staff user gets *exactly* what an unknown command or a
stale button gets, by construction. Forged ``sum:`` callback data fare the same.
Access is looked up on every update, so a removed member loses it at once. Every
staff action is audited; attempts by others are not recorded (that would store a
user's id).

A summary is sent as a monospace table (split over at most :data:`MAX_PAGES` messages
of at most 4096 characters, Bot API ``sendMessage``), a PNG chart (``sendPhoto``,
caption at most 1024 characters) and CSV and XLSX files (``sendDocument``).
"""

from __future__ import annotations

import asyncio
from html import escape
from typing import Any

from aiogram import Router
from aiogram.filters import CommandObject, Filter
from aiogram.types import BufferedInputFile, CallbackQuery, Message, TelegramObject, User
from aiogram.utils.i18n import get_i18n
from aiogram.utils.i18n import gettext as _

from bot.core.access import Action, Role, StaffMember
from bot.core.clock import Clock
from bot.core.disclosure import UnsafeTableError
from bot.core.monospace import paginate, render
from bot.core.periods import PeriodError, period_for, recent_months
from bot.core.report import Dimension, Report
from bot.exports import ChartText, chart_png, csv_bytes, xlsx_bytes
from bot.staff_desk import StaffDesk
from handlers import staff_screens
from handlers.filters import command, pressed_in_private_chat, private_chat
from handlers.screens import Screen
from handlers.staff_screens import ALONE, MONTH_MENU, SummaryPick
from handlers.telegram import edit_screen, send_screen

router = Router(name="staff")
router.message.filter(private_chat)
router.callback_query.filter(pressed_in_private_chat)

CHAT_WIDTH = 48  # wider matrices are shown grouped by row: phones wrap long lines
PAGE_CHARS = 3500  # table text per message; the rest of 4096 is for title and legend
MAX_PAGES = 3
MAX_CAPTION = 1024  # Bot API: media captions are 0-1024 characters


class IsStaff(Filter):
    """Passes staff members whose role allows ``action``; adds ``staff_member``."""

    def __init__(self, action: Action) -> None:
        self.action = action

    async def __call__(
        self,
        event: TelegramObject,
        event_from_user: User | None = None,
        staff_desk: StaffDesk | None = None,
    ) -> bool | dict[str, Any]:
        if event_from_user is None or staff_desk is None:
            return False
        member = await staff_desk.member(event_from_user.id)
        if member is None or not member.may(self.action):
            return False
        return {"staff_member": member}


@router.message(command("summary"), IsStaff(Action.SUMMARY))
async def on_summary(message: Message, staff_member: StaffMember, staff_desk: StaffDesk) -> None:
    await staff_desk.record("summary.menu", {}, member=staff_member, channel="telegram")
    await send_screen(message, staff_screens.period_menu())


@router.message(command("staff"), IsStaff(Action.STAFF_LIST))
async def on_staff(
    message: Message, command: CommandObject, staff_member: StaffMember, staff_desk: StaffDesk
) -> None:
    """The staff list. ``/staff add 123`` and the like change nothing here (staff are
    managed on the server's command line): the list then ends with a line that says so."""
    await staff_desk.record("staff.list", {}, member=staff_member, channel="telegram")
    ids = staff_desk.settings.staff_ids
    configured = [StaffMember(i, Role.ADMIN, configured=True) for i in ids]
    stored = [m for m in await staff_desk.staff.list() if m.telegram_id not in ids]
    text = staff_screens.staff_list(configured + stored)
    if command.args and command.args.strip():
        text += "\n\n" + staff_screens.staff_cli_hint()
    await message.answer(text)


@router.callback_query(SummaryPick.filter(), IsStaff(Action.SUMMARY))
async def on_pick(
    callback: CallbackQuery,
    callback_data: SummaryPick,
    staff_member: StaffMember,
    staff_desk: StaffDesk,
    clock: Clock,
) -> None:
    """One step of /summary: month list, first dimension, second dimension, result."""
    await callback.answer()
    pick = callback_data
    parameters = {"period": pick.period, "first": pick.first, "second": pick.second}
    if pick.period == MONTH_MENU:
        await staff_desk.record(
            "summary.menu", {"period": MONTH_MENU}, member=staff_member, channel="telegram"
        )
        await edit_screen(callback, staff_screens.month_menu(recent_months(clock())))
        return
    try:
        period = period_for(pick.period, clock())
        first = Dimension(pick.first) if pick.first else None
        second = Dimension(pick.second) if pick.second not in ("", ALONE) else None
    except (PeriodError, ValueError):
        return  # data no button of ours carries: nothing to do
    if first is None or not pick.second:
        await staff_desk.record("summary.menu", parameters, member=staff_member, channel="telegram")
        await edit_screen(callback, staff_screens.dimension_menu(pick.period, period.label, first))
        return
    dimensions = (first,) if second is None else (first, second)
    if len(set(dimensions)) != len(dimensions):
        return
    try:
        report = await staff_desk.summary(
            period,
            dimensions,
            member=staff_member,
            channel="telegram",
            extra={"period": pick.period},
        )
    except UnsafeTableError:
        await edit_screen(callback, Screen(staff_screens.too_few()))
        return
    await send_report(callback, report)


async def send_report(callback: CallbackQuery, report: Report) -> None:
    """The table (in place of the menu, then further pages), the chart, CSV and XLSX."""
    names = staff_screens.summary_names()  # the chart's; the table's mark partial weeks
    lines = render(
        report,
        total=_("total"),
        count=_("count"),
        max_width=CHAT_WIDTH,
        names=staff_screens.table_names(report),
    )
    pages = paginate(lines, PAGE_CHARS)
    shown = pages[:MAX_PAGES]
    for number, body in enumerate(shown):
        text = staff_screens.page(
            report,
            body,
            first=number == 0,
            last=number == len(shown) - 1,
            more=len(pages) > len(shown),
        )
        if number == 0:
            await edit_screen(callback, Screen(text))
        elif isinstance(callback.message, Message):
            await callback.message.answer(text)
    if not isinstance(callback.message, Message):
        return
    message = callback.message
    title = staff_screens.title(report)
    name = f"summary-{'-'.join(d.value for d in report.dimensions)}-{report.period.first}-{report.period.last}"
    try:
        # asyncio.to_thread runs in a copy of this context: the names keep the update's language
        chart_text = ChartText(title, _("count"), names, locale=get_i18n().current_locale)
        png = await asyncio.to_thread(chart_png, report, chart_text)
    except ValueError:
        png = None  # too many cells to draw; the files hold every number
    if png is not None:
        await message.answer_photo(
            BufferedInputFile(png, f"{name}.png"), caption=escape(title)[:MAX_CAPTION]
        )
    await message.answer_document(BufferedInputFile(csv_bytes(report), f"{name}.csv"))
    xlsx = await asyncio.to_thread(xlsx_bytes, report)
    await message.answer_document(BufferedInputFile(xlsx, f"{name}.xlsx"))
