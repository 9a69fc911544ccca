"""Quick exit over real HTTP (issue 3): every tracked message of the conversation goes.

The real dispatcher talks through aiogram's real ``AiohttpSession`` to the fake Bot API
server (tests/fakes/telegram_api.py), which keeps every message of the chat, refuses to
delete what Telegram refuses (gone, or older than 48 hours) and records every call.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import Update

from bot.app import App, create_bot
from tests.fakes.telegram_api import FakeTelegramServer

USER = 7400000001


@pytest_asyncio.fixture
async def bot(telegram_server: FakeTelegramServer) -> AsyncIterator[Bot]:
    """The production bot (HTML, fault policy) on a real HTTP session to the fake."""
    session = AiohttpSession(api=TelegramAPIServer.from_base(telegram_server.base_url))
    production = create_bot(telegram_server.token, session=session)
    try:
        yield production
    finally:
        await production.session.close()


class Chat:
    """One user's private chat, fed to the dispatcher through the fake server's records."""

    def __init__(self, app: App, bot: Bot, server: FakeTelegramServer) -> None:
        self.app, self.bot, self.server = app, bot, server

    async def _feed(self, update: dict[str, Any]) -> None:
        parsed = Update.model_validate(update, context={"bot": self.bot})
        await self.app.dispatcher.feed_update(self.bot, parsed)

    async def say(self, text: str) -> int:
        update = self.server.queue_message(USER, text, language_code="en")
        await self._feed(update)
        return int(update["message"]["message_id"])

    async def press(self, data: str) -> None:
        await self._feed(self.server.queue_callback(USER, data, language_code="en"))

    def messages(self) -> dict[int, dict[str, Any]]:
        return {mid: m for (chat, mid), m in self.server.messages.items() if chat == USER}

    async def to_the_cards(self) -> None:
        await self.say("/start")
        for data in ("lang:en", "nav:privacy_ok", "pick:aud:parent"):
            await self.press(data)
        await self.say("I found a second phone in his room")  # free text: tracked too
        await self.press("pick:topic:family_worry")
        await self.press("sign:two_phones")
        await self.press("nav:signs_done")


@pytest.fixture
def chat(app: App, bot: Bot, telegram_server: FakeTelegramServer) -> Chat:
    return Chat(app, bot, telegram_server)


def neutral_line_only(chat: Chat) -> bool:
    return [m.get("text") for m in chat.messages().values()] == ["Conversation ended."]


async def test_quick_exit_button_deletes_every_message_of_the_conversation(
    chat: Chat, app: App
) -> None:
    await chat.to_the_cards()
    assert len(chat.messages()) == 5  # /start, the screen (edited), free text, hint, footer
    await chat.press("nav:exit")
    assert neutral_line_only(chat), chat.messages()
    record = await app.memory.get(app.pseudonymizer.of(USER))
    assert record is None or (record.state, record.data) == (None, None)


async def test_exit_command_finishes_when_deletions_fail(
    chat: Chat, app: App, telegram_server: FakeTelegramServer
) -> None:
    await chat.to_the_cards()
    typed = await chat.say("/menu")
    oldest = min(chat.messages())
    telegram_server.age_message(USER, oldest, hours=49)  # too old to delete
    del telegram_server.messages[(USER, typed)]  # already gone ("not found")
    await chat.say("/exit")
    left = chat.messages()
    assert sorted(left) == sorted([oldest, max(left)])  # the old one, and the neutral line
    assert left[max(left)]["text"] == "Conversation ended."
    refused = [c.error for c in telegram_server.calls if c.method == "deleteMessage" and not c.ok]
    assert "Bad Request: message to delete not found" in refused
    assert "Bad Request: message can't be deleted for everyone" in refused
    record = await app.memory.get(app.pseudonymizer.of(USER))
    assert record is None or record.state is None


async def test_a_new_conversation_after_quick_exit_is_tracked_afresh(chat: Chat) -> None:
    await chat.to_the_cards()
    await chat.press("nav:exit")
    await chat.say("/start")
    await chat.press("lang:en")
    await chat.say("/exit")
    # Only the two neutral lines are left: the first one was not part of the second talk.
    assert [m.get("text") for m in chat.messages().values()] == ["Conversation ended."] * 2


async def test_messages_dropped_by_the_flood_limit_are_deleted_too(chat: Chat) -> None:
    await chat.say("/start")
    for number in range(20):  # more than THROTTLE_BURST at once: most are not answered
        await chat.say(f"hello {number}")
    assert len(chat.messages()) > 20
    await chat.say("/exit")  # quick exit is never throttled
    assert neutral_line_only(chat), chat.messages()
