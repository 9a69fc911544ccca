"""``python -m bot staff add|remove|list``: the staff table (issue 5).

``add ID --role viewer|admin`` adds a member or changes their role, ``remove ID``
takes access away at once, ``list`` prints the members (configured ``STAFF_IDS`` too,
marked ``config``). Changes are audited (channel ``cli``). A Telegram id is the
number Telegram gives an account; staff ids may be stored, users' ids never are.
"""

from __future__ import annotations

import argparse

from bot.app import App
from bot.commands import CliCommand, with_app
from bot.config import Settings
from bot.core.access import Role
from bot.staff_desk import StaffDesk


def telegram_id(text: str) -> int:
    """A positive Telegram id; argparse turns the :class:`ValueError` into exit code 2."""
    value = int(text)
    if value <= 0:
        raise ValueError(text)
    return value


def _configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="add a staff member, or change their role")
    add.add_argument("telegram_id", type=telegram_id, help="the member's Telegram id")
    add.add_argument("--role", choices=[r.value for r in Role], default=Role.VIEWER.value)
    remove = actions.add_parser("remove", help="remove a staff member (access ends at once)")
    remove.add_argument("telegram_id", type=telegram_id)
    actions.add_parser("list", help="list staff members and roles")


async def _run(args: argparse.Namespace, settings: Settings) -> int:
    async def body(app: App) -> int:
        desk = StaffDesk.create(app.engine, settings, app.directory, app.referrals)
        if args.action == "add":
            new = await desk.staff.add(args.telegram_id, Role(args.role))
            await desk.record(
                "staff.add",
                {"telegram_id": args.telegram_id, "role": args.role},
                member=None,
                channel="cli",
            )
            print(f"{'added' if new else 'updated'} {args.telegram_id} as {args.role}")
            return 0
        if args.action == "remove":
            removed = await desk.staff.remove(args.telegram_id)
            await desk.record(
                "staff.remove", {"telegram_id": args.telegram_id}, member=None, channel="cli"
            )
            if args.telegram_id in settings.staff_ids:
                print(f"note: {args.telegram_id} is in STAFF_IDS; remove it there too")
            print(f"removed {args.telegram_id}" if removed else f"{args.telegram_id} was not staff")
            return 0 if removed else 1
        await desk.record("staff.list", {}, member=None, channel="cli")
        for member_id in settings.staff_ids:
            print(f"{member_id}\tadmin\tconfig")
        for member in await desk.staff.list():
            if member.telegram_id not in settings.staff_ids:
                print(f"{member.telegram_id}\t{member.role.value}\ttable")
        return 0

    return await with_app(settings, body)


COMMAND = CliCommand("staff", "manage staff: add, remove, list", _configure, _run)
