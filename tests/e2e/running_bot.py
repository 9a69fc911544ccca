"""The bot running in this process in ``run`` (long polling) or ``webhook`` mode, talking
real HTTP to the fake Bot API server, for the robustness tests.

``send(update)`` hands an update to the bot the way Telegram would in that mode: queued
for ``getUpdates``, or POSTed to the webhook with the secret header.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer

from bot.app import App, create_app, create_bot
from bot.faults import FaultPolicy
from bot.modes.polling import poll
from bot.modes.webhook import SECRET_HEADER, start_webhook_server
from tests import updates
from tests.button_walk import button_data
from tests.conftest import FROZEN_NOW, make_settings
from tests.fakes.telegram_api import FakeTelegramServer

JSON = dict[str, Any]
MODES = ("polling", "webhook")
TOKEN = "123456789:AAHk2-vagvisare-test-token-0123456789ab"
SECRET = "robustness-secret_0123"


def quick_faults() -> FaultPolicy:
    """The production policy with short backoff pauses, to keep the tests quick."""
    return FaultPolicy(base_delay=0.05, max_delay=0.2)


@dataclass
class RunningBot:
    mode: str
    app: App
    server: FakeTelegramServer
    bot: Bot
    send: Callable[[JSON], Awaitable[int]]
    """Deliver one update; returns the HTTP status the bot answered (polling: 200)."""
    webhook_url: str = ""

    async def taken(self) -> None:
        """Wait until the bot has taken every update sent (polling: fetched and confirmed;
        a webhook takes an update when it answers the POST)."""
        if self.mode == "polling":
            await until(lambda: not self.server.pending_updates)


async def robust_app(tmp_path: Path, **settings: Any) -> App:
    values: dict[str, Any] = {"webhook_port": 0, "webhook_secret": SECRET, **settings}
    return await create_app(make_settings(tmp_path, **values), clock=lambda: FROZEN_NOW)


@asynccontextmanager
async def running(
    mode: str,
    app: App,
    server: FakeTelegramServer,
    *,
    request_timeout: float = 10.0,
    faults: FaultPolicy | None = None,
) -> AsyncIterator[RunningBot]:
    """Run the bot until the block ends; leaving it stops the bot the way SIGTERM does
    (the updates in flight finish first)."""
    session = AiohttpSession(
        api=TelegramAPIServer.from_base(server.base_url), timeout=request_timeout
    )
    bot = create_bot(server.token, session=session, faults=faults or quick_faults())
    if mode == "polling":
        stop = asyncio.Event()
        task = asyncio.create_task(poll(app, bot, stop, poll_timeout=1))

        async def queue(update: JSON) -> int:
            server.queue_update(update)
            return 200

        try:
            yield RunningBot(mode, app, server, bot, queue)
        finally:
            stop.set()
            await task
            await bot.session.close()
        return
    runner, port = await start_webhook_server(app, bot, SECRET)
    url = f"http://127.0.0.1:{port}{app.settings.webhook_path}"
    client = aiohttp.ClientSession()

    async def post(update: JSON) -> int:
        stored = server.queue_update(update)  # the fake learns the chats and callback ids
        async with client.post(url, json=stored, headers={SECRET_HEADER: SECRET}) as response:
            return response.status

    try:
        yield RunningBot(mode, app, server, bot, post, url)
    finally:
        await client.close()
        await runner.cleanup()
        await bot.session.close()


def screen(server: FakeTelegramServer, chat_id: int) -> JSON | None:
    """The newest bot message with buttons in ``chat_id``, as the fake stores it."""
    mine = [
        message
        for (chat, _), message in server.messages.items()
        if chat == chat_id
        and message.get("from", {}).get("is_bot")
        and button_data(message.get("reply_markup"))
    ]
    return max(mine, key=lambda m: m["message_id"]) if mine else None


def press_update(server: FakeTelegramServer, user: JSON, data: str) -> JSON:
    """A button press on the current screen of ``user``'s chat (not sent yet)."""
    shown = screen(server, user["id"])
    if shown is None:
        raise AssertionError("no buttons on screen")
    return updates.callback(user, data, shown)


async def until(condition: Callable[[], bool], timeout: float = 10.0) -> None:  # noqa: ASYNC109
    """Wait until ``condition()`` holds (checked every 20 ms); TimeoutError after ``timeout``."""
    for _ in range(int(timeout / 0.02)):
        if condition():
            return
        await asyncio.sleep(0.02)
    raise TimeoutError(f"still false after {timeout} s")


async def walk(bot: RunningBot, user: JSON, presses: list[str]) -> None:
    """``/start``, then each press once its screen is there."""
    server = bot.server
    await bot.send(updates.text(user, "/start"))
    for data in presses:

        def shown(wanted: str = data) -> bool:
            return wanted in shown_buttons(server, user)

        await until(shown)
        await bot.send(press_update(server, user, data))


def shown_buttons(server: FakeTelegramServer, user: JSON) -> list[str]:
    return button_data((screen(server, user["id"]) or {}).get("reply_markup"))
