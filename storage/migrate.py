"""Apply Alembic migrations programmatically (on start-up and from ``python -m bot migrate``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class UnknownRevisionError(Exception):
    """The database is at an Alembic revision that storage/migrations does not have: it
    was written by a newer version of Vägvisare (and this one was rolled back to), or by
    something else. Nothing is changed; the CLI says so in one line, exit code 1."""

    def __init__(self, revision: str, head: str | None) -> None:
        self.revision = revision
        self.head = head
        super().__init__(
            f"the database was written by a newer version of Vägvisare (revision "
            f"{revision!r} is unknown to this one, whose newest is {head or 'none'}); "
            "upgrade Vägvisare to the version that wrote it, or restore a backup made "
            "before the upgrade"
        )


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic :class:`Config` pointing at ``storage/migrations``, with no ini file."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def check_revision(connection: Connection) -> None:
    """Raise :class:`UnknownRevisionError` if the database behind ``connection`` is at a
    revision storage/migrations does not know (Alembic would raise its own
    ``CommandError`` with a traceback). A database never migrated passes."""
    script = ScriptDirectory.from_config(alembic_config())
    known = {revision.revision for revision in script.walk_revisions()}
    for current in MigrationContext.configure(connection).get_current_heads():
        if current not in known:
            raise UnknownRevisionError(current, script.get_current_head())


def _upgrade(connection: Connection, revision: str) -> None:
    check_revision(connection)
    command.upgrade(alembic_config(connection), revision)


def _downgrade(connection: Connection, revision: str) -> None:
    check_revision(connection)
    command.downgrade(alembic_config(connection), revision)


async def upgrade(engine: AsyncEngine, revision: str = "head") -> None:
    """Upgrade the database behind ``engine`` to ``revision``.

    Raises :class:`UnknownRevisionError` (before anything is changed, with ``engine``'s
    pool emptied) for a database at a revision this code base does not have.
    """
    await _run(engine, _upgrade, revision)


async def downgrade(engine: AsyncEngine, revision: str) -> None:
    """Downgrade the database behind ``engine`` to ``revision`` (``"base"`` for empty).

    Raises :class:`UnknownRevisionError` like :func:`upgrade`.
    """
    await _run(engine, _downgrade, revision)


async def _run(engine: AsyncEngine, step: Callable[[Connection, str], None], revision: str) -> None:
    try:
        async with engine.begin() as connection:
            await connection.run_sync(step, revision)
    except UnknownRevisionError:
        # The caller gives up (bot.app.create_app raises on, before it owns the engine):
        # close the pooled connection now, not in a garbage collector's warning. The
        # engine stays usable; dispose() only empties its pool.
        await engine.dispose()
        raise
