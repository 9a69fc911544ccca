"""The language picker ends with the safety row, like every menu (docs/conversation.md).

Before any language is chosen, "🆘 I'm in danger now" on the picker shows the emergency
card (112 first) in Telegram's language if a catalogue fits it, else in the default
locale; "Quick exit" deletes the conversation's messages. The real dispatcher talks
through aiogram's real ``AiohttpSession`` to the fake Bot API server
(tests/fakes/telegram_api.py), which keeps every message of the chat.
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

USER = 7400000101


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
    """One user's private chat with Telegram language ``language_code``."""

    def __init__(
        self, app: App, bot: Bot, server: FakeTelegramServer, language_code: str | None
    ) -> None:
        self.app, self.bot, self.server = app, bot, server
        self.language_code = language_code

    async def _feed(self, update: dict[str, Any]) -> None:
        parsed = Update.model_validate(update, context={"bot": self.bot})
        await self.app.dispatcher.feed_update(self.bot, parsed)

    async def say(self, text: str) -> None:
        await self._feed(self.server.queue_message(USER, text, language_code=self.language_code))

    async def press(self, data: str) -> None:
        await self._feed(self.server.queue_callback(USER, data, language_code=self.language_code))

    def messages(self) -> dict[int, dict[str, Any]]:
        return {mid: m for (chat, mid), m in self.server.messages.items() if chat == USER}

    def last_buttons(self) -> list[tuple[str, str]]:
        """(text, callback data) of every button of the newest message, in order."""
        markup = self.messages()[max(self.messages())].get("reply_markup") or {}
        return [
            (button["text"], button["callback_data"])
            for row in markup.get("inline_keyboard", [])
            for button in row
        ]

    def sent_since(self, count: int) -> list[str]:
        """Texts of the sendMessage calls after the first ``count`` of them."""
        return [str(c.params["text"]) for c in self.server.calls_to("sendMessage")[count:]]


@pytest.fixture
def chat(app: App, bot: Bot, telegram_server: FakeTelegramServer) -> Chat:
    return Chat(app, bot, telegram_server, "en")


# The safety row in each language the picker can be shown in before a choice.
SAFETY_ROW = {
    "en": [("🆘 I'm in danger now", "nav:danger"), ("Quick exit", "nav:exit")],
    "sv": [("🆘 Jag är i fara nu", "nav:danger"), ("Snabb utgång", "nav:exit")],
}


async def test_the_picker_ends_with_the_safety_row(chat: Chat) -> None:
    await chat.say("/start")
    buttons = chat.last_buttons()
    assert buttons[-2:] == SAFETY_ROW["en"]
    assert all(data.startswith("lang:") for _, data in buttons[:-2])
    assert len(buttons) == 2 + 10  # ten languages, then the safety row
    assert all(len(data.encode()) <= 64 for _, data in buttons)  # Bot API limit


@pytest.mark.parametrize(
    ("language_code", "heading"),
    [
        ("en", "<b>If you are in danger now, call 112.</b>"),
        ("fi", "<b>Jos olet vaarassa nyt, soita 112.</b>"),
        (None, "<b>Är du i fara nu? Ring 112.</b>"),  # the default locale
        ("de", "<b>Är du i fara nu? Ring 112.</b>"),  # no catalogue fits: the default
    ],
)
async def test_danger_on_the_picker_shows_the_card_before_a_language_is_chosen(
    app: App,
    bot: Bot,
    telegram_server: FakeTelegramServer,
    language_code: str | None,
    heading: str,
) -> None:
    chat = Chat(app, bot, telegram_server, language_code)
    await chat.say("/start")
    danger = [data for _, data in chat.last_buttons() if data == "nav:danger"]
    assert danger, chat.last_buttons()  # pressed as the picker offers it
    before = len(telegram_server.calls_to("sendMessage"))
    await chat.press(danger[0])
    sent = chat.sent_since(before)
    card = sent[0]
    assert card.startswith(heading), card
    assert 0 <= card.find("112") < card.find("116 111") < card.find("90101")  # 112 first
    assert "nav:back" in str(telegram_server.calls_to("sendMessage")[-1].params), sent
    record = await app.memory.get(app.pseudonymizer.of(USER))
    assert record is not None
    assert record.locale is None  # pressing the button chose no language
    assert record.state == "Flow:language"


async def test_back_after_the_card_returns_to_the_picker(chat: Chat) -> None:
    await chat.say("/start")
    picker = chat.last_buttons()
    await chat.press("nav:danger")
    await chat.press("nav:back")
    assert chat.last_buttons() == picker
    await chat.press("lang:en")  # and the conversation goes on
    assert ("OK, let's start", "nav:privacy_ok") in chat.last_buttons()


@pytest.mark.parametrize("command", ["/start", "/language"])
async def test_quick_exit_from_the_picker_deletes_the_messages(
    chat: Chat, app: App, command: str
) -> None:
    if command == "/language":  # a user who chose before, on the picker again
        await chat.say("/start")
        await chat.press("lang:sv")
    await chat.say(command)
    assert chat.last_buttons()[-1] == SAFETY_ROW["sv" if command == "/language" else "en"][1]
    assert len(chat.messages()) >= 2  # the command and the picker
    await chat.press("nav:exit")
    left = [m.get("text") for m in chat.messages().values()]
    assert left == ["Samtalet är avslutat." if command == "/language" else "Conversation ended."]
    record = await app.memory.get(app.pseudonymizer.of(USER))
    assert record is None or (record.state, record.data) == (None, None)
