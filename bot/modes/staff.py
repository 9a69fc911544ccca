"""``python -m bot staff add|remove|list``: the staff table (issue 5).

``add ID --role viewer|admin`` adds a member or changes their role, ``remove ID``
takes access away at once, ``list`` prints a header line and the members, tab-separated
(configured ``STAFF_IDS`` too, marked ``config``), or one line saying there are none. Changes are audited (channel ``cli``). A Telegram id is the
number Telegram gives an account; staff ids may be stored, users' ids never are.
"""

from __future__ import annotations

import argparse

from bot.app import App
from bot.commands import CliCommand, telegram_id, with_app
from bot.config import Settings
from bot.core.access import Role
from bot.staff_desk import StaffDesk

LIST_HEADER = "telegram_id\trole\tsource"  # source: config (STAFF_IDS) or table


def _configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="add a staff member, or change their role")
    add.add_argument("telegram_id", type=telegram_id, help="the member's Telegram id")
    add.add_argument(
        "--role",
        choices=[r.value for r in Role],
        default=None,
        help="viewer (default for a new member) or admin; without it a member keeps their role",
    )
    remove = actions.add_parser("remove", help="remove a staff member (access ends at once)")
    remove.add_argument("telegram_id", type=telegram_id)
    actions.add_parser("list", help="list staff members and roles")


async def _run(args: argparse.Namespace, settings: Settings) -> int:
    async def body(app: App) -> int:
        desk = StaffDesk.create(app.engine, settings, app.directory, app.referrals)
        if args.action == "add":
            existing = await desk.staff.get(args.telegram_id)
            configured = args.telegram_id in settings.staff_ids
            if args.role is None and existing is not None:  # never a silent demotion
                await desk.record(  # every staff command is audited, a no-op too
                    "staff.add",
                    {"telegram_id": args.telegram_id, "role": existing.role.value},
                    member=None,
                    channel="cli",
                )
                print(f"{args.telegram_id} is already {existing.role.value}; unchanged")
                _note_configured(args.telegram_id, configured)
                return 0
            role = args.role or Role.VIEWER.value
            new = await desk.staff.add(args.telegram_id, Role(role))
            await desk.record(
                "staff.add",
                {"telegram_id": args.telegram_id, "role": role},
                member=None,
                channel="cli",
            )
            print(f"{'added' if new else 'updated'} {args.telegram_id} as {role}")
            _note_configured(args.telegram_id, configured)
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
        members = await desk.staff.list()
        rows = [f"{member_id}\tadmin\tconfig" for member_id in settings.staff_ids]
        rows += [
            f"{member.telegram_id}\t{member.role.value}\ttable"
            for member in members
            if member.telegram_id not in settings.staff_ids
        ]
        if not rows:
            print("no staff: STAFF_IDS is empty and the staff table has no members")
            return 0
        print(LIST_HEADER)
        print("\n".join(rows))
        both = [m.telegram_id for m in members if m.telegram_id in settings.staff_ids]
        if not members:
            print("(the staff table has no members; only STAFF_IDS)")
        elif both:
            listed = ", ".join(str(member_id) for member_id in both)
            print(f"({listed}: also in the staff table; STAFF_IDS makes them admin)")
        return 0

    # Beside the bot (a removal takes effect at once): the staff table and audit only.
    return await with_app(settings, body, exclusive=False)


def _note_configured(telegram_id: int, configured: bool) -> None:
    if configured:
        print(
            f"note: {telegram_id} is in STAFF_IDS, which makes them admin whatever the table says"
        )


COMMAND = CliCommand("staff", "manage staff: add, remove, list", _configure, _run)
