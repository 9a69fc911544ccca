"""Which lines the emergency card shows, by reader, over real HTTP (bot/core/emergency.py).

The real dispatcher talks through aiogram's real ``AiohttpSession`` to the fake Bot API
server (tests/fakes/telegram_api.py), which parses the HTML the bot sends. A young reader
and a reader who has not said who they are see 112, Bris 116 111 (under 18) and Mind
90101; a parent, a professional and a young person of 18 or more see 112, Polisen 114 14
and Mind 90101. The referral row lists exactly the services on the card. Pleas, fears and
112 typed on their own show the card; the same words in an ordinary request do not.
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
from babel.messages.pofile import read_po
from sqlalchemy import select

from bot.app import App, create_bot
from storage.tables import referral
from tests.fakes.telegram_api import FakeTelegramServer

YOUNG_CARD = ["112", "116 111", "90101"]
ADULT_CARD = ["112", "114 14", "90101"]
YOUNG_SERVICES = ["sos-112", "bris-116111", "mind-90101"]
ADULT_SERVICES = ["sos-112", "polisen-11414", "mind-90101"]
ISOLATES = str.maketrans("", "", "\u2068\u2069")


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

    def __init__(
        self, app: App, bot: Bot, server: FakeTelegramServer, user: int, language: str = "en"
    ) -> None:
        self.app, self.bot, self.server, self.user = app, bot, server, user
        self.language = language

    async def _feed(self, update: dict[str, Any]) -> list[str]:
        """Feed one update; return the texts the bot sent in answer, as Telegram shows them."""
        first = len(self.server.calls)
        parsed = Update.model_validate(update, context={"bot": self.bot})
        await self.app.dispatcher.feed_update(self.bot, parsed)
        return [
            str(call.result.get("text", ""))
            for call in self.server.calls[first:]
            if call.ok and call.method == "sendMessage" and isinstance(call.result, dict)
        ]

    async def say(self, text: str) -> list[str]:
        return await self._feed(
            self.server.queue_message(self.user, text, language_code=self.language)
        )

    async def press(self, data: str) -> list[str]:
        return await self._feed(
            self.server.queue_callback(self.user, data, language_code=self.language)
        )

    async def become(self, audience: str, age: str | None = None) -> None:
        await self.say("/start")
        for data in (f"lang:{self.language}", "nav:privacy_ok", f"pick:aud:{audience}"):
            await self.press(data)
        if age is not None:
            await self.press(f"pick:age:{age}")


def card_numbers(sent: list[str]) -> list[str] | None:
    """The phone numbers of the emergency card among ``sent``, in card order (the card is
    the message whose first phone is 112, in any language); ``None`` if none was sent."""
    for text in sent:
        numbers = [
            line.removeprefix("☎️ ").translate(ISOLATES)
            for line in text.splitlines()
            if line.startswith("☎️")
        ]
        if numbers[:1] == ["112"]:
            return numbers
    return None


async def services_shown(app: App) -> list[tuple[str, list[str]]]:
    statement = select(referral.c.audience, referral.c.services_shown)
    async with app.engine.connect() as connection:
        return [(row[0], list(row[1])) for row in await connection.execute(statement)]


@pytest.fixture
def chat_for(
    app: App, bot: Bot, telegram_server: FakeTelegramServer
) -> Any:  # a factory: user id -> Chat
    def make(user: int, language: str = "en") -> Chat:
        return Chat(app, bot, telegram_server, user, language)

    return make


async def test_a_reader_not_known_yet_sees_bris_and_mind(chat_for: Any, app: App) -> None:
    chat = chat_for(7500000001)
    assert card_numbers(await chat.say("they are going to kill me")) == YOUNG_CARD
    assert await services_shown(app) == [("unknown", YOUNG_SERVICES)]


@pytest.mark.parametrize("age", ["under_13", "13_15", "16_17", "unknown"])
async def test_a_young_person_under_18_sees_bris(chat_for: Any, app: App, age: str) -> None:
    chat = chat_for(7500000002)
    await chat.become("young_person", age)
    assert card_numbers(await chat.press("nav:danger")) == YOUNG_CARD
    assert await services_shown(app) == [("young_person", YOUNG_SERVICES)]


async def test_a_friend_sees_bris(chat_for: Any, app: App) -> None:
    chat = chat_for(7500000003)
    await chat.become("friend")
    assert card_numbers(await chat.say("han har en kniv")) == YOUNG_CARD
    assert await services_shown(app) == [("friend", YOUNG_SERVICES)]


@pytest.mark.parametrize("audience", ["parent", "professional"])
async def test_adults_see_the_adult_lines_and_never_bris(
    chat_for: Any, app: App, audience: str
) -> None:
    chat = chat_for(7500000004)
    await chat.become(audience)
    sent = await chat.say("they know where we live")
    assert card_numbers(sent) == ADULT_CARD
    assert not any("116 111" in text.translate(ISOLATES) for text in sent)
    assert card_numbers(await chat.press("nav:danger")) == ADULT_CARD  # the button too
    assert await services_shown(app) == [(audience, ADULT_SERVICES)]


@pytest.mark.parametrize("age", ["18_20", "21_plus"])
async def test_a_young_person_of_18_or_more_sees_the_adult_lines(
    chat_for: Any, app: App, age: str
) -> None:
    chat = chat_for(7500000005)
    await chat.become("young_person", age)
    assert card_numbers(await chat.say("help")) == ADULT_CARD
    assert await services_shown(app) == [("young_person", ADULT_SERVICES)]


async def test_a_parents_danger_answer_shows_the_adult_lines(chat_for: Any, app: App) -> None:
    """The card of a follow-up answer (handlers/questions.py) goes through the same choice."""
    chat = chat_for(7500000006, "sv")
    await chat.become("parent")
    await chat.press("pick:topic:debt_or_threat")
    assert card_numbers(await chat.press("ans:child_safe_now:no")) == ADULT_CARD
    assert await services_shown(app) == [("parent", ADULT_SERVICES)]


async def test_the_card_changes_when_the_reader_says_who_they_are(chat_for: Any, app: App) -> None:
    """Danger typed first: Bris; then "I'm a parent" in the same conversation: adult lines.
    The one referral row of the conversation lists every service shown."""
    chat = chat_for(7500000007)
    await chat.say("/start")
    await chat.press("lang:en")
    assert card_numbers(await chat.say("I'm so scared")) == YOUNG_CARD
    await chat.press("nav:back")
    await chat.press("nav:privacy_ok")
    await chat.press("pick:aud:parent")
    assert card_numbers(await chat.say("HELP!!")) == ADULT_CARD
    rows = await services_shown(app)
    assert len(rows) == 1
    assert rows[0][0] == "parent"
    assert sorted(rows[0][1]) == sorted({*YOUNG_SERVICES, *ADULT_SERVICES})


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "help"),
        ("en", "help me!"),
        ("en", "I'm scared"),
        ("en", "112"),
        ("en", "call 112"),
        ("sv", "hjälp mig"),
        ("sv", "HJÄLP!!"),
        ("sv", "jag är livrädd"),
        ("sv", "ring 112"),
        ("ar", "ساعدوني"),
        ("fa", "کمکم کنید"),
        ("so", "waan baqayaa"),
        ("ti", "በጃኹም ሓግዙኒ"),
        ("fi", "mua pelottaa"),
        ("en", "they wil kil me"),
        ("en", "gonna kil u"),
    ],
)
async def test_a_plea_a_fear_or_112_alone_shows_the_card(
    chat_for: Any, language: str, text: str
) -> None:
    chat = chat_for(7500000010, language)
    assert card_numbers(await chat.say(text)) == YOUNG_CARD


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "can you help me find a youth centre"),
        ("en", "help me understand"),
        ("en", "I need help with homework"),
        ("en", "that was helpful"),
        ("en", "I'm scared of spiders"),
        ("en", "/help"),
        ("en", "fill me in"),
        ("en", "kiss me"),
        ("sv", "kan du hjälpa mig hitta en fritidsgård"),
        ("sv", "jag är rädd för spindlar"),
        ("fi", "auta mua läksyissä"),
    ],
)
async def test_the_same_words_in_an_ordinary_message_do_not(
    chat_for: Any, app: App, language: str, text: str
) -> None:
    chat = chat_for(7500000011, language)
    await chat.become("young_person", "13_15")
    assert card_numbers(await chat.say(text)) is None
    assert await services_shown(app) == []


HEADING = "<b>If you are in danger now, call 112.</b>\n112 is free and works around the clock. Say where you are."


def heading_in(locale: str) -> str:
    """The first line of the emergency heading in ``locale``'s catalogue, as Telegram shows it."""
    with open(f"locales/{locale}/LC_MESSAGES/messages.po", encoding="utf-8") as po:
        message = read_po(po).get(HEADING)
    assert message is not None
    assert message.string
    first = str(message.string).translate(ISOLATES).splitlines()[0]
    return first.removeprefix("<b>").removesuffix("</b>")


@pytest.mark.parametrize(
    ("telegram_language", "text", "expected"),
    [
        (None, "they wil kil me", "en"),  # no Telegram language: the words' language
        ("ps", "ساعدني", "ar"),  # Pashto phone, Arabic plea: Arabic, not the Swedish default
        ("ku", "they are going to kill me", "en"),
        ("sv", "they are going to kill me", "sv"),  # Telegram's language fits: it wins
        ("fi", "han har en kniv", "fi"),
    ],
)
async def test_the_card_speaks_the_language_of_the_danger_words_when_nothing_else_fits(
    chat_for: Any, telegram_language: str | None, text: str, expected: str
) -> None:
    chat = chat_for(7500000090, language=telegram_language)
    sent = [line.translate(ISOLATES) for line in await chat.say(text)]
    assert card_numbers(sent) is not None
    assert any(heading_in(expected) in line for line in sent), sent


async def test_a_chosen_language_wins_over_the_danger_words(chat_for: Any) -> None:
    chat = chat_for(7500000091, language="fi")
    await chat.become("young_person", "13_15")
    sent = [line.translate(ISOLATES) for line in await chat.say("they are going to kill me")]
    assert any(heading_in("fi") in line for line in sent), sent
