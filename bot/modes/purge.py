"""``python -m bot purge``: delete what is past its retention, once (see bot.retention).

``run`` and ``webhook`` do the same every day by themselves.
"""

from __future__ import annotations

import argparse

from bot.app import App
from bot.commands import CliCommand, no_arguments, with_app
from bot.config import Settings
from bot.core.clock import system_clock
from bot.retention import Retention


async def _run(_args: argparse.Namespace, settings: Settings) -> int:
    async def body(app: App) -> int:
        retention = Retention.for_engine(app.engine, settings, app.memory)
        result = await retention.purge(system_clock(), channel="cli")
        print(
            f"deleted: {result.memory} memory records (inactive > {settings.memory_ttl_days} days), "
            f"{result.referrals} referrals (> {settings.referral_retention_days} days), "
            f"{result.audit} audit rows (> {settings.audit_retention_days} days)"
        )
        return 0

    # Beside the bot (cron): it deletes rows only, and the bot re-reads its cached ones
    # within CACHE_MAX_AGE_S (docs/deployment.md), so it does not take the bot's lock.
    return await with_app(settings, body, exclusive=False)


COMMAND = CliCommand(
    "purge", "delete per-user memory, referrals and audit rows past retention", no_arguments, _run
)
