"""Generated Telegram updates of every kind through the real dispatcher (issue 6, point 7).

Hypothesis builds sequences of Update JSON - messages with every content type, commands
with odd payloads, edits, channel posts, button presses with real, forged and malformed
callback data, chat membership changes, inline queries, polls, reactions and update types
no aiogram knows - from a few people and groups, and feeds them to one running bot, so
later updates meet the state earlier ones left. For every update:

- nothing escapes the dispatcher and the error handler never fires;
- every Bot API call is one Telegram accepts (text length, HTML that parses, callback data
  of 1-64 bytes, keyboard size, callback answer length);
- the bot writes only to the sender's own chat, or to the group or channel the update came
  from: never to another person's private chat, whatever a forged update claims.

The example budget is fixed and the search derandomized, so CI runs the same examples
every time (about 2,300 updates).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiogram.types import Update
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.app import create_app
from bot.core.taxonomy import AgeBand, Audience, Topic
from bot.modes.offline_driver import OfflineDriver
from bot.offline import ApiCall, limit_violation
from tests import updates
from tests.conftest import FROZEN_NOW, make_settings
from tests.fakes.telegram_api import MAX_CALLBACK_ANSWER_LENGTH, ApiError, parse_html

JSON = dict[str, Any]
BUDGET = settings(
    max_examples=700,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

PEOPLE = [
    updates.person(7345129876, "Alva", "alva_k", "sv"),
    updates.person(7345129877, "Bea <b>&", None, "en-GB"),
    updates.person(7345129878, "دانیال", "dani", "fa"),
    updates.person(7345129879, "X", None, None),
    updates.person(7345129880, "Öz", "oz", "zh-hans"),
]
GROUPS = [updates.group_chat("group"), updates.group_chat("supergroup")]
CHANNEL = updates.group_chat("channel", -1001111111111)

COMMANDS = [
    "/start",
    "/start@VagvisareLocalBot",
    "/start@OtherBot",
    "/menu",
    "/help",
    "/language",
    "/privacy",
    "/forget",
    "/exit",
    "/summary",
    "/staff",
    "/unknown",
]
DANGER = ["they will kill me", "de kommer döda mig", "jag har en kniv", "I want to die"]
TEXTS = st.one_of(
    st.text(max_size=300),
    st.sampled_from(COMMANDS),
    st.builds(lambda c, t: f"{c} {t}", st.sampled_from(COMMANDS), st.text(max_size=120)),
    st.sampled_from(DANGER),
    st.just("x" * 4096),
    st.just("<b>&amp;</b> *_`[]()~>#+-=|{}.!\\ \u200b\u202e\u2068\ufeff 🙂🔪"),
).filter(lambda text: 0 < len(text) <= 4096)

REAL_DATA = [
    *(f"lang:{code}" for code in ("sv", "en", "ar", "fa", "so", "ti", "fi", "xx")),
    *(
        f"nav:{action}"
        for action in ("privacy_ok", "restart", "danger", "exit", "back", "help", "signs_done")
    ),
    *(f"nav:{action}" for action in ("forget", "keep", "nonsense")),
    *(f"pick:aud:{a.value}" for a in Audience),
    *(f"pick:age:{b.value}" for b in AgeBand),
    *(f"pick:topic:{t.value}" for t in Topic),
    "pick:aud:alien",
    "pick:topic:",
    *(
        f"ans:{q}:{a}"
        for q in ("youth_safe_now", "youth_threatened", "works_with_children", "safe_now", "zz")
        for a in ("yes", "no", "unsure", "")
    ),
    "sign:two_phones",
    "sign:nonsense",
    *(f"fb:{a}" for a in ("yes", "no", "later", "maybe")),
]
CALLBACK_DATA = st.one_of(
    st.sampled_from(REAL_DATA),
    st.text(max_size=80),
    st.builds(lambda a, b: f"{a}:{b}", st.sampled_from(["pick", "lang", "nav", "ans"]), st.text()),
    st.none(),
)
KNOWN_KINDS = set(Update.model_fields)


@st.composite
def a_message(draw: st.DrawFn, user: JSON, chat: JSON) -> JSON:
    kind = draw(st.sampled_from(["text", "text", "text", *updates.CONTENT_KINDS, "forward"]))
    if kind == "text":
        body = updates.message(user, chat, text=draw(TEXTS))
    elif kind == "forward":
        body = updates.message(
            user,
            chat,
            text=draw(TEXTS),
            forward_origin={"type": "hidden_user", "sender_user_name": "N", "date": 1},
        )
    else:
        body = updates.message(user, chat, **updates.content_of(kind, user))
        if draw(st.booleans()):
            body["caption"] = draw(TEXTS)[:1024]
        if kind == "photo" and draw(st.booleans()):
            body["media_group_id"] = "1357924680"
    if draw(st.integers(0, 9)) == 0:
        body["reply_to_message"] = updates.bot_message(user)
    return body


@st.composite
def an_update(draw: st.DrawFn) -> JSON:
    user = draw(st.sampled_from(PEOPLE))
    chat = draw(st.sampled_from([updates.private_chat(user)] * 4 + GROUPS))
    kind = draw(
        st.sampled_from(
            [
                "message",
                "message",
                "message",
                "callback_query",
                "callback_query",
                "callback_query",
                "edited_message",
                "channel_post",
                "my_chat_member",
                "inline_query",
                "chosen_inline_result",
                "other",
                "unknown",
            ]
        )
    )
    if kind == "message":
        return updates.update("message", draw(a_message(user, chat)))
    if kind == "edited_message":
        return updates.update("edited_message", {**draw(a_message(user, chat)), "edit_date": 2})
    if kind == "callback_query":
        owner = draw(st.sampled_from([user, user, user, *PEOPLE]))  # sometimes another's chat
        on = updates.bot_message(owner)
        if draw(st.booleans()):
            on["chat"] = chat
        if draw(st.integers(0, 5)) == 0:
            on = {"chat": on["chat"], "message_id": on["message_id"], "date": 0}  # inaccessible
        return updates.callback(user, draw(CALLBACK_DATA), on)
    if kind == "channel_post":
        return updates.channel_post(draw(TEXTS))
    if kind == "my_chat_member":
        where = draw(st.sampled_from([updates.private_chat(user), *GROUPS, CHANNEL]))
        statuses = ["member", "kicked", "left", "administrator"]
        old, new = draw(st.sampled_from(statuses)), draw(st.sampled_from(statuses))
        return updates.my_chat_member(user, where, old, new)
    if kind == "inline_query":
        return updates.inline_query(user, draw(st.text(max_size=64)))
    if kind == "chosen_inline_result":
        return updates.chosen_inline_result(user)
    if kind == "other":
        return draw(st.sampled_from(other_updates(user, chat)))
    name = draw(st.from_regex(r"\A[a-z][a-z_]{2,24}\Z").filter(lambda n: n not in KNOWN_KINDS))
    return updates.unknown_update(name)


def other_updates(user: JSON, chat: JSON) -> list[JSON]:
    """Updates this bot does not ask for, in their real shapes."""
    poll = updates.content_of("poll", user)["poll"]
    return [
        updates.update("poll", poll),
        updates.update(
            "poll_answer",
            {
                "poll_id": poll["id"],
                "user": user,
                "option_ids": [0],
                "option_persistent_ids": ["0"],
            },
        ),
        updates.update(
            "chat_join_request",
            {"chat": chat, "from": user, "user_chat_id": user["id"], "date": updates.DATE},
        ),
        updates.update(
            "message_reaction",
            {
                "chat": chat,
                "message_id": 5,
                "user": user,
                "date": updates.DATE,
                "old_reaction": [],
                "new_reaction": [{"type": "emoji", "emoji": "👍"}],
            },
        ),
        updates.my_chat_member(user, chat, "member", "left") | {},
        {
            "update_id": updates.next_id(),
            "chat_member": updates.my_chat_member(user, chat, "left", "member")["my_chat_member"],
        },
        updates.update(
            "edited_channel_post", {**updates.channel_post()["channel_post"], "edit_date": 3}
        ),
    ]


def reachable(update: JSON) -> set[int]:
    """The chats the bot may write to for ``update``: the sender's own, and a group or
    channel the update came from. Never another person's private chat."""
    event = next((value for key, value in update.items() if key != "update_id"), None)
    if not isinstance(event, dict):
        return set()
    allowed: set[int] = set()
    sender = event.get("from") or event.get("user")
    if isinstance(sender, dict):
        allowed.add(sender["id"])
    chat = event.get("chat") or (event.get("message") or {}).get("chat")
    if isinstance(chat, dict) and chat.get("type") != "private":
        allowed.add(chat["id"])
    return allowed


def acceptable(call: ApiCall, allowed_chats: set[int]) -> None:
    """Raise AssertionError for a call Telegram would refuse or a chat not involved."""
    assert limit_violation(call.method, call.params) is None, call
    text = call.params.get("text")
    if text is not None and call.params.get("parse_mode") == "HTML":
        try:
            plain, _ = parse_html(str(text))
        except ApiError as error:
            raise AssertionError(f"{call.method}: {error.description}: {text!r}") from error
        assert 0 < len(plain) <= 4096, call
    if call.method == "answerCallbackQuery":
        assert len(str(call.params.get("text") or "")) <= MAX_CALLBACK_ANSWER_LENGTH, call
    chat_id = call.params.get("chat_id")
    if chat_id is not None:
        assert chat_id in allowed_chats, f"{call.method} to someone else's chat: {call}"


class ErrorRecords(logging.Handler):
    """Collects ERROR records of the project's loggers (the error handler's "update failed")."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def error_records() -> Iterator[ErrorRecords]:
    handler = ErrorRecords()
    logger = logging.getLogger("vagvisare")
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)


@pytest.mark.slow
def test_any_update_is_handled_within_the_bot_api_limits(
    tmp_path: Path, error_records: ErrorRecords
) -> None:
    with asyncio.Runner() as runner:
        # throttling is tested on its own; here every update should reach the handlers
        app_settings = make_settings(tmp_path, throttle_burst=10**9)
        app = runner.run(create_app(app_settings, clock=lambda: FROZEN_NOW))
        driver = OfflineDriver(app)
        fed = 0

        @BUDGET
        @given(st.lists(an_update(), min_size=1, max_size=7))
        def check(batch: list[JSON]) -> None:
            nonlocal fed
            for update in batch:
                before = len(error_records.records)
                calls = runner.run(driver.feed(update))
                fed += 1
                failures = [
                    getattr(r, "error", r.getMessage()) for r in error_records.records[before:]
                ]
                assert failures == [], f"{failures} for {update}"
                allowed = reachable(update)
                for call in calls:
                    acceptable(call, allowed)

        try:
            check()
        finally:
            runner.run(driver.close())
            runner.run(app.close())
    assert fed >= 2000, fed  # thousands of updates
