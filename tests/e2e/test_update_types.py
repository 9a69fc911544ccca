"""Every kind of update and content gets a deliberate outcome (issue 6, point 1).

Real-shaped Update JSON goes through the real dispatcher (``OfflineDriver``: the Bot API
stand-in records every call and refuses what Telegram would refuse). Each case is either
answered calmly or ignored on purpose, and no case reaches the error handler.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator

import pytest
from aiogram.utils.i18n import I18n
from sqlalchemy import func, select

from bot.app import App
from bot.catalogs import DOMAIN
from bot.config import SUPPORTED_LOCALES
from bot.logs import JsonFormatter
from bot.modes.offline_driver import OfflineDriver
from bot.offline import ApiCall, limit_violation
from handlers.content import contact_hint, location_hint, media_hint
from handlers.fallback import start_hint
from handlers.screens import PICKER_EMERGENCY_LINE, private_only, restart_screen, use_buttons_hint
from storage.tables import referral, user_memory
from tests import updates
from tests.button_walk import Walker, button_data
from tests.fakes.telegram_api import parse_html
from tests.helpers import ROOT

ALVA = updates.person(7345129876, "Alva", "alva_k", "en")
BEA = updates.person(7345129877, "Bea", "bea_b", "en")


@pytest.fixture(autouse=True)
def no_errors(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """No update in this module may reach the error handler."""
    caplog.set_level(logging.INFO, logger="vagvisare")
    yield
    failures = [r for r in caplog.records if r.name.startswith("vagvisare") and r.levelno >= 40]
    assert failures == [], [r.getMessage() for r in failures]


def texts(calls: list[ApiCall]) -> list[str]:
    return [str(call.params.get("text", "")) for call in calls if call.method == "sendMessage"]


def within_limits(calls: list[ApiCall]) -> None:
    for call in calls:
        assert limit_violation(call.method, call.params) is None, call
        if "text" in call.params:
            parse_html(str(call.params["text"]))  # raises on what Telegram cannot parse


def english(render: Callable[[], str]) -> str:
    """What ``render`` says in English (the catalogue's msgstr equals the msgid)."""
    i18n = I18n(path=ROOT / "locales", default_locale="en", domain=DOMAIN)
    with i18n.context(), i18n.use_locale("en"):
        return render()


async def stored_rows(app: App) -> tuple[int, int]:
    """(user_memory rows, referral rows) in the database, after pending writes."""
    await app.memory.flush()
    async with app.engine.connect() as connection:
        memory = (await connection.execute(select(func.count()).select_from(user_memory))).scalar()
        rows = (await connection.execute(select(func.count()).select_from(referral))).scalar()
    return int(memory or 0), int(rows or 0)


# --------------------------------------------------------------------------- text and commands


TYPED = [
    "hej",
    "hjälp med skolan",
    "hello",
    "a" * 4096,
    "<b>fet</b> <i>x</i> &amp; &lt; > <script>alert(1)</script> </b> <a href='x'>",
    "*bold* _it_ `code` ```pre``` [link](http://x) ~strike~ ||spoiler|| \\ \\_ # + - = | { } . !",
    "😀🔪💊 \u200b\u200c\u200d\u2060 \u202eآخر\u202c \u200fمرحبا\u200e \u2068x\u2069 \ufeff",
    "   ",
]
TYPED_IDS = [
    "hej",
    "swedish_request",
    "hello",
    "4096_chars",
    "html",
    "markdown",
    "emoji_zero_width_rtl",
    "blank",
]


def screen_of(calls: list[ApiCall]) -> tuple[str, list[str]]:
    """Text and buttons of the one message sent."""
    [sent] = [call for call in calls if call.method == "sendMessage"]
    return str(sent.params["text"]), button_data(sent.params.get("reply_markup"))


@pytest.mark.parametrize(
    "value", [*TYPED, "/nosuchcommand with args"], ids=[*TYPED_IDS, "unknown_cmd"]
)
async def test_any_text_in_a_conversation_gets_the_hint(driver: OfflineDriver, value: str) -> None:
    await driver.feed(updates.text(ALVA, "/start"))
    await driver.feed(updates.callback(ALVA, "lang:en"))  # past the picker: the privacy note
    calls = await driver.feed(updates.text(ALVA, value))
    assert texts(calls) == [english(use_buttons_hint)]
    within_limits(calls)


@pytest.mark.parametrize("value", [*TYPED, "مرحبا"], ids=[*TYPED_IDS, "arabic"])
async def test_text_at_the_picker_gets_the_picker_again(driver: OfflineDriver, value: str) -> None:
    """A fresh-clone tester typed "مرحبا" at the picker of a phone without an app language
    and got "Svara med knapparna ovanför…": a hint in a language the person may not read.
    The picker again names every language in its own script, 112 under it."""
    start = await driver.feed(updates.text(ALVA, "/start"))
    calls = await driver.feed(updates.text(ALVA, value))
    assert screen_of(calls) == screen_of(start)
    assert "lang:ar" in screen_of(calls)[1]
    within_limits(calls)
    command = await driver.feed(updates.text(ALVA, "/nosuchcommand"))
    assert texts(command) == [english(use_buttons_hint)]  # a command keeps the hint


@pytest.mark.parametrize("value", TYPED, ids=TYPED_IDS)
async def test_text_before_start_begins_the_conversation_as_start_does(
    driver: OfflineDriver, app: App, value: str
) -> None:
    start = await driver.feed(updates.text(BEA, "/start"))  # a twin who typed /start
    calls = await driver.feed(updates.text(ALVA, value))
    assert screen_of(calls) == screen_of(start)
    assert screen_of(calls)[0] == "Choose your language:" + PICKER_EMERGENCY_LINE
    assert "lang:en" in screen_of(calls)[1]
    within_limits(calls)
    record = await app.memory.get(app.pseudonymizer.of(ALVA["id"]))
    assert record is not None
    assert record.state == "Flow:language"
    assert value not in (record.data or "")  # the text is never kept


@pytest.mark.parametrize(
    ("language_code", "picker"),
    [
        ("sv-SE", "Välj språk:" + PICKER_EMERGENCY_LINE),
        ("fi", "Valitse kieli:" + PICKER_EMERGENCY_LINE),
        ("de", "Välj språk:" + PICKER_EMERGENCY_LINE),
        (None, "Välj språk:" + PICKER_EMERGENCY_LINE),
    ],
)
async def test_text_before_start_uses_the_language_start_would(
    driver: OfflineDriver, language_code: str | None, picker: str
) -> None:
    twin = updates.person(7345129878, "Cai", None, language_code)
    person = updates.person(7345129879, "Dani", None, language_code)
    start = await driver.feed(updates.text(twin, "/start"))
    calls = await driver.feed(updates.text(person, "hej"))
    assert screen_of(calls) == screen_of(start)
    assert screen_of(calls)[0] == picker


async def test_text_after_quick_exit_begins_again_in_the_chosen_language(
    driver: OfflineDriver,
) -> None:
    alva = Walker(driver, ALVA)
    await alva.say("/start")
    await alva.press("lang:sv")
    await alva.say("/exit")
    calls = await alva.say("hello")
    text, buttons = screen_of(calls)
    assert text.startswith("<b>Du är anonym här.</b>")  # the privacy note, as /start gives
    assert "nav:privacy_ok" in buttons


async def test_danger_words_before_start_still_come_first(driver: OfflineDriver) -> None:
    calls = await driver.feed(updates.text(ALVA, "they will kill me"))
    sent = texts(calls)
    assert "112" in sent[0]
    assert all("Choose your language:" not in text for text in sent)


async def test_unknown_commands_before_start_say_how_to_start(driver: OfflineDriver) -> None:
    calls = await driver.feed(updates.text(ALVA, "/nosuchcommand with args"))
    assert texts(calls) == [english(start_hint)] == ["Type /start to begin."]


async def test_after_quick_exit_the_hint_mentions_no_buttons(driver: OfflineDriver) -> None:
    """Quick exit deletes the screens: there are no buttons left to answer with."""
    alva = Walker(driver, ALVA)
    await alva.say("/start")
    await alva.press("lang:en")
    assert texts(await alva.say("/nosuchcommand")) == [english(use_buttons_hint)]
    await alva.say("/exit")
    assert texts(await alva.say("/nosuchcommand")) == ["Type /start to begin."]
    assert texts(await driver.feed(updates.content("dice", ALVA))) == ["Type /start to begin."]


# Each command as a phone's keyboard may capitalise it, and addressed to this bot.
COMMAND_SPELLINGS = [
    ("/start", "/START"),
    ("/start", "/Start"),
    ("/start", "/START@vagvisarelocalbot"),
    ("/menu", "/Menu"),
    ("/language", "/LANGUAGE"),
    ("/help", "/Help"),
    ("/privacy", "/PRIVACY@VagvisareLocalBot"),
    ("/forget", "/Forget"),
    ("/exit", "/EXIT"),
    ("/exit", "/Exit"),
]


@pytest.mark.parametrize(("command", "spelled"), COMMAND_SPELLINGS)
async def test_commands_are_read_in_any_case(
    driver: OfflineDriver, command: str, spelled: str
) -> None:
    for person in (ALVA, BEA):  # both in a conversation, on the privacy note
        await driver.feed(updates.text(person, "/start"))
        await Walker(driver, person).press("lang:en")
    expected = await driver.feed(updates.text(BEA, command))
    calls = await driver.feed(updates.text(ALVA, spelled))
    assert screen_of(calls) == screen_of(expected)
    assert screen_of(calls)[0] != english(use_buttons_hint)


async def test_start_with_the_bots_username_starts(driver: OfflineDriver) -> None:
    calls = await driver.feed(updates.text(ALVA, "/start@VagvisareLocalBot"))
    picker = [c for c in calls if c.method == "sendMessage"]
    assert len(picker) == 1
    assert "lang:en" in button_data(picker[0].params["reply_markup"])


async def test_start_for_another_bot_is_not_ours(driver: OfflineDriver) -> None:
    calls = await driver.feed(updates.text(ALVA, "/start@SomeOtherBot"))
    assert texts(calls) == [english(start_hint)]  # no conversation: nothing started
    await driver.feed(updates.text(ALVA, "/start"))
    for command in ("/start@SomeOtherBot", "/START@someotherbot", "/help@SomeOtherBot"):
        calls = await driver.feed(updates.text(ALVA, command))
        assert texts(calls) == [english(use_buttons_hint)]  # in a conversation: as unknown text


@pytest.mark.parametrize("length", [1, 64, 65, 500, 4080])
async def test_start_payload_of_any_length_is_never_kept(
    driver: OfflineDriver, app: App, length: int
) -> None:
    payload = ("poster_school1_" * 300)[:length]
    calls = await driver.feed(updates.text(ALVA, f"/start {payload}"))
    assert [c.method for c in calls] == ["sendMessage"]
    record = await app.memory.get(app.pseudonymizer.of(ALVA["id"]))
    assert record is not None
    assert json.loads(record.data or "{}").get("campaign") is None  # not allowlisted
    assert payload not in (record.data or "").replace('"campaign"', "")


# --------------------------------------------------------------------------- other content


@pytest.mark.parametrize(
    ("kind", "answer"),
    [
        ("photo", media_hint),
        ("sticker", media_hint),
        ("voice", media_hint),
        ("video_note", media_hint),
        ("video", media_hint),
        ("animation", media_hint),
        ("audio", media_hint),
        ("document", media_hint),
        ("location", location_hint),
        ("venue", location_hint),
        ("contact", contact_hint),
        ("poll", start_hint),  # no conversation yet: only how to start
        ("dice", start_hint),
    ],
)
async def test_every_content_type_gets_a_calm_answer(
    driver: OfflineDriver, app: App, kind: str, answer: Callable[[], str]
) -> None:
    calls = await driver.feed(updates.content(kind, ALVA))
    assert texts(calls) == [english(answer)]
    within_limits(calls)
    assert (await stored_rows(app))[1] == 0


async def test_an_album_gets_one_answer(driver: OfflineDriver) -> None:
    calls = [call for part in updates.album(ALVA, parts=4) for call in await driver.feed(part)]
    assert texts(calls) == [english(media_hint)]


@pytest.mark.parametrize("started", [False, True], ids=["before_start", "in_a_conversation"])
async def test_a_forwarded_batch_gets_one_answer_and_typing_gets_answers_again(
    driver: OfflineDriver, started: bool
) -> None:
    if started:
        await driver.feed(updates.text(ALVA, "/start"))
    batch = [updates.forwarded(ALVA, f"vidarebefordrat {n}") for n in range(10)]
    calls = [call for update in batch for call in await driver.feed(update)]
    hint = use_buttons_hint if started else start_hint  # buttons only in a conversation
    assert texts(calls) == [english(hint)]  # forwarded: not typed to the bot
    typed = texts(await driver.feed(updates.text(ALVA, "hallå?")))
    # typed text at the picker gets the picker, before /start (which it begins) as after it
    assert typed == ["Choose your language:" + PICKER_EMERGENCY_LINE]
    if not started:  # (after /start a 13th message now would be flood control's)
        again = texts(await driver.feed(updates.text(ALVA, "hallå?")))
        assert again == ["Choose your language:" + PICKER_EMERGENCY_LINE]


async def test_a_reply_is_read_like_any_message(driver: OfflineDriver) -> None:
    calls = await driver.feed(updates.reply(ALVA, "vad menar du", updates.bot_message(ALVA)))
    assert texts(calls) == [
        "Choose your language:" + PICKER_EMERGENCY_LINE
    ]  # before /start: the beginning
    await driver.feed(updates.callback(ALVA, "lang:en"))
    calls = await driver.feed(updates.reply(ALVA, "vad menar du", updates.bot_message(ALVA)))
    assert texts(calls) == [english(use_buttons_hint)]


async def test_an_edit_is_ignored_unless_it_shows_danger(driver: OfflineDriver) -> None:
    assert await driver.feed(updates.edited(ALVA, "hej hej")) == []
    calls = await driver.feed(updates.edited(ALVA, "they will kill me"))
    assert any("112" in text for text in texts(calls))
    within_limits(calls)


async def test_service_messages_are_ignored(driver: OfflineDriver) -> None:
    pinned = updates.message(ALVA, pinned_message=updates.bot_message(ALVA))
    assert await driver.feed(updates.update("message", pinned)) == []


SENDERLESS = {
    "text": {"text": "hej jag heter Alva"},
    "start": {"text": "/start"},
    "photo": {"photo": updates.photo_sizes()},
}


@pytest.mark.parametrize("kind", ["message", "edited_message"])
@pytest.mark.parametrize("content", list(SENDERLESS.values()), ids=list(SENDERLESS))
async def test_a_private_message_without_a_sender_is_ignored_on_purpose(
    driver: OfflineDriver,
    app: App,
    caplog: pytest.LogCaptureFixture,
    kind: str,
    content: dict[str, object],
) -> None:
    """Telegram always names the sender in a private chat; an update without ``from`` is
    forged. No answer (not "something went wrong"), nothing stored, one INFO line without
    ids or text."""
    body = updates.message(ALVA, **content)
    del body["from"]
    if kind == "edited_message":
        body["edit_date"] = updates.DATE + 1
    assert await driver.feed(updates.update(kind, body)) == []
    assert await stored_rows(app) == (0, 0)
    own = [r for r in caplog.records if r.name.startswith("vagvisare")]
    assert [(r.levelno, r.getMessage()) for r in own] == [
        (logging.INFO, "private message without a sender ignored")
    ]
    logged = JsonFormatter().format(own[0])
    assert str(ALVA["id"]) not in logged
    assert all(str(value) not in logged for value in content.values())
    assert json.loads(logged)["update_type"] == kind


@pytest.mark.parametrize("kind", ["message", "edited_message"])
@pytest.mark.parametrize("content", [{"text": "they will kill me"}, {"caption": "jag har en kniv"}])
async def test_danger_words_without_a_sender_still_get_the_emergency_card(
    driver: OfflineDriver, kind: str, content: dict[str, object]
) -> None:
    """Safety first: whoever sent it, a sign of danger in a private chat gets 112."""
    body = updates.message(ALVA, **content)
    del body["from"]
    if "caption" in content:
        body["photo"] = updates.photo_sizes()
    if kind == "edited_message":
        body["edit_date"] = updates.DATE + 1
    calls = await driver.feed(updates.update(kind, body))
    sent = [c for c in calls if c.method == "sendMessage"]
    assert sent, calls
    assert "112" in sent[0].params["text"]
    assert sent[0].params["chat_id"] == ALVA["id"]


# --------------------------------------------------------------------------- chat membership


@pytest.mark.parametrize(("old", "new"), [("member", "kicked"), ("kicked", "member")])
async def test_blocking_and_unblocking_send_and_store_nothing(
    driver: OfflineDriver, app: App, old: str, new: str
) -> None:
    update = updates.my_chat_member(ALVA, updates.private_chat(ALVA), old, new)
    assert await driver.feed(update) == []
    assert await stored_rows(app) == (0, 0)


@pytest.mark.parametrize("kind", ["group", "supergroup"])
async def test_added_to_a_group_it_says_so_once_and_leaves(
    driver: OfflineDriver, app: App, kind: str
) -> None:
    group = updates.group_chat(kind)
    calls = await driver.feed(updates.my_chat_member(ALVA, group, "left", "member"))
    assert [c.method for c in calls] == ["sendMessage", "leaveChat"]
    assert calls[0].params == {
        "chat_id": group["id"],
        "text": english(private_only),
        "parse_mode": "HTML",
    }
    assert calls[1].params["chat_id"] == group["id"]
    assert await stored_rows(app) == (0, 0)


async def test_made_admin_of_a_channel_it_leaves_without_posting(
    driver: OfflineDriver, app: App
) -> None:
    channel = updates.group_chat("channel")
    calls = await driver.feed(updates.my_chat_member(ALVA, channel, "left", "administrator"))
    assert [c.method for c in calls] == ["leaveChat"]
    assert [c.method for c in await driver.feed(updates.channel_post())] == ["leaveChat"]
    assert await stored_rows(app) == (0, 0)


async def test_removed_from_a_group_does_nothing(driver: OfflineDriver) -> None:
    group = updates.group_chat("group")
    assert await driver.feed(updates.my_chat_member(ALVA, group, "member", "left")) == []


@pytest.mark.parametrize("kind", ["group", "supergroup"])
async def test_group_traffic_gets_one_refusal_and_nothing_is_stored(
    driver: OfflineDriver, app: App, kind: str
) -> None:
    group = updates.group_chat(kind)
    calls: list[ApiCall] = []
    for update in [
        updates.text(ALVA, "/start", chat=group),
        updates.text(BEA, "/start@VagvisareLocalBot poster_school1", chat=group),
        updates.text(ALVA, "they will kill me", chat=group),
        updates.content("photo", BEA, chat=group),
        updates.update(
            "edited_message", {**updates.message(ALVA, group, text="x"), "edit_date": 1}
        ),
    ]:
        calls += await driver.feed(update)
    assert texts(calls) == [english(private_only)]
    button = updates.callback(ALVA, "pick:aud:parent", {**updates.bot_message(ALVA), "chat": group})
    assert [c.method for c in await driver.feed(button)] == ["answerCallbackQuery"]
    assert await stored_rows(app) == (0, 0)


# --------------------------------------------------------------------------- not for this bot


async def test_inline_queries_are_ignored_on_purpose(driver: OfflineDriver, app: App) -> None:
    assert await driver.feed(updates.inline_query(ALVA)) == []
    assert await driver.feed(updates.chosen_inline_result(ALVA)) == []
    assert "inline_query" not in app.dispatcher.resolve_used_update_types()


@pytest.mark.parametrize("kind", ["community_message", "guest_reaction", "x"])
async def test_update_types_aiogram_does_not_know_are_ignored(
    driver: OfflineDriver, kind: str
) -> None:
    # aiogram would warn with the whole update (ids and text); pytest turns warnings into errors
    assert await driver.feed(updates.unknown_update(kind)) == []


# --------------------------------------------------------------------------- buttons


@pytest.mark.parametrize(
    "data",
    [
        "zzz:1",
        "lang",
        "lang:xx",
        "pick:aud",
        "pick:aud:alien",
        "pick:topic:no_such_topic",
        "pick:age:200",
        "fb:maybe",
        "nav:self_destruct",
        "ans:q:a:b:c",
        ":::",
        "x" * 64,
        "å" * 32,  # 64 bytes: within the limit, so not forged, just unknown
        "åäö🙂",
    ],
)
async def test_old_forged_or_malformed_buttons_are_answered_calmly(
    driver: OfflineDriver, data: str
) -> None:
    calls = await driver.feed(updates.callback(ALVA, data))
    assert calls[0].method == "answerCallbackQuery"
    assert texts(calls) in ([], [english(lambda: restart_screen().text)])
    within_limits(calls)


OVER_64_BYTES = {
    "valid_prefix": "pick:aud:parent" + "x" * 50,
    "long": "y" * 300,
    "65_bytes_in_33_letters": "å" * 33,  # bytes count, not characters
    "danger_button_padded": "nav:danger" + "x" * 55,
}


@pytest.mark.parametrize("data", list(OVER_64_BYTES.values()), ids=list(OVER_64_BYTES))
@pytest.mark.parametrize("where", ["before_start", "in_a_conversation", "inaccessible", "inline"])
async def test_button_data_over_64_bytes_gets_what_every_forged_press_gets(
    driver: OfflineDriver, app: App, data: str, where: str
) -> None:
    """Telegram never delivers such data from the bot's keyboards (Bot API: 1-64 bytes):
    like a press in another person's chat (handlers/private_only.py ``forged``), it is
    answered, so the spinner stops, with nothing else said, changed or stored."""
    if where == "in_a_conversation":
        await Walker(driver, ALVA).say("/start")
    before = await app.memory.get(app.pseudonymizer.of(ALVA["id"]))
    reference = await driver.feed(updates.callback(BEA, "lang:en", updates.bot_message(ALVA)))
    update = updates.callback(ALVA, data)
    query = update["callback_query"]
    if where == "inaccessible":  # older than 48 hours: Telegram sends date 0, no content
        query["message"] = {"chat": updates.private_chat(ALVA), "message_id": 5, "date": 0}
    if where == "inline":
        del query["message"]
        query["inline_message_id"] = "AgAAAJ2vAQB4l0x2"
    calls = await driver.feed(update)
    assert [c.method for c in calls] == [c.method for c in reference] == ["answerCallbackQuery"]
    assert calls[0].params == {"callback_query_id": query["id"]}  # no text, no alert
    assert set(reference[0].params) == {"callback_query_id"}
    assert await app.memory.get(app.pseudonymizer.of(ALVA["id"])) == before
    assert await app.memory.get(app.pseudonymizer.of(BEA["id"])) is None
    assert (await stored_rows(app))[1] == 0


async def test_a_button_without_data_is_only_answered(driver: OfflineDriver) -> None:
    calls = await driver.feed(updates.callback(ALVA, None))
    assert calls[0].method == "answerCallbackQuery"
    assert texts(calls) in ([], [english(lambda: restart_screen().text)])


async def test_a_press_on_another_users_chat_is_ignored(driver: OfflineDriver, app: App) -> None:
    alva = Walker(driver, ALVA)
    await alva.say("/start")
    before = await app.memory.get(app.pseudonymizer.of(ALVA["id"]))
    forged = updates.callback(BEA, "lang:en", alva.screen())  # Alva's message, Bea's press
    calls = await driver.feed(forged)
    assert [c.method for c in calls] == ["answerCallbackQuery"]
    assert await app.memory.get(app.pseudonymizer.of(ALVA["id"])) == before
    assert await app.memory.get(app.pseudonymizer.of(BEA["id"])) is None


async def test_unknown_ids_at_the_right_step_change_nothing(
    driver: OfflineDriver, app: App
) -> None:
    alva = Walker(driver, ALVA)
    await alva.say("/start")
    await alva.press("lang:en")
    if "nav:privacy_ok" in alva.buttons():
        await alva.press("nav:privacy_ok")
    assert "pick:aud:parent" in alva.buttons()
    before = await app.memory.get(app.pseudonymizer.of(ALVA["id"]))
    calls = await alva.press("pick:aud:alien")
    assert [c.method for c in calls] == ["answerCallbackQuery"]
    assert await app.memory.get(app.pseudonymizer.of(ALVA["id"])) == before


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
async def test_typed_text_in_a_conversation_is_answered_with_112(
    driver: OfflineDriver, locale: str
) -> None:
    """Typed text the danger lists do not know (a red team's new phrasings: 59% caught)
    gets the hint *and* 112, in the person's language: someone in danger who types instead
    of pressing 🆘 still sees the number."""
    person = updates.person(7345129000 + SUPPORTED_LOCALES.index(locale), "Eli", None, locale)
    walker = Walker(driver, person)
    await walker.say("/start")
    await walker.press(f"lang:{locale}")
    [answer] = texts(await walker.say("hallå?"))
    i18n = I18n(path=ROOT / "locales", default_locale="en", domain=DOMAIN)
    with i18n.context(), i18n.use_locale(locale):
        assert answer == use_buttons_hint()
    hint, danger_line = parse_html(answer)[0].split("\n\n")
    assert "/start" in hint
    assert "112" in danger_line
