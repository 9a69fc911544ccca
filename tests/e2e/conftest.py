"""Fixtures shared by the end-to-end tests: the fake Bot API server, a production log file."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio

from bot.logs import JsonFormatter
from tests.e2e.running_bot import TOKEN
from tests.fakes.telegram_api import FakeTelegramServer


@pytest_asyncio.fixture
async def server() -> AsyncIterator[FakeTelegramServer]:
    """The fake Telegram Bot API on a free local port, for the bot ``TOKEN``."""
    fake = FakeTelegramServer(token=TOKEN, bot_username="VagvisareLocalBot")
    await fake.start()
    try:
        yield fake
    finally:
        await fake.stop()


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """The production log format (JSON lines) written to a file during the test."""
    path = tmp_path / "bot.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(JsonFormatter())
    root, event = logging.getLogger(), logging.getLogger("aiogram.event")
    levels = root.level, event.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    event.setLevel(logging.WARNING)  # as configure_logging does
    try:
        yield path
    finally:
        root.removeHandler(handler)
        handler.close()
        root.setLevel(levels[0])
        event.setLevel(levels[1])
