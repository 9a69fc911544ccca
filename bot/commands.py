"""The CLI's command registry: each mode or admin command is one :class:`CliCommand`.

A command module defines ``COMMAND = CliCommand(...)``; :data:`bot.cli.COMMANDS` lists
them in ``--help`` order.
"""

from __future__ import annotations

import argparse
import errno
import fcntl
import os
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.app import App, create_app
from bot.config import Settings
from bot.core.access import MAX_TELEGRAM_USER_ID, is_telegram_user_id
from storage.engine import create_private_file, sqlite_file

LOCK_SUFFIX = ".lock"
"""The lock file is the SQLite file's name with this suffix, in the same folder."""


class ConfigurationError(Exception):
    """A configuration or usage problem: one line on stderr, exit code 2."""


class ServiceUnreachable(Exception):
    """A service the command needs (the Telegram Bot API, the database) cannot be reached
    or opened: one line on stderr, exit code 1. The message never holds a secret."""


class DatabaseInUse(ServiceUnreachable):
    """Another process holds the SQLite database's lock (:func:`exclusive_database`):
    one line on stderr, exit code 1, like a database that cannot be opened."""


@dataclass(frozen=True)
class CliCommand:
    """``python -m bot <name>``: ``configure`` adds arguments, ``run`` returns the exit code."""

    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace, Settings], Coroutine[Any, Any, int]]


def telegram_id(text: str) -> int:
    """A Telegram user id (1 to 2**52 - 1, Bot API ``User.id``).

    argparse turns the :class:`argparse.ArgumentTypeError` into one line and exit code 2.
    """
    # ASCII digits only: int() would also take "1_000", "+5" and other scripts' digits
    digits = text.strip()
    value = int(digits) if digits.isascii() and digits.isdigit() and len(digits) <= 20 else 0
    if not is_telegram_user_id(value):
        raise argparse.ArgumentTypeError(
            f"not a Telegram user id (expected a whole number from 1 to {MAX_TELEGRAM_USER_ID})"
        )
    return value


def no_arguments(_parser: argparse.ArgumentParser) -> None:
    """For commands without options."""


def database_lock_file(settings: Settings) -> Path | None:
    """The lock file a process must hold to use ``settings``' database with the
    in-process cache, or ``None`` when the app would not use that cache.

    The cache (``storage/memory.py`` ``CachedMemoryRepository``) is chosen by
    ``storage/state_backend.py`` for SQLite without ``REDIS_URL``, and is correct only
    while its process is the only writer of ``user_memory``: another writer's ``/forget``
    would be undone by this process writing its cached row back. ``None`` for PostgreSQL
    (several workers share it, no cache), with ``REDIS_URL`` (no cache) and for an
    in-memory or ``file:`` URI SQLite database (no file name to lock beside).
    """
    if settings.redis_url:
        return None
    database = sqlite_file(settings.effective_database_url)
    if database is None:
        return None
    return database.with_name(database.name + LOCK_SUFFIX)


@contextmanager
def exclusive_database(settings: Settings) -> Iterator[None]:
    """Hold the database's lock file (:func:`database_lock_file`) for the ``with`` block.

    An exclusive, non-blocking ``flock(2)`` on ``<SQLite file>.lock`` (created with mode
    0600, and its folder with 0700 when missing, like the database; never deleted, as a
    deleted lock file could be locked twice). The kernel releases it when the file is
    closed or the process ends, also on ``kill -9``. A ``flock`` belongs to one opening
    of the file, so a second :func:`exclusive_database` in the same process is refused
    too. Does nothing when no lock is needed (PostgreSQL, ``REDIS_URL``).

    Raises :class:`DatabaseInUse` while another process (or opening) holds the lock,
    :class:`ServiceUnreachable` when the file system cannot lock (``ENOLCK``, some
    network file systems), :class:`OSError` (with the file name) when the lock file or
    its folder cannot be created or opened.
    """
    path = database_lock_file(settings)
    if path is None:
        yield
        return
    create_private_file(path)
    descriptor = os.open(path, os.O_RDWR | os.O_CLOEXEC)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            if error.errno in (errno.EWOULDBLOCK, errno.EAGAIN):
                raise DatabaseInUse(
                    f"another Vägvisare process is using {_where(settings, path)} (chat, run, "
                    "webhook and replay cannot share an SQLite database; stop it first)"
                ) from None
            reason = error.strerror or type(error).__name__
            raise ServiceUnreachable(f"cannot lock {path}: {reason}") from None
        yield
    finally:
        os.close(descriptor)  # releases the lock


def _where(settings: Settings, lock_file: Path) -> str:
    """``DATA_DIR`` when the database is in it (the default), else the database file."""
    database = lock_file.with_name(lock_file.name.removesuffix(LOCK_SUFFIX))
    if database.parent.absolute() == settings.data_dir.absolute():
        return str(settings.data_dir)
    return str(database)


async def with_app(
    settings: Settings, body: Callable[[App], Awaitable[int]], *, exclusive: bool = True
) -> int:
    """Create the app (migrating storage), run ``body``, always close the app.

    ``exclusive`` (the default: every conversation mode, ``run``, ``webhook``, ``chat``,
    ``replay``): hold the database's lock (:func:`exclusive_database`) from when the app
    has been created (so a resource file or setting that stops every mode still stops it
    first, before a data folder exists) until after it is closed (its last cached writes),
    so that a second conversation process on the same SQLite file stops before it takes
    any update, with :class:`DatabaseInUse`. ``False`` only for a command made to run
    beside the bot that writes no conversation state (``purge``, ``report``, ``staff``,
    ``migrate``).
    """
    app = await create_app(settings)
    closed = False
    try:
        with exclusive_database(settings) if exclusive else nullcontext():
            try:
                return await body(app)
            finally:
                closed = True
                await app.close()
    finally:
        if not closed:  # the lock was refused
            await app.close()
