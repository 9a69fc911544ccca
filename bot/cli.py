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
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

from pydantic import ValidationError
from pydantic_settings import SettingsError
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from bot.catalogs import CatalogueError
from bot.commands import CliCommand, ConfigurationError, ServiceUnreachable
from bot.config import Settings, configuration_errors, data_dir_problem
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
from storage.migrate import UnknownRevisionError

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

    A reader of stdout that goes away (``python -m bot report … | head -1``) does not stop
    the command: the rest of its output is dropped (:class:`DroppedOutput`), it runs to its
    end and exits with its own code, quietly: no traceback, and no "Exception ignored" line
    when Python flushes stdout at exit. A check that fails still exits 1, whether stdout is
    buffered or not (``PYTHONUNBUFFERED``). ``SystemExit`` (``--help``, a usage error)
    keeps its code. A refusal whose stderr reader went away keeps its code too
    (:func:`_refuse`); a closed pipe anywhere else ends the command quietly with 0.
    """
    stdout = DroppedOutput(sys.stdout)
    sys.stdout = stdout  # a TextIO for all that the commands use
    try:
        try:
            code = _main(argv)
        finally:
            stdout.flush()  # here, not at exit, where a failure could not be caught
    except BrokenPipeError:  # a pipe other than stdout's (stdout's output is dropped)
        return 0
    finally:
        if sys.stdout is stdout:
            sys.stdout = stdout.stream
    return code


class DroppedOutput:
    """``sys.stdout`` while a command runs: what is written goes to ``stream`` until its
    reader goes away (``BrokenPipeError``), then nowhere, so that the command is not cut
    short and its exit code stays its own.

    Once the reader is gone, ``stream`` is pointed at /dev/null (:func:`silence`; a
    stream without a file descriptor, a test's, is only no longer written to). Text
    (``write``, ``writelines``, ``flush``) and bytes (``buffer.write``) are both dropped;
    any other error (a full disk) is raised as it is. Everything else is ``stream``'s.
    """

    def __init__(self, stream: TextIO, owner: DroppedOutput | None = None) -> None:
        self.stream = stream
        self._owner = owner or self
        self.reader_gone = False

    def write(self, text: Any) -> int:
        written = self._pass("write", text)
        return written if isinstance(written, int) else len(text)

    def writelines(self, lines: Iterable[Any]) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        self._pass("flush")

    @property
    def buffer(self) -> DroppedOutput:
        """The binary layer (``sys.stdout.buffer.write(data)``), dropped the same way."""
        return DroppedOutput(self.stream.buffer, self._owner)  # type: ignore[arg-type]

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)

    def _pass(self, method: str, *args: Any) -> Any:
        """``stream.<method>(*args)``'s result, or ``None`` once the reader is gone."""
        owner = self._owner
        if owner.reader_gone:
            return None
        try:
            return getattr(self.stream, method)(*args)
        except BrokenPipeError:
            owner.reader_gone = True
            silence(owner.stream)
            return None


def _main(argv: Sequence[str] | None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = Settings()
    except (ValidationError, SettingsError) as error:  # one line per bad field, no traceback
        return _refuse("\n".join(configuration_errors(error)), EXIT_USAGE)
    except UnicodeDecodeError as error:  # python-dotenv reads .env as UTF-8 (Settings)
        return _refuse(
            f"configuration error: .env: not UTF-8 (byte {error.object[error.start]:#04x} at "
            f"offset {error.start}); save it as UTF-8",
            EXIT_USAGE,
        )
    configure_logging(settings.log_level)
    command = next(c for c in COMMANDS if c.name == args.mode)
    try:
        return asyncio.run(command.run(args, settings))
    except (
        ConfigurationError,
        DirectoryError,
        DangerDataError,
        PseudonymKeyError,
        CatalogueError,
    ) as error:
        return _refuse(f"error: {error}", EXIT_USAGE)
    except (ServiceUnreachable, UnknownRevisionError) as error:
        return _refuse(f"error: {error}", EXIT_PROBLEM)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # an OSError, but not a storage failure: main() ends quietly
        raise
    except (OSError, DBAPIError) as error:
        failure = storage_failure(error, settings)
        if failure is None:
            raise
        code, line = failure
        return _refuse(f"error: {line}", code)


def _refuse(text: str, code: int) -> int:
    """Write ``text`` (the refusal) on stderr and return ``code``: a reader of stderr that
    went away (``2>&1 | head -0``) loses the text, not the exit code."""
    try:
        print(text, file=sys.stderr, flush=True)
    except BrokenPipeError:
        silence(sys.stderr)
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
      folder): exit code 2, the setting and the path; a ``DATA_DIR`` that is a file (or
      inside one) says so (:func:`bot.config.data_dir_problem`), not the errno text;
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
        problem = data_dir_problem(settings.data_dir) if setting else None
        if problem is not None:
            return EXIT_USAGE, problem
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
