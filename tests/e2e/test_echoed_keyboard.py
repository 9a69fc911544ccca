"""The keyboard Telegram echoes in a sent or edited message is not parsed
(bot/response_types.py: ``without_echoed_keyboard``; docs/performance.md), over real HTTP
to the fake Bot API, and incoming updates keep theirs."""

from __future__ import annotations

import json

import pytest
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup, Message

from bot.app import create_bot
from bot.response_types import without_echoed_keyboard
from tests.fakes.telegram_api import FakeTelegramServer

KEYBOARD = InlineKeyboardMarkup(
    inline_keyboard=[
        [InlineKeyboardButton(text=f"Knapp {i}", callback_data=f"t:{i}")] for i in range(3)
    ]
)


async def test_a_sent_and_an_edited_message_come_back_without_their_keyboard(
    telegram_server: FakeTelegramServer,
) -> None:
    session = AiohttpSession(api=TelegramAPIServer.from_base(telegram_server.base_url))
    bot = create_bot(telegram_server.token, session=session)
    chat = 4242
    telegram_server.add_chat(chat)
    try:
        sent = await bot.send_message(chat, "Välj", reply_markup=KEYBOARD)
        edited = await bot.edit_message_text(
            "Välj igen", chat_id=chat, message_id=sent.message_id, reply_markup=KEYBOARD
        )
    finally:
        await bot.session.close()
    assert isinstance(edited, Message)
    assert (sent.text, edited.text, edited.message_id) == ("Välj", "Välj igen", sent.message_id)
    assert sent.reply_markup is None
    assert edited.reply_markup is None
    # Telegram (the fake) did get the keyboard and shows it
    stored = telegram_server.messages[(chat, sent.message_id)]
    assert [row[0]["text"] for row in stored["reply_markup"]["inline_keyboard"]] == [
        "Knapp 0",
        "Knapp 1",
        "Knapp 2",
    ]


@pytest.mark.parametrize(
    "body",
    [
        # an incoming update (the webhook parses it with the session's decoder)
        {
            "update_id": 7,
            "callback_query": {
                "id": "1",
                "chat_instance": "c",
                "data": "t:1",
                "from": {"id": 42, "is_bot": False, "first_name": "A"},
                "message": {
                    "message_id": 3,
                    "date": 0,
                    "chat": {"id": 42, "type": "private"},
                    "reply_markup": {"inline_keyboard": [[{"text": "K", "callback_data": "t:1"}]]},
                },
            },
        },
        # getUpdates: a list of updates under "result"
        {"ok": True, "result": [{"update_id": 1, "message": {"reply_markup": {}}}]},
        # an error answer
        {"ok": False, "error_code": 400, "description": "Bad Request: reply_markup"},
    ],
)
def test_only_a_result_objects_own_keyboard_is_dropped(body: dict[str, object]) -> None:
    assert without_echoed_keyboard(json.loads)(json.dumps(body)) == body


def test_the_keyboard_under_a_result_object_is_dropped_and_the_rest_kept() -> None:
    answer = {"ok": True, "result": {"message_id": 3, "text": "x", "reply_markup": {"a": 1}}}
    assert without_echoed_keyboard(json.loads)(json.dumps(answer)) == {
        "ok": True,
        "result": {"message_id": 3, "text": "x"},
    }
