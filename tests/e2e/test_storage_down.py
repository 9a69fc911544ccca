"""Safety first when storage fails: danger words still get the emergency card.

A locked SQLite file (another process holds the write lock) or an unreachable Redis must
not silence the bot for someone in danger. Real updates through the real dispatcher.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from bot.app import create_app
from bot.config import Settings
from bot.modes.offline_driver import OfflineDriver
from storage import engine as engine_module
from tests.conftest import FROZEN_NOW, make_settings
from tests.scripted_user import ScriptedUser, texts

SORRY = "Sorry, something went wrong on our side"


def is_emergency_card(text: str) -> bool:
    """112 first, then Bris 116 111 and Mind 90101 (bot/core/emergency.py)."""
    first = text.find("112")
    return 0 <= first < text.find("116 111") < text.find("90101")


@asynccontextmanager
async def running(settings: Settings) -> AsyncIterator[ScriptedUser]:
    app = await create_app(settings, clock=lambda: FROZEN_NOW)
    driver = OfflineDriver(app)
    try:
        yield ScriptedUser(driver)
    finally:
        await driver.close()
        with contextlib.suppress(Exception):  # closing flushes into a database that may be down
            await app.close()


async def test_a_locked_database_still_shows_the_card_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "SQLITE_BUSY_TIMEOUT_MS", 100)
    settings = make_settings(tmp_path, throttle_burst=10_000)
    async with running(settings) as user:
        await user.say("/start")  # the conversation has started and is stored
        holder = sqlite3.connect(settings.data_dir / "vagvisare.sqlite3")
        try:
            holder.execute("BEGIN EXCLUSIVE")  # another process holds the write lock
            calls = await user.say("I want to kill myself")
        finally:
            holder.rollback()
            holder.close()
        sent = texts(calls)
        assert sent, [call.method for call in calls]
        assert is_emergency_card(sent[0]), sent[0]
        assert not any(SORRY in text for text in sent)
        # the database is back: the conversation goes on where it was
        calls = await user.say("/start")
        assert texts(calls)


async def test_unreachable_redis_still_shows_the_card(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, redis_url="redis://127.0.0.1:1/0")
    async with running(settings) as user:
        calls = await user.say("jag vill ta livet av mig")
        sent = texts(calls)
        assert len(sent) == 1, sent
        assert is_emergency_card(sent[0]), sent[0]
        assert "Ring 112" in sent[0] or "112" in sent[0].split("\n")[0]
        calls = await user.say("hello")  # no danger: the plain apology, as before
        assert [SORRY in text for text in texts(calls)] == [True]


async def test_a_failure_after_the_card_does_not_show_it_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from handlers import safety

    async def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the screen after the card failed")

    monkeypatch.setattr(safety, "send_screen", broken)
    async with running(make_settings(tmp_path)) as user:
        sent = texts(await user.say("they will kill me"))
    assert len(sent) == 1, sent  # the card, and neither a second card nor the apology
    assert is_emergency_card(sent[0])


async def test_112_alone_with_redis_down_gets_the_default_language(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, redis_url="redis://127.0.0.1:1/0")
    async with running(settings) as user:
        user.user["language_code"] = "ps"  # Pashto: no catalogue fits
        sent = texts(await user.say("112"))
    assert len(sent) == 1, sent
    assert is_emergency_card(sent[0])
    assert "Ring 112" in sent[0]  # Swedish, the default locale


async def test_the_card_does_not_wait_for_a_locked_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import asyncio
    import time

    from tests.scripted_user import text_update

    monkeypatch.setattr(engine_module, "SQLITE_BUSY_TIMEOUT_MS", 20_000)  # a long lock
    settings = make_settings(tmp_path, throttle_burst=10_000)
    async with running(settings) as user:
        await user.say("/start")
        session = user.driver.session
        holder = sqlite3.connect(settings.data_dir / "vagvisare.sqlite3")
        holder.execute("BEGIN EXCLUSIVE")
        before = len(session.calls)
        update = text_update(user.user, session.next_message_id(), "I want to kill myself")
        started = time.monotonic()
        feeding = asyncio.ensure_future(user.driver.feed(update))
        try:
            while not any(c.method == "sendMessage" for c in session.calls[before:]):
                assert time.monotonic() - started < 10, "no card while the database is locked"
                await asyncio.sleep(0.05)
            waited = time.monotonic() - started
            card = next(c for c in session.calls[before:] if c.method == "sendMessage")
        finally:
            holder.rollback()
            holder.close()
            await feeding
        assert is_emergency_card(str(card.params["text"]))
        assert waited < 10  # far under the 20 s busy timeout: it did not wait for the lock
