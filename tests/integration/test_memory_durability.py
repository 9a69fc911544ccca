"""The embedded default caches state in the process: what a user sees is already stored."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from aiogram import Bot
from aiogram.methods import TelegramMethod
from aiogram.methods.base import TelegramType
from sqlalchemy import select

from bench.conversations import Persona, UpdateFactory, last_keyboard
from bot.app import create_app
from bot.modes.offline_driver import OfflineDriver
from bot.offline import OfflineSession
from storage.engine import create_engine
from storage.memory import CachedMemoryRepository
from storage.tables import user_memory
from tests.conftest import FROZEN_NOW, make_settings

PARENT = Persona(5550002, "en", "en", "parent", None, "debt_or_threat", "feedback")


async def test_the_state_is_stored_before_each_answer_is_sent(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    app = await create_app(settings, clock=lambda: FROZEN_NOW)
    assert isinstance(app.memory, CachedMemoryRepository)
    observer = create_engine(settings.effective_database_url)  # another connection
    stored_when_answered: list[list[str | None]] = []

    class Watching(OfflineSession):
        async def make_request(
            self,
            bot: Bot,
            method: TelegramMethod[TelegramType],
            timeout: int | None = None,  # noqa: ASYNC109 - aiogram's BaseSession signature
        ) -> TelegramType:
            if method.__api_method__ in {"sendMessage", "editMessageText"}:
                async with observer.connect() as connection:
                    states = await connection.execute(select(user_memory.c.state))
                    stored_when_answered.append(list(states.scalars()))
            return await super().make_request(bot, method, timeout)

    driver = OfflineDriver(app, session=Watching())
    factory = UpdateFactory()
    try:
        calls = await driver.feed(factory.text(PARENT, "/start"))
        assert stored_when_answered[-1] == ["Flow:language"]
        for press, state in [
            ("lang:en", "Flow:privacy"),
            ("nav:privacy_ok", "Flow:audience"),
            ("pick:aud:parent", "Flow:topic"),
        ]:
            shown = last_keyboard(calls, PARENT.user_id)
            assert shown is not None
            calls = await driver.feed(factory.press(PARENT, shown[0], press))
            assert stored_when_answered[-1] == [state], press
    finally:
        await driver.close()
        await app.close()
        await observer.dispose()


async def test_a_clean_stop_writes_everything(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    app = await create_app(settings, clock=lambda: FROZEN_NOW)
    await app.memory.save("p" * 32, locale="fi", state="Flow:age")  # no update around it
    await app.close()
    observer = create_engine(settings.effective_database_url)
    try:
        async with observer.connect() as connection:
            rows: list[Any] = list(await connection.execute(select(user_memory)))
    finally:
        await observer.dispose()
    assert [(r.pseudonym, r.locale, r.state) for r in rows] == [("p" * 32, "fi", "Flow:age")]
