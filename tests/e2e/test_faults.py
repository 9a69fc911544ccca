"""Telegram faults, played by the fake Bot API over real HTTP, in polling and webhook mode
(issue 6, point 3): 429 is waited out, 403 ends the conversation quietly, harmless 400s
pass, 5xx and timeouts are retried a bounded number of times.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import (
    AnswerCallbackQuery,
    DeleteMessage,
    EditMessageText,
    GetUpdates,
    SendMessage,
)

from bot.app import App
from bot.faults import FaultPolicy
from tests import updates
from tests.e2e.running_bot import (
    MODES,
    quick_faults,
    robust_app,
    running,
    screen,
    shown_buttons,
    until,
)
from tests.fakes.telegram_api import (
    BLOCKED,
    DELETE_NOT_FOUND,
    NOT_MODIFIED,
    QUERY_INVALID,
    FakeTelegramServer,
    RecordedCall,
)

ALVA = updates.person(7345129876, "Alva", "alva_k", "en")
BEA = updates.person(7345129877, "Bea", "bea_b", "en")


@pytest_asyncio.fixture
async def app(tmp_path: Path) -> AsyncIterator[App]:
    application = await robust_app(tmp_path)
    try:
        yield application
    finally:
        await application.close()


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.INFO, logger="vagvisare")
    return caplog


def errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage() for r in caplog.records if r.name.startswith("vagvisare") and r.levelno >= 40
    ]


def to(server: FakeTelegramServer, user: dict[str, object], method: str) -> list[RecordedCall]:
    """Every call of ``method`` to ``user``'s chat, answered ok or not."""
    return [
        call
        for call in server.calls
        if call.method == method and call.params.get("chat_id") == user["id"]
    ]


@pytest.mark.parametrize("mode", MODES)
async def test_429_is_waited_out_and_nothing_is_lost(
    app: App, server: FakeTelegramServer, logs: pytest.LogCaptureFixture, mode: str
) -> None:
    server.fail_next(
        "sendMessage", status=429, description="Too Many Requests: retry after 1", retry_after=1
    )
    async with running(mode, app, server) as bot:
        assert await bot.send(updates.text(ALVA, "/start")) == 200
        await server.wait_for("sendMessage", timeout=10)
    calls = to(server, ALVA, "sendMessage")
    assert [(call.ok, call.status) for call in calls] == [(False, 429), (True, 200)]
    assert calls[0].params == calls[1].params  # the same message, sent again
    assert "lang:en" in shown_buttons(server, ALVA)
    retried = [r for r in logs.records if r.getMessage() == "bot api call retried"]
    assert [getattr(r, "wait_s", None) for r in retried] == [1.0]
    assert errors(logs) == []


@pytest.mark.parametrize("mode", MODES)
async def test_403_blocked_stops_talking_without_retry_or_apology(
    app: App, server: FakeTelegramServer, logs: pytest.LogCaptureFixture, mode: str
) -> None:
    async with running(mode, app, server) as bot:
        await bot.send(updates.text(ALVA, "/start"))
        await until(lambda: "lang:en" in shown_buttons(server, ALVA))
        server.block_user(ALVA["id"])
        await bot.send(updates.callback(ALVA, "lang:en", _screen(server, ALVA)))
        await bot.send(updates.text(ALVA, "hallå"))
        await bot.send(updates.text(BEA, "/start"))
        await until(lambda: "lang:en" in shown_buttons(server, BEA))
        await bot.taken()
    # after the drain: every update was handled to its end
    refused = [c for c in server.calls if c.params.get("chat_id") == ALVA["id"] and not c.ok]
    assert [(c.method, c.status, c.error) for c in refused] == [
        ("editMessageText", 403, BLOCKED),  # the privacy note, once: no retry, no fallback
        ("sendMessage", 403, BLOCKED),  # the hint for "hallå", once: no apology after it
    ]
    assert len(to(server, ALVA, "sendMessage")) == 2  # the picker before the block, the hint
    assert errors(logs) == []
    quiet = [r for r in logs.records if r.getMessage() == "chat refuses the bot; update dropped"]
    assert len(quiet) == 2


@pytest.mark.parametrize("mode", MODES)
async def test_harmless_400s_pass_quietly(
    app: App, server: FakeTelegramServer, logs: pytest.LogCaptureFixture, mode: str
) -> None:
    async with running(mode, app, server) as bot:
        await bot.send(updates.text(ALVA, "/start"))
        await until(lambda: "lang:en" in shown_buttons(server, ALVA))
        server.fail_next("answerCallbackQuery", status=400, description=QUERY_INVALID)
        await bot.send(updates.callback(ALVA, "lang:en", _screen(server, ALVA)))
        await until(lambda: "nav:privacy_ok" in shown_buttons(server, ALVA))  # went on anyway

        sent_before = len(to(server, ALVA, "sendMessage"))
        server.fail_next("editMessageText", status=400, description=NOT_MODIFIED)
        await bot.send(updates.callback(ALVA, "nav:privacy_ok", _screen(server, ALVA)))
        await until(lambda: len(server.calls_to("answerCallbackQuery")) == 1)
        await bot.taken()
        assert await bot.bot.delete_message(ALVA["id"], 987654) is True
    # (a long poll cut short at shutdown is ended by the final confirming getUpdates: 409)
    refusals = [(c.method, c.error) for c in server.calls if not c.ok and c.method != "getUpdates"]
    assert refusals == [
        ("answerCallbackQuery", QUERY_INVALID),
        ("editMessageText", NOT_MODIFIED),
        ("deleteMessage", DELETE_NOT_FOUND),
    ]
    assert len(to(server, ALVA, "sendMessage")) == sent_before  # no "send anew" after the edit
    assert errors(logs) == []


@pytest.mark.parametrize("mode", MODES)
async def test_5xx_is_retried_with_backoff_until_it_works(
    app: App, server: FakeTelegramServer, logs: pytest.LogCaptureFixture, mode: str
) -> None:
    server.fail_next("sendMessage", status=502, description="Bad Gateway", times=2)
    async with running(mode, app, server) as bot:
        await bot.send(updates.text(ALVA, "/start"))
        await server.wait_for("sendMessage", timeout=10)
    assert [c.status for c in to(server, ALVA, "sendMessage")] == [502, 502, 200]
    waits = [
        getattr(r, "wait_s", 0.0) for r in logs.records if r.getMessage() == "bot api call retried"
    ]
    assert len(waits) == 2
    assert waits[0] < waits[1]  # exponential
    assert errors(logs) == []


@pytest.mark.parametrize("mode", MODES)
async def test_5xx_retries_are_bounded(
    app: App, server: FakeTelegramServer, logs: pytest.LogCaptureFixture, mode: str
) -> None:
    server.fail_next("sendMessage", status=500, description="Internal Server Error", times=50)
    async with running(mode, app, server) as bot:
        await bot.send(updates.text(ALVA, "/start"))
        await until(lambda: len(to(server, ALVA, "sendMessage")) >= 8)
        await bot.taken()
    attempts = FaultPolicy().max_attempts
    # the picker, then the apology: each tried `attempts` times, then given up
    assert len(to(server, ALVA, "sendMessage")) == 2 * attempts
    failed = [r for r in logs.records if r.getMessage() == "update failed"]
    assert [getattr(r, "error", None) for r in failed] == [TelegramServerError.__name__]


@pytest.mark.parametrize("mode", MODES)
async def test_a_timeout_is_retried_and_the_message_arrives(
    app: App, server: FakeTelegramServer, logs: pytest.LogCaptureFixture, mode: str
) -> None:
    server.delay_next("sendMessage", 2.0)
    faults = quick_faults()
    async with running(mode, app, server, request_timeout=1.0, faults=faults) as bot:
        await bot.send(updates.text(ALVA, "/start"))
        await server.wait_for("sendMessage", timeout=10)
        await bot.taken()
    retried = [r for r in logs.records if r.getMessage() == "bot api call retried"]
    assert [getattr(r, "error", None) for r in retried] == ["TelegramNetworkError"]
    # Telegram may still deliver the timed-out send: at least once, never lost
    assert 1 <= len(server.calls_to("sendMessage")) <= 2
    assert errors(logs) == []


@pytest.mark.parametrize("mode", MODES)
async def test_an_unexpected_failure_gets_a_polite_answer_in_the_users_language(
    app: App, server: FakeTelegramServer, logs: pytest.LogCaptureFixture, mode: str
) -> None:
    swede = updates.person(7345129878, "Sigrid", None, "sv")
    server.fail_next("sendMessage", status=400, description="Bad Request: PEER_ID_INVALID")
    async with running(mode, app, server) as bot:
        await bot.send(updates.text(swede, "/start"))
        await server.wait_for("sendMessage", timeout=10)
        await bot.taken()
    failed = [r for r in logs.records if r.getMessage() == "update failed"]
    assert len(failed) == 1
    correlation = getattr(failed[0], "correlation_id", None)
    assert getattr(failed[0], "error", None) == "TelegramBadRequest"
    apology = [str(c.params["text"]) for c in to(server, swede, "sendMessage") if c.ok]
    assert len(apology) == 1
    assert apology[0].startswith("Förlåt, något gick fel hos oss.")  # Swedish, not English
    assert f"<code>{correlation}</code>" in apology[0]  # the id that matches the log line


async def test_polling_rides_out_getupdates_failures(
    app: App, server: FakeTelegramServer, logs: pytest.LogCaptureFixture
) -> None:
    server.fail_next("getUpdates", status=502, description="Bad Gateway")
    server.fail_next(
        "getUpdates", status=409, description="Conflict: terminated by other getUpdates request"
    )
    async with running("polling", app, server) as bot:
        await bot.send(updates.text(ALVA, "/start"))
        await server.wait_for("sendMessage", timeout=15)
    failed = [
        getattr(r, "error", None) for r in logs.records if r.getMessage() == "getUpdates failed"
    ]
    assert failed == ["TelegramServerError", "TelegramConflictError"]
    assert errors(logs) == []


def _screen(server: FakeTelegramServer, user: dict[str, object]) -> dict[str, object]:
    shown = screen(server, int(str(user["id"])))
    assert shown is not None
    return shown


# --------------------------------------------------------------------------- the policy itself


class Script:
    """A stand-in for the session's next step: raises the scripted errors, then succeeds."""

    def __init__(self, *errors: Exception) -> None:
        self.errors = list(errors)
        self.calls = 0

    async def __call__(self, bot: object, method: object) -> object:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return "sent"


def recording_policy(**options: float) -> tuple[FaultPolicy, list[float]]:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    return FaultPolicy(sleep=sleep, **options), waits  # type: ignore[arg-type]


SEND = SendMessage(chat_id=1, text="x")


async def test_backoff_doubles_and_the_attempts_are_bounded() -> None:
    policy, waits = recording_policy()
    script = Script(*(TelegramServerError(SEND, "Bad Gateway") for _ in range(10)))
    with pytest.raises(TelegramServerError):
        await policy(script, None, SEND)  # type: ignore[arg-type]
    assert script.calls == policy.max_attempts == 4
    assert len(waits) == 3  # between the four tries
    for wait, base in zip(waits, (0.5, 1.0, 2.0), strict=True):
        assert 0.9 * base <= wait <= 1.1 * base  # exponential, with ±10 % jitter


async def test_a_long_flood_wait_is_not_waited_for() -> None:
    policy, waits = recording_policy(max_retry_after=60)
    script = Script(TelegramRetryAfter(SEND, "Too Many Requests", retry_after=3600))
    with pytest.raises(TelegramRetryAfter):
        await policy(script, None, SEND)  # type: ignore[arg-type]
    assert (script.calls, waits) == (1, [])


async def test_forbidden_and_other_bad_requests_are_not_retried() -> None:
    policy, waits = recording_policy()
    for error in (
        TelegramForbiddenError(SEND, BLOCKED),
        TelegramBadRequest(SEND, "Bad Request: message is not modified"),  # not an edit
        TelegramBadRequest(SEND, "Bad Request: chat not found"),
    ):
        script = Script(error)
        with pytest.raises(type(error)):
            await policy(script, None, SEND)  # type: ignore[arg-type]
        assert script.calls == 1
    assert waits == []


async def test_get_updates_passes_straight_through() -> None:
    policy, waits = recording_policy()
    poll = GetUpdates(timeout=1)
    script = Script(TelegramServerError(poll, "Bad Gateway"))
    with pytest.raises(TelegramServerError):
        await policy(script, None, poll)  # type: ignore[arg-type]
    assert (script.calls, waits) == (1, [])


@pytest.mark.parametrize(
    ("method", "description"),
    [
        (EditMessageText(chat_id=1, message_id=2, text="x"), NOT_MODIFIED),
        (DeleteMessage(chat_id=1, message_id=2), DELETE_NOT_FOUND),
        (AnswerCallbackQuery(callback_query_id="q"), QUERY_INVALID),
    ],
)
async def test_harmless_refusals_count_as_done(method: Any, description: str) -> None:
    policy, _ = recording_policy()
    result: Any = await policy(Script(TelegramBadRequest(method, description)), None, method)  # type: ignore[arg-type]
    assert result is True
