"""Command line: ``python -m bot <mode> [options]``.

Exit codes: 0 success, 1 the command found a problem, 2 bad configuration or usage.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence

from pydantic import ValidationError
from pydantic_settings import SettingsError

from bot.commands import CliCommand, ConfigurationError
from bot.config import Settings, configuration_errors
from bot.core.danger import DangerDataError
from bot.core.directory import DirectoryError
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
    """Entry point; returns the process exit code."""
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
    except (ConfigurationError, DirectoryError, DangerDataError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
