"""pytest fixtures for the fake Bot API server.

Load with ``pytest_plugins = ["tests.fakes.fixtures"]`` or import the fixtures by name.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_asyncio
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer

from tests.fakes.telegram_api import FakeTelegramServer

__all__ = ["fake_bot", "make_bot", "telegram_server"]


def make_bot(server: FakeTelegramServer, **bot_kwargs: object) -> Bot:
    """A ``Bot`` whose real ``AiohttpSession`` talks HTTP to ``server``.  Close its session."""
    session = AiohttpSession(api=TelegramAPIServer.from_base(server.base_url))
    return Bot(server.token, session=session, **bot_kwargs)  # type: ignore[arg-type]


@pytest_asyncio.fixture
async def telegram_server() -> AsyncIterator[FakeTelegramServer]:
    """A started :class:`FakeTelegramServer`, stopped at teardown."""
    server = FakeTelegramServer()
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


@pytest_asyncio.fixture
async def fake_bot(telegram_server: FakeTelegramServer) -> AsyncIterator[Bot]:
    """An aiogram ``Bot`` pointed at ``telegram_server``; its session is closed at teardown."""
    bot = make_bot(telegram_server)
    try:
        yield bot
    finally:
        await bot.session.close()
