"""Command line: ``python -m bot <mode> [options]``.

Exit codes: 0 success, 1 the command found a problem or a service it needs (the Bot API,
the database) cannot be reached or opened, 2 bad configuration or usage. Every refusal is
one line on stderr without a traceback, and never quotes a token, key or password.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError
from pydantic_settings import SettingsError
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from bot.commands import CliCommand, ConfigurationError, ServiceUnreachable
from bot.config import Settings, configuration_errors
from bot.core.danger import DangerDataError
from bot.core.directory import DirectoryError
from bot.keys import PseudonymKeyError
from bot.logs import configure_logging
from bot.modes import (
    chat,
    migrate,
    polling,
    privacy_audit,
    purge,
    replay,
    report,
    resources,
    staff,
    webhook,
)
from bot.modes.chat import silence

EXIT_PROBLEM = 1
EXIT_USAGE = 2


COMMANDS: tuple[CliCommand, ...] = (
    polling.COMMAND,
    webhook.COMMAND,
    chat.COMMAND,
    replay.COMMAND,
    resources.COMMAND,
    report.COMMAND,
    staff.COMMAND,
    purge.COMMAND,
    privacy_audit.COMMAND,
    migrate.COMMAND,
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="Vägvisare: guides young people and worried adults to help; "
        "logs anonymized referrals.",
    )
    modes = parser.add_subparsers(dest="mode", required=True, metavar="MODE")
    for command in COMMANDS:
        command.configure(modes.add_parser(command.name, help=command.help))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit code.

    A reader of stdout that goes away (``python -m bot resources check | head -2``) ends
    the command quietly with exit code 0, as ``chat`` does: no traceback, and no "Exception
    ignored" line when Python flushes stdout at exit. ``SystemExit`` (``--help``, a usage
    error) keeps its code; the rest of the command's output is dropped.
    """
    try:
        code = _main(argv)
        sys.stdout.flush()  # here, not at exit, where a failure could not be caught
    except SystemExit:
        _flush_stdout_quietly()
        raise
    except BrokenPipeError:
        silence(sys.stdout)
        return 0
    return code


def _flush_stdout_quietly() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        silence(sys.stdout)


def _main(argv: Sequence[str] | None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = Settings()
    except (ValidationError, SettingsError) as error:  # one line per bad field, no traceback
        print("\n".join(configuration_errors(error)), file=sys.stderr)
        return EXIT_USAGE
    configure_logging(settings.log_level)
    command = next(c for c in COMMANDS if c.name == args.mode)
    try:
        return asyncio.run(command.run(args, settings))
    except (ConfigurationError, DirectoryError, DangerDataError, PseudonymKeyError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except ServiceUnreachable as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # an OSError, but not a storage failure: main() ends quietly
        raise
    except (OSError, DBAPIError) as error:
        failure = storage_failure(error, settings)
        if failure is None:
            raise
        code, line = failure
        print(f"error: {line}", file=sys.stderr)
        return code


def safe_url(url: str) -> str:
    """``url`` for a message: the password masked (``***``) and the query left out."""
    try:
        return make_url(url).set(query={}).render_as_string(hide_password=True)
    except Exception:  # validated by Settings; never echo what cannot be read
        return "(DATABASE_URL)"


def storage_failure(error: OSError | DBAPIError, settings: Settings) -> tuple[int, str] | None:
    """The exit code and the line for a data folder or database that cannot be used at
    start, or ``None`` for an error that is not one (it is raised on, with its traceback).

    - a file or folder that cannot be created or opened (``DATA_DIR=/proc/x``, a read-only
      folder): exit code 2, the setting and the path;
    - a database the driver cannot open (an SQLite file that is not a database, a refused
      password): exit code 1, the URL without its password, the driver's error class (and
      SQLite's own message, which never holds a secret);
    - a PostgreSQL server that cannot be reached (refused, unknown host, timeout: socket
      errors raised in asyncpg): exit code 1, the URL without its password, the error
      class.
    """
    url = settings.effective_database_url
    sqlite = url.startswith("sqlite")
    where = f"the database at {safe_url(url)}"
    if sqlite:
        where = f"the SQLite database {_sqlite_file(url)}"
    if isinstance(error, DBAPIError):
        cause: BaseException = error.orig if error.orig is not None else error
        if cause.__cause__ is not None:  # SQLAlchemy's adapter wraps asyncpg's own error
            cause = cause.__cause__
        if sqlite:
            return EXIT_PROBLEM, f"{where} cannot be opened: {cause}"
        verb = "reached" if isinstance(cause, OSError) else "opened"
        return EXIT_PROBLEM, f"{where} cannot be {verb}: {type(cause).__name__}"
    if error.filename is not None:
        path = Path(str(error.filename))
        setting = "DATA_DIR" if _within(path, settings.data_dir) else None
        if setting is None and sqlite:
            setting = "DATABASE_URL"
        prefix = f"{setting}: " if setting else ""
        return EXIT_USAGE, f"{prefix}cannot use {path}: {error.strerror or type(error).__name__}"
    if not sqlite and _raised_in(error, "asyncpg"):  # its socket errors come unwrapped
        return EXIT_PROBLEM, f"{where} cannot be reached: {type(error).__name__}"
    return None


def _sqlite_file(url: str) -> str:
    try:
        return make_url(url).database or url
    except Exception:  # validated by Settings
        return url


def _raised_in(error: BaseException, package: str) -> bool:
    marker = f"{os.sep}{package}{os.sep}"
    return any(marker in frame.filename for frame in traceback.extract_tb(error.__traceback__))


def _within(path: Path, folder: Path) -> bool:
    path, folder = path.absolute(), folder.absolute()
    return path == folder or folder in path.parents
