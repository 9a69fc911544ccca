"""The CLI's command registry: each mode or admin command is one :class:`CliCommand`.

A command module defines ``COMMAND = CliCommand(...)``; :data:`bot.cli.COMMANDS` lists
them in ``--help`` order.
"""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from bot.app import App, create_app
from bot.config import Settings


class ConfigurationError(Exception):
    """A configuration or usage problem: one line on stderr, exit code 2."""


class ServiceUnreachable(Exception):
    """A service the command needs (the Telegram Bot API, the database) cannot be reached
    or opened: one line on stderr, exit code 1. The message never holds a secret."""


@dataclass(frozen=True)
class CliCommand:
    """``python -m bot <name>``: ``configure`` adds arguments, ``run`` returns the exit code."""

    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace, Settings], Coroutine[Any, Any, int]]


def no_arguments(_parser: argparse.ArgumentParser) -> None:
    """For commands without options."""


async def with_app(settings: Settings, body: Callable[[App], Awaitable[int]]) -> int:
    """Create the app (migrating storage), run ``body``, always close the app."""
    app = await create_app(settings)
    try:
        return await body(app)
    finally:
        await app.close()
