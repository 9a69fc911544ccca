"""Tests of the fake Bot API server, driven by aiogram's real AiohttpSession over HTTP."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import aiohttp
import pytest
from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramConflictError,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.methods.base import TelegramMethod
from aiogram.types import (
    BotCommand,
    BotCommandScopeChat,
    BufferedInputFile,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    ReplyParameters,
)

from tests.fakes.fixtures import fake_bot, telegram_server
from tests.fakes.telegram_api import FakeTelegramServer, parse_html

__all__ = ["fake_bot", "telegram_server"]  # fixtures imported by name, used as parameters

USER = 1001
OTHER_USER = 2002
TIGRINYA = "ሰላም"  # 3 characters, 9 bytes in UTF-8


def keyboard(*rows: list[InlineKeyboardButton]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(inline_keyboard=list(rows))


def button(text: str = "OK", data: str = "ok") -> InlineKeyboardButton:
    return InlineKeyboardButton(text=text, callback_data=data)


class GetNothing(TelegramMethod[bool]):
    """A method Telegram does not have."""

    __returning__ = bool
    __api_method__ = "getNothing"


@pytest.fixture
def user_chat(telegram_server: FakeTelegramServer) -> int:
    telegram_server.add_chat(USER)
    return USER


# ------------------------------------------------------------------ basics


async def test_get_me_describes_the_bot(fake_bot: Bot, telegram_server: FakeTelegramServer):
    me = await fake_bot.get_me()

    assert me.id == 42
    assert me.is_bot is True
    assert me.username == "VagvisareTestBot"
    assert me.first_name == "Vägvisare"
    assert me.can_join_groups is True
    assert [call.method for call in telegram_server.calls] == ["getMe"]
    assert telegram_server.base_url.startswith("http://127.0.0.1:")


async def test_send_message_returns_a_message_and_records_decoded_params(
    fake_bot: Bot, telegram_server: FakeTelegramServer, user_chat: int
):
    markup = keyboard([button("Ja", "yes"), button("Nej", "no")])

    sent = await fake_bot.send_message(
        user_chat, "<b>Hej</b> &amp; välkommen", parse_mode="HTML", reply_markup=markup
    )

    assert sent.message_id == 1
    assert sent.chat.id == user_chat
    assert sent.from_user is not None
    assert sent.from_user.id == 42
    assert sent.text == "Hej & välkommen"
    assert sent.entities is not None
    assert [(e.type, e.offset, e.length) for e in sent.entities] == [("bold", 0, 3)]
    assert sent.reply_markup is not None
    assert sent.reply_markup.model_dump(exclude_none=True) == markup.model_dump(exclude_none=True)

    (call,) = telegram_server.calls_to("sendMessage")
    assert call.method == "sendMessage"
    assert call.ok is True
    assert call.error is None
    assert call.params["chat_id"] == user_chat  # an int, not the string "1001"
    assert call.params["text"] == "<b>Hej</b> &amp; välkommen"
    assert call.params["parse_mode"] == "HTML"
    assert call.params["reply_markup"] == {
        "inline_keyboard": [
            [{"text": "Ja", "callback_data": "yes"}, {"text": "Nej", "callback_data": "no"}]
        ]
    }
    stored = telegram_server.messages[(user_chat, 1)]
    assert stored["text"] == "Hej & välkommen"
    assert stored["reply_markup"] == call.params["reply_markup"]


async def test_message_ids_increase_per_chat(fake_bot: Bot, telegram_server: FakeTelegramServer):
    telegram_server.add_chat(USER)
    telegram_server.add_chat(OTHER_USER)

    first = await fake_bot.send_message(USER, "ett")
    second = await fake_bot.send_message(USER, "två")
    other = await fake_bot.send_message(OTHER_USER, "ett")

    assert (first.message_id, second.message_id, other.message_id) == (1, 2, 1)


async def test_user_messages_are_stored_and_bot_ids_continue_after_them(
    fake_bot: Bot, telegram_server: FakeTelegramServer
):
    telegram_server.queue_update(
        {
            "message": {
                "message_id": 7,
                "date": int(time.time()),
                "chat": {"id": USER, "type": "private", "first_name": "Sara"},
                "from": {"id": USER, "is_bot": False, "first_name": "Sara"},
                "text": "/start",
            }
        }
    )

    assert telegram_server.messages[(USER, 7)]["text"] == "/start"
    reply = await fake_bot.send_message(USER, "Hej Sara")  # the private chat is now known
    assert reply.message_id == 8


async def test_json_bodies_are_accepted_too(telegram_server: FakeTelegramServer, user_chat: int):
    url = f"{telegram_server.base_url}/bot{telegram_server.token}/sendMessage"
    markup = {"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]}
    async with (
        aiohttp.ClientSession() as http,
        http.post(url, json={"chat_id": user_chat, "text": "hej", "reply_markup": markup}) as r,
    ):
        body = await r.json()

    assert r.status == 200
    assert body["ok"] is True
    assert body["result"]["text"] == "hej"
    assert telegram_server.calls_to("sendMessage")[0].params["reply_markup"] == markup


async def test_wrong_token_is_unauthorized(telegram_server: FakeTelegramServer):
    session = AiohttpSession(api=TelegramAPIServer.from_base(telegram_server.base_url))
    intruder = Bot("43:WRONG-token", session=session)
    try:
        with pytest.raises(TelegramUnauthorizedError, match="Unauthorized"):
            await intruder.get_me()
    finally:
        await intruder.session.close()
    assert telegram_server.calls[-1].ok is False
    assert telegram_server.calls[-1].error == "Unauthorized"


async def test_unknown_method_is_not_found(fake_bot: Bot, telegram_server: FakeTelegramServer):
    with pytest.raises(TelegramNotFound, match="Not Found: method not found"):
        await fake_bot(GetNothing())

    assert telegram_server.calls[-1].method == "getNothing"
    assert telegram_server.calls[-1].status == 404


# ------------------------------------------------------------------ text limits


@pytest.mark.parametrize("text", ["", "   \n "])
async def test_empty_text_is_rejected(fake_bot: Bot, user_chat: int, text: str):
    with pytest.raises(TelegramBadRequest, match="Bad Request: message text is empty"):
        await fake_bot.send_message(user_chat, text)


async def test_text_of_4096_characters_is_accepted_and_4097_rejected(fake_bot: Bot, user_chat: int):
    sent = await fake_bot.send_message(user_chat, "ä" * 4096)
    assert sent.text is not None
    assert len(sent.text) == 4096

    with pytest.raises(TelegramBadRequest, match="Bad Request: message is too long"):
        await fake_bot.send_message(user_chat, "ä" * 4097)


async def test_html_length_is_counted_after_entity_parsing(fake_bot: Bot, user_chat: int):
    # 4096 visible characters, far more on the wire: accepted
    await fake_bot.send_message(user_chat, "<b>" + "&lt;" * 4096 + "</b>", parse_mode="HTML")

    with pytest.raises(TelegramBadRequest, match="message is too long"):
        await fake_bot.send_message(user_chat, "<i>" + "&amp;" * 4097 + "</i>", parse_mode="HTML")


@pytest.mark.parametrize(
    "text",
    ["<b>unclosed", "<foo>x</foo>", "<b>x</i>", "x</b>", "a<br>b", "<span>x</span>", "1 < 2"],
)
async def test_bad_html_cannot_be_parsed(fake_bot: Bot, user_chat: int, text: str):
    with pytest.raises(TelegramBadRequest, match="Bad Request: can't parse entities: "):
        await fake_bot.send_message(user_chat, text, parse_mode="HTML")

    # the same text without parse_mode is plain text
    assert (await fake_bot.send_message(user_chat, text)).text == text


def test_html_parser_builds_entities_in_utf16_units():
    text, entities = parse_html(
        '😀 <b>fet <i>kursiv</i></b> <a href="https://1177.se">länk</a> '
        '<tg-spoiler>s</tg-spoiler> <pre><code class="language-python">x</code></pre>'
    )

    assert text == "😀 fet kursiv länk s x"
    assert entities == [
        {"type": "bold", "offset": 3, "length": 10},
        {"type": "italic", "offset": 7, "length": 6},
        {"type": "text_link", "offset": 14, "length": 4, "url": "https://1177.se"},
        {"type": "spoiler", "offset": 19, "length": 1},
        {"type": "pre", "offset": 21, "length": 1, "language": "python"},
    ]


async def test_caption_limit_and_uploads_are_recorded(
    fake_bot: Bot, telegram_server: FakeTelegramServer, user_chat: int
):
    pdf = BufferedInputFile(b"%PDF-1.4 fake", filename="remiss.pdf")

    sent = await fake_bot.send_document(user_chat, pdf, caption="c" * 1024)

    assert sent.document is not None
    assert sent.document.file_name == "remiss.pdf"
    assert sent.caption == "c" * 1024
    (call,) = telegram_server.calls_to("sendDocument")
    assert call.params["document"] == {
        "filename": "remiss.pdf",
        "size": len(b"%PDF-1.4 fake"),
        "content_type": "application/octet-stream",
    }

    with pytest.raises(TelegramBadRequest, match="Bad Request: message caption is too long"):
        await fake_bot.send_document(user_chat, pdf, caption="c" * 1025)


async def test_send_photo_returns_photo_sizes(
    fake_bot: Bot, telegram_server: FakeTelegramServer, user_chat: int
):
    photo = BufferedInputFile(b"\x89PNG fake", filename="karta.png")

    sent = await fake_bot.send_photo(user_chat, photo, caption="<b>Karta</b>", parse_mode="HTML")

    assert sent.photo is not None
    assert sent.photo[-1].file_size == len(b"\x89PNG fake")
    assert sent.caption == "Karta"
    assert telegram_server.calls_to("sendPhoto")[0].params["photo"]["filename"] == "karta.png"
    with pytest.raises(TelegramBadRequest, match="message caption is too long"):
        await fake_bot.send_photo(user_chat, "file-id", caption="x" * 1025)


# ------------------------------------------------------------------ keyboards


async def test_callback_data_of_64_bytes_is_accepted_and_65_rejected(fake_bot: Bot, user_chat: int):
    data_64 = TIGRINYA * 7 + "x"  # 21 Ge'ez characters * 3 bytes + 1 byte
    data_65 = TIGRINYA * 7 + "xy"
    assert len(data_64.encode()) == 64
    assert len(data_65.encode()) == 65

    await fake_bot.send_message(user_chat, "välj", reply_markup=keyboard([button("A", data_64)]))

    with pytest.raises(TelegramBadRequest, match="Bad Request: BUTTON_DATA_INVALID"):
        await fake_bot.send_message(
            user_chat, "välj", reply_markup=keyboard([button("A", data_65)])
        )


async def test_empty_callback_data_is_rejected(fake_bot: Bot, user_chat: int):
    with pytest.raises(TelegramBadRequest, match="BUTTON_DATA_INVALID"):
        await fake_bot.send_message(user_chat, "välj", reply_markup=keyboard([button("A", "")]))


async def test_keyboard_size_limits(fake_bot: Bot, user_chat: int):
    eight = [button(str(i), str(i)) for i in range(8)]
    await fake_bot.send_message(user_chat, "8 per row", reply_markup=keyboard(eight))

    nine = [button(str(i), str(i)) for i in range(9)]
    with pytest.raises(TelegramBadRequest, match="Bad Request: reply markup is too long"):
        await fake_bot.send_message(user_chat, "9 per row", reply_markup=keyboard(nine))

    rows = [[button(f"{r}-{c}", f"{r}-{c}") for c in range(5)] for r in range(20)]
    await fake_bot.send_message(user_chat, "100 buttons", reply_markup=keyboard(*rows))
    rows.append([button("one more", "101")])
    with pytest.raises(TelegramBadRequest, match="reply markup is too long"):
        await fake_bot.send_message(user_chat, "101 buttons", reply_markup=keyboard(*rows))


@pytest.mark.parametrize(
    ("bad_button", "description"),
    [
        (InlineKeyboardButton(text="nothing"), "text buttons are unallowed in the inline keyboard"),
        (
            InlineKeyboardButton(text="two", callback_data="a", url="https://1177.se"),
            "exactly one of the optional fields must be used",
        ),
        (InlineKeyboardButton(text="", callback_data="a"), "BUTTON_TEXT_EMPTY"),
    ],
)
async def test_each_inline_button_needs_text_and_exactly_one_action(
    fake_bot: Bot, user_chat: int, bad_button: InlineKeyboardButton, description: str
):
    with pytest.raises(TelegramBadRequest, match=description):
        await fake_bot.send_message(user_chat, "x", reply_markup=keyboard([bad_button]))


async def test_unknown_chat_is_not_found(fake_bot: Bot, telegram_server: FakeTelegramServer):
    with pytest.raises(TelegramBadRequest, match="Bad Request: chat not found"):
        await fake_bot.send_message(999, "hej")

    assert telegram_server.calls[-1].ok is False
    assert telegram_server.calls[-1].error == "Bad Request: chat not found"
    assert telegram_server.calls_to("sendMessage") == []


async def test_reply_to_a_missing_message_is_rejected(fake_bot: Bot, user_chat: int):
    original = await fake_bot.send_message(user_chat, "fråga")
    reply = await fake_bot.send_message(
        user_chat, "svar", reply_parameters=ReplyParameters(message_id=original.message_id)
    )
    assert reply.reply_to_message is not None
    assert reply.reply_to_message.message_id == original.message_id

    with pytest.raises(TelegramBadRequest, match="message to be replied not found"):
        await fake_bot.send_message(
            user_chat, "svar", reply_parameters=ReplyParameters(message_id=99)
        )


# ------------------------------------------------------------------ edits and deletes


async def test_edit_message_text(
    fake_bot: Bot, telegram_server: FakeTelegramServer, user_chat: int
):
    markup = keyboard([button()])
    sent = await fake_bot.send_message(user_chat, "Steg 1", reply_markup=markup)

    with pytest.raises(TelegramBadRequest, match="Bad Request: message is not modified: "):
        await fake_bot.edit_message_text(
            text="Steg 1", chat_id=user_chat, message_id=sent.message_id, reply_markup=markup
        )

    edited = await fake_bot.edit_message_text(
        text="Steg 2", chat_id=user_chat, message_id=sent.message_id, reply_markup=markup
    )
    assert isinstance(edited, type(sent))
    assert edited.text == "Steg 2"
    assert edited.edit_date is not None

    # same text but no reply_markup removes the keyboard: that is a modification
    await fake_bot.edit_message_text(text="Steg 2", chat_id=user_chat, message_id=sent.message_id)
    assert "reply_markup" not in telegram_server.messages[(user_chat, sent.message_id)]

    with pytest.raises(TelegramBadRequest, match="Bad Request: message to edit not found"):
        await fake_bot.edit_message_text(text="x", chat_id=user_chat, message_id=404)


async def test_edit_message_reply_markup_not_modified(fake_bot: Bot, user_chat: int):
    markup = keyboard([button()])
    sent = await fake_bot.send_message(user_chat, "välj", reply_markup=markup)

    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await fake_bot.edit_message_reply_markup(
            chat_id=user_chat, message_id=sent.message_id, reply_markup=markup
        )
    await fake_bot.edit_message_reply_markup(chat_id=user_chat, message_id=sent.message_id)


async def test_delete_twice(fake_bot: Bot, telegram_server: FakeTelegramServer, user_chat: int):
    sent = await fake_bot.send_message(user_chat, "hej")

    assert await fake_bot.delete_message(user_chat, sent.message_id) is True
    assert (user_chat, sent.message_id) not in telegram_server.messages
    with pytest.raises(TelegramBadRequest, match="Bad Request: message to delete not found"):
        await fake_bot.delete_message(user_chat, sent.message_id)


async def test_user_message_from_an_update_can_be_deleted(
    fake_bot: Bot, telegram_server: FakeTelegramServer
):
    update = telegram_server.queue_message(USER, "mitt personnummer är ...")
    message_id = update["message"]["message_id"]

    assert await fake_bot.delete_message(USER, message_id) is True
    assert (USER, message_id) not in telegram_server.messages


async def test_messages_older_than_48_hours_cannot_be_deleted(
    fake_bot: Bot, telegram_server: FakeTelegramServer, user_chat: int
):
    old = await fake_bot.send_message(user_chat, "gammal")
    recent = await fake_bot.send_message(user_chat, "ny")
    telegram_server.age_message(user_chat, old.message_id, hours=48)
    telegram_server.age_message(user_chat, recent.message_id, hours=47.9)

    with pytest.raises(
        TelegramBadRequest, match="Bad Request: message can't be deleted for everyone"
    ):
        await fake_bot.delete_message(user_chat, old.message_id)
    assert await fake_bot.delete_message(user_chat, recent.message_id) is True


async def test_delete_messages_skips_missing_ones(
    fake_bot: Bot, telegram_server: FakeTelegramServer, user_chat: int
):
    ids = [(await fake_bot.send_message(user_chat, str(i))).message_id for i in range(3)]

    assert await fake_bot.delete_messages(user_chat, [*ids, 99]) is True
    assert not any(key[0] == user_chat for key in telegram_server.messages)


# ------------------------------------------------------------------ callback queries


async def test_answer_callback_query(fake_bot: Bot, telegram_server: FakeTelegramServer):
    with pytest.raises(TelegramBadRequest, match="query is too old and response timeout expired"):
        await fake_bot.answer_callback_query("never-sent")

    update = telegram_server.queue_callback(USER, "pick:1", callback_query_id="cq-1")
    assert update["callback_query"]["id"] == "cq-1"
    with pytest.raises(TelegramBadRequest):
        await fake_bot.answer_callback_query("cq-1", text="x" * 201)
    assert await fake_bot.answer_callback_query("cq-1", text="x" * 200) is True
    with pytest.raises(TelegramBadRequest, match="query ID is invalid"):
        await fake_bot.answer_callback_query("cq-1")

    telegram_server.register_callback_query("from-webhook")
    assert "from-webhook" in telegram_server.known_callback_queries
    assert await fake_bot.answer_callback_query("from-webhook") is True


# ------------------------------------------------------------------ commands


async def test_set_get_delete_my_commands(fake_bot: Bot, telegram_server: FakeTelegramServer):
    telegram_server.add_chat(USER)
    public = [BotCommand(command="start", description="Börja om")]
    staff = [BotCommand(command="stats", description="Statistik")]

    await fake_bot.set_my_commands(public)
    await fake_bot.set_my_commands(public, language_code="ar")
    await fake_bot.set_my_commands(staff, scope=BotCommandScopeChat(chat_id=USER))

    assert telegram_server.commands[(None, None)] == [
        {"command": "start", "description": "Börja om"}
    ]
    assert (None, "ar") in telegram_server.commands
    assert telegram_server.commands[("chat", None)] == [
        {"command": "stats", "description": "Statistik"}
    ]
    assert telegram_server.get_commands("chat", chat_id=USER) is not None
    got = await fake_bot.get_my_commands(scope=BotCommandScopeChat(chat_id=USER))
    assert [(c.command, c.description) for c in got] == [("stats", "Statistik")]
    assert await fake_bot.get_my_commands(language_code="fi") == []

    await fake_bot.delete_my_commands(language_code="ar")
    assert (None, "ar") not in telegram_server.commands


@pytest.mark.parametrize(
    ("commands", "description"),
    [
        ([BotCommand(command="Start", description="x")], "Bad Request: BOT_COMMAND_INVALID"),
        ([BotCommand(command="/start", description="x")], "Bad Request: BOT_COMMAND_INVALID"),
        ([BotCommand(command="a" * 33, description="x")], "Bad Request: BOT_COMMAND_INVALID"),
        (
            [BotCommand(command="start", description="")],
            "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID",
        ),
        (
            [BotCommand(command="start", description="d" * 257)],
            "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID",
        ),
        (
            [BotCommand(command=f"c{i}", description="x") for i in range(101)],
            "Bad Request: BOT_COMMANDS_TOO_MUCH",
        ),
    ],
)
async def test_invalid_commands_are_rejected(
    fake_bot: Bot, telegram_server: FakeTelegramServer, commands: list[BotCommand], description: str
):
    with pytest.raises(TelegramBadRequest, match=description):
        await fake_bot.set_my_commands(commands)
    assert telegram_server.commands == {}


async def test_longest_valid_command_is_accepted(fake_bot: Bot):
    command = BotCommand(command="a_1" * 10 + "zz", description="d" * 256)
    assert await fake_bot.set_my_commands([command]) is True


# ------------------------------------------------------------------ webhook and updates


async def test_webhook_lifecycle(fake_bot: Bot, telegram_server: FakeTelegramServer):
    with pytest.raises(TelegramBadRequest, match="secret token contains unallowed characters"):
        await fake_bot.set_webhook("https://bot.example.se/webhook", secret_token="has space!")
    with pytest.raises(TelegramBadRequest, match="HTTPS URL must be provided"):
        await fake_bot.set_webhook("http://bot.example.se/webhook")
    assert telegram_server.webhook is None

    await fake_bot.set_webhook(
        "https://bot.example.se/webhook",
        secret_token="s3cr3t_-TOKEN",
        allowed_updates=["message", "callback_query"],
    )
    assert telegram_server.webhook is not None
    assert telegram_server.webhook["url"] == "https://bot.example.se/webhook"
    assert telegram_server.webhook["secret_token"] == "s3cr3t_-TOKEN"
    assert telegram_server.webhook["allowed_updates"] == ["message", "callback_query"]
    info = await fake_bot.get_webhook_info()
    assert info.url == "https://bot.example.se/webhook"
    assert info.allowed_updates == ["message", "callback_query"]

    with pytest.raises(TelegramConflictError, match="webhook is active"):
        await fake_bot.get_updates()

    await fake_bot.delete_webhook(drop_pending_updates=True)
    assert telegram_server.webhook is None
    assert await fake_bot.get_updates() == []


async def test_set_webhook_terminates_a_running_long_poll(
    fake_bot: Bot, telegram_server: FakeTelegramServer
):
    poll = asyncio.create_task(fake_bot.get_updates(timeout=10))
    await asyncio.sleep(0.1)
    await fake_bot.set_webhook("https://bot.example.se/webhook")

    with pytest.raises(TelegramConflictError, match="terminated by setWebhook request"):
        await poll


async def test_get_updates_offset_and_limit(fake_bot: Bot, telegram_server: FakeTelegramServer):
    for text in ("ett", "två", "tre"):
        telegram_server.queue_message(USER, text)

    updates = await fake_bot.get_updates()
    assert [u.update_id for u in updates] == [1, 2, 3]
    assert [u.message.text for u in updates if u.message] == ["ett", "två", "tre"]
    # not confirmed yet: served again
    assert [u.update_id for u in await fake_bot.get_updates()] == [1, 2, 3]

    assert [u.update_id for u in await fake_bot.get_updates(offset=2, limit=1)] == [2]
    # update 1 was confirmed by offset=2 and is gone for good
    assert [u.update_id for u in await fake_bot.get_updates()] == [2, 3]
    assert [u.update_id for u in await fake_bot.get_updates(offset=-1)] == [3]
    assert await fake_bot.get_updates(offset=4) == []
    assert telegram_server.pending_updates == []

    telegram_server.queue_message(USER, "fyra")
    assert [u.update_id for u in await fake_bot.get_updates(offset=4)] == [4]


async def test_get_updates_long_poll(fake_bot: Bot, telegram_server: FakeTelegramServer):
    started = time.monotonic()
    assert await fake_bot.get_updates(timeout=30) == []  # capped at 1 s
    assert 0.9 <= time.monotonic() - started < 3

    async def later() -> None:
        await asyncio.sleep(0.2)
        telegram_server.queue_message(USER, "sent while polling")

    task = asyncio.create_task(later())
    started = time.monotonic()
    updates = await fake_bot.get_updates(timeout=30)
    await task
    assert [u.message.text for u in updates if u.message] == ["sent while polling"]
    assert time.monotonic() - started < 0.9


async def test_allowed_updates_filter(fake_bot: Bot, telegram_server: FakeTelegramServer):
    telegram_server.queue_callback(USER, "x")
    telegram_server.queue_message(USER, "hej")

    updates = await fake_bot.get_updates(allowed_updates=["message"])

    assert [u.event_type for u in updates] == ["message"]


# ------------------------------------------------------------------ faults


async def test_retry_after_is_scripted_once(fake_bot: Bot, telegram_server: FakeTelegramServer):
    telegram_server.add_chat(USER)
    telegram_server.fail_next(
        "sendMessage", status=429, description="Too Many Requests: retry after 3", retry_after=3
    )

    with pytest.raises(TelegramRetryAfter) as raised:
        await fake_bot.send_message(USER, "hej")
    assert raised.value.retry_after == 3
    assert (await fake_bot.send_message(USER, "hej igen")).message_id == 1
    assert [c.ok for c in telegram_server.calls] == [False, True]


async def test_server_errors_can_repeat(fake_bot: Bot, telegram_server: FakeTelegramServer):
    telegram_server.fail_next("getMe", status=502, description="Bad Gateway", times=2)

    for _ in range(2):
        with pytest.raises(TelegramServerError, match="Bad Gateway"):
            await fake_bot.get_me()
    assert (await fake_bot.get_me()).id == 42


async def test_blocked_user_is_forbidden(fake_bot: Bot, telegram_server: FakeTelegramServer):
    telegram_server.queue_message(USER, "/start")
    await fake_bot.send_message(USER, "hej")
    telegram_server.block_user(USER)

    with pytest.raises(TelegramForbiddenError, match="Forbidden: bot was blocked by the user"):
        await fake_bot.send_message(USER, "är du kvar?")
    with pytest.raises(TelegramForbiddenError):
        await fake_bot.send_chat_action(USER, "typing")


async def test_delayed_answer_times_the_client_out(
    fake_bot: Bot, telegram_server: FakeTelegramServer
):
    telegram_server.delay_next("getMe", 1.0)

    started = time.monotonic()
    with pytest.raises(TelegramNetworkError, match="Request timeout error"):
        await fake_bot.get_me(request_timeout=0.2)  # type: ignore[arg-type]
    assert time.monotonic() - started < 0.9

    # the delayed call is still served (and recorded) once its delay is over
    await telegram_server.wait_for("getMe", timeout=3)
    assert (await fake_bot.get_me(request_timeout=1)).id == 42


async def test_wait_for_times_out(telegram_server: FakeTelegramServer):
    with pytest.raises(TimeoutError, match="expected 1 ok sendMessage"):
        await telegram_server.wait_for("sendMessage", timeout=0.1)


async def test_wait_for_returns_when_the_call_arrives(
    fake_bot: Bot, telegram_server: FakeTelegramServer, user_chat: int
):
    async def send_later() -> Any:
        await asyncio.sleep(0.1)
        return await fake_bot.send_message(user_chat, "sent later")

    task = asyncio.create_task(send_later())
    calls = await telegram_server.wait_for("sendMessage", timeout=3)
    await task
    assert calls[0].params["text"] == "sent later"


# ------------------------------------------------------------------ with a real Dispatcher


async def test_dispatcher_polling_round_trip(fake_bot: Bot, telegram_server: FakeTelegramServer):
    dp = Dispatcher()

    @dp.message()
    async def echo(message: Message) -> None:
        await message.answer(f"Du skrev: {message.text}")

    polling = asyncio.create_task(
        dp.start_polling(fake_bot, handle_signals=False, close_bot_session=False, polling_timeout=1)
    )
    try:
        telegram_server.queue_message(USER, "hej")
        telegram_server.queue_message(USER, "hallå")
        replies = await telegram_server.wait_for("sendMessage", count=2)
        # the next long poll carries offset=3 and ends after the 1 s cap
        await telegram_server.wait_for("getUpdates", count=2)
    finally:
        await dp.stop_polling()
        await polling

    assert sorted(c.params["text"] for c in replies) == ["Du skrev: hallå", "Du skrev: hej"]
    assert all(c.params["chat_id"] == USER for c in replies)
    # the poller confirmed both updates with its next offset
    offsets = [c.params.get("offset") for c in telegram_server.calls_to("getUpdates")]
    assert 3 in offsets
    assert telegram_server.pending_updates == []
