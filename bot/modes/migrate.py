"""``python -m bot migrate``: bring the database to the newest revision and say so.

Prints one line: ``database at revision 0005 (head)`` when there was nothing to do,
``migrated 0004 -> 0005 (head)`` after an upgrade (``empty`` for a new database).
Start-up migrates too (bot/app.py); this mode does it without starting the bot, for
deployments that migrate before they switch over.
"""

from __future__ import annotations

import argparse

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.app import App
from bot.commands import CliCommand, no_arguments, with_app
from bot.config import Settings
from storage.engine import create_engine
from storage.migrate import alembic_config


async def current_revision(engine: AsyncEngine) -> str | None:
    """The database's Alembic revision; ``None`` for a database never migrated."""
    async with engine.connect() as connection:
        return await connection.run_sync(
            lambda sync: MigrationContext.configure(sync).get_current_revision()
        )


def head_revision() -> str | None:
    """The newest revision in storage/migrations."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def describe(before: str | None, after: str | None, head: str | None) -> str:
    """The line ``migrate`` prints."""
    label = f"{after} (head)" if after == head else f"{after} (head is {head})"
    if before == after:
        return f"database at revision {label}"
    return f"migrated {before or 'empty'} -> {label}"


async def _run(_args: argparse.Namespace, settings: Settings) -> int:
    engine = create_engine(settings.effective_database_url)
    try:
        before = await current_revision(engine)
    finally:
        await engine.dispose()

    async def report(app: App) -> int:  # creating the app migrated the database
        print(describe(before, await current_revision(app.engine), head_revision()))
        return 0

    # Before a switch-over, beside the running bot; writes no conversation state.
    return await with_app(settings, report, exclusive=False)


COMMAND = CliCommand("migrate", "apply database migrations and exit", no_arguments, _run)
